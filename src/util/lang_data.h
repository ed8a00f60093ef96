// Access to the language data files compiled in from lang/<iso>/.
#pragma once

#include <string_view>
#include <vector>

namespace dyad {

struct LangFile {
  std::string_view path;  // relative to lang/, e.g. "nl/abbreviations.txt"
  std::string_view data;
};

const std::vector<LangFile>& LangFiles();

// The content of lang/<path>, or empty if there is no such file.
std::string_view LangData(std::string_view path);

// Non-empty lines of a data file with '#' comments and surrounding blanks
// removed.
std::vector<std::string_view> LangLines(std::string_view path);

}  // namespace dyad
