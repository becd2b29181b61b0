/// <reference lib="dom" />
// Draws a Story (core/story.ts) in a browser page: the timeline of dated events and the graph of
// who appears with whom. Runs in the HTML report (and the editor's webview): d3 for the time
// scale, axis, zoom and force layout. Text from the files is only ever set as textContent.
import { axisBottom } from 'd3-axis';
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { Story, StoryEdge, StoryEvent, StoryPlace } from '../core/story';

const ROW = 26;
const MARGIN = { left: 16, right: 16, top: 8, bottom: 28 };

/** What a click on an event or a sentence asks the page to show (the webview reveals it in the editor). */
export type RevealHandler = (place: StoryPlace) => void;

export interface StoryView {
  /** Shows only the events of one actor (undefined: all). */
  filter(actor: string | undefined): void;
}

export function drawStory(
  story: Story,
  root: HTMLElement,
  reveal: RevealHandler,
  filtered?: (actor: string | undefined) => void,
): StoryView {
  const timeline = root.querySelector<HTMLElement>('[data-view="timeline"]')!;
  const graph = root.querySelector<HTMLElement>('[data-view="relations"]')!;
  const details = root.querySelector<HTMLElement>('[data-view="details"]')!;
  let shown: string | undefined;
  const of = (events: readonly StoryEvent[]) => (shown ? events.filter((e) => e.actors.includes(shown!)) : events);
  const drawTimeline = () => renderTimeline(timeline, of(story.events), of(story.undated), reveal);
  drawTimeline();
  renderGraph(graph, story, {
    node: (id) => {
      shown = shown === id ? undefined : id;
      filtered?.(shown);
      drawTimeline();
      const name = story.actors.find((a) => a.id === id)?.name ?? id;
      const places = story.edges.filter((e) => e.source === id || e.target === id).flatMap((e) => e.sentences);
      list(details, shown ? `${name}: sentences with others` : 'All events', shown ? places : [], reveal);
    },
    edge: (edge) => {
      const name = (id: string) => story.actors.find((a) => a.id === id)?.name ?? id;
      list(details, `${name(edge.source)} and ${name(edge.target)}`, edge.sentences, reveal);
    },
  });
  return {
    filter: (actor) => {
      shown = actor;
      drawTimeline();
    },
  };
}

/** Events on a time axis, each on the first row where it does not overlap another; zoom and pan on x. */
function renderTimeline(host: HTMLElement, events: readonly StoryEvent[], undated: readonly StoryEvent[], reveal: RevealHandler): void {
  host.replaceChildren();
  if (undated.length) host.append(undatedList(undated, reveal));
  if (events.length === 0) {
    host.prepend(paragraph('No dated events.'));
    return;
  }
  const width = Math.max(480, host.clientWidth || 900);
  const from = Math.min(...events.map((e) => e.from!));
  const to = Math.max(...events.map((e) => e.to!));
  const pad = Math.max((to - from) * 0.05, 86_400_000);
  const x0: ScaleTime<number, number> = scaleUtc<number, number>()
    .domain([new Date(from - pad), new Date(to + pad)])
    .range([MARGIN.left, width - MARGIN.right]);
  // Rows: greedy, by start, in pixels at the initial scale (labels need room too).
  const ends: number[] = [];
  const rows = events.map((e) => {
    const start = x0(new Date(e.from!));
    const end = Math.max(x0(new Date(e.to!)), start + 8) + label(e).length * 6.5;
    let row = ends.findIndex((x) => x <= start);
    if (row < 0) row = ends.push(0) - 1;
    ends[row] = end + 8;
    return row;
  });
  const height = MARGIN.top + ends.length * ROW + MARGIN.bottom;
  const svg = select(host).append('svg').attr('width', width).attr('height', height).attr('role', 'img');
  svg.append('title').text(`Timeline of ${events.length} dated events`);
  const axis = svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${height - MARGIN.bottom + 4})`);
  const items = svg
    .selectAll<SVGGElement, StoryEvent>('g.event')
    .data(events)
    .join('g')
    .attr('class', (e) => `event precision-${e.precision}`)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('data-id', (e) => e.id)
    .attr('aria-label', (e) => `${e.title}, ${e.date}${e.end ? ` to ${e.end}` : ''}`)
    .on('click', (_, e) => e.place && reveal(e.place))
    .on('keydown', (ev: KeyboardEvent, e) => {
      if ((ev.key === 'Enter' || ev.key === ' ') && e.place) reveal(e.place);
    });
  items
    .append('title')
    .text((e) =>
      [
        `${e.title} (${e.date}${e.end ? ` – ${e.end}` : ''})`,
        e.description ?? '',
        e.actorNames.length ? `With: ${e.actorNames.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  const bars = items
    .append('rect')
    .attr('height', ROW - 10)
    .attr('rx', 3);
  const labels = items
    .append('text')
    .attr('dy', '0.35em')
    .text((e) => e.title);
  // The participants as chips after the title.
  labels
    .append('tspan')
    .attr('class', 'chips')
    .text((e) => chips(e));
  const place = (x: ScaleTime<number, number>) => {
    axis.call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 120))));
    bars
      .attr('x', (e) => x(new Date(e.from!)))
      .attr('y', (_, i) => MARGIN.top + rows[i]! * ROW)
      .attr('width', (e) => Math.max(6, x(new Date(e.to!)) - x(new Date(e.from!))));
    // A label runs right of its bar, or left of it where only there it stays in the picture; where
    // neither side has room for the participants too, the title alone is shown.
    const start = (e: StoryEvent) => x(new Date(e.from!)) - 4;
    const right = (e: StoryEvent) => x(new Date(e.from!)) + Math.max(6, x(new Date(e.to!)) - x(new Date(e.from!))) + 4;
    const side = (e: StoryEvent, text: string) =>
      right(e) + text.length * 6.5 <= width ? 'right' : start(e) - text.length * 6.5 >= 0 ? 'left' : undefined;
    const layout = events.map((e) => {
      const full = side(e, label(e));
      return full ? { side: full, chips: true } : { side: side(e, e.title) ?? 'right', chips: false };
    });
    labels.select('tspan.chips').text((e, i) => (layout[i]!.chips ? chips(e) : ''));
    labels
      .attr('x', (e, i) => (layout[i]!.side === 'left' ? start(e) : right(e)))
      .attr('text-anchor', (_, i) => (layout[i]!.side === 'left' ? 'end' : 'start'))
      .attr('y', (_, i) => MARGIN.top + rows[i]! * ROW + (ROW - 10) / 2);
  };
  place(x0);
  host.prepend(svg.node()!);
  svg.call(
    zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 200])
      .on('zoom', (ev: { transform: typeof zoomIdentity }) => place(ev.transform.rescaleX(x0))),
  );
}

interface Node extends SimulationNodeDatum {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly mentions: number;
}

/** Actors as nodes (area by mentions, colour by kind), linked by the sentences and events they share. */
function renderGraph(host: HTMLElement, story: Story, on: { node(id: string): void; edge(edge: StoryEdge): void }): void {
  host.replaceChildren();
  const linked = new Set(story.edges.flatMap((e) => [e.source, e.target]));
  const nodes: Node[] = story.actors.filter((a) => linked.has(a.id)).map((a) => ({ ...a }));
  if (nodes.length === 0) {
    host.append(paragraph('No two actors appear together.'));
    return;
  }
  const width = Math.max(480, host.clientWidth || 900);
  const height = 420;
  const links = story.edges.map((e) => ({ ...e, source: e.source, target: e.target }));
  const radius = (n: Node) => 5 + Math.sqrt(n.mentions) * 3;
  const svg = select(host).append('svg').attr('width', width).attr('height', height).attr('role', 'img');
  svg.append('title').text(`Relations between ${nodes.length} actors`);
  const edgeLines = svg
    .append('g')
    .attr('class', 'edges')
    .selectAll('line')
    .data(links)
    .join('line')
    .attr('stroke-width', (e) => Math.min(12, 1 + Math.sqrt(e.weight) * 1.5))
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (e) => `${e.source} and ${e.target}: ${e.weight}`)
    .on('click', (_, e) => on.edge(story.edges.find((x) => x.source === e.source && x.target === e.target) ?? e));
  edgeLines.append('title').text((e) => `${e.sentences.length} sentences, ${e.events.length} events together`);
  const nodeGroups = svg
    .append('g')
    .attr('class', 'nodes')
    .selectAll<SVGGElement, Node>('g')
    .data(nodes)
    .join('g')
    .attr('class', (n) => `node kind-${n.kind}`)
    .attr('data-id', (n) => n.id)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (n) => `${n.name}, ${n.mentions} mentions`)
    .on('click', (_, n) => on.node(n.id))
    .on('keydown', (ev: KeyboardEvent, n) => (ev.key === 'Enter' || ev.key === ' ') && on.node(n.id));
  nodeGroups.append('circle').attr('r', radius);
  nodeGroups
    .append('text')
    .attr('dx', (n) => radius(n) + 3)
    .attr('dy', '0.35em')
    .text((n) => n.name);
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, (typeof links)[number]>(links as never)
        .id((n) => n.id)
        .distance(90),
    )
    .force('charge', forceManyBody().strength(-160))
    .force('center', forceCenter(width / 2, height / 2))
    .force(
      'collide',
      forceCollide<Node>().radius((n) => radius(n) + 4),
    )
    .stop();
  // Laid out at once (no animation): the same picture every time, and nothing moves under the pointer.
  // A large graph gets fewer steps: 300 for 200 nodes took most of a second (npm run bench:story).
  const ticks = nodes.length > 60 ? 60 : 300;
  for (let i = 0; i < ticks; i++) simulation.tick();
  const clamp = (v: number | undefined, max: number) => Math.max(12, Math.min(max - 12, v ?? 0));
  nodeGroups.attr('transform', (n) => `translate(${clamp(n.x, width)},${clamp(n.y, height)})`);
  const end = (n: unknown, axis: 'x' | 'y') => clamp((n as Node)[axis], axis === 'x' ? width : height);
  edgeLines
    .attr('x1', (e) => end(e.source, 'x'))
    .attr('y1', (e) => end(e.source, 'y'))
    .attr('x2', (e) => end(e.target, 'x'))
    .attr('y2', (e) => end(e.target, 'y'));
}

/** The participants after an event's title: three names, then how many more. */
function chips(e: StoryEvent): string {
  if (e.actorNames.length === 0) return '';
  const more = e.actorNames.length > 3 ? ` +${e.actorNames.length - 3}` : '';
  return `  · ${e.actorNames.slice(0, 3).join(' · ')}${more}`;
}

const label = (e: StoryEvent) => e.title + chips(e);

/** The events without a date, after the timeline: each a link to where it is. */
function undatedList(events: readonly StoryEvent[], reveal: RevealHandler): HTMLParagraphElement {
  const p = paragraph('Undated: ');
  p.className = 'undated';
  events.forEach((e, i) => {
    const a = document.createElement('a');
    a.href = '#';
    a.textContent = e.title;
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      if (e.place) reveal(e.place);
    });
    p.append(...(i ? [', ', a] : [a]));
  });
  return p;
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/** A heading and the sentences, each a link that reveals its place. */
function list(host: HTMLElement, heading: string, places: readonly StoryPlace[], reveal: RevealHandler): void {
  host.replaceChildren();
  const h = document.createElement('h3');
  h.textContent = heading;
  host.append(h);
  const ul = document.createElement('ul');
  for (const p of places) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '#';
    a.textContent = `${p.source}:${p.line + 1} ${p.text}`;
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      reveal(p);
    });
    li.append(a);
    ul.append(li);
  }
  host.append(ul);
}

/** The page's entry: reads the story from its JSON script element and draws it. */
export function main(reveal: RevealHandler = () => {}): StoryView | undefined {
  const data = document.getElementById('policy-lens-story');
  const root = document.getElementById('policy-lens-views');
  if (!data || !root) return undefined;
  return drawStory(JSON.parse(data.textContent ?? '{}') as Story, root, reveal);
}
