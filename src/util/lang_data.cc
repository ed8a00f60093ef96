#include "util/lang_data.h"

namespace dyad {

std::string_view LangData(std::string_view path) {
  for (const LangFile& f : LangFiles()) {
    if (f.path == path) return f.data;
  }
  return {};
}

std::vector<std::string_view> LangLines(std::string_view path) {
  std::vector<std::string_view> lines;
  std::string_view data = LangData(path);
  while (!data.empty()) {
    size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    if (!line.empty() && line.front() == '#') continue;
    if (size_t c = line.find(" #"); c != std::string_view::npos) line = line.substr(0, c);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace dyad
