// What a claim rule sees of one sentence, and what it returns: the words that made it a claim.
import type { ClaimKind, Span } from '../types';
import type { Token } from './tokens';

export interface SentenceView {
  /** Masked prose of the sentence (no code, citations or URLs). */
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Mentions of known actors and events, relative to the sentence, in order. */
  readonly actors: readonly Span[];
  readonly events: readonly Span[];
}

/** Why a sentence is a claim of one kind: the rule and the words it matched (relative offsets). */
export interface Evidence extends Span {
  readonly kind: ClaimKind;
  readonly rule: string;
}

/** What a rule needs in a sentence before it is worth running; a rule's own words, never a copy. */
export type Trigger =
  | { readonly words: ReadonlySet<string> }
  | { readonly chars: string }
  | { readonly always: true };

export interface ClaimRule {
  readonly kind: ClaimKind;
  /** Shown with the evidence and in the README's table. */
  readonly name: string;
  readonly trigger: Trigger;
  /** The words that make the sentence a claim of this kind, or undefined. */
  readonly find: (s: SentenceView, found: readonly Evidence[]) => Evidence | undefined;
}

export const evidence = (kind: ClaimKind, rule: string, start: number, end: number): Evidence => ({ kind, rule, start, end });
