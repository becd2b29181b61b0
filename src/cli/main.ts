// Entry point of the `policy-lens` command.
import { writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStory, CONFIG_FILE_NAME, configTemplate } from '../core';
import { parseArgs, USAGE, UsageError } from './args';
import { displayPath } from './files';
import { ConfigError } from './projects';
import { runCheck, type CheckRun } from './check';
import { loadHtmlReport } from '../views/loadReport';
import { formatJson, formatSarif, formatText, terminalSafe, VERSION } from './formats';
import { fails, totals } from './report';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    writeOut(USAGE + '\n');
    return 0;
  }
  if (args.command === 'version') {
    writeOut(VERSION + '\n');
    return 0;
  }
  if (args.command === 'init') return init(args.folder);
  // Ctrl-C between two files stops the run with the report so far. Inside one file the engine
  // runs without a break, where no handler could run: the handler is removed there, so Ctrl-C
  // ends the process at once (status 130), however slow the file.
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
  };
  process.on('SIGINT', onInterrupt);
  // Asked only when there is progress to show (more than one file): making the stderr stream
  // loads Node's streams, some 7 ms of a start-up that checks one file.
  let tty: boolean | undefined;
  const showProgress = () => (tty ??= process.stderr.isTTY === true);
  const check = args.command === 'report' ? args.check : args;
  const run = await runCheck(check, {
    cancelled: () => interrupted,
    busy: (busy) => (busy ? process.off('SIGINT', onInterrupt) : process.on('SIGINT', onInterrupt)),
    progress: (done, total, path) => {
      if (total > 1 && showProgress()) process.stderr.write(`\r\x1b[Kchecking ${done + 1}/${total} ${terminalSafe(path)}`);
    },
  });
  if (tty) process.stderr.write('\r\x1b[K');
  if (args.command === 'report') return writeReport(args.output, run);
  const formatting = performance.now();
  const out =
    check.format === 'json'
      ? formatJson(run.report)
      : check.format === 'sarif'
        ? formatSarif(run.report)
        : formatText(run.report, totals(run.report, run.analyses));
  const writing = performance.now();
  writeOut(out);
  // For the benchmark (npm run bench): where a run's time goes, measured inside it.
  if (process.env.POLICY_LENS_TIMING) {
    const timing = { ...run.timings, format: writing - formatting, write: performance.now() - writing, total: performance.now() };
    process.stderr.write(`policy-lens timing ${JSON.stringify(timing)}\n`);
  }
  if (run.cancelled) {
    process.stderr.write(`policy-lens: cancelled after ${run.analyses.length} files\n`);
    return 130;
  }
  if (run.unreadable.length) {
    process.stderr.write(`policy-lens: cannot read ${terminalSafe(run.unreadable.join(', '))}\n`);
    return 2;
  }
  return fails(run.report, check.failOn) ? 1 : 0;
}

/**
 * Writes to stdout with writeSync: making process.stdout loads Node's streams, some 5 ms of a
 * start-up that checks one file. A non-blocking pipe that is full goes back to the stream; a
 * reader that went away (\`| head\`) ends the output quietly.
 */
function writeOut(text: string): void {
  const buf = Buffer.from(text);
  let off = 0;
  try {
    while (off < buf.length) off += writeSync(1, buf, off);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') process.stdout.write(buf.subarray(off));
    else if (code !== 'EPIPE') throw e;
  }
}

/** Writes the HTML report of a run (never over an analysed file: the path must not be one). */
function writeReport(output: string, run: CheckRun): number {
  const file = resolve(output);
  if (run.analysed.some((f) => resolve(f.source) === file))
    throw new UsageError(`-o ${output} is one of the files checked: it is left as it is`);
  try {
    writeFileSync(
      file,
      loadHtmlReport().htmlReport(
        buildStory(run.analysed),
        run.analysed.map((f) => f.source),
      ),
    );
  } catch (e) {
    throw new UsageError(`cannot write ${displayPath(file)}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  process.stderr.write(`policy-lens: wrote ${terminalSafe(displayPath(file))}\n`);
  return run.cancelled ? 130 : 0;
}

/** Writes a commented .policy-lens.yaml; never over an existing one. */
function init(folder: string): number {
  const file = join(resolve(folder), CONFIG_FILE_NAME);
  try {
    writeFileSync(file, configTemplate(), { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'EEXIST'
        ? `${displayPath(file)} exists already: it is left as it is`
        : `cannot write ${displayPath(file)}: ${code ?? String(e)}`,
    );
  }
  writeOut(`wrote ${displayPath(file)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      e instanceof ConfigError
        ? ''
        : `policy-lens: ${e instanceof UsageError ? terminalSafe(e.message) : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    if (e instanceof ConfigError)
      process.stderr.write(`policy-lens: the configuration has errors:\n${e.message.split('\n').map(terminalSafe).join('\n')}\n`);
    else if (e instanceof UsageError) process.stderr.write(`Run "policy-lens --help" for usage.\n`);
    process.exitCode = 2;
  },
);
