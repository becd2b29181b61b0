// esbuild inlines *.yaml as text (loader in esbuild.mjs).
declare module '*.yaml' {
  const text: string;
  export default text;
}
