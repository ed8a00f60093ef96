// The filter bar: a form mirroring the URL state. Actor inputs suggest codes
// from /api/actors through a datalist.
import { api } from './api.js';
import { escapeHtml as esc } from './highlight.js';

const FIELDS = ['a', 'b', 'from', 'to', 'by', 'quad', 'code', 'q'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// The form's values; dates that are not YYYY[-MM[-DD]] are reported in
// `invalid` (field names) rather than sent to the server.
export function readForm(form) {
  const values = {};
  const invalid = [];
  for (const name of FIELDS) values[name] = form.elements[name].value.trim();
  values.a = values.a.toUpperCase();
  values.b = values.b.toUpperCase();
  for (const name of ['from', 'to']) {
    const ok = !values[name] || DATE.test(values[name]);
    form.elements[name].setCustomValidity(ok ? '' : 'YYYY, YYYY-MM or YYYY-MM-DD');
    if (!ok) invalid.push(name);
  }
  return { values, invalid };
}

export function writeForm(form, state) {
  for (const name of FIELDS) form.elements[name].value = state[name] ?? '';
}

// Keeps the datalist filled with the actors whose code starts with what was
// typed (the 100 most active; refreshed as the prefix changes).
export function attachActorSuggestions(form, datalist) {
  let asked = null;
  const suggest = async (prefix) => {
    if (prefix === asked) return;
    asked = prefix;
    try {
      const answer = await api.actors({ prefix, limit: 100 });
      if (asked !== prefix) return;
      datalist.innerHTML = answer.actors.map((actor) =>
        `<option value="${esc(actor.code)}">${actor.events} events (${actor.as_source} as source, ${actor.as_target} as target)</option>`).join('');
    } catch {
      asked = null;  // try again on the next keystroke
    }
  };
  for (const name of ['a', 'b']) {
    const input = form.elements[name];
    input.addEventListener('input', () => suggest(input.value.trim().toUpperCase().slice(0, 3)));
    input.addEventListener('focus', () => suggest(input.value.trim().toUpperCase().slice(0, 3)));
  }
  return suggest('');
}
