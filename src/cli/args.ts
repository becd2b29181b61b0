// Command-line arguments of `policy-lens`. Errors are UsageErrors: exit code 2 with a clear message.
import {
  CLAIM_KINDS,
  DIAGNOSTIC_CODES,
  SEVERITY_SETTINGS,
  type ClaimKind,
  type DiagnosticCode,
  type ProjectConfig,
  type SeveritySetting,
} from '../core';

export type Format = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'info' | 'never';

export interface CheckArgs {
  readonly command: 'check';
  readonly paths: string[];
  readonly format: Format;
  readonly failOn: FailOn;
  /** Extra knowledge files (--knowledge), besides those the configuration finds. */
  readonly knowledge: string[];
  /** Bibliographies every file may cite from (--bibliography), besides those the configuration names. */
  readonly bibliographies: string[];
  /** What the flags set: they override the configuration file, field by field. */
  readonly overrides: ProjectConfig;
  /** --config FILE: this configuration for every file, instead of the nearest .policy-lens.yaml. */
  readonly config?: string;
  /** --no-config: no configuration file at all. */
  readonly noConfig: boolean;
}

export interface InitArgs {
  readonly command: 'init';
  /** The folder to write .policy-lens.yaml into. */
  readonly folder: string;
}

export interface ReportArgs {
  readonly command: 'report';
  /** The HTML file to write. */
  readonly output: string;
  /** Which files, with which configuration: as for check. */
  readonly check: CheckArgs;
}

export type Args = CheckArgs | ReportArgs | InitArgs | { readonly command: 'help' } | { readonly command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: policy-lens check [options] PATH...
       policy-lens report --html -o FILE [options] PATH...
       policy-lens init [FOLDER]

check: checks annotated analysis files (*.policy.md): claims that lack citations,
unknown citation keys and references, front matter errors. Folders are searched for
*.policy.md; *.policy.yaml knowledge files found beside them are used too.
Each file is checked with the nearest .policy-lens.yaml above it (the editor reads
the same file); the options below override it.

report: writes one self-contained HTML file (no network, no external scripts) with the
timeline of events, the relations between actors, and tables of the actors, events and
claims with their citation coverage, for colleagues who do not use VS Code.

init: writes a commented .policy-lens.yaml into FOLDER (default: here).

Options:
  --format text|json|sarif   output format (default: text)
  --fail-on error|warning|info|never
                             exit 1 when a finding is at least this severe (default: error)
  --knowledge FILE           an extra knowledge file (*.policy.yaml); repeatable
  --bibliography FILE        a bibliography every file may cite from (.bib, CSL
                             .json or .yaml), besides those in front matter; repeatable
  --require-locators         report quotations cited without a page or other locator
  --claim-severity KIND=LEVEL
                             severity of uncited claims of one kind (quotation,
                             attribution, statistic, weasel, fact, explicit) as
                             error|warning|info|hint|off; repeatable (default: warning)
  --severity CODE=LEVEL      severity of one diagnostic code as error|warning|info|
                             hint|off; repeatable
  --citation-scope sentence|paragraph
                             where a citation must be for a claim to count as cited
  --config FILE              use this configuration file for every file
  --no-config                use no configuration file
  --no-builtin               do not use the built-in knowledge (the domain's and the world's)
  --no-world                 do not use the built-in world knowledge (states,
                             international organisations)
  --max-size BYTES           skip files larger than this (default: 5000000)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage, configuration or I/O error.`;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value: ${allowed.join(', ')}`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

export function parseArgs(argv: readonly string[]): Args {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  if (argv[0] === 'init') {
    if (argv.length > 2 || argv[1]?.startsWith('-')) throw new UsageError('init takes one FOLDER at most');
    return { command: 'init', folder: argv[1] ?? '.' };
  }
  if (argv[0] !== 'check' && argv[0] !== 'report')
    throw new UsageError(`unknown command "${argv[0]}" (the commands are "check", "report" and "init")`);
  const reporting = argv[0] === 'report';
  let output: string | undefined;
  const out = {
    command: 'check' as const,
    paths: [] as string[],
    format: 'text' as Format,
    failOn: 'error' as FailOn,
    knowledge: [] as string[],
    bibliographies: [] as string[],
    config: undefined as string | undefined,
    noConfig: false,
  };
  const severity: Partial<Record<DiagnosticCode, SeveritySetting>> = {};
  const claimSeverity: Partial<Record<ClaimKind, SeveritySetting>> = {};
  const overrides: { -readonly [K in keyof ProjectConfig]: ProjectConfig[K] } = {};
  const codes = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    const file = (what: string) => {
      const v = value();
      if (!v) throw new UsageError(`${flag} needs ${what}`);
      return v;
    };
    switch (flag) {
      case '--format':
        out.format = oneOf(flag, value(), ['text', 'json', 'sarif'] as const);
        break;
      case '--fail-on':
        out.failOn = oneOf(flag, value(), ['error', 'warning', 'info', 'never'] as const);
        break;
      case '--knowledge':
        out.knowledge.push(file('a file'));
        break;
      case '--bibliography':
        out.bibliographies.push(file('a file'));
        break;
      case '--config':
        out.config = file('a file');
        break;
      case '--no-config':
        out.noConfig = true;
        break;
      case '--require-locators':
        severity['missing-locator'] = 'warning';
        break;
      case '--claim-severity': {
        const [kind, level] = (value() ?? '').split('=');
        const k = oneOf('--claim-severity KIND', kind || undefined, CLAIM_KINDS);
        claimSeverity[k] = oneOf(`--claim-severity ${k}=LEVEL`, level, SEVERITY_SETTINGS);
        break;
      }
      case '--severity': {
        const [code, level] = (value() ?? '').split('=');
        const c = oneOf('--severity CODE', code || undefined, codes);
        severity[c] = oneOf(`--severity ${c}=LEVEL`, level, SEVERITY_SETTINGS);
        break;
      }
      case '--citation-scope':
        overrides.citationScope = oneOf(flag, value(), ['sentence', 'paragraph'] as const);
        break;
      case '--no-world':
        overrides.worldKnowledge = false;
        break;
      case '--no-builtin':
        overrides.builtinKnowledge = false;
        break;
      case '--max-size': {
        const v = value();
        const n = Number(v);
        if (!v || !Number.isInteger(n) || n <= 0)
          throw new UsageError(`--max-size must be a positive whole number of bytes, not "${v ?? ''}"`);
        overrides.maxFileSize = n;
        break;
      }
      case '-o':
      case '--output':
        if (!reporting) throw new UsageError(`unknown option "${flag}"`);
        output = file('a file');
        break;
      case '--html':
        if (!reporting) throw new UsageError(`unknown option "${flag}"`);
        break;
      case '-h':
      case '--help':
        return { command: 'help' };
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
        out.paths.push(a);
    }
  }
  if (out.paths.length === 0) throw new UsageError('no PATH given: name files or folders to check');
  if (out.config && out.noConfig) throw new UsageError('--config and --no-config cannot go together');
  if (Object.keys(severity).length) overrides.severity = severity;
  if (Object.keys(claimSeverity).length) overrides.claimSeverity = claimSeverity;
  const { config, ...rest } = out;
  const check: CheckArgs = { ...rest, ...(config ? { config } : {}), overrides };
  if (!reporting) return check;
  if (!output) throw new UsageError('report needs -o FILE: where to write the HTML report');
  return { command: 'report', output, check };
}
