// JSON Lines: one JSON object per line,
//
//   {"id": 17, "title": "...", "text": "...", "published_at": "2019-03-07"}
//
// "id" (string or number) and "text" are required; "title", "lang", "url"
// and "date" (or "published_at") are optional. Lines are streamed: a line
// longer than max_record_bytes is skipped without being held whole.
#include <fmt/format.h>

#include <cstring>
#include <nlohmann/json.hpp>

#include "text/reader_internal.h"

namespace dyad::reader_internal {
namespace {

using nlohmann::json;

// Diagnostics quote nlohmann's message, whose "last read" part can hold a
// whole (long) string token.
constexpr size_t kMaxMessage = 240;

// nlohmann's message without its "[json.exception.parse_error.101] " tag
// and the "line 1, " that is always true of a single line.
std::string JsonMessage(std::string what) {
  if (what.starts_with("[json.exception.")) {
    const size_t close = what.find("] ");
    if (close != std::string::npos) what.erase(0, close + 2);
  }
  const size_t at = what.find("at line 1, column ");
  if (at != std::string::npos) what.replace(at, 18, "at byte column ");
  if (what.size() > kMaxMessage) what = what.substr(0, kMaxMessage) + "...";
  return what;
}

// No exception leaves here: nlohmann's parse errors become a Status.
Result<json> ParseJson(std::string_view line) {
  try {
    return json::parse(line.begin(), line.end());
  } catch (const std::exception& e) {
    return Status::Corrupt("malformed JSON: " + JsonMessage(e.what()));
  }
}

// The member `key` of `object`; nullptr when absent or null.
const json* Member(const json& object, const char* key) {
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

Status GetId(const json& object, std::string* id) {
  const json* v = Member(object, "id");
  if (v == nullptr) return Status::Invalid("missing \"id\"");
  if (v->is_number()) {
    *id = v->dump();
  } else if (v->is_string()) {
    *id = v->get_ref<const std::string&>();
  } else {
    return Status::Invalid("\"id\" must be a string or a number");
  }
  return id->empty() ? Status::Invalid("empty \"id\"") : Status::Ok();
}

// Copies the string member `key` into *out; absent is fine unless required.
Status GetString(const json& object, const char* key, bool required, std::string* out) {
  const json* v = Member(object, key);
  if (v == nullptr) {
    return required ? Status::Invalid(fmt::format("missing \"{}\"", key)) : Status::Ok();
  }
  if (!v->is_string()) return Status::Invalid(fmt::format("\"{}\" must be a string", key));
  *out = v->get_ref<const std::string&>();
  return Status::Ok();
}

// "date", else "published_at": an ISO 8601 string or a YYYYMMDD number.
// Leaves *date unknown when neither is present.
Status GetDate(const json& object, Date* date) {
  const char* key = Member(object, "date") != nullptr ? "date" : "published_at";
  const json* v = Member(object, key);
  if (v == nullptr) return Status::Ok();
  std::string s;
  if (v->is_number_unsigned()) {
    s = v->dump();
  } else if (v->is_string()) {
    s = v->get_ref<const std::string&>();
  } else {
    return Status::Invalid(fmt::format("\"{}\" must be a string", key));
  }
  Result<Date> parsed = Date::Parse(s);
  if (!parsed.ok())
    return Status::Invalid(fmt::format("\"{}\": {}", key, parsed.status().message()));
  *date = *parsed;
  return Status::Ok();
}

// Fills *doc from the parsed line; the first problem found is returned.
Status ToDocument(const json& object, Document* doc) {
  if (!object.is_object()) return Status::Invalid("expected a JSON object");
  for (Status s : {GetId(object, &doc->id), GetString(object, "text", true, &doc->text),
                   GetString(object, "title", false, &doc->title),
                   GetString(object, "lang", false, &doc->lang),
                   GetString(object, "url", false, &doc->url), GetDate(object, &doc->date)}) {
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// One line (without its '\n') that starts at input offset `offset`.
void ReadLine(std::string_view line, size_t line_no, size_t offset, Sink& sink) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (Trim(line).empty()) return;  // blank lines are allowed anywhere
  if (line.size() > sink.max_record_bytes()) return ReportOversize(line_no, "line", sink);
  if (!CheckRecordBytes(line, line_no, sink)) return;
  Result<json> object = ParseJson(line);
  if (!object.ok()) return sink.Error(line_no, object.status().message());
  Document doc;
  doc.source = sink.source();
  doc.record = line_no;
  doc.text_offset = offset;
  const Status s = ToDocument(*object, &doc);
  if (!s.ok()) return sink.Error(line_no, s.message());
  if (!doc.date.known()) sink.Warning(line_no, "no \"date\" or \"published_at\"; date unknown");
  sink.Emit(std::move(doc));
}

// Drops input up to and including the next '\n', a chunk at a time.
void SkipLine(ByteSource& in, size_t limit) {
  while (true) {
    const std::string_view w = in.window();
    const size_t nl = w.find('\n');
    if (nl != std::string_view::npos) return in.Consume(nl + 1);
    in.Consume(w.size());
    if (!in.Fill(limit)) return;
  }
}

}  // namespace

void ReadJsonlFormat(ByteSource& in, Sink& sink) {
  const size_t limit = sink.max_record_bytes() + 1;
  size_t scanned = 0;  // bytes of the window known to hold no '\n'
  while (true) {
    const std::string_view w = in.window();
    const void* nl =
        w.size() > scanned ? std::memchr(w.data() + scanned, '\n', w.size() - scanned) : nullptr;
    if (nl != nullptr) {
      const size_t len = static_cast<size_t>(static_cast<const char*>(nl) - w.data());
      ReadLine(w.substr(0, len), in.line(), in.offset(), sink);
      in.Consume(len + 1);
      scanned = 0;
    } else if (w.size() >= limit) {
      ReportOversize(in.line(), "line", sink);
      SkipLine(in, limit);
      scanned = 0;
    } else {
      scanned = w.size();
      if (in.Fill(limit)) continue;               // (w is stale now: Fill may move the window)
      const std::string_view last = in.window();  // the last line, without '\n'
      ReadLine(last, in.line(), in.offset(), sink);
      in.Consume(last.size());
      return;
    }
  }
}

}  // namespace dyad::reader_internal
