// Which files the extension may read for a document. No vscode import: unit-tested in plain Node.

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
