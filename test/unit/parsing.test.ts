// The extension's parsing worker client (src/extension/parsing.ts) in plain Node: it needs no
// vscode at run time. A stand-in worker hangs on one file, to test the watchdog.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parsing } from '../../src/extension/parsing';

const STAND_IN = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (r) => {
  if (r.file === 'hang.bib') for (;;) {}
  if (r.file === 'crash.bib') process.exit(3);
  parentPort.postMessage({ id: r.id, bibliography: { references: [{ id: r.text }] } });
});
`;

describe('parsing in a worker thread', function () {
  this.timeout(20_000);
  let script: string;
  before(() => {
    script = join(mkdtempSync(join(tmpdir(), 'policy-lens-worker-')), 'worker.js');
    writeFileSync(script, STAND_IN);
  });

  it('stops a file that takes too long, names it, and parses the next one in a new worker', async () => {
    const parsing = new Parsing(script, 500);
    try {
      const [hung, next] = await Promise.all([parsing.bibliography('x', 'hang.bib'), parsing.bibliography('k1', 'ok.bib')]);
      assert.deepEqual(hung, { references: [], error: 'hang.bib: reading took over 0.5 s and was stopped' });
      assert.deepEqual(next, { references: [{ id: 'k1' }] });
    } finally {
      parsing.dispose();
    }
  });

  it('reports a worker that dies, and goes on with the next file', async () => {
    const parsing = new Parsing(script, 5000);
    try {
      const [crashed, next] = await Promise.all([parsing.bibliography('x', 'crash.bib'), parsing.bibliography('k2', 'ok.bib')]);
      assert.deepEqual(crashed, { references: [], error: 'crash.bib: cannot be read (the parser stopped with code 3)' });
      assert.deepEqual(next, { references: [{ id: 'k2' }] });
    } finally {
      parsing.dispose();
    }
  });
});
