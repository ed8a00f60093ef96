// DescribeCoder: what a run's dictionaries and models are, as a fingerprint
// (stored with each document, so `dyad ingest --recode` knows what to code
// again) and as readable text (stored in `runs`).
//
// Models are identified by the XXH64 checksum their file ends with (it
// covers the metadata and every weight), read without loading the model.
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <fstream>
#include <nlohmann/json.hpp>

#include "dyad/ingest.h"
#include "dyad/syntax.h"
#include "util/file.h"
#include "util/lang_data.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class Hasher {
 public:
  Hasher() : state_(XXH3_createState()) { XXH3_64bits_reset(state_); }
  ~Hasher() { XXH3_freeState(state_); }
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;
  // Each part is followed by a NUL so that ("ab","c") and ("a","bc") differ.
  void Add(std::string_view part) {
    XXH3_64bits_update(state_, part.data(), part.size());
    XXH3_64bits_update(state_, "", 1);
  }
  std::string Hex() const { return fmt::format("{:016x}", XXH3_64bits_digest(state_)); }

 private:
  XXH3_state_t* state_;
};

// Regular files under `path` (itself when it is a file), sorted, skipping
// hidden entries like the document reader does.
std::vector<std::string> FilesUnder(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->path().filename().string().starts_with(".")) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The model file's metadata (JSON) and final checksum, read from its header
// and its last 8 bytes (layout: src/syntax/model_io.h).
struct ModelStamp {
  std::string metadata;
  uint64_t checksum = 0;
};

Result<ModelStamp> ReadModelStamp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[16];
  if (!in.read(head, sizeof head) || std::memcmp(head, "DYADMODL", 8) != 0)
    return Status::Corrupt(path + ": not a dyad model file");
  uint32_t length = 0;
  std::memcpy(&length, head + 12, 4);
  ModelStamp stamp;
  stamp.metadata.resize(std::min<uint32_t>(length, 1u << 20));
  in.read(stamp.metadata.data(), static_cast<std::streamsize>(stamp.metadata.size()));
  in.seekg(-8, std::ios::end);
  if (!in.read(reinterpret_cast<char*>(&stamp.checksum), 8)) return Status::Corrupt(path + ": truncated model file");
  return stamp;
}

// "nl.dyadmodel (nl, data 25a8…, trainer 4, checksum …)".
std::string DescribeModel(const std::string& path, const ModelStamp& stamp) {
  const auto meta = nlohmann::json::parse(stamp.metadata, nullptr, false);
  auto field = [&](const char* key) {
    if (!meta.is_object() || !meta.contains(key)) return std::string("?");
    return meta[key].is_string() ? meta[key].get<std::string>() : meta[key].dump();
  };
  return fmt::format("{} (lang {}, data_hash {}, trainer_version {}, checksum {:016x})", path, field("lang"),
                     field("data_hash"), field("trainer_version"), stamp.checksum);
}

std::vector<std::string> ModelFiles(const IngestOptions& options) {
  if (!options.model.empty()) return {options.model};
  std::vector<std::string> files;
  for (const std::string& f : FilesUnder(ModelDirectory()))
    if (f.ends_with(".dyadmodel")) files.push_back(f);
  return files;
}

Status AddDictionaries(const IngestOptions& options, Hasher& hash, RunInfo& run) {
  std::vector<std::string> parts;
  if (options.builtin) {
    for (const LangFile& f : LangFiles()) hash.Add(f.path), hash.Add(f.data);
    parts.push_back("builtin (lang/<document language>, lang/mul)");
  }
  for (const std::string& dict : options.coder.dictionaries) {
    size_t bytes = 0, files = 0;
    for (const std::string& file : FilesUnder(dict)) {
      auto text = ReadFileToString(file);
      if (!text.ok()) return Status(text.status());
      hash.Add(file), hash.Add(*text);
      bytes += text->size(), ++files;
    }
    parts.push_back(fmt::format("{} ({} files, {} bytes)", dict, files, bytes));
  }
  run.dictionaries = fmt::format("{}", fmt::join(parts, "; "));
  return Status::Ok();
}

Status AddModels(const IngestOptions& options, Hasher& hash, RunInfo& run) {
  std::vector<std::string> parts;
  for (const std::string& file : ModelFiles(options)) {
    auto stamp = ReadModelStamp(file);
    if (!stamp.ok()) return stamp.status();
    hash.Add(fmt::format("{:016x}", stamp->checksum));
    parts.push_back(DescribeModel(file, *stamp));
  }
  run.models = parts.empty() ? "none found in " + ModelDirectory() : fmt::format("{}", fmt::join(parts, "; "));
  return Status::Ok();
}

}  // namespace

Result<RunInfo> DescribeCoder(const IngestOptions& options) {
  RunInfo run;
  Hasher hash;
  if (Status s = AddDictionaries(options, hash, run); !s.ok()) return s;
  if (Status s = AddModels(options, hash, run); !s.ok()) return s;
  hash.Add(fmt::format("require_dyad={} keep_negated={}", options.coder.require_dyad, options.coder.keep_negated));
  // Only a non-default choice enters the hash, so that runs from before the
  // option keep their fingerprints.
  if (options.coder.conventions != CoderOptions::Conventions::kByDictionary)
    hash.Add(fmt::format("conventions={}", static_cast<int>(options.coder.conventions)));
  run.coder = hash.Hex();
  return run;
}

}  // namespace dyad
