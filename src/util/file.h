// Whole-file reading for the places that need a file's bytes at once
// (dictionaries, validation files).
#pragma once

#include <string>

#include "dyad/status.h"

namespace dyad {

// The bytes of `path`: NotFound naming the path when it cannot be opened,
// IoError when reading fails.
Result<std::string> ReadFileToString(const std::string& path);

}  // namespace dyad
