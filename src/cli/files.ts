// Finds the files a `check` run covers and reads them safely (binary, huge and unreadable files).
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { configIncludes, decodeText, HARD_MAX_BYTES, NOT_READ } from '../core';
import { UsageError } from './args';
import { projectPath, type Projects } from './projects';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

export interface Targets {
  /** Analysis files, absolute paths, in a stable order. */
  readonly documents: string[];
  /** Knowledge files (*.policy.yaml) found beside them or named with --knowledge. */
  readonly knowledge: string[];
  /** Those named with --knowledge, absolute: they apply whatever the configuration says. */
  readonly extraKnowledge: string[];
  /** The documents named on the command line (not found in a folder). */
  readonly named: ReadonlySet<string>;
}

/** Every regular file under `dir`, in a stable order, skipping hidden and build folders. */
export function walkFiles(dir: string, visit: (path: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walkFiles(full, visit);
    } else if (e.isFile()) visit(full);
  }
}

/** Whether a file found in a folder is one to check: by its project's `files` and `ignore`, else by its extension. */
function isDocument(path: string, projects: Projects): boolean {
  const project = projects.of(path);
  return project.file ? configIncludes(project.config, projectPath(project, path)) : path.endsWith('.policy.md');
}

export function findTargets(paths: readonly string[], extraKnowledge: readonly string[], projects: Projects): Targets {
  const documents = new Set<string>();
  const knowledge = new Set<string>();
  const named = new Set<string>();
  for (const p of paths) {
    const abs = resolve(p);
    let stat;
    try {
      stat = statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot read ${p}: ${code === 'ENOENT' ? 'no such file or folder' : (code ?? String(e))}`);
    }
    if (stat.isDirectory()) {
      const before = documents.size;
      walkFiles(abs, (file) => {
        if (file.endsWith('.policy.yaml')) knowledge.add(file);
        else if (isDocument(file, projects)) documents.add(file);
      });
      if (documents.size === before) throw new UsageError(`no *.policy.md files under ${p}`);
    } else {
      documents.add(abs);
      named.add(abs);
      // Knowledge files beside an explicitly named file apply to it.
      try {
        for (const name of readdirSync(dirname(abs))) if (name.endsWith('.policy.yaml')) knowledge.add(join(dirname(abs), name));
      } catch {
        /* the folder listing is a convenience; the file itself is what was asked for */
      }
    }
  }
  for (const k of extraKnowledge) {
    const abs = resolve(k);
    try {
      if (!statSync(abs).isFile()) throw new Error('not a file');
    } catch {
      throw new UsageError(`cannot read knowledge file ${k}`);
    }
    knowledge.add(abs);
  }
  return { documents: [...documents], knowledge: [...knowledge].sort(), named, extraKnowledge: extraKnowledge.map((k) => resolve(k)) };
}

export type ReadResult =
  | { readonly text: string }
  /** Not a regular file, or the system refused: `why` says which. */
  | { readonly unreadable: string; readonly notFound?: true }
  | { readonly binary: true }
  | { readonly tooLarge: number };

/**
 * Reads a text file safely: only regular files (a FIFO would block, a device never end), opened
 * without blocking and checked on the open descriptor (no race with a swapped path), read up to
 * `maxSize` + 1 bytes whatever `stat` says (a size of 0 proves nothing for /dev/zero or /proc),
 * binary files recognised, a BOM dropped.
 */
export function readText(path: string, maxSize: number): ReadResult {
  const limit = Math.min(maxSize, HARD_MAX_BYTES);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      unreadable:
        code === 'ENOENT'
          ? 'not found'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : `cannot be read (${code ?? String(e)})`,
      ...(code === 'ENOENT' ? { notFound: true as const } : {}),
    };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { unreadable: stat.isDirectory() ? NOT_READ.folder : NOT_READ.notRegular };
    if (stat.size > limit) return { tooLarge: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) return { tooLarge: Math.max(total, stat.size) };
    }
    const decoded = decodeText(Buffer.concat(chunks, total));
    return 'binary' in decoded ? { binary: true } : decoded;
  } catch (e) {
    return { unreadable: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  } finally {
    closeSync(fd);
  }
}

/** How paths are shown: relative to the working folder, with forward slashes. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs) || abs;
  return rel.split('\\').join('/');
}
