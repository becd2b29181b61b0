// Glob matching for the configuration's `files` and `ignore`, bundled on its own (dist/glob.js)
// and required on first use (see configGlobs in config.ts): the extension bundle stays under its
// budget, and a project without globs never loads it.
import picomatch from 'picomatch';

/**
 * A matcher of paths relative to a configuration file, with `/`. A glob without a slash matches
 * at any depth (`*.draft.md`), as in .gitignore files.
 */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  const isMatch = picomatch([...globs], { dot: true });
  const base = globs.filter((g) => !g.includes('/'));
  const anyDepth = base.length ? picomatch(base, { dot: true, basename: true }) : undefined;
  return (path: string) => isMatch(path) || (anyDepth?.(path) ?? false);
}
