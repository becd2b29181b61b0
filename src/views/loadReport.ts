// The HTML report's writer is a bundle of its own (dist/htmlReport.js), required when a report is
// made: neither the extension's bundle nor the CLI's start pays for it. Test bundles inline it.
import type * as HtmlReport from './htmlReport';

export function loadHtmlReport(): typeof HtmlReport {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./htmlReport.js') as typeof HtmlReport;
}
