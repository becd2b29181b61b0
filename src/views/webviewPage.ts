/// <reference lib="dom" />
// The script of the editor's Timeline view (a webview): draws the story the extension sends, asks
// it to reveal what is clicked, and keeps the actor filter across hide and show.
import type { Story } from '../core/story';
import { drawStory, type StoryView } from './story';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): { actor?: string } | undefined;
  setState(state: { actor?: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('policy-lens-views')!;
const table = document.getElementById('policy-lens-table')!;
let view: StoryView | undefined;

window.addEventListener('message', (event: MessageEvent<{ type: string; story?: Story }>) => {
  if (event.data.type !== 'story' || !event.data.story) return;
  const story = event.data.story;
  view = drawStory(
    story,
    root,
    (place) => vscode.postMessage({ type: 'reveal', place }),
    (actor) => vscode.setState({ actor }),
  );
  const actor = vscode.getState()?.actor;
  if (actor) view.filter(actor);
  // The same events as a table: what a screen reader reads.
  table.replaceChildren(
    ...[...story.events, ...story.undated].map((e) => {
      const row = document.createElement('tr');
      for (const text of [e.date ?? 'undated', e.title, e.actorNames.join(', ')]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      return row;
    }),
  );
  vscode.postMessage({ type: 'drawn' });
});
vscode.postMessage({ type: 'ready' });
