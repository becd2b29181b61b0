// The Actors, Events and Claims views: thin tree providers over the ScopeModel's entities.
// Ids are stable and unique, getParent is implemented so reveal works.
import * as vscode from 'vscode';
import {
  ACTOR_KINDS,
  CLAIM_KIND_LABELS,
  type Actor,
  type ActorKind,
  type Claim,
  type EntityMentions,
  type EventEntry,
  type MentionRef,
  type NameRef,
  type UnrecognizedMentions,
} from '../core';
import { toRange } from './convert';
import type { ScopedFile, ScopeModel } from './scope';

export type TreeNode =
  | { readonly type: 'group'; readonly id: string; readonly kind: ActorKind; readonly actors: EntityMentions<Actor>[] }
  | { readonly type: 'actor'; readonly id: string; readonly item: EntityMentions<Actor>; readonly parent: TreeNode }
  | { readonly type: 'event'; readonly id: string; readonly item: EntityMentions<EventEntry>; readonly parent?: TreeNode }
  | {
      readonly type: 'participant';
      readonly id: string;
      readonly actor: Actor | undefined;
      readonly actorId: string;
      readonly parent: TreeNode;
    }
  | { readonly type: 'unrecognized'; readonly id: string; readonly names: UnrecognizedMentions[] }
  | { readonly type: 'name'; readonly id: string; readonly item: UnrecognizedMentions; readonly parent: TreeNode }
  | { readonly type: 'mention'; readonly id: string; readonly ref: MentionRef | NameRef; readonly parent: TreeNode }
  | {
      readonly type: 'claim';
      readonly id: string;
      readonly source: string;
      readonly label: string;
      readonly cited: boolean;
      readonly kinds: readonly string[];
      /** Its evidence is read when the tooltip is asked for (resolveTreeItem): a long report lists thousands of claims. */
      readonly claim: Claim;
      readonly range: vscode.Range;
    }
  | {
      /** "Show 500 more" after the first rows of a long list. */
      readonly type: 'more';
      readonly id: string;
      readonly shown: number;
      readonly total: number;
      readonly parent?: TreeNode;
      /** Shows the next rows (the policyLens.showMoreRows command calls it). */
      readonly more: () => void;
    };

/**
 * Rows a list shows before a "Show more" row. VS Code sends all the rows of a list to the window
 * at once: the 40,000 claims of a 4.5 MB file held the extension host 3.3 s at every edit.
 */
export const PAGE = 500;

const GROUP_LABEL: Record<ActorKind, string> = {
  state: 'States',
  organization: 'Organisations',
  person: 'People',
  group: 'Groups',
  region: 'Regions',
  other: 'Other',
};

abstract class Provider implements vscode.TreeDataProvider<TreeNode> {
  protected readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  /**
   * How many rows each long list shows, by its parent's id ('' for the view's top): grown by
   * "Show more", and back to a page when the view shows other files.
   */
  private readonly shown = new Map<string, number>();
  private shownFor = '';

  constructor(protected readonly model: ScopeModel) {
    model.onDidChange(() => {
      const files = model.scopedFiles.map((f) => f.uri.toString()).join('\n');
      if (files !== this.shownFor) {
        this.shown.clear();
        this.shownFor = files;
      }
      this.emitter.fire(undefined);
    });
  }

  /** The first rows of a list, made from its items, and a "Show more" row when there are more. */
  protected paged<T>(items: readonly T[], row: (item: T) => TreeNode, parent?: TreeNode): TreeNode[] {
    const key = parent?.id ?? '';
    const shown = Math.min(items.length, this.shown.get(key) ?? PAGE);
    const rows = items.slice(0, shown).map(row);
    if (shown < items.length) {
      const more = () => {
        this.shown.set(key, shown + PAGE);
        // The whole tree (VS Code keeps what is expanded): `parent` may be a node of an older
        // refresh, which VS Code would no longer know.
        this.emitter.fire(undefined);
      };
      rows.push({ type: 'more', id: `${key}/more`, shown, total: items.length, ...(parent ? { parent } : {}), more });
    }
    return rows;
  }

  protected mentionNodes(parent: TreeNode, mentions: ReadonlyArray<MentionRef | NameRef>): TreeNode[] {
    return this.paged(
      mentions,
      (ref) => ({ type: 'mention', id: `${parent.id}/m:${ref.source}#${ref.mention.start}`, ref, parent }),
      parent,
    );
  }

  abstract getChildren(node?: TreeNode): TreeNode[];

  getParent(node: TreeNode): TreeNode | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const collapsible = (open = false) => (open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    let item: vscode.TreeItem;
    switch (node.type) {
      case 'group':
        item = new vscode.TreeItem(GROUP_LABEL[node.kind], collapsible(true));
        item.description = String(node.actors.length);
        break;
      case 'unrecognized':
        item = new vscode.TreeItem('Unrecognised', collapsible(true));
        item.description = String(node.names.length);
        item.tooltip = 'Names Policy Lens found but does not know: right-click one to add it as an actor or a concept.';
        break;
      case 'name':
        item = new vscode.TreeItem(node.item.name, collapsible());
        item.description = `${count(node.item.mentions.length)}${node.item.kind ? ` · ${node.item.kind}?` : ''}`;
        item.tooltip = node.item.variants.length > 1 ? `Also written: ${node.item.variants.slice(1).join(', ')}` : node.item.name;
        item.iconPath = new vscode.ThemeIcon('question');
        break;
      case 'actor':
        item = new vscode.TreeItem(node.item.entry.name, collapsible());
        item.description = count(node.item.mentions.length) + formsNote(node.item.mentions);
        item.tooltip = node.item.entry.description ?? node.item.entry.name;
        item.iconPath = new vscode.ThemeIcon(
          node.item.entry.kind === 'person' ? 'person' : node.item.entry.kind === 'state' ? 'globe' : 'organization',
        );
        break;
      case 'event': {
        const e = node.item.entry;
        item = new vscode.TreeItem(e.title, collapsible());
        item.description = `${e.date ?? 'undated'} · ${count(node.item.mentions.length)}`;
        item.tooltip = e.description ?? e.title;
        item.iconPath = new vscode.ThemeIcon('calendar');
        break;
      }
      case 'participant':
        item = new vscode.TreeItem(node.actor?.name ?? node.actorId, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('person');
        break;
      case 'mention': {
        item = new vscode.TreeItem(node.ref.preview, vscode.TreeItemCollapsibleState.None);
        const uri = vscode.Uri.parse(node.ref.source);
        const range = toRange(node.ref.mention.range);
        item.description = `${this.model.scope === 'workspace' ? `${vscode.workspace.asRelativePath(uri)}:` : 'line '}${range.start.line + 1}`;
        item.command = { command: 'policyLens.revealRange', title: 'Reveal', arguments: [uri, range] };
        item.iconPath = new vscode.ThemeIcon('quote');
        break;
      }
      case 'more':
        item = new vscode.TreeItem(`Show ${Math.min(PAGE, node.total - node.shown)} more`, vscode.TreeItemCollapsibleState.None);
        item.description = `${node.shown.toLocaleString('en')} of ${node.total.toLocaleString('en')} shown`;
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.command = { command: 'policyLens.showMoreRows', title: 'Show more', arguments: [node] };
        break;
      case 'claim': {
        item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.description = node.cited ? `cited · ${node.kinds.join(', ')}` : node.kinds.join(', ');
        item.iconPath = new vscode.ThemeIcon(node.cited ? 'pass' : 'warning');
        item.command = { command: 'policyLens.revealRange', title: 'Reveal', arguments: [vscode.Uri.parse(node.source), node.range] };
        break;
      }
    }
    item.id = node.id;
    item.contextValue = node.type;
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

const count = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;

/** " (3 as demonym, 1 as capital)": how many mentions name the actor otherwise than by a name. */
function formsNote(mentions: readonly MentionRef[]): string {
  const demonyms = mentions.filter((m) => m.mention.form === 'demonym').length;
  const capitals = mentions.filter((m) => m.mention.form === 'capital').length;
  const parts = [demonyms ? `${demonyms} as demonym` : '', capitals ? `${capitals} as capital` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export class ActorsTree extends Provider {
  getChildren(node?: TreeNode): TreeNode[] {
    const { actors, events, unrecognized } = this.model.entities;
    if (!node) {
      const groups: TreeNode[] = ACTOR_KINDS.map((kind) => ({
        type: 'group' as const,
        id: `group:${kind}`,
        kind,
        actors: actors.filter((a) => a.entry.kind === kind),
      })).filter((g) => g.actors.length > 0);
      return unrecognized.length ? [...groups, { type: 'unrecognized', id: 'unrecognized', names: unrecognized }] : groups;
    }
    if (node.type === 'group')
      return this.paged(node.actors, (item) => ({ type: 'actor', id: `actor:${item.entry.id}`, item, parent: node }), node);
    if (node.type === 'unrecognized')
      return this.paged(node.names, (item) => ({ type: 'name', id: `name:${item.name}`, item, parent: node }), node);
    if (node.type === 'name') return this.mentionNodes(node, node.item.mentions);
    if (node.type === 'actor') {
      const taking = events.filter((e) => e.entry.actors.includes(node.item.entry.id));
      return [
        ...taking.map((item): TreeNode => ({ type: 'event', id: `${node.id}/event:${item.entry.id}`, item, parent: node })),
        ...this.mentionNodes(node, node.item.mentions),
      ];
    }
    if (node.type === 'event') return this.mentionNodes(node, node.item.mentions);
    return [];
  }
}

export class EventsTree extends Provider {
  getChildren(node?: TreeNode): TreeNode[] {
    const { events } = this.model.entities;
    if (!node) return this.paged(events, (item) => ({ type: 'event', id: `event:${item.entry.id}`, item }));
    if (node.type === 'event') {
      // Participants as the file that defines the event knows them (its front matter may define
      // them); in the workspace scope that need not be the first file.
      const entry = node.item.entry;
      const files = this.model.scopedFiles;
      const home = files.find((f) => f.analysis.knowledge.events.get(entry.id) === entry) ?? files[0];
      const actorOf = (id: string) =>
        home?.analysis.knowledge.actors.get(id) ?? files.map((f) => f.analysis.knowledge.actors.get(id)).find((a) => a !== undefined);
      const actors = entry.actors.map((id): TreeNode => ({
        type: 'participant',
        id: `${node.id}/actor:${id}`,
        actorId: id,
        actor: actorOf(id),
        parent: node,
      }));
      return [...actors, ...this.mentionNodes(node, node.item.mentions)];
    }
    return [];
  }
}

/** Claims of the files in scope, uncited first. */
export class ClaimsTree extends Provider {
  getChildren(node?: TreeNode): TreeNode[] {
    if (node) return [];
    // Uncited first, each part in file order; rows are made for those shown only.
    const uncited: Array<{ f: ScopedFile; c: Claim }> = [];
    const cited: Array<{ f: ScopedFile; c: Claim }> = [];
    for (const f of this.model.scopedFiles) {
      const claims = f.analysis.claims;
      // Indexed: the list is frozen, and a for-of over a frozen array makes an object per item.
      for (let k = 0; k < claims.length; k++) (claims[k]!.cited ? cited : uncited).push({ f, c: claims[k]! });
    }
    return this.paged([...uncited, ...cited], ({ f, c }) => {
      const text = f.analysis.lines.text.slice(c.start, c.end).replace(/\s+/g, ' ');
      return {
        type: 'claim',
        id: `claim:${f.uri.toString()}#${c.start}`,
        source: f.uri.toString(),
        label: text.length > 90 ? `${text.slice(0, 89)}…` : text,
        cited: c.cited,
        kinds: c.kinds.map((k) => CLAIM_KIND_LABELS[k]),
        claim: c,
        range: toRange(c.range),
      };
    });
  }

  /** The tooltip says which words made each kind: plain text, since the words come from the file. */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.type === 'claim')
      item.tooltip = node.claim.evidence
        .map((e) => `${CLAIM_KIND_LABELS[e.kind]} (${e.rule})${e.start < e.end ? `: “${e.text.replace(/\s+/g, ' ')}”` : ''}`)
        .join('\n');
    return item;
  }
}
