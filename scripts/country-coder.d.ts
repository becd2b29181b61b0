// The package ships types its `exports` map hides from TypeScript's resolution: the one call we use.
declare module '@ideditor/country-coder' {
  export function feature(query: string): { properties: { wikidata?: string } } | null;
}
