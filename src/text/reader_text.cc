// Plain-text documents: one document per file, dated by a leading header
//
//   date 2022-08 Noord-Korea en Rusland hebben ...
//
// i.e. after optional whitespace the word "date", spaces or tabs, and a date
// YYYY[-MM[-DD]] (anything Date::Parse accepts); the text follows on the same
// line or on a later one.
#include <fmt/format.h>

#include "text/reader_internal.h"
#include "util/utf8.h"

namespace dyad::reader_internal {
namespace {

size_t SkipSpace(std::string_view s, size_t pos) {
  while (pos < s.size() && IsSpace(s[pos])) ++pos;
  return pos;
}

// The date token of a header starting at `pos`, or "" when there is none. A
// header is "date", at least one space or tab, then a token that starts with
// a digit: prose such as "date palms ..." is not mistaken for one.
std::string_view DateToken(std::string_view data, size_t pos) {
  std::string_view s = data.substr(pos);
  if (!s.starts_with("date") || s.size() < 5 || (s[4] != ' ' && s[4] != '\t')) return {};
  size_t begin = 4;
  while (begin < s.size() && (s[begin] == ' ' || s[begin] == '\t')) ++begin;
  size_t end = begin;
  while (end < s.size() && !IsSpace(s[end])) ++end;
  if (end == begin || s[begin] < '0' || s[begin] > '9') return {};
  return s.substr(begin, end - begin);
}

// Reads the header whose date token is `token` into *doc; returns the offset
// where the text starts, or 0 after reporting an error on `line`.
size_t ApplyHeader(std::string_view data, std::string_view token, size_t line, Sink& sink,
                   Document* doc) {
  Result<Date> date = Date::Parse(token);
  if (!date.ok()) {
    sink.Error(line, "bad date header: " + date.status().message());
    return 0;
  }
  doc->date = *date;
  const size_t text_start =
      SkipSpace(data, static_cast<size_t>(token.data() + token.size() - data.data()));
  if (text_start == data.size()) sink.Error(line, "no text after the date header");
  return text_start == data.size() ? 0 : text_start;
}

// Builds the document of `data` (the file after its BOM, which starts at
// input offset `base`). False after reporting an error.
bool ParseText(std::string_view data, size_t base, Sink& sink, Document* doc) {
  const size_t start = SkipSpace(data, 0);
  if (start == data.size()) {
    sink.Error(0, "empty file (only whitespace)");
    return false;
  }
  size_t text_start = 0;  // no header: the whole file is the text
  const std::string_view token = DateToken(data, start);
  if (token.empty()) {
    sink.Warning(LineAt(data, start), "no \"date YYYY[-MM[-DD]]\" header; date unknown");
  } else if ((text_start = ApplyHeader(data, token, LineAt(data, start), sink, doc)) == 0) {
    return false;
  }
  doc->text = std::string(data.substr(text_start));
  doc->text_offset = base + text_start;
  doc->record = LineAt(data, text_start);
  return true;
}

}  // namespace

void ReadTextFormat(ByteSource& in, Sink& sink) {
  const size_t max = sink.max_record_bytes();
  // A regular file's size is known up front: no need to read an oversize one.
  if (in.known_size() > in.offset() && in.known_size() - in.offset() > max) {
    return ReportOversize(in.line(), "document", sink);
  }
  while (in.window().size() <= max && in.Fill(max + 1)) {
  }
  const std::string_view data = in.window();
  if (data.size() > max) return ReportOversize(in.line(), "document", sink);
  Document doc;
  doc.id = sink.stem();
  doc.source = sink.source();
  if (CheckRecordBytes(data, in.line(), sink) && ParseText(data, in.offset(), sink, &doc)) {
    sink.Emit(std::move(doc));
  }
  in.Consume(data.size());
}

}  // namespace dyad::reader_internal
