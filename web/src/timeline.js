// The dyad timeline: events per period between actors A and B, stacked by
// QuadClass, with the mean Goldstein value on a second axis. Zoomable
// (dataZoom); clicking a period reports it (the table then shows it).
import { createChart, messageOption, FONT } from './charts.js';
import { QUADS } from './cameo.js';
import { fillPeriods } from './periods.js';

// The plotted rows: every period from first to last (quiet ones empty).
export function timelineRows(series, by) {
  const byPeriod = new Map(series.map((row) => [row.period, row]));
  return fillPeriods(series.map((row) => row.period), by).map((period) => byPeriod.get(period) ??
    { period, events: 0, quad: [0, 0, 0, 0], goldstein_mean: null, documents: 0 });
}

function tooltip(params) {
  const row = params[0]?.data?.row;
  if (!row) return '';
  const quads = QUADS.map((q, i) => `<span style="color:${q.color}">■</span> ${q.name}: <b>${row.quad[i]}</b>`);
  const mean = row.events ? `<br>Mean Goldstein: <b>${row.goldstein_mean.toFixed(2)}</b>` : '';
  return `<b>${row.period}</b> — ${row.events} event${row.events === 1 ? '' : 's'}, ` +
    `${row.documents} document${row.documents === 1 ? '' : 's'}<br>${quads.join('<br>')}${mean}` +
    '<br><i>click to list these events</i>';
}

function option(rows, selected) {
  const periods = rows.map((row) => row.period);
  const bars = QUADS.map((q, i) => ({
    name: q.name, type: 'bar', stack: 'events', barMaxWidth: 40, itemStyle: { color: q.color },
    emphasis: { focus: 'series' },
    data: rows.map((row) => ({
      value: row.quad[i], row,
      itemStyle: selected && row.period !== selected ? { opacity: 0.35 } : undefined,
    })),
  }));
  const line = {
    name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, connectNulls: false, symbolSize: 7,
    itemStyle: { color: '#1f2937' }, lineStyle: { width: 2 },
    data: rows.map((row) => ({ value: row.events ? row.goldstein_mean : null, row })),
  };
  return {
    textStyle: { fontFamily: FONT },
    animation: false,
    legend: { top: 0, left: 'center', itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip },
    grid: { left: 56, right: 64, top: 40, bottom: 72 },
    xAxis: { type: 'category', data: periods, name: 'Period', nameLocation: 'middle', nameGap: 28,
      axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: 'value', name: 'Events', nameLocation: 'middle', nameGap: 38, minInterval: 1 },
      { type: 'value', name: 'Mean Goldstein', nameLocation: 'middle', nameGap: 40, min: -10, max: 10,
        interval: 5, splitLine: { show: false } },
    ],
    dataZoom: [
      { type: 'inside', xAxisIndex: 0 },
      { type: 'slider', xAxisIndex: 0, height: 16, bottom: 8 },
    ],
    series: [...bars, line],
  };
}

export function createTimeline(element, { onPeriod }) {
  const chart = createChart(element);
  let plotted = '';  // the periods on the axis, to keep the zoom when only the selection changes
  chart.on('click', (params) => {
    if (params.data?.row) onPeriod(params.data.row.period);
  });
  return {
    chart,
    // Plots a /api/dyads answer; `selected` is the period the table shows.
    show(answer, selected) {
      const rows = timelineRows(answer.series, answer.by);
      // What was plotted, for tests and for linking: "period:events,...".
      element.dataset.points = rows.filter((row) => row.events).map((row) => `${row.period}:${row.events}`).join(',');
      element.dataset.total = String(rows.reduce((sum, row) => sum + row.events, 0));
      if (!rows.length) {
        chart.setOption(messageOption(`No events between ${answer.a} and ${answer.b} for these filters`), true);
        return;
      }
      const full = option(rows, selected);
      const key = `${answer.a}|${answer.b}|${rows.map((row) => `${row.period}:${row.events}`).join(',')}`;
      if (key === plotted) chart.setOption({ series: full.series });
      else chart.setOption(full, true);
      plotted = key;
    },
    message(text) {
      plotted = '';
      element.dataset.points = '';
      element.dataset.total = '0';
      chart.setOption(messageOption(text), true);
    },
  };
}
