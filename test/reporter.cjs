// Mocha's spec reporter plus the closing line CI reads: "<layer>: N passed, N failed".
// Pending (skipped) tests are reported as such and never counted as passed.
const Mocha = require('mocha');
const { EVENT_RUN_END } = Mocha.Runner.constants;

class PolicyLensReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const layer = process.env.TEST_LAYER || 'unit';
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats;
      const skipped = s.pending ? `, ${s.pending} skipped` : '';
      process.stdout.write(`${layer}: ${s.passes} passed, ${s.failures} failed${skipped}\n`);
    });
  }
}
module.exports = PolicyLensReporter;
