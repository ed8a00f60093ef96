#include "dyad/data.h"

#include <cstdlib>
#include <filesystem>

namespace dyad {

std::string DataRoot() {
  const char* env = std::getenv("DYAD_DATA");
  if (env != nullptr && *env != '\0') return env;
  return DYAD_DATA_DEFAULT;
}

Result<std::string> DataPath(std::string_view relative) {
  std::filesystem::path p = std::filesystem::path(DataRoot()) / relative;
  std::error_code ec;
  if (!std::filesystem::exists(p, ec)) {
    return Status::NotFound(p.string() +
                            " does not exist; set DYAD_DATA to the shared data "
                            "directory (default ../shared beside the source tree)");
  }
  return p.string();
}

}  // namespace dyad
