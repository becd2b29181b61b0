// The project configuration file (.policy-lens.yaml), read alike by the CLI and the extension.
// Its fields are one table: the reader, the JSON Schema (for the YAML extension) and the starting
// file of `policy-lens init` are all made from it, so they cannot disagree.
import { DIAGNOSTIC_CODES } from './codes';
import { closestKeys } from './closestKeys';
import { toDiagnostics } from './diagnostics';
import { LineIndex } from './lineIndex';
import type * as Glob from './glob';
import type { Document } from 'yaml';
import { CLAIM_KINDS, type ClaimKind, type Diagnostic, type DiagnosticCode, type SeveritySetting } from './types';
import {
  describe,
  isMap,
  isScalar,
  isSeq,
  mapEntries,
  parseYaml,
  scalarText,
  span,
  yamlErrors,
  type RawDiagnostic,
  type YNode,
} from './yamlNodes';

/** Found by walking up from each analysis file, as `.markdownlint-cli2.yaml` and `.vale.ini` are. */
export const CONFIG_FILE_NAME = '.policy-lens.yaml';

export type CitationScope = 'sentence' | 'paragraph';

/** What a configuration file sets; a field it leaves out takes the default (or the editor's setting). */
export interface ProjectConfig {
  /** Globs of knowledge files, relative to the configuration file's folder. */
  readonly knowledge?: readonly string[];
  /** Bibliographies every file may cite from, relative to the configuration file's folder. */
  readonly bibliographies?: readonly string[];
  readonly builtinKnowledge?: boolean;
  readonly worldKnowledge?: boolean;
  /** Per diagnostic code; `uncited-claim` is the default of every claim kind. */
  readonly severity?: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /** Per claim kind, for uncited claims. */
  readonly claimSeverity?: Partial<Record<ClaimKind, SeveritySetting>>;
  readonly citationScope?: CitationScope;
  readonly maxFileSize?: number;
  /** Globs of the analysis files to check, relative to the configuration file's folder. */
  readonly files?: readonly string[];
  /** Globs of files never checked (nor indexed), relative to the configuration file's folder. */
  readonly ignore?: readonly string[];
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
export const DEFAULT_FILES: readonly string[] = ['**/*.policy.md'];
export const DEFAULT_KNOWLEDGE: readonly string[] = ['**/*.policy.yaml'];

type FieldType =
  | { readonly type: 'boolean' }
  | { readonly type: 'globs' }
  | { readonly type: 'size' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'severities'; readonly keys: readonly string[] };

interface Field {
  readonly type: FieldType;
  readonly description: string;
  /** The value `policy-lens init` writes, commented out unless `active`. */
  readonly example: string;
  readonly active?: true;
}

/** Every field of the file, in the order `policy-lens init` writes them. */
export const CONFIG_FIELDS: Readonly<Record<keyof ProjectConfig, Field>> = {
  files: {
    type: { type: 'globs' },
    description: 'The analysis files to check (globs relative to this file).',
    example: "['**/*.policy.md']",
    active: true,
  },
  ignore: { type: { type: 'globs' }, description: 'Files never checked nor indexed.', example: "['drafts/**']" },
  knowledge: {
    type: { type: 'globs' },
    description: 'Knowledge files: your own actors, events and concepts.',
    example: "['**/*.policy.yaml']",
    active: true,
  },
  bibliographies: {
    type: { type: 'globs' },
    description: 'Bibliographies every file may cite from, besides those in its front matter (.bib, CSL JSON or YAML).',
    example: '[references.bib]',
  },
  builtinKnowledge: {
    type: { type: 'boolean' },
    description: "The built-in knowledge of the domain (and of the world's states and organisations).",
    example: 'true',
  },
  worldKnowledge: { type: { type: 'boolean' }, description: "The world's states and international organisations.", example: 'true' },
  citationScope: {
    type: { type: 'enum', values: ['sentence', 'paragraph'] },
    description: 'Where a citation must be for a claim to count as cited: its sentence or its paragraph.',
    example: 'sentence',
    active: true,
  },
  severity: {
    type: { type: 'severities', keys: Object.keys(DIAGNOSTIC_CODES) },
    description: 'Severity per diagnostic code (error, warning, info, hint or off).',
    example: '{ uncited-claim: warning, missing-locator: off }',
  },
  claimSeverity: {
    type: { type: 'severities', keys: CLAIM_KINDS },
    description: 'Severity of uncited claims per kind; a kind left out takes the severity of uncited-claim.',
    example: '{ weasel: info }',
  },
  maxFileSize: { type: { type: 'size' }, description: 'Files larger than this many bytes are not analysed.', example: '5000000' },
};

export interface ConfigRead {
  readonly config: ProjectConfig;
  /** Syntax errors, unknown keys and wrong values, at their lines; a wrong field is left out of `config`. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads a configuration file. Never throws: what is wrong is a diagnostic and is left out. */
export function parseConfig(text: string): ConfigRead {
  const lines = new LineIndex(text);
  const doc = parseYaml(text);
  const raw: RawDiagnostic[] = yamlErrors(doc, text, 0, 'Configuration').map((d) => ({ ...d, code: 'config' }));
  const config: Record<string, unknown> = {};
  const whole = { start: 0, end: Math.max(1, Math.min(text.length, text.indexOf('\n') + 1 || text.length)) };
  const root = doc.contents as YNode;
  if (raw.length === 0 && root && !isMap(root)) {
    raw.push({
      code: 'config',
      ...span(root, 0, whole),
      message: `The configuration must be a mapping of settings, not ${describe(root)}`,
    });
  } else if (root && isMap(root)) {
    const fields = Object.keys(CONFIG_FIELDS);
    for (const { key, keyNode, value } of mapEntries(root, doc)) {
      const field = (CONFIG_FIELDS as Record<string, Field | undefined>)[key];
      if (!field) {
        const near = closestKeys(key, fields);
        raw.push({
          code: 'config',
          ...span(keyNode, 0, whole),
          message: `Unknown setting "${key}"${near.length ? `: did you mean "${near[0]}"?` : ''} (settings: ${fields.join(', ')})`,
        });
        continue;
      }
      const read = readField(key, field.type, value, raw, span(keyNode, 0, whole), doc);
      if (read !== undefined) config[key] = read;
    }
  }
  return { config: config as ProjectConfig, diagnostics: toDiagnostics(raw, lines, {}) };
}

function readField(
  key: string,
  type: FieldType,
  value: YNode,
  raw: RawDiagnostic[],
  at: { start: number; end: number },
  doc: Document.Parsed,
): unknown {
  const where = span(value, 0, at);
  const wrong = (expected: string) => {
    const text = isScalar(value) && typeof value.value === 'string' ? `"${value.value}"` : describe(value);
    raw.push({ code: 'config', ...where, message: `"${key}" must be ${expected}, not ${text}` });
    return undefined;
  };
  switch (type.type) {
    case 'boolean':
      return isScalar(value) && typeof value.value === 'boolean' ? value.value : wrong('true or false');
    case 'size':
      return isScalar(value) && typeof value.value === 'number' && Number.isInteger(value.value) && value.value > 0
        ? value.value
        : wrong('a positive whole number of bytes');
    case 'enum': {
      const v = scalarText(value);
      if (v !== undefined && type.values.includes(v)) return v;
      return wrong(`one of ${type.values.join(', ')}`);
    }
    case 'globs': {
      const one = scalarText(value);
      if (isScalar(value) && typeof value.value === 'string' && one) return [one];
      if (!isSeq(value)) return wrong('a list of paths or globs');
      const out: string[] = [];
      for (const item of value.items) {
        const v = isScalar(item) && typeof item.value === 'string' ? item.value.trim() : '';
        if (v) out.push(v);
        else
          raw.push({
            code: 'config',
            ...span(item as YNode, 0, where),
            message: `"${key}" lists paths or globs, not ${describe(item as YNode)}`,
          });
      }
      return out;
    }
    case 'severities': {
      if (!isMap(value)) return wrong(`a mapping such as { ${type.keys[0]}: warning }`);
      const out: Record<string, SeveritySetting> = {};
      for (const e of mapEntries(value, doc)) {
        if (!type.keys.includes(e.key)) {
          const near = closestKeys(e.key, type.keys);
          raw.push({
            code: 'config',
            ...span(e.keyNode, 0, where),
            message: `"${key}" has no "${e.key}"${near.length ? `: did you mean "${near[0]}"?` : ''} (known: ${type.keys.join(', ')})`,
          });
          continue;
        }
        const level = scalarText(e.value);
        if (level !== undefined && (SEVERITY_SETTINGS as readonly string[]).includes(level)) out[e.key] = level as SeveritySetting;
        else {
          const given = level === undefined ? describe(e.value) : `"${level}"`;
          raw.push({
            code: 'config',
            ...span(e.value, 0, span(e.keyNode, 0, where)),
            message: `"${key}.${e.key}" must be one of ${SEVERITY_SETTINGS.join(', ')}, not ${given}`,
          });
        }
      }
      return out;
    }
  }
}

/** The JSON Schema of the file, for the YAML extension's completion and validation (yamlValidation). */
export function configJsonSchema(): object {
  const properties: Record<string, object> = {};
  for (const [key, field] of Object.entries(CONFIG_FIELDS) as Array<[string, Field]>) {
    const t = field.type;
    const base = { description: field.description };
    if (t.type === 'boolean') properties[key] = { ...base, type: 'boolean' };
    else if (t.type === 'size') properties[key] = { ...base, type: 'integer', minimum: 1 };
    else if (t.type === 'enum') properties[key] = { ...base, enum: t.values };
    else if (t.type === 'globs')
      properties[key] = {
        ...base,
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 } },
        ],
      };
    else {
      const level = { enum: SEVERITY_SETTINGS };
      properties[key] = {
        ...base,
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(t.keys.map((k) => [k, key === 'severity' ? { ...level, description: codeDescription(k) } : level])),
      };
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Policy Lens configuration (.policy-lens.yaml)',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

function codeDescription(code: string): string {
  return DIAGNOSTIC_CODES[code as DiagnosticCode].description;
}

/** The commented starting file `policy-lens init` writes. */
export function configTemplate(): string {
  const out = [
    '# Policy Lens configuration: read by the editor and by `policy-lens check` alike.',
    '# Paths and globs are relative to this file. Editor settings override it for one user;',
    '# command-line flags override both. Uncomment what you need.',
    '',
  ];
  for (const [key, field] of Object.entries(CONFIG_FIELDS) as Array<[string, Field]>) {
    out.push(`# ${field.description}`, `${field.active ? '' : '# '}${key}: ${field.example}`, '');
  }
  return out.join('\n');
}

/**
 * Layers of configuration, lowest first (the file, then the editor's settings or the CLI's flags):
 * a later layer's field replaces an earlier one's, severities key by key.
 */
export function mergeConfigs(...layers: ReadonlyArray<ProjectConfig | undefined>): ProjectConfig {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer ?? {})) {
      if (v === undefined) continue;
      out[k] = k === 'severity' || k === 'claimSeverity' ? { ...(out[k] as object | undefined), ...(v as object) } : v;
    }
  }
  return out as ProjectConfig;
}

/** Whether a path (relative to the configuration file's folder, with `/`) is one to check. */
export function configIncludes(config: ProjectConfig, relativePath: string): boolean {
  return matcher(config.files ?? DEFAULT_FILES)(relativePath) && !(config.ignore?.length && matcher(config.ignore)(relativePath));
}

/** Whether a path (relative to the configuration file's folder) is ignored. */
export function configIgnores(config: ProjectConfig, relativePath: string): boolean {
  return !!config.ignore?.length && matcher(config.ignore)(relativePath);
}

let glob: typeof Glob | undefined;
const matchers = new Map<string, (path: string) => boolean>();
function matcher(globs: readonly string[]): (path: string) => boolean {
  const key = JSON.stringify(globs);
  let m = matchers.get(key);
  if (!m) {
    // In the shipped bundles './glob.js' is a file beside them; the test bundles inline glob.ts.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    glob ??= require('./glob.js') as typeof Glob;
    m = glob.compileGlobs(globs);
    if (matchers.size > 100) matchers.clear();
    matchers.set(key, m);
  }
  return m;
}
