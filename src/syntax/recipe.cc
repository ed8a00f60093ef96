// Recipe files (lang/<iso>/syntax.recipe) and the hash that keys the model
// cache. Format in docs/syntax.md: "key value" lines, '#' comments.
#include <xxhash.h>

#include <charconv>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dyad/data.h"
#include "dyad/syntax.h"
#include "syntax/model_io.h"
#include "syntax/pipeline_internal.h"

namespace dyad {
namespace {

bool ParseInt(std::string_view v, int* out) {
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
  return ec == std::errc() && p == v.data() + v.size() && *out >= 0;
}

// Applies one "key value" line; "" when fine, else the complaint.
std::string Apply(const std::string& key, const std::string& value, SyntaxRecipe* r) {
  int n = 0;
  if (key == "lang") r->lang = value;
  else if (key == "train") {
    // "PATH [convert=SCHEME] [repeat=N]"
    std::istringstream words(value);
    std::string path, option;
    words >> path;
    std::string convert;
    int repeat = 1;
    while (words >> option) {
      if (option.rfind("convert=", 0) == 0) {
        convert = option.substr(8);
      } else if (option.rfind("repeat=", 0) == 0 && ParseInt(option.substr(7), &repeat) && repeat >= 1) {
      } else {
        return "unknown or bad train option '" + option + "'";
      }
    }
    r->train.push_back(path);
    r->train_convert.push_back(convert);
    r->train_repeat.push_back(repeat);
  }
  else if (key == "dev") r->dev = value;
  else if (key == "dedupe") {
    if (value != "yes" && value != "no") return "dedupe must be yes or no";
    r->dedupe = value == "yes";
  } else if (key == "seed") {
    if (!ParseInt(value, &n)) return "seed must be a non-negative integer";
    r->seed = static_cast<uint64_t>(n);
  } else {
    int* target = key == "tagger-epochs"       ? &r->tagger_epochs
                  : key == "lemmatizer-epochs" ? &r->lemmatizer_epochs
                  : key == "parser-epochs"     ? &r->parser_epochs
                  : key == "jackknife"         ? &r->jackknife
                                               : nullptr;
    if (target == nullptr) return "unknown key '" + key + "'";
    if (!ParseInt(value, target)) return key + " must be a non-negative integer";
  }
  return "";
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r");
  size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

Result<SyntaxRecipe> ReadSyntaxRecipe(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open recipe");
  SyntaxRecipe recipe;
  std::stringstream ss;
  ss << in.rdbuf();
  recipe.source = ss.str();
  std::istringstream lines(recipe.source);
  std::string line;
  for (int no = 1; std::getline(lines, line); ++no) {
    line = Trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    size_t sp = line.find_first_of(" \t");
    std::string key = line.substr(0, sp);
    std::string value = sp == std::string::npos ? "" : Trim(line.substr(sp));
    std::string problem = value.empty() ? "missing value for '" + key + "'" : Apply(key, value, &recipe);
    if (!problem.empty()) return Status::Invalid(path + ":" + std::to_string(no) + ": " + problem);
  }
  if (recipe.lang.empty() || recipe.train.empty()) {
    return Status::Invalid(path + ": a recipe needs 'lang' and at least one 'train' line");
  }
  return recipe;
}

Result<std::string> SyntaxRecipeHash(const SyntaxRecipe& recipe) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  std::string head = "trainer " + std::to_string(syntax::kSyntaxTrainerVersion) + "\n" + recipe.source;
  XXH3_64bits_update(state, head.data(), head.size());
  std::vector<std::string> files = recipe.train;
  if (!recipe.dev.empty()) files.push_back(recipe.dev);
  Status status;
  for (const std::string& f : files) {
    auto path = DataPath(f);
    std::ifstream in(path.ok() ? *path : f, std::ios::binary);
    if (!in) {
      status = Status::NotFound("training data '" + f + "' not found under DYAD_DATA=" + DataRoot());
      break;
    }
    std::string buf(1 << 20, '\0');
    while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
      XXH3_64bits_update(state, buf.data(), static_cast<size_t>(in.gcount()));
    }
  }
  uint64_t h = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  if (!status.ok()) return status;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return std::string(hex);
}

bool SyntaxModelIsCurrent(const std::string& path, const SyntaxRecipe& recipe) {
  auto file = syntax::ReadModelFile(path);
  auto hash = SyntaxRecipeHash(recipe);
  if (!file.ok() || !hash.ok()) return false;
  auto meta = nlohmann::json::parse(file->metadata, nullptr, false);
  // A model that no longer loads (its components' layout changed during
  // development) is stale too; the file is read once for both checks.
  return meta.is_object() && meta.value("data_hash", "") == *hash &&
         meta.value("trainer_version", -1) == syntax::kSyntaxTrainerVersion &&
         syntax::ReadComponents(path, *file).ok();
}

}  // namespace dyad
