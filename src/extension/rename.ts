// Rename (F2) an actor, event or concept id, or a citation key, across the workspace as one
// undoable edit (Shift+Enter in the rename box previews it): definitions in front matter and
// knowledge files, `ref=` attributes, event `actors:` and concept `see:` lists, citations, and
// the entry of a bibliography file. Refused where the new name is taken or the entry is built in.
import * as vscode from 'vscode';
import { entryName, idWithin, occurrencesIn, symbolAt, type Analysis, type Entry, type Span, type Symbol } from '../core';
import type { Analyses } from './analyses';
import { spanRange } from './convert';
import type { Locator } from './locate';
import { withDocument } from './references';
import { ANALYSIS_SELECTOR, isAnalysisDocument } from './settings';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

const ID = /^[\p{L}\p{N}_][\p{L}\p{N}_.:-]*$/u;
/** Pandoc's citation keys: a letter, digit or _, then also internal punctuation. */
const KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*$/u;

export function registerRename(
  context: vscode.ExtensionContext,
  analyses: Analyses,
  knowledge: WorkspaceKnowledge,
  locator: Locator,
): void {
  context.subscriptions.push(
    vscode.languages.registerRenameProvider(ANALYSIS_SELECTOR, {
      async prepareRename(doc, position) {
        if (!isAnalysisDocument(doc)) throw new Error('Policy Lens renames in analysis files only.');
        const a = await analyses.request(doc);
        const offset = doc.offsetAt(position);
        const symbol = renameable(a, offset);
        const named = displayName(a, symbol, offset);
        if (named) return { range: spanRange(a.lines, named.mention), placeholder: named.name };
        const at = occurrencesIn(a, symbol).find((o) => o.start <= offset && offset <= o.end);
        const span: Span = at?.id && at.id.start <= offset && offset <= at.id.end ? at.id : (at ?? { start: offset, end: offset });
        return { range: spanRange(a.lines, span), placeholder: symbol.kind === 'entry' ? symbol.id : symbol.key };
      },
      async provideRenameEdits(doc, position, newName, token) {
        const a = await analyses.request(doc);
        const symbol = renameable(a, doc.offsetAt(position));
        const named = displayName(a, symbol, doc.offsetAt(position));
        if (named) return renameDisplayName(named, newName, doc, a, await analyses.workspaceFiles(token), knowledge);
        const name = newName.trim();
        const old = symbol.kind === 'entry' ? symbol.id : symbol.key;
        if (name === old) return new vscode.WorkspaceEdit();
        if (!(symbol.kind === 'entry' ? ID : KEY).test(name))
          throw new Error(
            symbol.kind === 'entry'
              ? `"${name}" is not an id: use letters, digits, _ . : and -, starting with a letter, digit or _.`
              : `"${name}" is not a citation key: start with a letter, digit or _, and use no spaces.`,
          );
        const files = withDocument(await analyses.workspaceFiles(token), doc, a);
        const taken = clashOf(symbol, name, files);
        if (taken)
          throw new Error(
            `${symbol.kind === 'entry' ? `An ${symbol.type} "${name}"` : `The citation key "${name}"`} exists already ` +
              `(${taken}): choose another name.`,
          );
        return edits(symbol, name, files, a, doc.uri, knowledge, locator);
      },
    }),
  );
}

interface DisplayName {
  readonly entry: Entry;
  readonly name: string;
  /** The mention under the cursor, written with the display name. */
  readonly mention: Span;
}

/**
 * A mention written with its entry's display name (`name:`, `title:` or `term:`, not an alias
 * or an id): F2 there renames the name, where it is defined and where the prose writes it.
 */
function displayName(a: Analysis, symbol: Symbol, offset: number): DisplayName | undefined {
  if (symbol.kind !== 'entry') return undefined;
  const entry = a.knowledge.get(symbol.type, symbol.id);
  const at = occurrencesIn(a, symbol).find((o) => o.role === 'mention' && o.start <= offset && offset <= o.end);
  if (!entry?.origin.nameSpan || !at) return undefined;
  const name = entryName(entry);
  return a.lines.text.slice(at.start, at.end) === name ? { entry, name, mention: at } : undefined;
}

function renameDisplayName(
  named: DisplayName,
  newName: string,
  doc: vscode.TextDocument,
  a: Analysis,
  files: Array<{ uri: vscode.Uri; analysis: Analysis }>,
  knowledge: WorkspaceKnowledge,
): vscode.WorkspaceEdit {
  const name = newName.trim().replace(/\s+/g, ' ');
  const edit = new vscode.WorkspaceEdit();
  if (!name || name === named.name) return edit;
  const { entry } = named;
  const other = a.knowledge.lookup(entry.type, name);
  if (other && other !== entry) throw new Error(`"${name}" already names the ${other.type} "${other.id}": choose another name.`);
  // The definition: in this file's front matter, or in a knowledge file.
  const nameSpan = entry.origin.nameSpan!;
  const written = /^[\p{L}\p{N}][\p{L}\p{N} .'’()-]*$/u.test(name) ? name : JSON.stringify(name);
  if (entry.origin.layer === 'document') edit.replace(doc.uri, spanRange(a.lines, nameSpan), written);
  else {
    const file = entry.origin.file ? knowledge.fileOf(entry.origin.file) : undefined;
    if (!file) throw new Error(`The file that defines "${named.name}" is not open to edit.`);
    edit.replace(file.uri, spanRange(file.parsed.lines, nameSpan), written);
  }
  // The prose written with the old name, so that it still names the entry.
  for (const f of withDocument(files, doc, a)) {
    for (const o of occurrencesIn(f.analysis, { kind: 'entry', type: entry.type, id: entry.id })) {
      if (o.role === 'mention' && f.analysis.lines.text.slice(o.start, o.end) === named.name)
        edit.replace(f.uri, spanRange(f.analysis.lines, o), name);
    }
  }
  return edit;
}

/** Where the new name is defined already: a file, a knowledge file or the built-in knowledge; undefined when free. */
function clashOf(symbol: Symbol, name: string, files: ReadonlyArray<{ uri: vscode.Uri; analysis: Analysis }>): string | undefined {
  for (const f of files) {
    const origin = symbol.kind === 'entry' ? f.analysis.knowledge.get(symbol.type, name)?.origin : f.analysis.references.get(name)?.origin;
    if (!origin) continue;
    if (origin.layer === 'document') return vscode.workspace.asRelativePath(f.uri);
    if (origin.layer === 'builtin' || origin.layer === 'world') return 'built-in knowledge';
    return origin.file ?? vscode.workspace.asRelativePath(f.uri);
  }
  return undefined;
}

/** The symbol at `offset` if it can be renamed here; else an error that says why (VS Code shows it). */
function renameable(a: Analysis, offset: number): Symbol {
  const symbol = symbolAt(a, offset);
  if (!symbol) throw new Error('Put the cursor on an actor, event or concept, or on a citation key, to rename it.');
  if (symbol.kind === 'key') {
    if (!a.references.has(symbol.key)) throw new Error(`"@${symbol.key}" is in no bibliography of this file: there is nothing to rename.`);
    return symbol;
  }
  const entry = a.knowledge.get(symbol.type, symbol.id);
  if (!entry) throw new Error(`The ${symbol.type} "${symbol.id}" is defined nowhere: there is nothing to rename.`);
  if (entry.origin.layer === 'builtin' || entry.origin.layer === 'world')
    throw new Error(
      `"${entryName(entry)}" is built-in knowledge and keeps its id; define your own entry in a knowledge file to name it otherwise.`,
    );
  return symbol;
}

function edits(
  symbol: Symbol,
  name: string,
  files: ReadonlyArray<{ uri: vscode.Uri; analysis: Analysis }>,
  a: Analysis,
  uri: vscode.Uri,
  knowledge: WorkspaceKnowledge,
  locator: Locator,
): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const done = new Set<string>();
  const replace = (target: vscode.Uri, range: vscode.Range) => {
    const key = `${target.toString()}#${range.start.line}:${range.start.character}`;
    if (done.has(key)) return;
    done.add(key);
    edit.replace(target, range, name);
  };
  for (const f of files) for (const o of occurrencesIn(f.analysis, symbol)) if (o.id) replace(f.uri, spanRange(f.analysis.lines, o.id));
  if (symbol.kind === 'entry') {
    for (const k of knowledge.parsedFiles()) {
      for (const r of k.parsed.references) if (r.kind === symbol.type && r.id === symbol.id) replace(k.uri, spanRange(k.parsed.lines, r));
      for (const e of k.parsed.source.entries) {
        if (e.type !== symbol.type || e.id !== symbol.id || !e.origin.span) continue;
        replace(k.uri, spanRange(k.parsed.lines, idWithin(k.parsed.lines.text, e.origin.span, symbol.id)));
      }
    }
  } else {
    const origin = a.references.get(symbol.key)?.origin;
    const at = origin && origin.layer !== 'document' ? locator.locate(uri, a, origin, true) : undefined;
    if (at) replace(at.uri, at.range);
  }
  return edit;
}
