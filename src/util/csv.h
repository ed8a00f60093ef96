// CSV fields as RFC 4180 writes them, for the CSV forms of events and dyad
// series: a field holding a comma, a double quote, CR or LF is enclosed in
// double quotes with its quotes doubled; other fields are written as they are.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace dyad {

inline void AppendCsvField(std::string_view field, std::string* out) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

// One record: the fields joined with commas, without a line end.
inline std::string CsvRecord(std::initializer_list<std::string_view> fields) {
  std::string out;
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out.push_back(',');
    first = false;
    AppendCsvField(f, &out);
  }
  return out;
}

}  // namespace dyad
