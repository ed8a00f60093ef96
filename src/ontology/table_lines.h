// Reading the tab-separated tables of lang/ontology/ (internal).
#pragma once

#include <string_view>
#include <vector>

namespace dyad::ontology {

// The tab-separated fields of `line`; a field "-" stands for an empty value
// (the tables write "-" so that no column is ever blank).
inline std::vector<std::string_view> TabFields(std::string_view line) {
  std::vector<std::string_view> fields;
  while (true) {
    size_t tab = line.find('\t');
    std::string_view f = line.substr(0, tab);
    fields.push_back(f == "-" ? std::string_view() : f);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return fields;
}

inline bool IsUpperCode(std::string_view s) {
  if (s.size() != 3) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace dyad::ontology
