// The evidence panel (one selected event: its sentence with the words that
// named source, target and predicate marked) and the document view (a stored
// document's sentences with its events' sentences marked).
import { escapeHtml as esc, highlightHtml, highlightEventsHtml, locateParts } from './highlight.js';
import { codeCell, goldsteinCell, quadBadge } from './table.js';

const ACTOR_OF = { source: 'source', target: 'target', predicate: 'code' };

function partLine(part, event) {
  const what = part.kind === 'predicate' ? codeCell(event.code) : `<span class="code">${esc(event[ACTOR_OF[part.kind]])}</span>`;
  let words;
  if (!part.value) words = '<span class="missing">no words (inferred)</span>';
  else if (!part.found) words = `<span class="missing" title="not found in the sentence">“${esc(part.value)}” (not in sentence)</span>`;
  else words = `<mark class="hl hl-${part.kind}">${esc(part.value)}</mark>`;
  return `<tr><th>${esc(part.label)}</th><td>${words}</td><td>${what}</td></tr>`;
}

function plover(event) {
  const p = event.plover ?? {};
  return [p.type, p.mode, p.context].filter(Boolean).map(esc).join(' · ') || '—';
}

// HTML of the evidence panel for `event` (an /api/events item).
export function evidenceHtml(event) {
  const parts = locateParts(event.text, event);
  return `
    <blockquote class="sentence" lang="${esc(event.lang)}">${highlightHtml(event.text, event)}</blockquote>
    <table class="parts"><tbody>${parts.map((part) => partLine(part, event)).join('')}</tbody></table>
    <dl class="facts">
      <dt>Event date</dt><dd>${esc(event.date)}</dd>
      <dt>Document date</dt><dd>${esc(event.doc_date)}</dd>
      <dt>QuadClass</dt><dd>${quadBadge(event.quad)}</dd>
      <dt>Goldstein</dt><dd>${goldsteinCell(event.goldstein)}</dd>
      <dt>PLOVER</dt><dd>${plover(event)}</dd>
      <dt>Language</dt><dd>${esc(event.lang)}</dd>
      <dt>Document</dt><dd><span class="mono">${esc(event.doc_id)}</span>, sentence ${esc(event.sentence)}</dd>
    </dl>
    <a class="button" href="#/documents/${encodeURIComponent(event.document_id)}?sentence=${esc(event.sentence)}">Open document ›</a>`;
}

function sentenceHtml(sentence, events, focus) {
  const here = events.filter((event) => event.sentence === sentence.index);
  const text = here.length === 1 ? highlightHtml(sentence.text, here[0]) : highlightEventsHtml(sentence.text, here);
  const list = here.map((event) => `<li>${esc(event.source)} → ${esc(event.target)} ${codeCell(event.code)} ` +
    `${quadBadge(event.quad)} <span class="muted">${esc(event.date)}</span></li>`).join('');
  const classes = ['doc-sentence', here.length ? 'has-events' : '', sentence.index === focus ? 'focus' : ''];
  return `<div class="${classes.join(' ')}" id="s${sentence.index}" data-index="${sentence.index}">
    <span class="index">${sentence.index}</span><p>${text}</p>${list ? `<ul class="doc-events">${list}</ul>` : ''}</div>`;
}

// HTML of the document view for a /api/documents/{id} answer; `focus` is the
// index of the sentence to point at (from the evidence link).
export function documentHtml(doc, focus) {
  const url = doc.url ? `<a href="${esc(doc.url)}" rel="noreferrer noopener" target="_blank">${esc(doc.url)}</a>` : '—';
  return `
    <nav class="crumbs"><a href="#" data-role="back">‹ Back to the dashboard</a></nav>
    <article class="card document" lang="${esc(doc.lang)}">
      <h1>${esc(doc.title || doc.doc_id)}</h1>
      <dl class="facts inline" lang="en">
        <dt>Date</dt><dd>${esc(doc.date)}</dd>
        <dt>Language</dt><dd>${esc(doc.lang)}</dd>
        <dt>Id</dt><dd class="mono">${esc(doc.doc_id)}</dd>
        <dt>Source</dt><dd class="mono">${esc(doc.source)}</dd>
        <dt>URL</dt><dd>${url}</dd>
        <dt>Events</dt><dd>${doc.events.length} in ${new Set(doc.events.map((e) => e.sentence)).size} sentences</dd>
      </dl>
      <div class="sentences">${doc.sentences.map((s) => sentenceHtml(s, doc.events, focus)).join('')}</div>
    </article>`;
}
