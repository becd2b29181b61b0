/// <reference lib="dom" />
// The HTML report's script: draws the story; a click on an event or a sentence goes to its row in
// the tables below (the report has no editor to reveal it in).
import { main } from './story';

const drawing = performance.now();
main((place) => {
  const row = document.querySelector(`[data-place="${CSS.escape(`${place.source}:${place.line}`)}"]`);
  if (row instanceof HTMLElement) {
    row.scrollIntoView({ block: 'center' });
    row.focus();
  }
});

// For the benchmark (npm run bench:story): how long drawing took.
(globalThis as { policyLensDrawMs?: number }).policyLensDrawMs = performance.now() - drawing;
