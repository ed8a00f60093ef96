// EventDate: a left-to-right scan for the first time expression; the tables
// come from lang/<iso>/dates.txt (format in the file header).
#include "coder/dates.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "util/lang_data.h"

namespace dyad::coder {
namespace {

namespace chr = std::chrono;
using P = Date::Precision;

enum class Unit { kDays, kWeeks, kMonths, kYears, kIgnore };

struct Phrase {
  std::vector<std::string_view> words;  // views into the embedded data
  Unit unit = Unit::kIgnore;
  int n = 0;
};

using WordSet = std::set<std::string_view, std::less<>>;

struct Tables {
  std::map<std::string_view, int, std::less<>> months, weekdays;
  WordSet needs_context, cues, next, past, day_suffixes;
  bool day_after_month = false;
  std::vector<Phrase> phrases;  // longest first
  // Indexes into `phrases` by first word, in the same order: only phrases
  // that start with a sentence's word are tried there.
  std::map<std::string_view, std::vector<size_t>, std::less<>> by_first;
};

std::vector<std::string_view> Split(std::string_view line) {
  std::vector<std::string_view> fields;
  while (!line.empty()) {
    const size_t start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos) break;
    const size_t end = line.find_first_of(" \t", start);
    fields.push_back(line.substr(start, end - start));
    line = end == std::string_view::npos ? std::string_view() : line.substr(end);
  }
  return fields;
}

// A signed decimal integer; nullopt unless `s` is exactly one.
std::optional<int> ToInt(std::string_view s) {
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) s.remove_prefix(1);
  if (s.empty() || s.size() > 6) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return negative ? -v : v;
}

std::optional<Unit> UnitOf(std::string_view kind) {
  if (kind == "days") return Unit::kDays;
  if (kind == "weeks") return Unit::kWeeks;
  if (kind == "months") return Unit::kMonths;
  if (kind == "years") return Unit::kYears;
  return std::nullopt;
}

WordSet* SetOf(Tables& t, std::string_view kind) {
  if (kind == "needs_context") return &t.needs_context;
  if (kind == "cue") return &t.cues;
  if (kind == "next") return &t.next;
  if (kind == "past") return &t.past;
  if (kind == "day_suffix") return &t.day_suffixes;
  return nullptr;
}

// "KIND N WORD...": a month or weekday table, or a relative phrase. Lines
// that fit no kind are skipped (the tests cover the shipped files).
void AddNumbered(Tables& t, const std::vector<std::string_view>& f) {
  const std::optional<int> n = f.size() >= 3 ? ToInt(f[1]) : std::nullopt;
  if (!n) return;
  const std::vector<std::string_view> rest(f.begin() + 2, f.end());
  if (f[0] == "month" || f[0] == "weekday") {
    for (std::string_view w : rest) (f[0] == "month" ? t.months : t.weekdays)[w] = *n;
  } else if (const std::optional<Unit> unit = UnitOf(f[0])) {
    t.phrases.push_back({rest, *unit, *n});
  }
}

void AddLine(Tables& t, const std::vector<std::string_view>& f) {
  if (f[0] == "ignore") {
    t.phrases.push_back({{f.begin() + 1, f.end()}, Unit::kIgnore, 0});
  } else if (f[0] == "day_after_month") {
    t.day_after_month = true;
  } else if (WordSet* set = SetOf(t, f[0])) {
    set->insert(f.begin() + 1, f.end());
    if (f[0] == "next") t.cues.insert(f.begin() + 1, f.end());  // "volgende juli"
  } else {
    AddNumbered(t, f);
  }
}

Tables Load(std::string_view lang) {
  Tables t;
  for (std::string_view line : LangLines(std::string(lang) + "/dates.txt")) AddLine(t, Split(line));
  // Longest first, so "the day before yesterday" wins over "yesterday".
  std::stable_sort(t.phrases.begin(), t.phrases.end(),
                   [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
  for (size_t k = 0; k < t.phrases.size(); ++k)
    if (!t.phrases[k].words.empty()) t.by_first[t.phrases[k].words[0]].push_back(k);
  return t;
}

// Loaded once per language; languages without a file get empty tables.
const Tables& TablesFor(std::string_view lang) {
  static std::mutex mu;
  static std::map<std::string, Tables, std::less<>> cache;
  std::lock_guard lock(mu);
  auto it = cache.find(lang);
  if (it == cache.end()) it = cache.emplace(std::string(lang), Load(lang)).first;
  return it->second;
}

// ---- Calendar arithmetic (day precision dates only) ----

chr::sys_days Days(const Date& d) {
  return chr::year_month_day{chr::year{d.year}, chr::month(d.month), chr::day(d.day)};
}

Date FromDays(chr::sys_days days) {
  const chr::year_month_day ymd{days};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day())), P::kDay};
}

bool ValidDay(int year, int month, int day) {
  return chr::year_month_day{chr::year{year}, chr::month(month), chr::day(day)}.ok();
}

// The document month moved by n months, at month precision.
Date AddMonths(const Date& doc, int n) {
  const int index = doc.year * 12 + (doc.month - 1) + n;
  return {index / 12, index % 12 + 1, 0, P::kMonth};
}

// ---- The sentence ----

struct Context {
  std::span<const std::string_view> words;
  const Tables& t;
  const Date& doc;
  Tense tense = Tense::kUnknown;

  // Word i without a final '.' ("jan." = "jan"); "" past the end.
  std::string_view Word(size_t i) const {
    if (i >= words.size()) return {};
    std::string_view w = words[i];
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
    return w;
  }
  // The word before i, hyphens skipped ("mid-May" is "mid - may").
  std::string_view Before(size_t i) const {
    while (i > 0 && Word(i - 1) == "-") --i;
    return i == 0 ? std::string_view() : Word(i - 1);
  }
  int Month(size_t i) const {
    auto it = t.months.find(Word(i));
    return it == t.months.end() ? 0 : it->second;
  }
};

// 1-31, optionally with a day suffix ("12th", "12e"); 0 otherwise.
int DayNumber(const Context& c, std::string_view w) {
  const size_t digits = std::min(w.find_first_not_of("0123456789"), w.size());
  if (digits == 0 || digits > 2) return 0;
  if (digits < w.size() && !c.t.day_suffixes.contains(w.substr(digits))) return 0;
  const int day = *ToInt(w.substr(0, digits));
  return day >= 1 && day <= 31 ? day : 0;
}

// Four digits read as a year of news (1900-2099); 0 otherwise.
int YearNumber(std::string_view w) {
  const std::optional<int> y = w.size() == 4 ? ToInt(w) : std::nullopt;
  return y && *y >= 1900 && *y <= 2099 ? *y : 0;
}

// The relative phrase or ignore entry that starts at word i, if any.
const Phrase* PhraseAt(const Context& c, size_t i) {
  const auto it = c.t.by_first.find(c.Word(i));
  if (it == c.t.by_first.end()) return nullptr;
  for (size_t index : it->second) {
    const Phrase& p = c.t.phrases[index];
    size_t k = 1;
    while (k < p.words.size() && c.Word(i + k) == p.words[k]) ++k;
    if (k == p.words.size()) return &p;
  }
  return nullptr;
}

// doc_date when the document date is too coarse for the phrase.
Date Relative(const Phrase& p, const Date& doc) {
  const P need = p.unit == Unit::kYears ? P::kYear : p.unit == Unit::kMonths ? P::kMonth : P::kDay;
  if (doc.precision < need) return doc;
  switch (p.unit) {
    case Unit::kDays: return FromDays(Days(doc) + chr::days(p.n));
    case Unit::kWeeks: return AddMonths(FromDays(Days(doc) + chr::days(7 * p.n)), 0);
    case Unit::kMonths: return AddMonths(doc, p.n);
    case Unit::kYears: return {doc.year + p.n, 0, 0, P::kYear};
    case Unit::kIgnore: break;
  }
  return doc;
}

// A relative phrase at word i; a years phrase followed by a month names
// that month ("vorig jaar mei").
Date RelativeAt(const Context& c, const Phrase& p, size_t i) {
  const int month = p.unit == Unit::kYears ? c.Month(i + p.words.size()) : 0;
  if (month == 0 || !c.doc.known()) return Relative(p, c.doc);
  return {c.doc.year + p.n, month, 0, P::kMonth};
}

// A month name with what goes with it: "12 mei", "mei 2021", "12 mei 2021",
// "May 12", "May 12, 2021".
struct MonthParts {
  int day = 0, month = 0, year = 0;
  size_t start = 0;  // the first word
};

// The day and year around the month word at k (day already set when it came
// first).
void AddDayAndYear(const Context& c, size_t k, MonthParts* m) {
  size_t next = k + 1;
  if (m->day == 0 && c.t.day_after_month && (m->day = DayNumber(c, c.Word(next))) != 0) ++next;
  if (m->day != 0 && c.Word(next) == "," && YearNumber(c.Word(next + 1)) != 0) ++next;
  m->year = YearNumber(c.Word(next));
  const Phrase* p = m->year == 0 ? PhraseAt(c, next) : nullptr;  // "mei vorig jaar"
  if (p != nullptr && p->unit == Unit::kYears && c.doc.known()) m->year = c.doc.year + p->n;
}

std::optional<MonthParts> MonthPartsAt(const Context& c, size_t i) {
  MonthParts m{.start = i};
  size_t k = i;
  if (const int day = DayNumber(c, c.Word(i)); day != 0 && c.Month(i + 1) != 0) {
    m.day = day;
    k = i + 1;
  }
  if ((m.month = c.Month(k)) == 0) return std::nullopt;
  AddDayAndYear(c, k, &m);
  const bool bare = m.day == 0 && m.year == 0;
  if (bare && c.t.needs_context.contains(c.Word(k)) && !c.t.cues.contains(c.Before(i))) {
    return std::nullopt;  // "Russia may", "Jan Peters"
  }
  return m;
}

// The year of a month named without one: the most recent such month not
// after the document month, or with a `next` word, or in a present-tense
// clause without a `past` word ("sinds juli"), the first one from it on.
int YearOfMonth(const Context& c, const MonthParts& m) {
  if (c.t.next.contains(c.Before(m.start))) return m.month > c.doc.month ? c.doc.year : c.doc.year + 1;
  if (c.tense == Tense::kPresent && m.month > c.doc.month && !c.t.past.contains(c.Before(m.start))) return c.doc.year;
  return m.month <= c.doc.month ? c.doc.year : c.doc.year - 1;
}

Date ResolveMonth(const Context& c, const MonthParts& m) {
  if (m.year == 0 && c.doc.precision < P::kMonth) return c.doc;
  const int year = m.year != 0 ? m.year : YearOfMonth(c, m);
  // An impossible day ("31 april") still names the month.
  if (m.day == 0 || !ValidDay(year, m.month, m.day)) return {year, m.month, 0, P::kMonth};
  return {year, m.month, m.day, P::kDay};
}

// A weekday followed by a date ("maandag 4 maart", "Monday, March 4") is
// that date; alone it is the most recent such day on or before the document
// date (with a `next` word: the first one after it).
std::optional<Date> WeekdayAt(const Context& c, size_t i) {
  auto it = c.t.weekdays.find(c.Word(i));
  if (it == c.t.weekdays.end()) return std::nullopt;
  const size_t after = c.Word(i + 1) == "," ? i + 2 : i + 1;
  if (std::optional<MonthParts> m = MonthPartsAt(c, after); m && m->day != 0) return ResolveMonth(c, *m);
  if (c.doc.precision != P::kDay) return c.doc;
  const chr::sys_days doc = Days(c.doc);
  const int today = static_cast<int>(chr::weekday(doc).iso_encoding());
  if (c.t.next.contains(c.Before(i))) return FromDays(doc + chr::days((it->second - today + 6) % 7 + 1));
  return FromDays(doc - chr::days((today - it->second + 7) % 7));
}

std::optional<Date> IsoDate(std::string_view w) {
  if (w.size() != 10 || w[4] != '-' || w[7] != '-') return std::nullopt;
  Result<Date> d = Date::Parse(w);
  return d.ok() ? std::optional<Date>(*d) : std::nullopt;
}

// A bare year counts only after a cue: "in 2021", not "de G20 van 2019".
std::optional<Date> CuedYear(const Context& c, size_t i) {
  const int year = YearNumber(c.Word(i));
  if (year == 0 || !c.t.cues.contains(c.Before(i))) return std::nullopt;
  return Date{year, 0, 0, P::kYear};
}

// The date of an expression starting at word i (relative phrases aside).
std::optional<Date> ExpressionAt(const Context& c, size_t i) {
  if (std::optional<Date> d = IsoDate(c.Word(i))) return d;
  if (std::optional<MonthParts> m = MonthPartsAt(c, i)) return ResolveMonth(c, *m);
  if (std::optional<Date> d = WeekdayAt(c, i)) return d;
  return CuedYear(c, i);
}

}  // namespace

Date EventDate(std::span<const std::string_view> words, std::string_view lang, const Date& doc_date) {
  return FindEventDate(words, lang, doc_date).value_or(doc_date);
}

std::optional<Date> FindEventDate(std::span<const std::string_view> words, std::string_view lang,
                                  const Date& doc_date, Tense tense) {
  const Context c{words, TablesFor(lang), doc_date, tense};
  for (size_t i = 0; i < words.size(); ++i) {
    if (const Phrase* p = PhraseAt(c, i)) {
      if (p->unit != Unit::kIgnore) return RelativeAt(c, *p, i);
      i += p->words.size() - 1;
      continue;
    }
    if (std::optional<Date> d = ExpressionAt(c, i)) return *d;
  }
  return std::nullopt;
}

bool IsCalendarWord(std::string_view lower, std::string_view lang) {
  const Tables& t = TablesFor(lang);
  return t.months.count(lower) > 0 || t.weekdays.count(lower) > 0;
}

}  // namespace dyad::coder
