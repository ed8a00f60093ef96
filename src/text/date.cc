// Date::Parse and Date::ToString (declared in dyad/document.h).
#include <fmt/format.h>

#include "dyad/document.h"

namespace dyad {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// The time-of-day part after 'T' (or ' ') of an ISO 8601 timestamp. Only its
// shape is checked, "10:15", "10:15:00.5Z", "101500+0100": the reader keeps
// the calendar date and nothing else.
bool LooksLikeTime(std::string_view t) {
  if (t.size() < 2 || !AllDigits(t.substr(0, 2))) return false;
  for (char c : t) {
    if (!((c >= '0' && c <= '9') || c == ':' || c == '.' || c == ',' || c == '+' || c == '-' ||
          c == 'Z')) {
      return false;
    }
  }
  return true;
}

Status Malformed(std::string_view s) {
  return Status::Invalid(
      fmt::format("malformed date \"{}\" (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD)", s));
}

// Checks the ranges of the fields up to `precision` and builds the Date.
Result<Date> Build(std::string_view s, int y, int m, int d, Date::Precision precision) {
  if (y < 1) return Status::Invalid(fmt::format("invalid year {} in date \"{}\"", y, s));
  if (precision >= Date::Precision::kMonth && (m < 1 || m > 12)) {
    return Status::Invalid(fmt::format("invalid month {} in date \"{}\"", m, s));
  }
  if (precision == Date::Precision::kDay && (d < 1 || d > DaysInMonth(y, m))) {
    return Status::Invalid(fmt::format("invalid day {} in date \"{}\"", d, s));
  }
  return Date{y, m, d, precision};
}

// "YYYY-MM-DD" followed by nothing or by a time: 'T' or ' ' then LooksLikeTime.
Result<Date> ParseDashed(std::string_view s) {
  const std::string_view rest = s.substr(10);
  if (!rest.empty() && !((rest[0] == 'T' || rest[0] == ' ') && LooksLikeTime(rest.substr(1)))) {
    return Malformed(s);
  }
  if (s[4] != '-' || s[7] != '-' || !AllDigits(s.substr(0, 4)) || !AllDigits(s.substr(5, 2)) ||
      !AllDigits(s.substr(8, 2))) {
    return Malformed(s);
  }
  return Build(s, ToInt(s.substr(0, 4)), ToInt(s.substr(5, 2)), ToInt(s.substr(8, 2)),
               Date::Precision::kDay);
}

}  // namespace

Result<Date> Date::Parse(std::string_view s) {
  if (s.size() == 4 && AllDigits(s)) return Build(s, ToInt(s), 0, 0, Precision::kYear);
  if (s.size() == 8 && AllDigits(s)) {
    return Build(s, ToInt(s.substr(0, 4)), ToInt(s.substr(4, 2)), ToInt(s.substr(6, 2)),
                 Precision::kDay);
  }
  if (s.size() == 7 && s[4] == '-' && AllDigits(s.substr(0, 4)) && AllDigits(s.substr(5))) {
    return Build(s, ToInt(s.substr(0, 4)), ToInt(s.substr(5)), 0, Precision::kMonth);
  }
  if (s.size() >= 10) return ParseDashed(s);
  return Malformed(s);
}

std::string Date::ToString() const {
  switch (precision) {
    case Precision::kUnknown: return "";
    case Precision::kYear: return fmt::format("{:04d}", year);
    case Precision::kMonth: return fmt::format("{:04d}-{:02d}", year, month);
    case Precision::kDay: return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
  }
  return "";
}

}  // namespace dyad
