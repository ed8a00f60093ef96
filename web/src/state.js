// The dashboard's view state, kept in the URL query string so a view can be
// linked and reloaded: ?a=RUS&b=PRK&from=2022-01&to=2022-12&by=month&quad=4
// &code=16&q=sancties&page=2&period=2022-08&event=17&level=country
// The document view is a hash route, #/documents/{id}, on top of it.

export const DEFAULTS = Object.freeze({
  a: '', b: '', from: '', to: '', by: 'month', quad: '', code: '', q: '',
  page: 1, period: '', event: '', level: 'country',
});

const GRANULARITIES = ['day', 'week', 'month', 'year'];

// A state from a query string; unknown keys are ignored, bad values fall back
// to the defaults.
export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS)) {
    const value = params.get(key);
    if (value !== null) state[key] = value.trim();
  }
  state.a = state.a.toUpperCase();
  state.b = state.b.toUpperCase();
  state.page = Math.max(1, parseInt(state.page, 10) || 1);
  if (!GRANULARITIES.includes(state.by)) state.by = DEFAULTS.by;
  if (!['1', '2', '3', '4'].includes(state.quad)) state.quad = '';
  if (!['country', 'actor'].includes(state.level)) state.level = DEFAULTS.level;
  return state;
}

// The query string of a state, without its default values ('' when all are).
export function formatState(state) {
  const params = new URLSearchParams();
  for (const [key, fallback] of Object.entries(DEFAULTS)) {
    const value = state[key];
    if (value !== undefined && value !== null && String(value) !== String(fallback)) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

// Query-string parameters of an API call, dropping empty values.
export function apiQuery(params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

// The later of two API dates for a lower bound and the earlier for an upper
// bound; a date sorts after its own prefix ("2022-08" < "2022-08-15"), which
// is what a narrower bound means.
export function narrower(bound, x, y) {
  if (!x) return y;
  if (!y) return x;
  if (bound === 'from') return x > y ? x : y;
  return x < y ? (y.startsWith(x) ? y : x) : (x.startsWith(y) ? x : y);
}
