// The settings each file is analysed with: the defaults, under the nearest .policy-lens.yaml
// (which CI reads too), under the editor's `policyLens.*` settings that the user set.
import * as vscode from 'vscode';
import {
  CLAIM_KINDS,
  DEFAULT_KNOWLEDGE,
  DEFAULT_MAX_SIZE,
  configIgnores,
  mergeConfigs,
  type CitationScope,
  type ClaimKind,
  type DiagnosticCode,
  type ProjectConfig,
  type SeveritySetting,
} from '../core';
import type { ConfigFile, ProjectConfigs } from './projectConfig';

export interface Settings {
  readonly builtinKnowledge: boolean;
  /** The world's states and organisations, under the domain's built-in knowledge. */
  readonly worldKnowledge: boolean;
  /** Where knowledge files are: the editor's globs in each workspace folder, or each configuration's in its folder. */
  readonly knowledgePatterns: readonly vscode.RelativePattern[];
  /** Absolute paths of the bibliographies every file may cite from. */
  readonly bibliographies: readonly string[];
  readonly severity: Partial<Record<DiagnosticCode, SeveritySetting>>;
  readonly claimSeverity: Partial<Record<ClaimKind, SeveritySetting>>;
  readonly citationScope: CitationScope;
  readonly debounceMs: number;
  readonly maxFileSize: number;
  /** The file is ignored by its configuration: no diagnostics, not indexed. */
  readonly ignored: boolean;
}

/** A setting's value where the user set one (user, workspace or folder), else undefined: the configuration file decides. */
function explicit<T>(c: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const i = c.inspect<T>(key);
  return i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
}

/** The editor's settings that the user set, as a configuration layer. */
function editorLayer(c: vscode.WorkspaceConfiguration): ProjectConfig {
  const claimSeverity: Partial<Record<ClaimKind, SeveritySetting>> = {};
  for (const k of CLAIM_KINDS) {
    const v = explicit<SeveritySetting>(c, `severity.${k}`);
    if (v) claimSeverity[k] = v;
  }
  const missingLocator = explicit<SeveritySetting>(c, 'severity.missingLocator');
  const scope = explicit<string>(c, 'citationScope');
  const layer: Record<string, unknown> = {
    builtinKnowledge: explicit<boolean>(c, 'builtinKnowledge'),
    worldKnowledge: explicit<boolean>(c, 'worldKnowledge'),
    maxFileSize: explicit<number>(c, 'maxFileSize'),
    citationScope: scope === undefined ? undefined : scope === 'paragraph' ? 'paragraph' : 'sentence',
    severity: missingLocator ? { 'missing-locator': missingLocator } : undefined,
    claimSeverity: Object.keys(claimSeverity).length ? claimSeverity : undefined,
  };
  return layer as ProjectConfig;
}

/** Settings per file, made once per configuration file and remade when either changes. */
export class SettingsModel {
  private cache = new Map<ConfigFile | undefined, Settings>();
  private whole: Settings | undefined;

  constructor(private readonly configs: ProjectConfigs) {}

  /** The editor's settings or a configuration file changed. */
  reset(): void {
    this.cache = new Map();
    this.whole = undefined;
  }

  /** The settings of one file; without a file, those of the workspace (knowledge, debounce). */
  get(uri?: vscode.Uri): Settings {
    if (!uri) return (this.whole ??= this.make(this.configs.root()));
    const file = this.configs.nearest(uri);
    let s = this.cache.get(file);
    if (!s) this.cache.set(file, (s = this.make(file)));
    if (!file?.config.ignore?.length) return s;
    // Only `ignore` depends on the file itself.
    const rel = uri.path.slice(file.dir.path.replace(/\/$/, '').length + 1);
    return configIgnores(file.config, rel) ? { ...s, ignored: true } : s;
  }

  private make(file: ConfigFile | undefined): Settings {
    const c = vscode.workspace.getConfiguration('policyLens');
    const m = mergeConfigs(file?.config, editorLayer(c));
    const folders = vscode.workspace.workspaceFolders ?? [];
    const folderPath = (p: string, base: vscode.Uri) => (isAbsolute(p) ? p : vscode.Uri.joinPath(base, p).path);
    const editorBibliographies = explicit<string[]>(c, 'bibliographies')?.filter((b) => typeof b === 'string' && b.trim() !== '');
    const editorKnowledge = explicit<string[]>(c, 'knowledgeFiles');
    return {
      builtinKnowledge: m.builtinKnowledge ?? true,
      worldKnowledge: m.worldKnowledge ?? true,
      knowledgePatterns: editorKnowledge
        ? editorKnowledge.flatMap((glob) => folders.map((f) => new vscode.RelativePattern(f, glob)))
        : this.knowledgeFromConfigs(folders),
      bibliographies: editorBibliographies
        ? editorBibliographies.flatMap((b) => (folders[0] ? [folderPath(b, folders[0].uri)] : []))
        : (file?.config.bibliographies ?? []).map((b) => folderPath(b, file!.dir)),
      severity: m.severity ?? {},
      claimSeverity: m.claimSeverity ?? {},
      citationScope: m.citationScope ?? 'sentence',
      debounceMs: Math.max(0, c.get('debounceMs', 300)),
      maxFileSize: m.maxFileSize ?? DEFAULT_MAX_SIZE,
      ignored: false,
    };
  }

  /** Each configuration's knowledge globs in its folder; the default glob in every folder no configuration covers. */
  private knowledgeFromConfigs(folders: readonly vscode.WorkspaceFolder[]): vscode.RelativePattern[] {
    const configured = this.configs.all().filter((f) => f.config.knowledge);
    const out = configured.flatMap((f) => f.config.knowledge!.map((glob) => new vscode.RelativePattern(f.dir, glob)));
    for (const folder of folders) {
      const covered = configured.some((f) => f.dir.toString() === folder.uri.toString());
      if (!covered) out.push(...DEFAULT_KNOWLEDGE.map((glob) => new vscode.RelativePattern(folder, glob)));
    }
    return out;
  }
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p);
}

export const LANGUAGE_ID = 'policy-analysis';

/** Languages the engine can also analyse when `policyLens.languages` lists them. */
export const OPT_IN_LANGUAGES = ['markdown', 'quarto'] as const;

/** Where the providers are registered; each answers only for documents isAnalysisDocument accepts. */
export const ANALYSIS_SELECTOR: vscode.DocumentSelector = [LANGUAGE_ID, ...OPT_IN_LANGUAGES].map((language) => ({ language }));

let optedIn: readonly string[] | undefined;

/** The opted-in languages, read again after a change of settings. */
export function resetLanguages(): void {
  optedIn = undefined;
}

export function isAnalysisDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId === LANGUAGE_ID) return true;
  if (!(OPT_IN_LANGUAGES as readonly string[]).includes(doc.languageId)) return false;
  optedIn ??= vscode.workspace.getConfiguration('policyLens').get<string[]>('languages', []);
  return optedIn.includes(doc.languageId);
}
