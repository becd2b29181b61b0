// The HTML report's script (src/views/reportPage.ts with d3), bundled for the browser by esbuild.mjs
// and inlined as text (a virtual module of its report-script plugin).
declare module 'policy-lens:report-script' {
  const script: string;
  export default script;
}
