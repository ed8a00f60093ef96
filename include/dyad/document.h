// Documents as read from news inputs, with their dates and provenance.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// A calendar date that knows how much of it is known: "2022", "2022-08",
// "2022-08-15". Fields beyond the precision are zero.
struct Date {
  enum class Precision : uint8_t { kUnknown = 0, kYear, kMonth, kDay };
  int year = 0;
  int month = 0;
  int day = 0;
  Precision precision = Precision::kUnknown;

  bool known() const { return precision != Precision::kUnknown; }
  // Accepts YYYY, YYYY-MM, YYYY-MM-DD, YYYYMMDD and ISO 8601 timestamps
  // ("2019-03-07T10:15:00+01:00": the date part is kept, day precision).
  static Result<Date> Parse(std::string_view s);
  // "2022-08" style, or "" when unknown.
  std::string ToString() const;
  bool operator==(const Date&) const = default;
};

// One <EventCoding .../> of a PETRARCH validation record, attributes verbatim.
using EventCoding = std::map<std::string, std::string>;

struct Document {
  std::string id;       // file stem, JSONL "id", or PETRARCH Sentence id
  std::string source;   // path it came from ("-" for stdin)
  size_t record = 0;    // 1-based line (text, JSONL) or record number (XML)
  std::string title;
  std::string url;
  std::string lang;     // declared language, "" when not given
  Date date;
  std::string text;     // UTF-8, validated
  // Byte offset in the input file of: `text` (plain text), the <Text>
  // content (XML), the record's line (JSONL, whose text is unescaped).
  size_t text_offset = 0;
  // PETRARCH XML only: the record's attributes, <Parse> and <EventCoding>s.
  std::map<std::string, std::string> attributes;
  std::string parse;
  std::vector<EventCoding> codings;
};

}  // namespace dyad
