#include "util/file.h"

#include <fstream>
#include <iterator>

namespace dyad {

Result<std::string> ReadFileToString(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::string data(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) return Status::IoError(path + ": read failed");
  return data;
}

}  // namespace dyad
