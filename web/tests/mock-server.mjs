// A stand-in for `dyad serve`: the dashboard's static files plus the JSON API
// answered from fixtures/dataset.json, in the API's shapes (docs/dashboard.md).
// For fast front-end work and tests without the C++ build:
//   node tests/mock-server.mjs [--port 8080] [--web dist]
// prints "listening on http://127.0.0.1:PORT" once it accepts connections.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoWeekLabel } from '../src/periods.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// The dataset's events in the API's EVENT shape, ordered by date then id.
export function loadDataset(path = join(HERE, 'fixtures', 'dataset.json')) {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  let id = 0;
  const events = [];
  const documents = data.documents.map((doc) => {
    const sentences = [];
    let begin = 0;
    doc.sentences.forEach((text, index) => {
      const end = begin + Buffer.byteLength(text);
      sentences.push({ index, begin, end, text });
      begin = end + 1;
    });
    const docEvents = doc.events.map((e) => ({
      id: ++id, document_id: doc.id, doc_id: doc.doc_id, sentence: e.sentence, date: e.date, doc_date: doc.date,
      source: e.source, target: e.target, code: e.code, root: e.code.slice(0, 2), quad: e.quad,
      goldstein: e.goldstein, plover: e.plover, lang: doc.lang, text: doc.sentences[e.sentence],
      source_text: e.source_text, target_text: e.target_text, predicate_text: e.predicate_text,
    }));
    events.push(...docEvents);
    const { events: _, sentences: __, ...fields } = doc;
    return { ...fields, sentences, events: docEvents };
  });
  events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id));
  return { info: data.info, documents, events };
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function dateParam(params, name) {
  const value = params.get(name) ?? '';
  if (value && !DATE.test(value)) throw new HttpError(400, `${name}: '${value}' is not YYYY[-MM[-DD]]`);
  return value;
}

// Dates compare at the coarser precision of the two ("2022-08" is within
// from=2022-08-15).
function inRange(date, from, to) {
  const cut = (x, y) => [x.slice(0, Math.min(x.length, y.length)), y.slice(0, Math.min(x.length, y.length))];
  if (from) { const [d, f] = cut(date, from); if (d < f) return false; }
  if (to) { const [d, t] = cut(date, to); if (d > t) return false; }
  return true;
}

function intParam(params, name, fallback, min, max) {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new HttpError(400, `${name}: '${raw}' must be an integer ${min}..${max}`);
  return value;
}

// The filters every listing shares: period, QuadClass, code prefix.
function commonFilter(params) {
  const from = dateParam(params, 'from'), to = dateParam(params, 'to');
  const quad = intParam(params, 'quad', 0, 0, 4);
  const code = params.get('code') ?? '';
  return (e) => inRange(e.date, from, to) && (!quad || e.quad === quad) && e.code.startsWith(code);
}

function eventFilter(params) {
  const common = commonFilter(params);
  const pre = (name) => (params.get(name) ?? '').toUpperCase();
  const [source, target, actor] = [pre('source'), pre('target'), pre('actor')];
  const between = pre('between');
  if (between && !/^[A-Z0-9]+,[A-Z0-9]+$/.test(between)) throw new HttpError(400, `between: '${between}' is not A,B`);
  const [a, b] = between ? between.split(',') : ['', ''];
  const words = (params.get('q') ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return (e) => common(e) && e.source.startsWith(source) && e.target.startsWith(target) &&
    (!actor || e.source.startsWith(actor) || e.target.startsWith(actor)) &&
    (!between || (e.source.startsWith(a) && e.target.startsWith(b)) || (e.source.startsWith(b) && e.target.startsWith(a))) &&
    words.every((word) => e.text.toLocaleLowerCase().includes(word));
}

// As the store buckets them: a date less precise than the period counts at
// its first day ("2022-04" is in 2022-04-01 and week 2022-W13).
function periodOf(date, by) {
  const day = `${date}-01-01`.slice(0, 10);
  if (by === 'year') return day.slice(0, 4);
  if (by === 'month') return day.slice(0, 7);
  if (by === 'week') return isoWeekLabel(new Date(`${day}T00:00:00Z`));
  return day;
}

const round = (x) => Math.round(x * 1000) / 1000;

function dyads(data, params) {
  const a = (params.get('a') ?? '').toUpperCase(), b = (params.get('b') ?? '').toUpperCase();
  if (!a || !b) throw new HttpError(400, 'a and b (actor codes) are required');
  const by = params.get('by') || 'month';
  if (!['day', 'week', 'month', 'year'].includes(by)) throw new HttpError(400, `by: '${by}' is not day, week, month or year`);
  const common = commonFilter(params);
  const buckets = new Map();
  for (const e of data.events) {
    const dyad = (e.source.startsWith(a) && e.target.startsWith(b)) || (e.source.startsWith(b) && e.target.startsWith(a));
    if (!dyad || !common(e)) continue;
    const period = periodOf(e.date, by);
    const bucket = buckets.get(period) ?? { period, events: 0, quad: [0, 0, 0, 0], roots: {}, goldstein_sum: 0, docs: new Set() };
    bucket.events++;
    bucket.quad[e.quad - 1]++;
    bucket.roots[e.root] = (bucket.roots[e.root] ?? 0) + 1;
    bucket.goldstein_sum += e.goldstein;
    bucket.docs.add(e.document_id);
    buckets.set(period, bucket);
  }
  const series = [...buckets.values()].sort((x, y) => (x.period < y.period ? -1 : 1)).map(({ docs, ...bucket }) => ({
    ...bucket, goldstein_sum: round(bucket.goldstein_sum), goldstein_mean: round(bucket.goldstein_sum / bucket.events),
    documents: docs.size,
  }));
  return { a, b, by, series };
}

function actors(data, params) {
  const prefix = (params.get('prefix') ?? '').toUpperCase();
  const limit = intParam(params, 'limit', 100, 1, 10000);
  const counts = new Map();
  const count = (code, field) => {
    if (!code.startsWith(prefix)) return;
    const actor = counts.get(code) ?? { code, as_source: 0, as_target: 0, events: 0 };
    actor[field]++;
    actor.events++;
    counts.set(code, actor);
  };
  for (const e of data.events) {
    count(e.source, 'as_source');
    count(e.target, 'as_target');
  }
  const list = [...counts.values()].sort((x, y) => y.events - x.events || (x.code < y.code ? -1 : 1));
  return { actors: list.slice(0, limit) };
}

function network(data, params) {
  const level = params.get('level') || 'country';
  if (!['country', 'actor'].includes(level)) throw new HttpError(400, `level: '${level}' is not country or actor`);
  const limit = intParam(params, 'limit', 100, 1, 10000);
  const common = commonFilter(params);
  const node = (code) => (level === 'country' ? code.slice(0, 3) : code);
  const edges = new Map();
  for (const e of data.events.filter(common)) {
    const key = `${node(e.source)}>${node(e.target)}`;
    const edge = edges.get(key) ?? { source: node(e.source), target: node(e.target), events: 0, sum: 0 };
    edge.events++;
    edge.sum += e.goldstein;
    edges.set(key, edge);
  }
  const list = [...edges.values()].sort((x, y) => y.events - x.events).slice(0, limit)
    .map(({ sum, ...edge }) => ({ ...edge, goldstein_mean: round(sum / edge.events) }));
  return { edges: list };
}

function events(data, params) {
  const page = intParam(params, 'page', 1, 1, 1e9);
  const perPage = intParam(params, 'per_page', 50, 1, 1000);
  const matching = data.events.filter(eventFilter(params));
  return { total: matching.length, page, per_page: perPage, events: matching.slice((page - 1) * perPage, page * perPage) };
}

function info(data) {
  const dates = data.events.map((e) => e.date.slice(0, 7)).sort();
  return { ...data.info, documents: data.documents.length, events: data.events.length,
    first_date: dates[0] ?? '', last_date: dates[dates.length - 1] ?? '' };
}

// The parameters each endpoint takes; like `dyad serve`, the mock refuses
// others (a typo must not silently widen a query).
const PARAMS = {
  '/api/events': ['source', 'target', 'actor', 'between', 'code', 'quad', 'from', 'to', 'q', 'page', 'per_page'],
  '/api/dyads': ['a', 'b', 'by', 'from', 'to', 'quad', 'code'],
  '/api/actors': ['prefix', 'limit'],
  '/api/network': ['from', 'to', 'quad', 'code', 'level', 'limit'],
};

export function answerApi(data, path, params) {
  const known = PARAMS[path] ?? [];
  for (const name of params.keys()) {
    if (!known.includes(name)) throw new HttpError(400, `unknown parameter: ${name}`);
  }
  if (path === '/api/info') return info(data);
  if (path === '/api/events') return events(data, params);
  if (path === '/api/dyads') return dyads(data, params);
  if (path === '/api/actors') return actors(data, params);
  if (path === '/api/network') return network(data, params);
  const doc = /^\/api\/documents\/([^/]+)$/.exec(path);
  if (doc) {
    const found = data.documents.find((d) => String(d.id) === decodeURIComponent(doc[1]));
    if (!found) throw new HttpError(404, `no document with id ${doc[1]}`);
    return found;
  }
  throw new HttpError(404, `no such endpoint: ${path}`);
}

async function serveStatic(webDir, path, response) {
  const file = normalize(join(webDir, path === '/' ? 'index.html' : decodeURIComponent(path)));
  if (!file.startsWith(webDir)) throw new HttpError(404, 'not found');
  const body = await readFile(file).catch(() => { throw new HttpError(404, `not found: ${path}`); });
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(body);
}

// Starts the mock on 127.0.0.1:`port` (0: any free port); resolves to
// {server, url} once it listens.
export function startMockServer({ port = 0, webDir = resolve(HERE, '..', 'dist'), dataset = loadDataset() } = {}) {
  const root = resolve(webDir);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    try {
      if (!url.pathname.startsWith('/api/')) return await serveStatic(root, url.pathname, response);
      const body = JSON.stringify(answerApi(dataset, url.pathname, url.searchParams));
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(body);
    } catch (err) {
      const status = err.status ?? 500;
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ error: err.message }));
    }
  });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ready({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const { url } = await startMockServer({ port: Number(arg('--port', 8080)), webDir: arg('--web', resolve(HERE, '..', 'dist')) });
  console.log(`listening on ${url}`);
}
