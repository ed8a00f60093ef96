// The dashboard's controller: URL state -> API calls -> views. Each view
// reloads only when the state it depends on changed.
import './style.css';
import { api } from './api.js';
import { parseState, formatState, narrower } from './state.js';
import { periodRange } from './periods.js';
import { readForm, writeForm, attachActorSuggestions } from './filters.js';
import { createTimeline } from './timeline.js';
import { createNetwork } from './network.js';
import { createTable } from './table.js';
import { evidenceHtml, documentHtml } from './evidence.js';
import { escapeHtml as esc } from './highlight.js';
import { GOLDSTEIN_GRADIENT } from './charts.js';

const $ = (selector) => document.querySelector(selector);
const PER_PAGE = 50;

let state = parseState(location.search);
let tableEvents = [];
const loaded = { timeline: null, network: null, table: null };  // the key of each view's last request
const answers = { timeline: null, network: null, table: null };  // and its answer, once it came
const form = $('#filters');

// Changes the state (and the URL; `push` adds a history entry) and redraws.
function navigate(changes, { push = true } = {}) {
  state = { ...state, ...changes };
  const url = `${location.pathname}${formatState(state)}`;
  history[push ? 'pushState' : 'replaceState'](null, '', url);
  render();
}

// A filter change starts over on page 1 with no period or event selected.
function filter(changes) {
  navigate({ ...changes, page: 1, period: '', event: '' });
}

const timeline = createTimeline($('#timeline'), {
  onPeriod: (period) => navigate({ period: period === state.period ? '' : period, page: 1, event: '' }),
});
const network = createNetwork($('#network'), {
  onNode: (code) => filter(!state.a ? { a: code } : (!state.b && code !== state.a ? { b: code } : { a: code, b: '' })),
  onEdge: (source, target) => filter({ a: source, b: target }),
});
const table = createTable($('#events-card'), {
  onSelect: (event) => navigate({ event: String(event.id) }, { push: false }),
  onPage: (page) => navigate({ page, event: '' }),
});

// Shows a view: fetches its answer when its key (the state it depends on)
// changed, else shows the answer it has again (the selection may have
// changed). A stale answer (the key changed meanwhile) is dropped.
async function load(view, key, fetchAnswer, show, fail) {
  if (loaded[view] === key) {
    if (answers[view]) show(answers[view]);
    return;
  }
  loaded[view] = key;
  answers[view] = null;
  try {
    const answer = await fetchAnswer();
    if (loaded[view] !== key) return;
    answers[view] = answer;
    show(answer);
  } catch (err) {
    if (loaded[view] === key) fail(err.message);
  }
}

function periodBounds() {
  const range = state.period ? periodRange(state.period) : null;
  return { from: narrower('from', state.from, range?.from), to: narrower('to', state.to, range?.to) };
}

function renderTimeline() {
  const { a, b, by, from, to, quad, code } = state;
  $('#timeline-title').textContent = a && b ? `${a} ↔ ${b}, by ${by}` : '';
  $('#timeline-note').hidden = !state.q;
  if (!a || !b) {
    loaded.timeline = null;
    timeline.message('Choose actors A and B (or click an edge of the network) to plot their dyad');
    return;
  }
  const params = { a, b, by, from, to, quad, code };
  load('timeline', JSON.stringify(params), () => api.dyads(params),
    (answer) => timeline.show(answer, state.period), (message) => timeline.message(message));
}

function renderNetwork() {
  const params = { ...periodBounds(), quad: state.quad, code: state.code, level: state.level, limit: 100 };
  const scope = state.period ? `period ${state.period}` : (params.from || params.to ? `${params.from || '…'} – ${params.to || '…'}` : 'all dates');
  $('#network-title').textContent = scope;
  load('network', JSON.stringify(params), () => api.network(params),
    (answer) => network.show(answer, [state.a, state.b]), (message) => network.message(message));
}

function eventParams() {
  const params = { quad: state.quad, code: state.code, q: state.q, page: state.page, per_page: PER_PAGE, ...periodBounds() };
  if (state.a && state.b) params.between = `${state.a},${state.b}`;
  else if (state.a || state.b) params.actor = state.a || state.b;
  return params;
}

function renderTable() {
  const params = eventParams();
  const chip = $('#period-chip');
  chip.hidden = !state.period;
  chip.querySelector('span').textContent = state.period;
  load('table', JSON.stringify(params), () => api.events(params), (answer) => {
    tableEvents = answer.events;
    table.show(answer, state.event);
    renderEvidence();
  }, (message) => {
    tableEvents = [];
    table.message(message);
    renderEvidence();
  });
}

function renderEvidence() {
  const panel = $('#evidence');
  const event = tableEvents.find((e) => String(e.id) === state.event);
  table.markSelected(state.event);
  panel.dataset.event = event ? String(event.id) : '';
  panel.innerHTML = event ? evidenceHtml(event)
    : '<p class="placeholder">Select an event in the table to see the sentence it was coded from.</p>';
}

async function renderDocument(id, focus) {
  const view = $('#document-view');
  view.innerHTML = '<p class="placeholder">Loading document…</p>';
  try {
    const doc = await api.document(id);
    view.innerHTML = documentHtml(doc, focus);
    document.title = `${doc.title || doc.doc_id} · dyad`;
    view.querySelector(`#s${focus}`)?.scrollIntoView({ block: 'center' });
  } catch (err) {
    view.innerHTML = `<nav class="crumbs"><a href="#" data-role="back">‹ Back to the dashboard</a></nav><p class="error">${esc(err.message)}</p>`;
  }
}

// The hash route: #/documents/{id}[?sentence=N] shows a document.
function route() {
  const match = /^#\/documents\/([^?]+)(?:\?sentence=(\d+))?/.exec(location.hash);
  $('#dashboard').hidden = Boolean(match);
  $('#document-view').hidden = !match;
  if (match) {
    renderDocument(decodeURIComponent(match[1]), match[2] === undefined ? -1 : Number(match[2]));
  } else {
    document.title = 'dyad · event dashboard';
  }
}

function render() {
  writeForm(form, state);
  renderTimeline();
  renderNetwork();
  renderTable();
  renderEvidence();
}

async function renderInfo() {
  try {
    const info = await api.info();
    const range = info.first_date ? `${info.first_date} – ${info.last_date}` : 'no dates';
    $('#info').innerHTML = `<b>${info.documents.toLocaleString('en')}</b> documents · <b>${info.events.toLocaleString('en')}</b> events · ${esc(range)}` +
      ` <span class="muted">· dyad ${esc(info.version)}, schema ${esc(info.schema_version)}</span>`;
    form.elements.from.placeholder = info.first_date || 'YYYY-MM';
    form.elements.to.placeholder = info.last_date || 'YYYY-MM';
  } catch (err) {
    $('#info').innerHTML = `<span class="error">${esc(err.message)}</span>`;
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const { values, invalid } = readForm(form);
  if (invalid.length) form.reportValidity();
  else filter(values);
});
form.addEventListener('change', (e) => {
  if (e.target.tagName === 'SELECT') form.requestSubmit();
});
$('#swap').addEventListener('click', () => filter({ a: state.b, b: state.a }));
$('#reset').addEventListener('click', () => filter({ a: '', b: '', from: '', to: '', by: 'month', quad: '', code: '', q: '' }));
$('#period-chip button').addEventListener('click', () => navigate({ period: '', page: 1, event: '' }));
$('#level').addEventListener('change', (e) => navigate({ level: e.target.value }));
$('#document-view').addEventListener('click', (e) => {
  if (e.target.closest('[data-role=back]')) {
    e.preventDefault();
    history.pushState(null, '', `${location.pathname}${location.search}`);
    route();
  }
});
$('#goldstein-legend').style.background = GOLDSTEIN_GRADIENT;
window.addEventListener('popstate', () => {
  state = parseState(location.search);
  render();
});
window.addEventListener('hashchange', route);

$('#level').value = state.level;
renderInfo();
attachActorSuggestions(form, $('#actor-list'));
render();
route();

// For tests and the browser console: the chart instances (ECharts API).
window.dyadDashboard = { timeline: timeline.chart, network: network.chart };
