// The story behind the timeline, the relations graph and the HTML report: periods, events in time
// order, who appears with whom (by sentence and by event), claims.
import { strict as assert } from 'node:assert';
import { buildStory, period } from '../../src/core';
import { run } from './helpers';

describe('the story of analysis files', () => {
  it('reads a date as the period it names', () => {
    assert.deepEqual(period('2022'), { from: Date.UTC(2022, 0, 1), to: Date.UTC(2023, 0, 1), precision: 'year' });
    assert.deepEqual(period('2022-02'), { from: Date.UTC(2022, 1, 1), to: Date.UTC(2022, 2, 1), precision: 'month' });
    assert.deepEqual(period('2022-01-06'), { from: Date.UTC(2022, 0, 6), to: Date.UTC(2022, 0, 7), precision: 'day' });
    assert.equal(period('soon'), undefined);
  });

  it('orders dated events, keeps undated ones apart, and links actors by sentence and by event', () => {
    const text = [
      '---',
      'actors:',
      '  envoy: {name: Special Envoy, kind: person}',
      'events:',
      '  talks: {title: Border talks, date: 2023-05, end: 2023-07-02, actors: [envoy, russia]}',
      '  truce: {title: Winter truce, date: 2022, actors: [envoy]}',
      '  later: {title: A later meeting}',
      '---',
      'The Special Envoy flew to Moscow for the Border talks. Russia and Georgia did not comment.',
      '',
      'The Winter truce held.',
      '',
    ].join('\n');
    const story = buildStory([{ source: 'a.policy.md', analysis: run(text) }]);
    assert.deepEqual(
      story.events.map((e) => [
        e.id,
        e.precision,
        new Date(e.from!).toISOString().slice(0, 10),
        new Date(e.to!).toISOString().slice(0, 10),
      ]),
      [
        ['truce', 'year', '2022-01-01', '2023-01-01'],
        ['talks', 'month', '2023-05-01', '2023-07-03'],
      ],
    );
    assert.deepEqual(
      story.undated.map((e) => e.id),
      ['later'],
    );
    assert.deepEqual(story.events[1]!.actorNames, ['Special Envoy', 'Russia']);
    assert.deepEqual(story.events[1]!.place, { source: 'a.policy.md', start: 67, end: 72, line: 4, text: 'talks' });
    assert.deepEqual(
      story.edges.map((e) => [e.source, e.target, e.sentences.map((s) => s.line), e.events, e.weight]),
      [
        ['envoy', 'russia', [], ['talks'], 1],
        ['georgia', 'russia', [8], [], 1],
      ],
    );
    // "flew to Moscow" names a place, not the government: no link by that sentence.
    assert.equal(story.edges[1]!.sentences[0]!.text, 'Russia and Georgia did not comment.');
  });
});
