#include "cli/table.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>

namespace dyad::cli {
namespace {

// The terminal's width on stdout, else $COLUMNS, else 0 (no limit).
size_t OutputWidth() {
  winsize ws{};
  if (isatty(STDOUT_FILENO) != 0 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  const char* columns = std::getenv("COLUMNS");
  return columns != nullptr ? static_cast<size_t>(std::max(0, std::atoi(columns))) : 0;
}

}  // namespace

std::string Truncate(const std::string& text, size_t width) {
  if (width == 0) return text;
  size_t points = 0, keep = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xc0) == 0x80) continue;  // continuation byte
    if (points == width - 1) keep = i;
    if (++points > width) return text.substr(0, keep) + "…";
  }
  return text;
}

void PrintTable(const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) return;
  std::vector<size_t> widths(rows[0].size() - 1, 0);
  for (const auto& row : rows)
    for (size_t c = 0; c < widths.size(); ++c) widths[c] = std::max(widths[c], row[c].size());
  size_t used = 0;
  for (size_t w : widths) used += w + 2;
  const size_t width = OutputWidth();
  const size_t last_width = width == 0 ? 0 : std::max<size_t>(width > used ? width - used : 0, 20);
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < widths.size(); ++c) line += fmt::format("{:<{}}  ", row[c], widths[c]);
    line += Truncate(row.back(), last_width);
    std::printf("%s\n", line.c_str());
  }
}

}  // namespace dyad::cli
