// The extension's settings (`policyLens.*`), read in one place.
import * as vscode from 'vscode';
import { CLAIM_KINDS, type ClaimKind, type SeveritySetting } from '../core';

export interface Settings {
  readonly builtinKnowledge: boolean;
  /** The world's states and organisations, under the domain's built-in knowledge. */
  readonly worldKnowledge: boolean;
  readonly knowledgeFiles: readonly string[];
  /** Workspace-relative bibliographies every file may cite from. */
  readonly bibliographies: readonly string[];
  /** The opt-in missing-locator rule. */
  readonly missingLocator: SeveritySetting;
  readonly claimSeverity: Partial<Record<ClaimKind, SeveritySetting>>;
  readonly citationScope: 'sentence' | 'paragraph';
  readonly debounceMs: number;
  readonly maxFileSize: number;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('policyLens');
  const claimSeverity: Partial<Record<ClaimKind, SeveritySetting>> = {};
  for (const k of CLAIM_KINDS) claimSeverity[k] = c.get<SeveritySetting>(`severity.${k}`, 'warning');
  return {
    builtinKnowledge: c.get('builtinKnowledge', true),
    worldKnowledge: c.get('worldKnowledge', true),
    knowledgeFiles: c.get<string[]>('knowledgeFiles', ['**/*.policy.yaml']),
    bibliographies: c.get<string[]>('bibliographies', []).filter((b) => typeof b === 'string' && b.trim() !== ''),
    missingLocator: c.get<SeveritySetting>('severity.missingLocator', 'off'),
    claimSeverity,
    citationScope: c.get<string>('citationScope', 'sentence') === 'paragraph' ? 'paragraph' : 'sentence',
    debounceMs: Math.max(0, c.get('debounceMs', 300)),
    maxFileSize: c.get('maxFileSize', 5_000_000),
  };
}

export const LANGUAGE_ID = 'policy-analysis';

export function isAnalysisDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID;
}
