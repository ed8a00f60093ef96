// Locating an event's evidence (the words that named its source, target and
// predicate) in its sentence, and rendering the sentence with them marked.
// Pure functions (no DOM) so node:test can check them (tests/highlight.test.mjs).

// The parts of an event that are highlighted, in the order they are placed:
// an earlier part keeps a contested stretch of text.
export const PARTS = [
  { kind: 'source', field: 'source_text', label: 'source' },
  { kind: 'target', field: 'target_text', label: 'target' },
  { kind: 'predicate', field: 'predicate_text', label: 'predicate' },
];

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordChar(ch) {
  return ch !== undefined && WORD_CHAR.test(ch);
}

// True when text[start, start+length) is not glued to letters on either side.
function atWordBoundaries(text, start, length) {
  return !isWordChar(text[start - 1]) && !isWordChar(text[start + length]);
}

function occurrences(haystack, needle) {
  const found = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function overlaps(start, end, taken) {
  return taken.some((span) => start < span.end && span.start < end);
}

// The best free occurrence of `needle`: whole words first, then any
// substring; exact case first, then case-insensitive. -1 when none is free.
function bestOccurrence(text, needle, taken) {
  const lowerText = text.toLocaleLowerCase();
  const lowerNeedle = needle.toLocaleLowerCase();
  // toLocaleLowerCase can change lengths (e.g. 'İ'); then only exact case is safe.
  const caseless = lowerText.length === text.length && lowerNeedle.length === needle.length;
  const candidates = [occurrences(text, needle), caseless ? occurrences(lowerText, lowerNeedle) : []];
  for (const wholeWord of [true, false]) {
    for (const list of candidates) {
      const at = list.find((start) => (!wholeWord || atWordBoundaries(text, start, needle.length)) &&
        !overlaps(start, start + needle.length, taken));
      if (at !== undefined) return at;
    }
  }
  return -1;
}

// Where each part of `event` is in `text`. Returns one entry per PARTS item:
// {kind, label, value, start, end, found}; start/end are UTF-16 offsets into
// text, -1 when the part is empty or not in the text. Spans never overlap.
export function locateParts(text, event) {
  const sentence = text ?? '';
  const taken = [];
  return PARTS.map(({ kind, field, label }) => {
    const value = (event?.[field] ?? '').trim();
    const start = value ? bestOccurrence(sentence, value, taken) : -1;
    const found = start >= 0;
    const span = { kind, label, value, start, end: found ? start + value.length : -1, found };
    if (found) taken.push(span);
    return span;
  });
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (ch) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[ch]);
}

function spansHtml(text, spans) {
  let html = '';
  let at = 0;
  for (const span of [...spans].sort((x, y) => x.start - y.start)) {
    html += escapeHtml(text.slice(at, span.start));
    html += `<mark class="hl hl-${span.kind}" title="${span.label}">${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  return html + escapeHtml(text.slice(at));
}

// The sentence as HTML with each found part in <mark class="hl hl-KIND">
// (KIND: source, target, predicate).
export function highlightHtml(text, event) {
  return spansHtml(text ?? '', locateParts(text, event).filter((span) => span.found));
}

// A sentence with several events: their predicates marked as predicates and
// the words naming their actors as kind "actor" (the roles differ between
// the events, so none is shown); overlapping spans keep the first.
export function highlightEventsHtml(text, events) {
  const spans = [];
  for (const event of events) {
    for (const span of locateParts(text, event)) {
      if (!span.found || overlaps(span.start, span.end, spans)) continue;
      const actor = span.kind !== 'predicate';
      spans.push({ ...span, kind: actor ? 'actor' : span.kind, label: actor ? 'actor' : span.label });
    }
  }
  return spansHtml(text ?? '', spans);
}
