// The BibTeX parser is bundled on its own (dist/bibtex.js) and required on first use, so that
// activation, and workspaces without a `.bib` file, never pay for its 570 KB.
import type * as Bibtex from './bibtex';

let loaded: typeof Bibtex | undefined;

export function loadBibtex(): typeof Bibtex {
  // In the shipped bundles './bibtex.js' is external (a file beside them); the test and
  // benchmark bundles inline it, since esbuild resolves it to bibtex.ts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./bibtex.js') as typeof Bibtex);
}
