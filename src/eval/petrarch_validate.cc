// PETRARCH validation files through dyad's coder (include/dyad/validate.h).
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

#include "coder/dictionary.h"
#include "dyad/coder.h"
#include "dyad/data.h"
#include "dyad/pipeline.h"
#include "dyad/validate.h"
#include "util/file.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The trimmed pieces of `list` between `sep`s; empty ones only with
// `keep_empty`.
std::vector<std::string> SplitTrimmed(std::string_view list, char sep, bool keep_empty = false) {
  std::vector<std::string> out;
  for (size_t start = 0; start <= list.size();) {
    size_t end = list.find(sep, start);
    if (end == std::string_view::npos) end = list.size();
    std::string_view piece = Trim(list.substr(start, end - start));
    if (keep_empty || !piece.empty()) out.emplace_back(piece);
    start = end + 1;
  }
  return out;
}

// The comma-separated file names of <tag> inside <Environment>.
std::vector<std::string> EnvironmentFiles(std::string_view env, std::string_view tag) {
  const std::string open = fmt::format("<{}>", tag), close = fmt::format("</{}>", tag);
  const size_t a = env.find(open), b = env.find(close);
  if (a == std::string_view::npos || b == std::string_view::npos || b < a) return {};
  return SplitTrimmed(env.substr(a + open.size(), b - a - open.size()), ',');
}

// The dictionaries the file's <Environment> names of the given kinds
// (Verbfile, Actorfile, …), found in the option's directories.
Result<std::vector<std::string>> Dictionaries(const std::string& path, std::string_view text,
                                              const ValidateOptions& options,
                                              std::initializer_list<std::string_view> tags) {
  const size_t a = text.find("<Environment>"), b = text.find("</Environment>");
  if (a == std::string_view::npos || b == std::string_view::npos)
    return Status::Corrupt(fmt::format("{}: no <Environment> naming the dictionaries", path));
  const std::string_view env = text.substr(a, b - a);
  std::vector<std::string> dirs = options.dict_dirs;
  if (dirs.empty()) dirs = {fs::path(path).parent_path().string(), DataRoot() + "/petrarch/dictionaries"};
  std::vector<std::string> out;
  for (std::string_view tag : tags)
    for (std::string name : EnvironmentFiles(env, tag)) {
      if (tag == "Verbfile" && !options.verb_file.empty()) name = options.verb_file;
      auto dir = std::find_if(dirs.begin(), dirs.end(), [&](const std::string& d) { return fs::exists(d + "/" + name); });
      if (dir == dirs.end())
        return Status::NotFound(fmt::format("{}: dictionary {} not found in {}", path, name, fmt::join(dirs, ", ")));
      out.push_back(*dir + "/" + name);
    }
  return out;
}

// A file coded by PETRARCH-2 (its verb dictionary is a PETRARCH-2 one, such
// as CAMEO.2.0.txt) is coded with PETRARCH's conventions whatever
// dictionaries dyad uses, so that swapping in other dictionaries changes
// only the vocabulary; otherwise the conventions follow the dictionaries.
CoderOptions::Conventions ConventionsOf(const std::string& path, std::string_view text,
                                        const ValidateOptions& options) {
  Result<std::vector<std::string>> verbs = Dictionaries(path, text, options, {"Verbfile"});
  if (!verbs.ok()) return CoderOptions::Conventions::kByDictionary;
  for (const std::string& file : *verbs) {
    Result<std::string> content = ReadFileToString(file);
    if (!content.ok()) continue;
    if (auto kind = coder::DetectDictKind(file, *content); kind.ok() && *kind == coder::DictKind::kPetrarch2Verbs)
      return CoderOptions::Conventions::kPetrarch;
  }
  return CoderOptions::Conventions::kByDictionary;
}

// Byte offsets where <Config option="require_dyad" value="…"> switches the
// option, in file order (mentions in comments do not count).
std::vector<std::pair<size_t, bool>> RequireDyadSwitches(std::string_view text) {
  std::vector<std::pair<size_t, bool>> out;
  for (size_t pos = text.find("<Config"); pos != std::string_view::npos; pos = text.find("<Config", pos + 1)) {
    const std::string_view tag = text.substr(pos, text.find('>', pos) - pos);
    if (tag.find("\"require_dyad\"") == std::string_view::npos) continue;
    const size_t v = tag.find("value=\"");
    if (v == std::string_view::npos || v + 7 >= tag.size()) continue;
    out.emplace_back(pos, std::tolower(static_cast<unsigned char>(tag[v + 7])) != 'f');
  }
  return out;
}

std::vector<EventKey> Expected(const Document& doc) {
  std::vector<EventKey> out;
  for (const EventCoding& c : doc.codings) {
    if (c.count("noevents") > 0 || c.count("error") > 0) continue;
    auto get = [&](const char* k) { auto it = c.find(k); return it == c.end() ? std::string() : it->second; };
    out.emplace_back(get("sourcecode"), get("targetcode"), get("eventcode"));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

EventKey Root(const EventKey& k) { return {std::get<0>(k), std::get<1>(k), std::get<2>(k).substr(0, 2)}; }
EventKey Countries(const EventKey& k) {
  return {std::get<0>(k).substr(0, 3), std::get<1>(k).substr(0, 3), std::get<2>(k).substr(0, 2)};
}

std::vector<EventKey> Keys(const std::vector<EventKey>& in, EventKey (*key)(const EventKey&)) {
  std::vector<EventKey> out;
  for (const EventKey& k : in) out.push_back(key(k));
  return out;
}

// "SRC TGT CODE; SRC TGT CODE" or "-".
Status ParseEvents(std::string_view list, std::vector<EventKey>* out) {
  if (Trim(list) == "-") return Status::Ok();
  for (const std::string& ev : SplitTrimmed(list, ';', /*keep_empty=*/true)) {
    const std::vector<std::string> parts = SplitTrimmed(ev, ' ');
    if (parts.size() != 3) return Status::Corrupt(fmt::format("event \"{}\" is not SOURCE TARGET CODE", ev));
    out->emplace_back(parts[0], parts[1], parts[2]);
  }
  std::sort(out->begin(), out->end());
  return Status::Ok();
}

void Count(const std::vector<EventKey>& found, const std::vector<EventKey>& expected, size_t* tp, size_t* fp,
           size_t* fn) {
  std::set<EventKey> f(found.begin(), found.end()), e(expected.begin(), expected.end());
  for (const EventKey& k : f) (e.count(k) > 0 ? *tp : *fp) += 1;
  for (const EventKey& k : e) *fn += f.count(k) == 0 ? 1 : 0;
}

class Validator {
 public:
  Validator(std::vector<std::string> dicts, CoderOptions::Conventions conventions, const ValidateOptions& options,
            const std::function<void(const Diagnostic&)>& on_warning)
      : dicts_(std::move(dicts)),
        conventions_(conventions),
        options_(options),
        on_warning_(on_warning),
        analyzer_(options.model) {}

  Result<const Coder*> For(bool require_dyad) {
    std::unique_ptr<Coder>& c = coders_[require_dyad ? 1 : 0];
    if (c) return c.get();
    CoderOptions o;
    if (options_.builtin_language.empty()) o.dictionaries = dicts_;
    else o.builtin_languages = {options_.builtin_language};
    o.require_dyad = require_dyad;
    o.conventions = conventions_;
    o.trace = options_.trace;
    auto coder = Coder::Create(o, on_warning_);
    if (!coder.ok()) return coder.status();
    c = std::move(*coder);
    return c.get();
  }

  RecordResult Run(const Document& doc, const Coder& coder) {
    RecordResult r;
    r.id = doc.id;
    r.expected = Expected(doc);
    if (auto it = options_.adjudication.find(doc.id); it != options_.adjudication.end()) {
      r.expected = it->second;
      r.adjudicated = true;
    }
    Result<std::vector<conllu::Sentence>> sentences = Sentences(doc);
    if (!sentences.ok()) {
      r.error = sentences.status().message();
      return r;
    }
    if (options_.trace) options_.trace("record " + doc.id + ": " + doc.text);
    for (const Event& e : coder.Code({&doc, "en", *sentences})) r.found.emplace_back(e.source, e.target, e.code);
    std::sort(r.found.begin(), r.found.end());
    r.found.erase(std::unique(r.found.begin(), r.found.end()), r.found.end());
    r.pass = r.found == r.expected;
    return r;
  }

 private:
  Result<std::vector<conllu::Sentence>> Sentences(const Document& doc) {
    if (!options_.use_given_parse) return analyzer_.Analyze(doc.id, doc.text, "en");
    auto parsed = conllu::ReadString(doc.parse, doc.id);
    if (!parsed.ok() || parsed->empty()) return Status::Unsupported("the given parse is not CoNLL-U");
    return parsed;
  }

  std::vector<std::string> dicts_;
  CoderOptions::Conventions conventions_;
  const ValidateOptions& options_;
  std::function<void(const Diagnostic&)> on_warning_;
  Analyzer analyzer_;
  std::unique_ptr<Coder> coders_[2];
};

}  // namespace

Result<ValidationResult> ValidatePetrarchFile(const std::string& path, const ValidateOptions& options,
                                              const std::function<void(const Diagnostic&)>& on_warning) {
  Result<std::string> file = ReadFileToString(path);
  if (!file.ok()) return file.status();
  const std::string& text = *file;
  // With dyad's own dictionaries the file's <Environment> is not needed.
  Result<std::vector<std::string>> dicts =
      options.builtin_language.empty()
          ? Dictionaries(path, text, options, {"Verbfile", "Actorfile", "Agentfile", "Discardfile", "PICOfile"})
          : std::vector<std::string>{};
  if (!dicts.ok()) return dicts.status();
  Validator validator(*dicts, ConventionsOf(path, text, options), options, on_warning);
  const auto switches = RequireDyadSwitches(text);
  ValidationResult result;
  Status failure;
  ReadOptions ro;
  ro.format = InputFormat::kPetrarchXml;
  auto on_doc = [&](Document&& doc) {
    bool require = true;
    for (const auto& [offset, value] : switches)
      if (offset < doc.text_offset) require = value;
    Result<const Coder*> coder = validator.For(require);
    if (!coder.ok()) return void(failure = coder.status());
    RecordResult r = validator.Run(doc, **coder);
    (r.pass ? result.passed : result.failed) += 1;
    result.adjudicated += r.adjudicated ? 1 : 0;
    Count(r.found, r.expected, &result.tp, &result.fp, &result.fn);
    Count(Keys(r.found, Root), Keys(r.expected, Root), &result.root_tp, &result.root_fp, &result.root_fn);
    Count(Keys(r.found, Countries), Keys(r.expected, Countries), &result.country_tp, &result.country_fp,
          &result.country_fn);
    result.records.push_back(std::move(r));
  };
  ReadDocuments({path}, ro, on_doc, on_warning);
  if (!failure.ok()) return failure;
  if (auto c = validator.For(true); c.ok()) result.dictionaries = (*c)->Summary();
  return result;
}

Result<Adjudication> ReadAdjudication(const std::string& path) {
  Result<std::string> file = ReadFileToString(path);
  if (!file.ok()) return file.status();
  Adjudication out;
  std::string_view text = *file;
  for (size_t line = 1, start = 0; start < text.size(); ++line) {
    size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view l = text.substr(start, end - start);
    start = end + 1;
    if (Trim(l).empty() || Trim(l).front() == '#') continue;
    const size_t tab = l.find('\t'), tab2 = l.find('\t', tab == std::string_view::npos ? l.size() : tab + 1);
    if (tab == std::string_view::npos || tab2 == std::string_view::npos)
      return Status::Corrupt(fmt::format("{}:{}: expected ID<TAB>events<TAB>reason", path, line));
    const std::string id(Trim(l.substr(0, tab)));
    std::vector<EventKey> events;
    if (Status s = ParseEvents(l.substr(tab + 1, tab2 - tab - 1), &events); !s.ok())
      return Status::Corrupt(fmt::format("{}:{}: {}", path, line, s.message()));
    if (Trim(l.substr(tab2 + 1)).empty()) return Status::Corrupt(fmt::format("{}:{}: no reason given", path, line));
    if (!out.emplace(id, std::move(events)).second)
      return Status::Corrupt(fmt::format("{}:{}: record {} listed twice", path, line, id));
  }
  return out;
}

}  // namespace dyad
