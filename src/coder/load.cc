#include "coder/load.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "util/file.h"
#include "util/lang_data.h"

namespace dyad::coder {
namespace {

namespace fs = std::filesystem;

bool IsDyadFormat(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
  return text.substr(i).starts_with("%dyad-dictionary");
}


Result<ReadReport> ReadAny(std::string_view file, std::string_view text, Dictionaries* dicts) {
  if (IsDyadFormat(text)) return ReadDyadDictionary(file, text, dicts);
  Result<DictKind> kind = DetectDictKind(file, text);
  if (!kind.ok()) return kind.status();
  switch (*kind) {
    case DictKind::kPetrarchVerbs: {
      const size_t first = dicts->verbs.size();
      ReadReport r = ReadPetrarchVerbs(file, text, dicts);
      for (size_t b = first; b < dicts->verbs.size(); ++b) dicts->verbs[b].linear_target = true;
      return r;
    }
    case DictKind::kPetrarch2Verbs: {
      const size_t first = dicts->verbs.size();
      ReadReport r = ReadPetrarch2Verbs(file, text, dicts);
      for (size_t b = first; b < dicts->verbs.size(); ++b) dicts->verbs[b].petrarch2 = true;
      return r;
    }
    case DictKind::kActors: return ReadActors(file, text, dicts);
    case DictKind::kAgents: return ReadAgents(file, text, dicts);
    case DictKind::kDiscards: return ReadDiscards(file, text, dicts);
    case DictKind::kPico: return ReadPico(file, text, dicts);
    case DictKind::kIssues: return ReadReport{};
    case DictKind::kDyad: return ReadDyadDictionary(file, text, dicts);
  }
  return ReadReport{};
}

void Report(const ReadReport& r, const std::string& file, const std::function<void(const Diagnostic&)>& on_warning) {
  if (!on_warning) return;
  for (const Diagnostic& d : r.diagnostics) on_warning(d);
  if (r.skipped > 0)
    on_warning({Diagnostic::Severity::kWarning, file, 0,
                fmt::format("{} entries loaded, {} malformed lines skipped", r.entries, r.skipped)});
}

Status LoadDirectory(const std::string& dir, Dictionaries* dicts,
                     const std::function<void(const Diagnostic&)>& on_warning) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().filename().string()[0] != '.') files.push_back(e.path().string());
  if (ec) return Status::IoError(fmt::format("{}: {}", dir, ec.message()));
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    Result<std::string> text = ReadFileToString(f);
    if (!text.ok()) return text.status();
    Result<ReadReport> r = ReadAny(f, *text, dicts);
    if (r.ok()) Report(*r, f, on_warning);  // files of no known kind (README, LICENSE) are not dictionaries
  }
  return Status::Ok();
}

}  // namespace

Status LoadDictionaryFile(const std::string& path, Dictionaries* dicts,
                          const std::function<void(const Diagnostic&)>& on_warning) {
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  Result<ReadReport> r = ReadAny(path, *text, dicts);
  if (!r.ok()) return r.status();
  Report(*r, path, on_warning);
  return Status::Ok();
}

Status LoadDictionaries(const CoderOptions& options, Dictionaries* dicts,
                        const std::function<void(const Diagnostic&)>& on_warning) {
  // lang/mul/ holds what every language shares (people's names with their
  // spellings, organisations); it comes with any built-in language.
  std::vector<std::string> dirs = options.builtin_languages;
  if (!dirs.empty()) dirs.push_back("mul");
  for (const std::string& lang : dirs)
    for (const LangFile& f : LangFiles())
      if (f.path.starts_with(lang + "/") && IsDyadFormat(f.data))
        Report(ReadDyadDictionary("lang/" + std::string(f.path), f.data, dicts), "lang/" + std::string(f.path),
               on_warning);
  for (const std::string& path : options.dictionaries) {
    std::error_code ec;
    const Status s = fs::is_directory(path, ec) ? LoadDirectory(path, dicts, on_warning)
                                                : LoadDictionaryFile(path, dicts, on_warning);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

std::string Summary(const Dictionaries& d) {
  size_t predicates = 0, patterns = 0;
  for (const VerbBlock& b : d.verbs) predicates += b.predicates.size(), patterns += b.patterns.size();
  return fmt::format("{} actors, {} agents, {} discards, {} predicates in {} blocks with {} patterns, {} synsets",
                     d.actors.size(), d.agents.size(), d.discards.size(), predicates, d.verbs.size(), patterns,
                     d.synsets.size());
}

}  // namespace dyad::coder
