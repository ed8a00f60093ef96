// End-to-end test of the dashboard in Debian's Chromium (driven by
// playwright-core; no browser download). By default against the real thing:
// ingests $DYAD_DATA/examples/seed-nl.txt with `dyad ingest`, starts
// `dyad serve` on a free port and checks what a person would see for the
// Russia–North Korea dyad. With --mock it runs against tests/mock-server.mjs
// and its fixtures instead (no C++ build needed).
//
// Environment:
//   DYAD_BINARY   the dyad CLI (real mode)
//   DYAD_DATA     shared data with examples/seed-nl.txt (real mode)
//   DYAD_WEB_DIR  the built dashboard (default: web/dist)
//   DYAD_SCREENSHOT  where to save the dashboard screenshot (PNG; default
//                 test-artifacts/dashboard.png under the current directory);
//                 the document view goes beside it as document.png
//   CHROMIUM      the browser (default /usr/bin/chromium)
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { loadDataset, startMockServer } from './mock-server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const MOCK = process.argv.includes('--mock');
const WEB_DIR = resolve(process.env.DYAD_WEB_DIR ?? join(HERE, '..', 'dist'));
const SCREENSHOT = resolve(process.env.DYAD_SCREENSHOT ?? join('test-artifacts', 'dashboard.png'));
const BROWSER = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WAIT = { timeout: 30000 };
const A = 'RUS', B = 'PRK';

let passed = 0;
function check(name, fn) {
  return Promise.resolve(fn()).then(() => {
    passed++;
    console.log(`ok ${passed} - ${name}`);
  });
}

const isDyad = (e) => (e.source.startsWith(A) && e.target.startsWith(B)) || (e.source.startsWith(B) && e.target.startsWith(A));
const rowKey = (e) => `${e.date} ${e.source}>${e.target} ${e.code}`;

function freePort() {
  return new Promise((ready, fail) => {
    const probe = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ready(port));
    });
  });
}

async function waitForServer(url, child) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`dyad serve exited with status ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/info`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`dyad serve did not answer ${url}/api/info within 30 s`);
}

// The real stack: a fresh database of the seed article, served by dyad.
// Expected events are what `dyad code` finds in the seed (the same coder).
async function startReal(work) {
  const dyad = process.env.DYAD_BINARY;
  const data = process.env.DYAD_DATA;
  assert.ok(dyad && existsSync(dyad), `DYAD_BINARY (${dyad}) must name the dyad binary`);
  const seed = join(data ?? '', 'examples', 'seed-nl.txt');
  assert.ok(existsSync(seed), `the seed article ${seed} is missing (set DYAD_DATA)`);
  const db = join(work, 'e2e.db');
  execFileSync(dyad, ['ingest', '--db', db, seed], { stdio: ['ignore', 'inherit', 'inherit'] });
  const coded = execFileSync(dyad, ['code', seed], { encoding: 'utf8' });
  const events = coded.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(dyad, ['serve', '--db', db, '--port', String(port), '--host', '127.0.0.1', '--web', WEB_DIR],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForServer(url, child);
  return { url, events, stop: () => child.kill('SIGTERM') };
}

async function startMock() {
  const { server, url } = await startMockServer({ webDir: WEB_DIR });
  return { url, events: loadDataset().events, stop: () => server.close() };
}

async function rows(page) {
  return page.$$eval('#events-card tbody tr[data-id]', (trs) => trs.map((tr) => {
    const cells = [...tr.children].map((td) => td.textContent.trim());
    return { id: tr.dataset.id, date: cells[0], source: cells[1], target: cells[2], code: cells[3].split(/\s/)[0] };
  }));
}

async function run(page, stack) {
  const expected = stack.events.filter(isDyad);
  assert.ok(expected.length >= 2, `the test data should have ${A}–${B} events`);
  const months = new Map();
  for (const e of expected) months.set(e.date.slice(0, 7), (months.get(e.date.slice(0, 7)) ?? 0) + 1);

  await page.goto(stack.url);
  await page.waitForSelector('#info b', WAIT);

  await check('filter A=RUS, B=PRK through the filter bar; the URL keeps it', async () => {
    await page.fill('input[name=a]', A);
    await page.fill('input[name=b]', B);
    await page.click('button[type=submit]');
    await page.waitForFunction((n) => document.querySelector('#events-card').dataset.total === String(n), expected.length, WAIT);
    const search = new URL(page.url()).searchParams;
    assert.equal(search.get('a'), A);
    assert.equal(search.get('b'), B);
  });

  await check(`the table lists the ${expected.length} ${A}–${B} events`, async () => {
    const shown = (await rows(page)).map(rowKey).sort();
    assert.deepEqual(shown, expected.map(rowKey).sort());
    assert.match(await page.textContent('#events-card [data-role=summary]'), new RegExp(`of ${expected.length} events`));
  });

  if (!MOCK) {
    await check('the seed\'s anchors: PRK→RUS 051 in 2022-04, RUS↔PRK agreements in 2022-08', async () => {
      const shown = await rows(page);
      assert.ok(shown.some((r) => r.date === '2022-04' && r.source.startsWith('PRK') && r.target.startsWith('RUS') && r.code === '051'));
      const august = shown.filter((r) => r.date === '2022-08' && r.code.startsWith('03'));
      assert.ok(august.some((r) => r.source.startsWith('RUS')) && august.some((r) => r.source.startsWith('PRK')));
    });
  }

  await check('the timeline plots the dyad\'s events per month', async () => {
    await page.waitForFunction((n) => document.querySelector('#timeline').dataset.total === String(n), expected.length, WAIT);
    const points = await page.getAttribute('#timeline', 'data-points');
    const want = [...months].sort().map(([month, n]) => `${month}:${n}`).join(',');
    assert.equal(points, want);
    const plotted = await page.evaluate(() => {
      const option = window.dyadDashboard.timeline.getOption();
      return option.series.filter((s) => s.type === 'bar').map((s) => s.data.map((d) => d.value ?? d));
    });
    assert.equal(plotted.length, 4, 'one bar series per QuadClass');
    const total = plotted.flat().reduce((sum, n) => sum + n, 0);
    assert.equal(total, expected.length);
  });

  await check('the network has edges and marks the A/B actors', async () => {
    const edges = Number(await page.getAttribute('#network', 'data-edges'));
    assert.ok(edges >= 1, `edges: ${edges}`);
    const names = await page.evaluate(() => window.dyadDashboard.network.getOption().series[0].data.map((n) => n.name));
    assert.ok(names.includes(A) && names.includes(B), `nodes: ${names}`);
  });

  const first = [...months.keys()].sort()[0];
  // The event to inspect: one whose three parts are all named in its sentence.
  const target = expected.filter((e) => e.date.startsWith(first))
    .find((e) => [e.source_text, e.target_text, e.predicate_text].every((t) => t && e.text.includes(t)));
  assert.ok(target, `an event of ${first} with source, target and predicate words`);
  await check(`clicking ${rowKey(target)} shows its evidence highlighted`, async () => {
    const id = (await rows(page)).find((r) => rowKey(r) === rowKey(target)).id;
    await page.click(`#events-card tr[data-id="${id}"]`);
    await page.waitForFunction((i) => document.querySelector('#evidence').dataset.event === i, id, WAIT);
    const marks = await page.$$eval('#evidence blockquote mark', (ms) => ms.map((m) => [m.className, m.textContent]));
    assert.deepEqual(marks.map(([c]) => c).sort(), ['hl hl-predicate', 'hl hl-source', 'hl hl-target']);
    const text = (kind) => marks.find(([c]) => c === `hl hl-${kind}`)[1];
    assert.equal(text('source'), target.source_text);
    assert.equal(text('target'), target.target_text);
    assert.equal(text('predicate'), target.predicate_text);
    assert.equal(await page.textContent('#evidence blockquote'), target.text, 'the sentence reads as stored (UTF-8 intact)');
    assert.equal(await page.getAttribute('#evidence blockquote', 'lang'), target.lang);
  });

  await page.mouse.move(0, 0);  // no tooltip in the picture
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  console.log(`# screenshot: ${SCREENSHOT}`);

  await check(`clicking the timeline's ${first} bar limits the table to that period`, async () => {
    const point = await page.evaluate((period) => {
      const chart = window.dyadDashboard.timeline;
      const option = chart.getOption();
      const index = option.xAxis[0].data.indexOf(period);
      const bar = option.series.findIndex((s, i) => i < 4 && (s.data[index]?.value ?? 0) > 0);
      const height = option.series[bar].data[index].value;
      const below = option.series.slice(0, bar).reduce((sum, s) => sum + (s.data[index]?.value ?? 0), 0);
      return chart.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, [index, below + height / 2]);
    }, first);
    const box = await page.locator('#timeline canvas').first().boundingBox();
    await page.mouse.click(box.x + point[0], box.y + point[1]);
    await page.waitForFunction((n) => document.querySelector('#events-card').dataset.total === String(n), months.get(first), WAIT);
    assert.equal(new URL(page.url()).searchParams.get('period'), first);
    assert.ok(await page.isVisible('#period-chip'));
    for (const r of await rows(page)) assert.ok(r.date.startsWith(first), `${r.date} is not in ${first}`);
  });

  await check('the evidence links to its document, with the event sentences marked', async () => {
    const id = (await rows(page)).find((r) => rowKey(r) === rowKey(target)).id;
    await page.click(`#events-card tr[data-id="${id}"]`);
    await page.waitForFunction((i) => document.querySelector('#evidence').dataset.event === i, id, WAIT);
    await page.click('#evidence a.button');
    await page.waitForSelector('#document-view .doc-sentence', WAIT);
    assert.ok(await page.isHidden('#dashboard'));
    const docEvents = stack.events.filter((e) => e.doc_id === target.doc_id);
    const sentences = new Set(docEvents.map((e) => e.sentence));
    assert.equal(await page.locator('.doc-sentence.has-events').count(), sentences.size);
    const focused = await page.getAttribute('.doc-sentence.focus', 'data-index');
    assert.equal(Number(focused), target.sentence);
    assert.equal(await page.textContent(`.doc-sentence.focus p`), target.text);
    assert.equal(await page.getAttribute('#document-view article', 'lang'), target.lang);
    await page.screenshot({ path: join(dirname(SCREENSHOT), 'document.png'), fullPage: true });
  });

  await check('back to the dashboard keeps the view', async () => {
    await page.click('[data-role=back]');
    await page.waitForSelector('#dashboard:not([hidden])', WAIT);
    assert.equal(new URL(page.url()).searchParams.get('period'), first);
    assert.equal(await page.inputValue('input[name=a]'), A);
  });
}

const work = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
mkdirSync(dirname(SCREENSHOT), { recursive: true });
assert.ok(existsSync(join(WEB_DIR, 'index.html')), `no dashboard build in ${WEB_DIR} (npm run build)`);
let stack = null, context = null, failed = 0;
try {
  stack = MOCK ? await startMock() : await startReal(work);
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: BROWSER,
    headless: true,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 1000 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('request', (req) => {
    if (!req.url().startsWith(stack.url) && !req.url().startsWith('data:')) problems.push(`outside request: ${req.url()}`);
  });
  await run(page, stack);
  await check('no page errors and no request outside the dyad server', () => assert.deepEqual(problems, []));
} catch (err) {
  failed = 1;
  console.error(`not ok - ${err.stack ?? err}`);
} finally {
  await context?.close();
  stack?.stop();
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
