// Aligned text tables for terminal output (dyad query, dyad dyads).
#pragma once

#include <string>
#include <vector>

namespace dyad::cli {

// Prints `rows` (the first is the header) on stdout with every column but
// the last padded to its widest cell. The last column takes what is left of
// the output width (the terminal's, else $COLUMNS; at least 20) and is cut
// with "…"; without a terminal or $COLUMNS nothing is cut.
void PrintTable(const std::vector<std::vector<std::string>>& rows);

// `text` cut to at most `width` code points (UTF-8), ending in "…" when
// cut; `width` 0 keeps it whole.
std::string Truncate(const std::string& text, size_t width);

}  // namespace dyad::cli
