// Which files the extension may read for a document. No vscode import: unit-tested in plain Node.
import { realPath } from './realPath';

/** Whether `target` (an absolute path) lies inside one of `folders` (absolute paths). */
export function isInside(target: string, folders: readonly string[]): boolean {
  const norm = (p: string) => {
    const parts: string[] = [];
    for (const seg of p.replace(/\\/g, '/').split('/')) {
      if (seg === '..') parts.pop();
      else if (seg && seg !== '.') parts.push(seg);
    }
    return '/' + parts.join('/');
  };
  const t = norm(target);
  return folders.some((f) => {
    const folder = norm(f);
    return t === folder || t.startsWith(folder === '/' ? '/' : `${folder}/`);
  });
}

/**
 * Why a bibliography may not be read, or undefined when it may. In a workspace that is not
 * trusted, only files inside the workspace folders are read (not `../../etc/passwd`, not `/etc/...`).
 */
export function refuseRead(path: string, target: string, trusted: boolean, folders: readonly string[]): string | undefined {
  if (trusted || isInside(target, folders)) return undefined;
  return `${path}: not read, because the workspace is not trusted and the file is outside it`;
}

/**
 * The same rule on real paths, for local files: symbolic links resolved in the file's path and in
 * the folders' (a `refs.bib` inside the workspace that links to /etc/passwd is outside it).
 */
export async function refuseRealPath(file: string, folders: readonly string[], trusted: boolean): Promise<string | undefined> {
  if (trusted) return undefined;
  const real = await realPath(file);
  const roots = (await Promise.all(folders.map(realPath))).filter((r): r is string => r !== undefined);
  if (real !== undefined && isInside(real, roots)) return undefined;
  const where = real !== undefined && real !== file ? `links to ${real}, ` : 'is ';
  return `not read, because the workspace is not trusted and the file ${where}outside it`;
}
