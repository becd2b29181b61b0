// Command-line arguments of `policy-lens`. Errors are UsageErrors: exit code 2 with a clear message.
import { CLAIM_KINDS, type ClaimKind, type SeveritySetting } from '../core';

export type Format = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'info' | 'never';

export interface CheckArgs {
  readonly command: 'check';
  readonly paths: string[];
  readonly format: Format;
  readonly failOn: FailOn;
  readonly builtin: boolean;
  /** The world's states and organisations, under the domain's knowledge. */
  readonly world: boolean;
  readonly knowledge: string[];
  /** Bibliographies every file may cite from, as the editor's policyLens.bibliographies setting. */
  readonly bibliographies: string[];
  /** Report quotations cited without a locator (the opt-in missing-locator rule). */
  readonly requireLocators: boolean;
  /** Severity of uncited-claim per claim kind (--claim-severity KIND=LEVEL), as the editor's policyLens.severity.* settings. */
  readonly claimSeverity: Partial<Record<ClaimKind, SeveritySetting>>;
  readonly maxSize: number;
}

export type Args = CheckArgs | { readonly command: 'help' } | { readonly command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: policy-lens check [options] PATH...

Checks annotated analysis files (*.policy.md): claims that lack citations, unknown
citation keys and references, front matter errors. Folders are searched for
*.policy.md; *.policy.yaml knowledge files found beside them are used too.

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
  --no-builtin               do not use the built-in knowledge (the domain's and the world's)
  --no-world                 do not use the built-in world knowledge (states,
                             international organisations)
  --max-size BYTES           skip files larger than this (default: 5000000)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or I/O error.`;

const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value: ${allowed.join(', ')}`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

export function parseArgs(argv: readonly string[]): Args {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  if (argv[0] !== 'check') throw new UsageError(`unknown command "${argv[0]}" (the command is "check")`);
  const out = {
    command: 'check' as const,
    paths: [] as string[],
    format: 'text' as Format,
    failOn: 'error' as FailOn,
    builtin: true,
    world: true,
    knowledge: [] as string[],
    bibliographies: [] as string[],
    requireLocators: false,
    claimSeverity: {} as Partial<Record<ClaimKind, SeveritySetting>>,
    maxSize: 5_000_000,
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--format':
        out.format = oneOf(flag, value(), ['text', 'json', 'sarif'] as const);
        break;
      case '--fail-on':
        out.failOn = oneOf(flag, value(), ['error', 'warning', 'info', 'never'] as const);
        break;
      case '--knowledge': {
        const v = value();
        if (!v) throw new UsageError('--knowledge needs a file');
        out.knowledge.push(v);
        break;
      }
      case '--bibliography': {
        const v = value();
        if (!v) throw new UsageError('--bibliography needs a file');
        out.bibliographies.push(v);
        break;
      }
      case '--require-locators':
        out.requireLocators = true;
        break;
      case '--claim-severity': {
        const v = value() ?? '';
        const [kind, level] = v.split('=');
        const k = oneOf('--claim-severity KIND', kind || undefined, CLAIM_KINDS);
        out.claimSeverity[k] = oneOf(`--claim-severity ${k}=LEVEL`, level, SEVERITY_SETTINGS);
        break;
      }
      case '--no-world':
        out.world = false;
        break;
      case '--no-builtin':
        out.builtin = false;
        break;
      case '--max-size': {
        const v = value();
        const n = Number(v);
        if (!v || !Number.isInteger(n) || n <= 0)
          throw new UsageError(`--max-size must be a positive whole number of bytes, not "${v ?? ''}"`);
        out.maxSize = n;
        break;
      }
      case '-h':
      case '--help':
        return { command: 'help' };
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
        out.paths.push(a);
    }
  }
  if (out.paths.length === 0) throw new UsageError('no PATH given: name files or folders to check');
  return out;
}
