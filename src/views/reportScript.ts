// The HTML report's browser script as text: a bundle of its own (dist/reportScript.js), required
// only by `policy-lens report`, so that `check` does not compile its 100 KB at every start.
import script from 'policy-lens:report-script';

export default script;
