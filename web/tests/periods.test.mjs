// Period labels of the dyad timeline (src/periods.js) and the URL state
// (src/state.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillPeriods, periodRange, isoWeekLabel, granularityOf } from '../src/periods.js';
import { parseState, formatState, narrower } from '../src/state.js';

test('ISO week labels, including weeks that belong to the neighbouring year', () => {
  assert.equal(isoWeekLabel(new Date(Date.UTC(2022, 7, 15))), '2022-W33');
  assert.equal(isoWeekLabel(new Date(Date.UTC(2021, 0, 3))), '2020-W53');
  assert.equal(isoWeekLabel(new Date(Date.UTC(2024, 11, 30))), '2025-W01');
});

test('quiet periods are filled in between the first and last', () => {
  assert.deepEqual(fillPeriods(['2022-08', '2022-04'], 'month'), ['2022-04', '2022-05', '2022-06', '2022-07', '2022-08']);
  assert.deepEqual(fillPeriods(['2021-12-30', '2022-01-02'], 'day'), ['2021-12-30', '2021-12-31', '2022-01-01', '2022-01-02']);
  assert.deepEqual(fillPeriods(['2020-W52', '2021-W02'], 'week'), ['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
  assert.deepEqual(fillPeriods(['2019', '2022'], 'year'), ['2019', '2020', '2021', '2022']);
});

test('labels of another granularity, or too many periods, are left as they are', () => {
  assert.deepEqual(fillPeriods(['2022-W33', '2022-04'], 'week'), ['2022-04', '2022-W33']);
  assert.deepEqual(fillPeriods(['2000-01-01', '2022-01-01'], 'day', 100), ['2000-01-01', '2022-01-01']);
  assert.deepEqual(fillPeriods(['2022-05'], 'month'), ['2022-05']);
});

test('the date range of a period', () => {
  assert.deepEqual(periodRange('2022-08'), { from: '2022-08', to: '2022-08' });
  assert.deepEqual(periodRange('2022'), { from: '2022', to: '2022' });
  assert.deepEqual(periodRange('2022-W33'), { from: '2022-08-15', to: '2022-08-21' });
  assert.deepEqual(periodRange('2020-W53'), { from: '2020-12-28', to: '2021-01-03' });
  assert.equal(periodRange('augustus'), null);
  assert.equal(granularityOf('2022-08-15'), 'day');
});

test('the narrower of two bounds', () => {
  assert.equal(narrower('from', '2022-08', '2022-08-15'), '2022-08-15');
  assert.equal(narrower('from', '2022-09', '2022-08-15'), '2022-09');
  assert.equal(narrower('to', '2022-08', '2022-08-21'), '2022-08-21');
  assert.equal(narrower('to', '2022-07', '2022-08-21'), '2022-07');
  assert.equal(narrower('to', '', '2022-08'), '2022-08');
  assert.equal(narrower('from', '2022', undefined), '2022');
});

test('the URL state round-trips and drops defaults and bad values', () => {
  const state = parseState('?a=rus&b=PRK&by=week&quad=4&page=3&period=2022-W33&event=17&unknown=1');
  assert.equal(state.a, 'RUS');
  assert.equal(state.page, 3);
  assert.equal(formatState(state), '?a=RUS&b=PRK&by=week&quad=4&page=3&period=2022-W33&event=17');
  const bad = parseState('?by=decade&quad=7&page=-2&level=planet');
  assert.deepEqual([bad.by, bad.quad, bad.page, bad.level], ['month', '', 1, 'country']);
  assert.equal(formatState(parseState('')), '');
  assert.equal(parseState(formatState({ ...parseState(''), q: 'sancties "VN"' })).q, 'sancties "VN"');
});
