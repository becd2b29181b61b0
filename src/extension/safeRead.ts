// The one way the extension reads a file the engine uses (bibliographies, knowledge files):
// regular files only, the real path checked before the trust check, sizes checked before and
// after reading, binary files recognised. Documents themselves come from VS Code's editors.
import * as vscode from 'vscode';
import { decodeText, HARD_MAX_BYTES, NOT_READ, type DiagnosticCode } from '../core';
import { isInside, refuseRealPath } from './access';

export type SafeRead = { readonly text: string } | { readonly notRead: string; readonly code: DiagnosticCode; readonly notFound?: true };

/**
 * In a workspace that is not trusted, the file's real path (symbolic links resolved) must lie in
 * a workspace folder's real path: a `refs.bib` link to /etc/passwd is not read. Paths of other
 * file systems cannot be resolved: a link there is refused.
 */
async function outsideWorkspace(uri: vscode.Uri, stat: vscode.FileStat): Promise<string | undefined> {
  if (vscode.workspace.isTrusted) return undefined;
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === uri.scheme);
  if (uri.scheme !== 'file') {
    if (stat.type & vscode.FileType.SymbolicLink) return 'not read, because the workspace is not trusted and the file is a symbolic link';
    return isInside(
      uri.path,
      folders.map((f) => f.uri.path),
    )
      ? undefined
      : 'not read, because the workspace is not trusted and the file is outside it';
  }
  return refuseRealPath(
    uri.fsPath,
    folders.map((f) => f.uri.fsPath),
    false,
  );
}

export async function safeReadText(uri: vscode.Uri, maxBytes: number): Promise<SafeRead> {
  const limit = Math.min(maxBytes, HARD_MAX_BYTES);
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (e) {
    const notFound = e instanceof vscode.FileSystemError && e.code === 'FileNotFound';
    return notFound
      ? { notRead: 'not found', code: 'bibliography-not-found', notFound: true }
      : { notRead: `cannot be read (${String(e)})`, code: 'unreadable-file' };
  }
  const refused = await outsideWorkspace(uri, stat);
  if (refused) return { notRead: refused, code: 'unreadable-file' };
  if (!(stat.type & vscode.FileType.File))
    return { notRead: stat.type & vscode.FileType.Directory ? NOT_READ.folder : NOT_READ.notRegular, code: 'unreadable-file' };
  const tooLarge = (size: number) => ({
    notRead: `too large to read (${size.toLocaleString('en')} bytes, over the policyLens.maxFileSize limit)`,
    code: 'file-too-large' as const,
  });
  if (stat.size > limit) return tooLarge(stat.size);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    return { notRead: `cannot be read (${String(e)})`, code: 'unreadable-file' };
  }
  // The file may have grown between the two calls.
  if (bytes.length > limit) return tooLarge(bytes.length);
  const decoded = decodeText(bytes);
  return 'binary' in decoded ? { notRead: NOT_READ.binary, code: 'binary-file' } : decoded;
}
