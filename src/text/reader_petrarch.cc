// PETRARCH validation/input XML, read by a tolerant record scanner.
//
// The files in the wild are not well-formed XML: '#' comment lines and text
// outside elements, "<Sentence .../>" self-closed with its <EventCoding>,
// <Text> and <Parse> as following siblings, attributes written `date = "x"`.
// So instead of an XML parser this scans for records:
//
//   a record starts at "<Sentence" and ends after "</Sentence>", or before
//   the next "<Sentence" or "</Sentences>" (or at the end of the input);
//
// and inside one picks up the <Sentence> attributes, every <EventCoding>'s
// attributes, the first <Text> and the first <Parse>. <!-- comments --> are
// skipped everywhere, so commented-out elements are ignored.
#include <algorithm>
#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "text/reader_internal.h"
#include "util/utf8.h"

namespace dyad::reader_internal {
namespace {

constexpr size_t kNpos = std::string_view::npos;

// The markup the scanner looks for; a '<' this close to the end of a
// partial window may start one of these, and then waits for more input.
constexpr std::string_view kMarks[] = {"<!--", "<Sentence ", "</Sentence>", "</Sentences>"};
constexpr size_t kLookahead = 12;  // the longest mark

// True when `rest` (a window's tail from a '<') is too short to tell
// whether it starts one of kMarks.
bool IsPartialMark(std::string_view rest) {
  for (std::string_view mark : kMarks) {
    if (rest.size() < mark.size() && mark.starts_with(rest)) {
      return true;
    }
  }
  return false;
}

bool IsNameEnd(char c) { return IsSpace(c) || c == '>' || c == '/'; }

// True when s[pos] starts the tag `name` ("<Text", "</Sentence", ...) as a
// whole name: "<Sentence" does not match "<Sentences>".
bool TagAt(std::string_view s, size_t pos, std::string_view name) {
  return s.substr(pos).starts_with(name) && pos + name.size() < s.size() &&
         IsNameEnd(s[pos + name.size()]);
}

bool IsRecordStart(std::string_view s, size_t pos) { return TagAt(s, pos, "<Sentence"); }

// Offset just past the "-->" that ends the comment opened at `pos`, or kNpos.
size_t CommentEnd(std::string_view s, size_t pos) {
  const size_t close = s.find("-->", pos + 4);
  return close == kNpos ? kNpos : close + 3;
}

// ---- Finding records in the stream -------------------------------------

// Scans `w` for the next record start outside comments. Returns its offset,
// or kNpos with *consumable set to how much of `w` may be dropped before
// looking again with more input. *in_comment carries over between calls.
size_t FindRecordStart(std::string_view w, bool eof, bool* in_comment, size_t* consumable) {
  size_t pos = 0;
  while (true) {
    if (*in_comment) {
      const size_t close = w.find("-->", pos);
      if (close == kNpos) {
        *consumable = w.size() < 2 ? 0 : w.size() - 2;  // "--" may end the window
        return kNpos;
      }
      *in_comment = false;
      pos = close + 3;
    }
    const size_t lt = w.find('<', pos);
    if (lt == kNpos || (!eof && IsPartialMark(w.substr(lt)))) {
      *consumable = lt == kNpos ? w.size() : lt;
      return kNpos;
    }
    if (IsRecordStart(w, lt)) return lt;
    *in_comment = w.substr(lt).starts_with("<!--");
    pos = lt + (*in_comment ? 4 : 1);
  }
}

// End of the record that starts at w[0], or kNpos when `w` (not the whole
// input) ends before the record does.
size_t FindRecordEnd(std::string_view w, bool eof) {
  size_t pos = 1;
  while (true) {
    const size_t lt = w.find('<', pos);
    if (lt == kNpos) return eof ? w.size() : kNpos;
    if (!eof && IsPartialMark(w.substr(lt))) return kNpos;
    if (w.substr(lt).starts_with("<!--")) {
      pos = CommentEnd(w, lt);
      if (pos == kNpos) return eof ? w.size() : kNpos;  // RecordParser reports it
      continue;
    }
    if (w.substr(lt).starts_with("</Sentence>")) return lt + 11;
    if (IsRecordStart(w, lt) || w.substr(lt).starts_with("</Sentences>")) return lt;
    pos = lt + 1;
  }
}

// ---- Parsing one record ----------------------------------------------

size_t SkipSpaces(std::string_view s, size_t pos) {
  while (pos < s.size() && IsSpace(s[pos])) ++pos;
  return pos;
}

// A record's date: YYYYMMDD, the ISO forms Date::Parse knows, or PETRARCH's
// YYMMDD with its two-digit-year rule (00-30 -> 20xx, else 19xx).
Result<Date> ParseRecordDate(const std::string& s) {
  const bool yymmdd = s.size() == 6 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!yymmdd) return Date::Parse(s);
  const int yy = std::stoi(s.substr(0, 2));
  return Date::Parse(std::to_string(yy <= 30 ? 2000 + yy : 1900 + yy) + s.substr(2));
}

// Parses the attributes of the tag whose name ends at `pos`, up to and
// including its '>' ("/>" too). Returns the offset after '>'; tolerates
// spaces around '=' and either quote. Values are entity-decoded.
Result<size_t> ParseAttributes(std::string_view s, size_t pos,
                               std::map<std::string, std::string>* out) {
  while (true) {
    pos = SkipSpaces(s, pos);
    if (pos >= s.size()) return Status::Corrupt("unterminated tag");
    if (s[pos] == '>') return pos + 1;
    if (s.substr(pos).starts_with("/>")) return pos + 2;
    const size_t name_end = s.find_first_of(" \t\r\n\f\v=>/", pos);
    const size_t eq = SkipSpaces(s, name_end == kNpos ? s.size() : name_end);
    if (name_end == pos || eq >= s.size() || s[eq] != '=') {
      return Status::Corrupt("malformed attribute");
    }
    const size_t quote = SkipSpaces(s, eq + 1);
    if (quote >= s.size() || (s[quote] != '"' && s[quote] != '\'')) {
      return Status::Corrupt("attribute value without quotes");
    }
    const size_t close = s.find(s[quote], quote + 1);
    if (close == kNpos) return Status::Corrupt("unterminated attribute value");
    (*out)[std::string(s.substr(pos, name_end - pos))] =
        DecodeXmlEntities(s.substr(quote + 1, close - quote - 1));
    pos = close + 1;
  }
}

// Collapses each run of whitespace to one space and trims the ends.
std::string NormalizeSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : Trim(s)) {
    if (!IsSpace(c)) {
      out.push_back(c);
    } else if (out.back() != ' ') {
      out.push_back(' ');  // out is never empty here: s starts with non-space
    }
  }
  return out;
}

// State while walking the elements of one record.
struct RecordParser {
  std::string_view rec;
  Document* doc;
  bool has_text = false, has_parse = false;
  std::vector<std::string> warnings;

  // The element content between the start tag ending at `content` and
  // "</name>"; sets *next past the end tag.
  Result<std::string_view> Content(size_t content, std::string_view name, size_t* next) {
    const std::string end_tag = fmt::format("</{}>", name);
    const size_t close = rec.find(end_tag, content);
    if (close == kNpos) return Status::Corrupt(fmt::format("unterminated <{}>", name));
    *next = close + end_tag.size();
    return rec.substr(content, close - content);
  }

  Status TextElement(size_t content, size_t* next) {
    Result<std::string_view> text = Content(content, "Text", next);
    if (!text.ok()) return text.status();
    if (has_text) {
      warnings.push_back("second <Text> ignored");
      return Status::Ok();
    }
    has_text = true;
    doc->text = NormalizeSpace(DecodeXmlEntities(*text));
    doc->text_offset = content;  // made absolute by the caller
    return Status::Ok();
  }

  Status ParseElement(size_t content, size_t* next) {
    Result<std::string_view> parse = Content(content, "Parse", next);
    if (!parse.ok()) return parse.status();
    if (has_parse) {
      warnings.push_back("second <Parse> ignored");
      return Status::Ok();
    }
    has_parse = true;
    doc->parse = DecodeXmlEntities(Trim(*parse));
    return Status::Ok();
  }

  // Handles the markup at rec[lt] == '<'; sets *next to where to go on.
  Status Element(size_t lt, size_t* next) {
    if (rec.substr(lt).starts_with("<!--")) {
      *next = CommentEnd(rec, lt);
      return *next == kNpos ? Status::Corrupt("unterminated <!-- comment") : Status::Ok();
    }
    const bool text = TagAt(rec, lt, "<Text"), parse = TagAt(rec, lt, "<Parse");
    if (TagAt(rec, lt, "<EventCoding") || text || parse) {
      std::map<std::string, std::string> attributes;
      const size_t name_end = rec.find_first_of(" \t\r\n>/", lt);
      Result<size_t> after = ParseAttributes(rec, name_end, &attributes);
      if (!after.ok()) return after.status();
      if (text) return TextElement(*after, next);
      if (parse) return ParseElement(*after, next);
      doc->codings.push_back(std::move(attributes));
      *next = *after;
      return Status::Ok();
    }
    const size_t gt = rec.find('>', lt);  // any other tag is skipped
    *next = gt == kNpos ? rec.size() : gt + 1;
    return Status::Ok();
  }

  // The <Sentence> start tag at rec[0]: its attributes, id and date.
  Result<size_t> SentenceTag() {
    Result<size_t> after = ParseAttributes(rec, std::strlen("<Sentence"), &doc->attributes);
    if (!after.ok()) return Status::Corrupt("<Sentence> tag: " + after.status().message());
    const auto id = doc->attributes.find("id");
    if (id == doc->attributes.end() || id->second.empty()) {
      return Status::Corrupt("<Sentence> without an id attribute");
    }
    doc->id = id->second;
    const auto date = doc->attributes.find("date");
    if (date == doc->attributes.end()) {
      warnings.push_back("<Sentence> without a date attribute; date unknown");
      return after;
    }
    Result<Date> parsed = ParseRecordDate(date->second);
    if (!parsed.ok()) {  // the record is still read, as one without a date
      warnings.push_back("bad date attribute: " + parsed.status().message() + "; date unknown");
      return after;
    }
    doc->date = *parsed;
    return after;
  }

  Status Run() {
    Result<size_t> pos = SentenceTag();
    if (!pos.ok()) return pos.status();
    for (size_t p = *pos, lt; (lt = rec.find('<', p)) != kNpos;) {
      Status s = Element(lt, &p);
      if (!s.ok()) return s;
    }
    return has_text ? Status::Ok() : Status::Corrupt("record has no <Text>");
  }
};

// Parses and emits the record `rec`, the `number`th of the input, which
// starts at input offset `offset` on line `line`.
void ReadRecord(std::string_view rec, size_t line, size_t number, size_t offset, Sink& sink) {
  if (!CheckRecordBytes(rec, line, sink)) return;
  Document doc;
  doc.source = sink.source();
  doc.record = number;
  RecordParser parser{rec, &doc, false, false, {}};
  const Status s = parser.Run();
  const std::string who = doc.id.empty() ? "record" : fmt::format("record \"{}\"", doc.id);
  if (!s.ok()) return sink.Error(line, fmt::format("{}: {}", who, s.message()));
  for (const std::string& w : parser.warnings) sink.Warning(line, fmt::format("{}: {}", who, w));
  doc.text_offset += offset;
  sink.Emit(std::move(doc));
}

// Moves `in` to the next record start; false at the end of the input. What
// lies between records is dropped as it is scanned, so it is never held.
bool SeekRecord(ByteSource& in, size_t limit) {
  bool in_comment = false;
  while (true) {
    size_t consumable = 0;
    const size_t start = FindRecordStart(in.window(), in.eof(), &in_comment, &consumable);
    if (start != kNpos) {
      in.Consume(start);
      return true;
    }
    in.Consume(consumable);
    if (in.eof()) return false;  // that scan saw the whole rest of the input
    in.Fill(limit);
  }
}

// Extends the window until it holds the record at its start; the record's
// length, or kNpos when its end is not within `limit` bytes.
size_t BufferRecord(ByteSource& in, size_t limit) {
  while (true) {
    const size_t end = FindRecordEnd(in.window(), in.eof());
    if (end != kNpos) return end;
    if (in.window().size() >= limit) return kNpos;
    in.Fill(limit);
  }
}

}  // namespace

void ReadPetrarchFormat(ByteSource& in, Sink& sink) {
  // Room for the longest record plus the mark after it that ends it, so a
  // record is accepted or refused alike whether read whole or streamed.
  const size_t limit = sink.max_record_bytes() + 1 + kLookahead;
  size_t records = 0;
  while (SeekRecord(in, limit)) {
    ++records;
    const size_t line = in.line();
    const size_t end = BufferRecord(in, limit);
    if (end == kNpos || end > sink.max_record_bytes()) {
      ReportOversize(line, "record", sink);
      in.Consume(1);  // SeekRecord skips the rest of it
      continue;
    }
    ReadRecord(in.window().substr(0, end), line, records, in.offset(), sink);
    in.Consume(end);
  }
  if (records == 0) sink.Warning(0, "no <Sentence> records found");
}

// ---- Entities ------------------------------------------------------------

namespace {

// Decodes the entity at s[0] == '&' into *out; returns its length, or 0 when
// it is not a known or valid entity.
size_t DecodeEntity(std::string_view s, std::string* out) {
  const size_t semi = s.find(';');
  if (semi == kNpos || semi > 10) return 0;
  const std::string_view name = s.substr(1, semi - 1);
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  for (const auto& [entity, c] : kNamed) {
    if (name == entity) {
      out->push_back(c);
      return semi + 1;
    }
  }
  if (name.size() < 2 || name[0] != '#') return 0;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  const std::string_view digits = name.substr(hex ? 2 : 1);
  char32_t cp = 0;
  for (char c : digits) {
    const int v = (c >= '0' && c <= '9')                          ? c - '0'
                  : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                  : -1;
    if (v < 0 || cp > 0x10FFFF) return 0;
    cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
  }
  if (digits.empty() || cp == 0 || !AppendUtf8(cp, out)) return 0;
  return semi + 1;
}

}  // namespace

std::string DecodeXmlEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  for (size_t amp; (amp = s.find('&', pos)) != kNpos;) {
    out.append(s.substr(pos, amp - pos));
    const size_t len = DecodeEntity(s.substr(amp), &out);
    if (len == 0) out.push_back('&');
    pos = amp + std::max<size_t>(len, 1);
  }
  out.append(s.substr(pos));
  return out;
}

}  // namespace dyad::reader_internal
