#!/usr/bin/env bash
# Renders the example with Debian's pandoc and citeproc, from the same bibliographies the
# extension reads (a .bib and a CSL-JSON file): any warning, such as a citation key pandoc
# cannot find, fails the check. Installs pandoc from Debian's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../examples"
if ! command -v pandoc >/dev/null; then
  echo "installing Debian's pandoc" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >&2
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for f in *.policy.md; do
  pandoc --citeproc --fail-if-warnings -f markdown -t html5 -o /dev/null "$f" 2>"$out" || { cat "$out" >&2; echo "pandoc: $f does not render cleanly" >&2; exit 1; }
  if [ -s "$out" ]; then cat "$out" >&2; echo "pandoc: $f renders with warnings" >&2; exit 1; fi
  echo "pandoc $(pandoc --version | head -1 | cut -d' ' -f2) --citeproc: $f renders without warnings"
done
