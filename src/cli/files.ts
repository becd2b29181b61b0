// Finds the files a `check` run covers and reads them safely (binary, huge and unreadable files).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from './args';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

export interface Targets {
  /** Analysis files, absolute paths, in a stable order. */
  readonly documents: string[];
  /** Knowledge files (*.policy.yaml) found beside them or named with --knowledge. */
  readonly knowledge: string[];
}

function walk(dir: string, documents: Set<string>, knowledge: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(full, documents, knowledge);
    } else if (e.isFile()) {
      if (e.name.endsWith('.policy.md')) documents.add(full);
      else if (e.name.endsWith('.policy.yaml')) knowledge.add(full);
    }
  }
}

export function findTargets(paths: readonly string[], extraKnowledge: readonly string[]): Targets {
  const documents = new Set<string>();
  const knowledge = new Set<string>();
  for (const p of paths) {
    const abs = resolve(p);
    let stat;
    try {
      stat = statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot read ${p}: ${code === 'ENOENT' ? 'no such file or folder' : code ?? String(e)}`);
    }
    if (stat.isDirectory()) {
      const before = documents.size;
      walk(abs, documents, knowledge);
      if (documents.size === before) throw new UsageError(`no *.policy.md files under ${p}`);
    } else {
      documents.add(abs);
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
  return { documents: [...documents], knowledge: [...knowledge].sort() };
}

export type ReadResult = { text: string } | { skipped: string } | { tooLarge: number };

/** Reads a text file: binary files are skipped, oversized ones not read at all, a BOM dropped. */
export function readText(path: string, maxSize: number): ReadResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    return { skipped: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  if (size > maxSize) return { tooLarge: size };
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    return { skipped: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  if (buf.subarray(0, 8192).includes(0)) return { skipped: 'binary file (contains NUL bytes)' };
  const text = buf.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** How paths are shown: relative to the working folder, with forward slashes. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs) || abs;
  return rel.split('\\').join('/');
}
