// What a name or key under the cursor stands for, and everywhere one document writes it: for Find
// All References, rename and highlights. Knowledge files and bibliographies add their own.
import type { Analysis } from './analysis';
import { mentionsOf, targetAt } from './queries';
import type { EntryKind, Span } from './types';

/** An actor, event or concept by id, or a citation key. */
export type Symbol =
  { readonly kind: 'entry'; readonly type: EntryKind; readonly id: string } | { readonly kind: 'key'; readonly key: string };

export interface Occurrence extends Span {
  /** mention: named in prose; definition: where it is defined; reference: its id in a list or a `ref=`; citation: `@key`. */
  readonly role: 'mention' | 'definition' | 'reference' | 'citation';
  /** The id or key as written, where renaming it changes the text (not a mention by name). */
  readonly id?: Span;
}

function inside(s: Span | undefined, offset: number): boolean {
  return !!s && s.start <= offset && offset <= s.end;
}

/** The symbol at `offset`: a mention, a cited key, or an id or key in the front matter. */
export function symbolAt(a: Analysis, offset: number): Symbol | undefined {
  const target = targetAt(a, offset);
  if (target?.kind === 'citation') return { kind: 'key', key: target.key.key };
  if (target?.kind === 'mention') {
    // An actor named inside a longer name ("Armenia" in "the Armenia-Azerbaijan conflict") is what the cursor is on.
    const inner = a.innerMentions.find((m) => inside(m, offset));
    const m = inner ?? target.mention;
    return { kind: 'entry', type: m.type, id: m.id };
  }
  if (!a.frontMatter || offset > a.frontMatter.end) return undefined;
  for (const e of a.knowledge.entries()) {
    if (e.origin.layer === 'document' && inside(e.origin.span, offset)) return { kind: 'entry', type: e.type, id: e.id };
  }
  const ref = a.idReferences.find((r) => inside(r, offset));
  if (ref) return { kind: 'entry', type: ref.kind, id: ref.id };
  for (const r of a.references.values()) {
    if (r.origin.layer === 'document' && inside(r.origin.span, offset)) return { kind: 'key', key: r.id };
  }
  return undefined;
}

/** Every place this document writes the symbol, in order. */
export function occurrencesIn(a: Analysis, symbol: Symbol): Occurrence[] {
  const out: Occurrence[] = [];
  const text = a.lines.text;
  if (symbol.kind === 'entry') {
    const entry = a.knowledge.get(symbol.type, symbol.id);
    if (entry?.origin.layer === 'document' && entry.origin.span)
      out.push({ role: 'definition', ...entry.origin.span, id: idWithin(text, entry.origin.span, symbol.id) });
    for (const r of a.idReferences)
      if (r.kind === symbol.type && r.id === symbol.id) out.push({ role: 'reference', start: r.start, end: r.end, id: r });
    for (const m of mentionsOf(a, symbol.type, symbol.id)) {
      const id = m.explicit ? refAttribute(text, m, symbol.id) : undefined;
      out.push(id ? { role: 'reference', start: m.start, end: m.end, id } : { role: 'mention', start: m.start, end: m.end });
    }
  } else {
    const r = a.references.get(symbol.key);
    if (r?.origin.layer === 'document' && r.origin.span)
      out.push({ role: 'definition', ...r.origin.span, id: idWithin(text, r.origin.span, symbol.key) });
    for (const c of a.citations) {
      for (const k of c.keys) if (k.key === symbol.key) out.push({ role: 'citation', start: k.start, end: k.end, id: k });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The id in a span's `ref=id` attribute (`[Moscow]{.actor ref=russia}`, the mention being `Moscow`), quoted or not. */
function refAttribute(text: string, m: Span, id: string): Span | undefined {
  const open = text.indexOf('{', m.end);
  if (open < 0 || open > m.end + 1) return undefined;
  const close = text.indexOf('}', open);
  if (close < 0) return undefined;
  const attrs = text.slice(open, close + 1);
  for (const q of ['', '"', "'"]) {
    const at = attrs.indexOf(`ref=${q}${id}${q}`);
    const after = attrs.charCodeAt(at + 4 + 2 * q.length + id.length);
    // `ref=rus` is not `ref=russia`.
    if (at >= 0 && (q || after === 32 || after === 125 /* } */ || after === 9)) {
      const start = open + at + 4 + q.length;
      return { start, end: start + id.length };
    }
  }
  return undefined;
}

/** The id itself inside its key's span (a quoted key, `"russia":`, has its quotes in the span). */
export function idWithin(text: string, span: Span, id: string): Span {
  const at = text.slice(span.start, span.end).indexOf(id);
  return at < 0 ? span : { start: span.start + at, end: span.start + at + id.length };
}
