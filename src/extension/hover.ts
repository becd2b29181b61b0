// Hover on a mention (concept, actor, event), a citation key, or an uncited claim (why it is one).
import * as vscode from 'vscode';
import {
  CLAIM_KIND_LABELS,
  claimAt,
  doiUrl,
  entryName,
  formatReference,
  mentionsOf,
  targetAt,
  type Analysis,
  type Claim,
  type Entry,
  type Reference,
} from '../core';
import type { Analyses } from './analyses';
import { spanRange } from './convert';
import { escapeMarkdown, field, link, text, untrustedMarkdown } from './markdown';
import { ANALYSIS_SELECTOR, isAnalysisDocument } from './settings';

const ORIGIN: Record<Entry['origin']['layer'], string> = {
  world: 'Built-in world knowledge',
  builtin: 'Built-in definition',
  workspace: 'Defined in',
  document: "Defined in this file's front matter",
};

export function registerHover(context: vscode.ExtensionContext, analyses: Analyses): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(ANALYSIS_SELECTOR, {
      async provideHover(doc, position) {
        if (!isAnalysisDocument(doc)) return undefined;
        const a = await analyses.request(doc);
        const offset = doc.offsetAt(position);
        const target = targetAt(a, offset);
        if (target?.kind === 'citation') {
          const { key, reference } = target;
          return new vscode.Hover(reference ? referenceHover(reference) : unknownKeyHover(key.key), spanRange(a.lines, key));
        }
        // The pointer just after a word is not on it.
        if (target?.entry && offset !== target.mention.end)
          return new vscode.Hover(
            entryHover(target.entry, a, target.mention.form && doc.getText(spanRange(a.lines, target.mention))),
            spanRange(a.lines, target.mention),
          );
        const claim = claimAt(a, offset);
        if (claim && !claim.cited && offset !== claim.end) return new vscode.Hover(claimHover(claim), spanRange(a.lines, claim));
        return undefined;
      },
    }),
  );
}

/** `asWritten`: the demonym or capital the mention was written as, said first ("Syrian: demonym of Syria"). */
export function entryHover(e: Entry, a: Analysis, asWritten?: string): vscode.MarkdownString {
  const md = untrustedMarkdown();
  if (asWritten && e.type === 'actor') {
    md.appendMarkdown('_');
    text(md, asWritten);
    md.appendMarkdown(`_: ${e.capital === asWritten ? 'capital, for the government' : 'demonym'} of `);
    text(md, e.name);
    md.appendMarkdown('\n\n');
  }
  md.appendMarkdown('**');
  text(md, entryName(e));
  md.appendMarkdown(`** · ${e.type === 'actor' ? e.kind : e.type}`);
  if (e.type === 'concept') {
    if (e.definition) {
      md.appendMarkdown('\n\n');
      text(md, e.definition);
    }
    field(md, 'Also', e.aliases.join(', '));
    field(md, 'See also', e.see.map((id) => a.knowledge.concepts.get(id)?.term ?? id).join(', '));
    if (e.cite) {
      const ref = a.references.get(e.cite);
      field(md, 'Source', ref ? formatReference(ref) : `@${e.cite}`);
    }
  } else if (e.type === 'actor') {
    if (e.description) {
      md.appendMarkdown('\n\n');
      text(md, e.description);
    }
    field(md, 'Official name', e.official ?? '');
    field(md, 'Capital', e.capital ?? '');
    field(md, 'Demonyms', (e.demonyms ?? []).join(', '));
    field(md, 'Also', e.aliases.join(', '));
    const events = [...a.knowledge.events.values()]
      .filter((ev) => ev.actors.includes(e.id))
      .sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
    field(md, 'Events', events.map((ev) => `${ev.title}${ev.date ? ` (${ev.date})` : ''}`).join('; '));
    md.appendMarkdown(`\n\n**Mentions in this file:** ${mentionsOf(a, 'actor', e.id).length}`);
    if (e.wikidata) {
      md.appendMarkdown(`\n\n**Wikidata:** ${e.wikidata} · `);
      link(md, `https://www.wikidata.org/wiki/${e.wikidata}`);
    }
  } else {
    field(md, 'Date', e.date ? (e.end ? `${e.date} – ${e.end}` : e.date) : 'undated');
    if (e.description) {
      md.appendMarkdown('\n\n');
      text(md, e.description);
    }
    field(md, 'Participants', e.actors.map((id) => a.knowledge.actors.get(id)?.name ?? id).join(', '));
    field(md, 'Also', e.aliases.join(', '));
  }
  const where =
    e.origin.layer === 'workspace' ? `${ORIGIN.workspace} ${escapeMarkdown(e.origin.file ?? 'a knowledge file')}` : ORIGIN[e.origin.layer];
  md.appendMarkdown(`\n\n---\n\n_${where}_`);
  return md;
}

/** Which words made an uncited sentence a claim, kind by kind, and how to overrule it. */
export function claimHover(c: Claim): vscode.MarkdownString {
  const md = untrustedMarkdown();
  md.appendMarkdown(`**Uncited claim** · ${c.kinds.map((k) => CLAIM_KIND_LABELS[k]).join(', ')}`);
  for (const e of c.evidence) {
    md.appendMarkdown(`\n\n- **${CLAIM_KIND_LABELS[e.kind]}** (${e.rule})`);
    if (e.text && e.start < e.end) {
      md.appendMarkdown(': “');
      text(md, e.text.replace(/\s+/g, ' '));
      md.appendMarkdown('”');
    }
  }
  md.appendMarkdown(
    '\n\n---\n\n_Cite a source (`[@key]`), or overrule: mark it `[…]{.opinion}`, or put `<!-- ' +
      'policy-lens-disable-next-line uncited-claim -->` above it._',
  );
  return md;
}

export function referenceHover(r: Reference): vscode.MarkdownString {
  const md = untrustedMarkdown();
  md.appendMarkdown('**@');
  text(md, r.id);
  md.appendMarkdown('**\n\n');
  const authors = r.authors.length > 3 ? `${r.authors[0]} et al.` : r.authors.join('; ');
  text(md, `${authors ? `${authors} ` : ''}(${r.year ?? 'n.d.'}). ${r.title ?? ''}`.trim());
  if (r.container) {
    md.appendMarkdown(' _');
    text(md, r.container);
    md.appendMarkdown('_');
  }
  // Links only over https (link() shows anything else as text); the DOI first, then the URL.
  const doi = r.doi ? doiUrl(r.doi) : undefined;
  for (const url of new Set([doi, r.url].filter((u): u is string => !!u))) {
    md.appendMarkdown('\n\n');
    link(md, url);
  }
  const from = r.origin.layer === 'document' ? "this file's `references`" : r.origin.file ? escapeMarkdown(r.origin.file) : undefined;
  if (from) md.appendMarkdown(`\n\n---\n\n_From ${from}_`);
  return md;
}

function unknownKeyHover(key: string): vscode.MarkdownString {
  const md = untrustedMarkdown();
  md.appendMarkdown('**@');
  text(md, key);
  md.appendMarkdown('**: not in any bibliography of this file');
  return md;
}
