// Real paths of local files, for the trust check of safeRead.ts. VS Code's file system API has no
// realpath, so this one module reads the local file system directly (and only resolves paths).
// eslint-disable-next-line no-restricted-imports -- realpath is not in vscode.workspace.fs
import { realpath } from 'node:fs/promises';

export async function realPath(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    return undefined;
  }
}
