// The event table: one page of /api/events with its pager. Clicking a row
// selects the event (the evidence panel shows it).
import { escapeHtml as esc, highlightHtml } from './highlight.js';
import { quadInfo } from './cameo.js';
import { codeName, rootName } from './cameo-table.js';

export function quadBadge(quad) {
  const info = quadInfo(quad);
  if (!info) return '';
  return `<span class="quad quad-${quad}" title="${esc(info.name)}">${quad} · ${esc(info.short)}</span>`;
}

export function codeCell(code) {
  const name = codeName(code);
  const root = rootName(code);
  const title = name && root && name !== root ? `${root} › ${name}` : name || root;
  return `<span class="code">${esc(code)}</span> <span class="code-name" title="${esc(title)}">${esc(name || root)}</span>`;
}

export function goldsteinCell(value) {
  const number = Number(value);
  const tone = number < 0 ? 'negative' : number > 0 ? 'positive' : 'zero';
  return `<span class="goldstein ${tone}">${number > 0 ? '+' : ''}${number.toFixed(1)}</span>`;
}

function row(event, selectedId) {
  const selected = String(event.id) === String(selectedId);
  return `<tr data-id="${esc(event.id)}" class="${selected ? 'selected' : ''}" tabindex="0">
    <td class="date">${esc(event.date)}</td>
    <td class="actor" title="${esc(event.source_text)}">${esc(event.source)}</td>
    <td class="actor" title="${esc(event.target_text)}">${esc(event.target)}</td>
    <td>${codeCell(event.code)}</td>
    <td>${quadBadge(event.quad)}</td>
    <td class="num">${goldsteinCell(event.goldstein)}</td>
    <td class="snippet" lang="${esc(event.lang)}"><div>${highlightHtml(event.text, event)}</div></td>
  </tr>`;
}

export function createTable(root, { onSelect, onPage }) {
  const body = root.querySelector('tbody');
  const summary = root.querySelector('[data-role=summary]');
  const pager = root.querySelector('[data-role=pager]');
  let events = [];
  const select = (tr) => {
    const event = events.find((e) => String(e.id) === tr?.dataset.id);
    if (event) onSelect(event);
  };
  body.addEventListener('click', (e) => select(e.target.closest('tr')));
  body.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') select(e.target.closest('tr'));
  });
  pager.addEventListener('click', (e) => {
    const page = e.target.closest('button')?.dataset.page;
    if (page) onPage(Number(page));
  });
  return {
    // Shows a /api/events answer; `selectedId` is the selected event's id.
    show(answer, selectedId) {
      events = answer.events;
      const first = answer.total ? (answer.page - 1) * answer.per_page + 1 : 0;
      const last = (answer.page - 1) * answer.per_page + events.length;
      const pages = Math.max(1, Math.ceil(answer.total / answer.per_page));
      root.dataset.total = String(answer.total);
      summary.textContent = answer.total
        ? `${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${answer.total.toLocaleString('en')} events`
        : 'no events';
      body.innerHTML = events.length ? events.map((event) => row(event, selectedId)).join('')
        : '<tr class="empty"><td colspan="7">No events match these filters.</td></tr>';
      pager.innerHTML = `
        <button type="button" data-page="${answer.page - 1}" ${answer.page <= 1 ? 'disabled' : ''}>‹ Previous</button>
        <span>Page ${answer.page} of ${pages}</span>
        <button type="button" data-page="${answer.page + 1}" ${answer.page >= pages ? 'disabled' : ''}>Next ›</button>`;
    },
    message(text) {
      events = [];
      root.dataset.total = '0';
      summary.textContent = '';
      pager.innerHTML = '';
      body.innerHTML = `<tr class="empty"><td colspan="7">${esc(text)}</td></tr>`;
    },
    markSelected(id) {
      for (const tr of body.querySelectorAll('tr[data-id]')) tr.classList.toggle('selected', tr.dataset.id === String(id));
    },
  };
}
