// The module whose run() VS Code's extension host calls (the @vscode/test-electron protocol).
// Results go to the console and to $POLICY_LENS_TEST_OUT, which the runner prints, ending with
// "integration: N passed, N failed".
import Mocha from 'mocha';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.POLICY_LENS_TEST_OUT;

function write(line: string): void {
  console.log(line);
  if (out) appendFileSync(out, line + '\n');
}

class Reporter {
  constructor(runner: Mocha.Runner) {
    let passes = 0;
    let failures = 0;
    let pending = 0;
    runner.on('suite', (s) => s.title && write(`\n  ${s.title}`));
    runner.on('pass', (t) => {
      passes++;
      write(`    ✔ ${t.title} (${t.duration ?? 0}ms)`);
    });
    runner.on('pending', (t) => {
      pending++;
      write(`    - ${t.title} (skipped)`);
    });
    runner.on('fail', (t, err: Error) => {
      failures++;
      write(
        `    ✘ ${t.title}\n      ${String(err.stack ?? err.message)
          .split('\n')
          .slice(0, 12)
          .join('\n      ')}`,
      );
    });
    runner.once('end', () => write(`\nintegration: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`));
  }
}

export function run(): Promise<void> {
  // POLICY_LENS_TEST_GREP runs only the tests whose titles match (while working on one feature).
  const grep = process.env.POLICY_LENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: Reporter as unknown as string, ...(grep ? { grep } : {}) });
  for (const f of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
  });
}
