// Locating the external data set (UD treebanks, dictionaries, corpora).
#pragma once

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// The data root: $DYAD_DATA if set, else the build-time default (../shared
// beside the source tree).
std::string DataRoot();

// DataRoot()/relative if it exists; otherwise a NotFound status that names
// DYAD_DATA and the path that was tried.
Result<std::string> DataPath(std::string_view relative);

}  // namespace dyad
