// Which configuration governs each file: the nearest .policy-lens.yaml above it (or --config, or
// none with --no-config), merged under the command line's flags.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME, mergeConfigs, parseConfig, type Diagnostic, type ProjectConfig } from '../core';
import type { CheckArgs } from './args';
import { displayPath, readText } from './files';

/** A configuration file as read, or the flags alone when no file governs. */
export interface Project {
  /** The folder its paths and globs are relative to. */
  readonly dir: string;
  /** The configuration file, absolute; undefined when none applies. */
  readonly file?: string;
  /** The file's settings under the flags'. */
  readonly config: ProjectConfig;
}

/** A configuration file that does not read: exit 2, with each problem at its line. */
export class ConfigError extends Error {}

const MAX_CONFIG_BYTES = 1_000_000;

export class Projects {
  private readonly byDir = new Map<string, Project>();
  private readonly byFile = new Map<string, Project>();
  private readonly none: Project;

  constructor(private readonly args: CheckArgs) {
    this.none = { dir: process.cwd(), config: args.overrides };
  }

  /** The project of a file (or folder), absolute path. */
  of(path: string, isFolder = false): Project {
    if (this.args.noConfig) return this.none;
    if (this.args.config) return this.read(resolve(this.args.config));
    return this.nearest(isFolder ? path : dirname(path));
  }

  private nearest(dir: string): Project {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = join(dir, CONFIG_FILE_NAME);
    const parent = dirname(dir);
    const project = isFile(candidate) ? this.read(candidate) : parent === dir ? this.none : this.nearest(parent);
    this.byDir.set(dir, project);
    return project;
  }

  private read(file: string): Project {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const r = readText(file, MAX_CONFIG_BYTES);
    if (!('text' in r)) {
      const why = 'unreadable' in r ? r.unreadable : 'binary' in r ? 'binary data' : 'too large';
      throw new ConfigError(`${displayPath(file)}: configuration not read: ${why}`);
    }
    const { config, diagnostics } = parseConfig(r.text);
    if (diagnostics.length) throw new ConfigError(diagnostics.map((d) => configLine(file, d)).join('\n'));
    const project: Project = { dir: dirname(file), file, config: mergeConfigs(config, this.args.overrides) };
    this.byFile.set(file, project);
    return project;
  }
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

function configLine(file: string, d: Diagnostic): string {
  return `${displayPath(file)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`;
}

/** A path relative to the project's folder, with `/`: what its globs match. */
export function projectPath(project: Project, path: string): string {
  return relative(project.dir, path).split('\\').join('/');
}
