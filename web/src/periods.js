// Period labels of the dyad time series ("2022", "2022-08", "2022-08-15",
// "2022-W33" for ISO weeks): their date ranges and the gap-free sequence the
// timeline plots. Pure functions (tests/periods.test.mjs).

const pad = (n, width = 2) => String(n).padStart(width, '0');
const DAY_MS = 86400000;

function isoDay(date) {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

// Monday of ISO week 1 of `year`: the week with the year's first Thursday.
function isoWeekOneMonday(year) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS);
}

export function isoWeekLabel(date) {
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.round((thursday - isoWeekOneMonday(year) - 3 * DAY_MS) / (7 * DAY_MS));
  return `${year}-W${pad(week)}`;
}

// The first day of a period as a Date (UTC), or null when `label` is not a
// period of granularity `by`.
function periodStart(label, by) {
  let m;
  if (by === 'year' && (m = /^(\d{4})$/.exec(label))) return new Date(Date.UTC(+m[1], 0, 1));
  if (by === 'month' && (m = /^(\d{4})-(\d{2})$/.exec(label))) return new Date(Date.UTC(+m[1], +m[2] - 1, 1));
  if (by === 'day' && (m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label))) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (by === 'week' && (m = /^(\d{4})-W(\d{2})$/.exec(label))) {
    return new Date(isoWeekOneMonday(+m[1]).getTime() + (+m[2] - 1) * 7 * DAY_MS);
  }
  return null;
}

function nextStart(date, by) {
  const y = date.getUTCFullYear(), mo = date.getUTCMonth(), d = date.getUTCDate();
  if (by === 'year') return new Date(Date.UTC(y + 1, 0, 1));
  if (by === 'month') return new Date(Date.UTC(y, mo + 1, 1));
  return new Date(Date.UTC(y, mo, d + (by === 'week' ? 7 : 1)));
}

function labelOf(date, by) {
  if (by === 'year') return String(date.getUTCFullYear());
  if (by === 'month') return isoDay(date).slice(0, 7);
  if (by === 'week') return isoWeekLabel(date);
  return isoDay(date);
}

// Guess the granularity of a label from its shape.
export function granularityOf(label) {
  if (/^\d{4}$/.test(label)) return 'year';
  if (/^\d{4}-\d{2}$/.test(label)) return 'month';
  if (/^\d{4}-W\d{2}$/.test(label)) return 'week';
  if (/^\d{4}-\d{2}-\d{2}$/.test(label)) return 'day';
  return null;
}

// The inclusive date range {from, to} (API form) a period label covers:
// a year or month is its own label; a week is its Monday..Sunday.
export function periodRange(label) {
  const by = granularityOf(label);
  if (!by) return null;
  if (by !== 'week') return { from: label, to: label };
  const monday = periodStart(label, 'week');
  return { from: isoDay(monday), to: isoDay(new Date(monday.getTime() + 6 * DAY_MS)) };
}

// Every period from the first to the last of `labels` (sorted), so quiet
// periods show as gaps rather than vanishing. Labels that do not parse for
// `by`, or a range over `max` periods, are returned as given (sorted).
export function fillPeriods(labels, by, max = 5000) {
  const sorted = [...new Set(labels)].sort();
  if (sorted.length < 2) return sorted;
  const starts = sorted.map((label) => periodStart(label, by));
  if (starts.some((start) => start === null)) return sorted;
  const filled = [];
  const last = starts[starts.length - 1];
  for (let at = starts[0]; at <= last; at = nextStart(at, by)) {
    filled.push(labelOf(at, by));
    if (filled.length > max) return sorted;
  }
  return filled;
}
