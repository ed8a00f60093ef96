// The evidence highlighting (src/highlight.js): where source, target and
// predicate words are found in a sentence and how the sentence is marked up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateParts, highlightHtml, highlightEventsHtml, escapeHtml } from '../src/highlight.js';

const spans = (text, event) => Object.fromEntries(locateParts(text, event).map((s) => [s.kind, s.found ? text.slice(s.start, s.end) : null]));

test('marks source, target and predicate with distinct classes', () => {
  const text = 'Oekraïne verbrak daarop direct alle relaties met Noord-Korea.';
  const html = highlightHtml(text, { source_text: 'Oekraïne', target_text: 'Noord-Korea', predicate_text: 'verbrak' });
  assert.equal(html,
    '<mark class="hl hl-source" title="source">Oekraïne</mark> <mark class="hl hl-predicate" title="predicate">verbrak</mark>' +
    ' daarop direct alle relaties met <mark class="hl hl-target" title="target">Noord-Korea</mark>.');
});

test('a part missing from the sentence or empty is reported, not marked', () => {
  const text = 'De Verenigde Staten veroordeelden de aanval.';
  const parts = locateParts(text, { source_text: 'De Verenigde Staten', target_text: 'Rusland', predicate_text: '' });
  assert.deepEqual(parts.map((p) => [p.kind, p.found, p.value]),
    [['source', true, 'De Verenigde Staten'], ['target', false, 'Rusland'], ['predicate', false, '']]);
  assert.equal(parts[1].start, -1);
  const html = highlightHtml(text, { source_text: 'De Verenigde Staten', target_text: 'Rusland' });
  assert.equal((html.match(/<mark/g) ?? []).length, 1);
  assert.ok(html.endsWith(' veroordeelden de aanval.'));
});

test('missing fields, a missing event and a missing sentence do not throw', () => {
  assert.equal(highlightHtml('Een zin.', {}), 'Een zin.');
  assert.equal(highlightHtml('Een zin.', undefined), 'Een zin.');
  assert.equal(highlightHtml(undefined, { source_text: 'x' }), '');
  assert.equal(highlightHtml(null, null), '');
});

test('whole words are preferred over the same letters inside a word', () => {
  // 'de' first occurs inside 'ondertussen'; the word 'de' comes later.
  const text = 'Ondertussen erkende de regering de republieken.';
  assert.deepEqual(spans(text, { source_text: 'de', target_text: 'republieken', predicate_text: 'erkende' }),
    { source: 'de', target: 'republieken', predicate: 'erkende' });
  const source = locateParts(text, { source_text: 'de' })[0];
  assert.equal(source.start, text.indexOf(' de ') + 1);
});

test('inside a word when it occurs nowhere else (compounds)', () => {
  const text = 'Pentagon-perschef John Kirby zei dat.';
  const [source] = locateParts(text, { source_text: 'perschef' });
  assert.equal(text.slice(source.start, source.end), 'perschef');
});

test('parts never overlap: a later part takes the next free occurrence', () => {
  const text = 'Rusland steunt Rusland niet.';
  const [source, target] = locateParts(text, { source_text: 'Rusland', target_text: 'Rusland' });
  assert.deepEqual([source.start, target.start], [0, 15]);
  const html = highlightHtml('Kim en Kim Jong-un spraken.', { source_text: 'Kim Jong-un', target_text: 'Kim', predicate_text: 'spraken' });
  assert.match(html, /^<mark class="hl hl-target" title="target">Kim<\/mark> en <mark class="hl hl-source"/);
  const prefixOnly = locateParts('Noord-Koreaanse arbeiders', { source_text: 'Noord-Koreaanse', target_text: 'Noord-Korea' });
  assert.equal(prefixOnly[1].found, false, 'the only occurrence is taken by the source');
});

test('case-insensitive when the exact case is not there', () => {
  const text = 'Volgens KCNA wees Pyongyang het voorstel af.';
  const [source, , predicate] = locateParts(text, { source_text: 'kcna', predicate_text: 'WEES' });
  assert.equal(text.slice(source.start, source.end), 'KCNA');
  assert.equal(text.slice(predicate.start, predicate.end), 'wees');
});

test('letters with diacritics are word characters (no match inside naïef)', () => {
  // 'na' is inside 'naïef' and 'naar'; only the standalone word counts.
  const text = 'Het naïeve plan ging naar na de top.';
  const [source] = locateParts(text, { source_text: 'na' });
  assert.equal(source.start, text.indexOf(' na ') + 1);
  assert.deepEqual(spans('Zürich en België sloten een akkoord.', { source_text: 'Zürich', target_text: 'België', predicate_text: 'sloten' }),
    { source: 'Zürich', target: 'België', predicate: 'sloten' });
});

test('offsets stay right after characters outside the BMP', () => {
  const text = 'Rusland 🇷🇺 steunt Noord-Korea.';
  const html = highlightHtml(text, { source_text: 'Rusland', target_text: 'Noord-Korea', predicate_text: 'steunt' });
  assert.ok(html.includes('🇷🇺 <mark class="hl hl-predicate" title="predicate">steunt</mark> <mark class="hl hl-target"'));
});

test('the sentence and the parts are HTML-escaped', () => {
  const text = 'A&B zei: "<script>" is geen <b>.';
  const html = highlightHtml(text, { source_text: 'A&B', predicate_text: 'zei', target_text: '<b>' });
  assert.ok(!html.includes('<script>') && !html.includes('<b>'));
  assert.ok(html.includes('<mark class="hl hl-source" title="source">A&amp;B</mark>'));
  assert.ok(html.includes('&quot;&lt;script&gt;&quot;'));
  assert.ok(html.includes('<mark class="hl hl-target" title="target">&lt;b&gt;</mark>'));
  assert.equal(escapeHtml("it's"), 'it&#39;s');
});

test('several events in one sentence: predicates marked, actors neutral', () => {
  const text = 'Poetin en Kim Jong-un spraken af hun banden uit te breiden.';
  const events = [
    { source_text: 'Poetin', target_text: 'Kim Jong-un', predicate_text: 'spraken' },
    { source_text: 'Kim Jong-un', target_text: 'Poetin', predicate_text: 'spraken' },
  ];
  assert.equal(highlightEventsHtml(text, events),
    '<mark class="hl hl-actor" title="actor">Poetin</mark> en <mark class="hl hl-actor" title="actor">Kim Jong-un</mark> ' +
    '<mark class="hl hl-predicate" title="predicate">spraken</mark> af hun banden uit te breiden.');
});
