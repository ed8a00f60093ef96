// `dyad code`: read, analyse and code documents; one event per line out.
//
//   dyad code [--dict PATH]... [--no-builtin] [--lang auto|nl|en|…]
//             [--format jsonl|tsv|plover] [--model FILE] [--keep-negated] [--trace]
//             [--conventions petrarch|dyad]
//             [--input-format auto|text|jsonl|xml] INPUTS...
//
// Dictionaries: dyad's own for the document's language (compiled in from
// lang/<iso>/) unless --no-builtin, plus every --dict file or directory.
// Coding conventions: those of each predicate's dictionary format unless
// --conventions names PETRARCH's or dyad's (docs/events.md).
// Exit status: 0 when every document was coded, 1 when some failed (each
// named on stderr), 2 for usage or dictionary errors.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "dyad/coder.h"
#include "dyad/coder_set.h"
#include "dyad/langid.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> dicts;
  bool no_builtin = false;
  bool keep_negated = false;
  bool trace = false;
  std::string lang = "auto";
  std::string format = "jsonl";
  std::string model;
  std::string conventions;  // "", "petrarch" or "dyad"
  InputArgs input;
};

// The coders of a run; the first failure of a language is reported once.
class Coders {
 public:
  explicit Coders(const CodeArgs& args) : set_(Options(args), !args.no_builtin, PrintDiagnostic) {}
  const Coder* For(const std::string& lang) {
    const bool reported = set_.Tried(lang);
    auto coder = set_.For(lang);
    if (!coder.ok() && !reported) std::fprintf(stderr, "dyad code: error: %s\n", coder.status().ToString().c_str());
    return coder.ok() ? *coder : nullptr;
  }

 private:
  static CoderOptions Options(const CodeArgs& args) {
    CoderOptions o;
    o.dictionaries = args.dicts;
    o.keep_negated = args.keep_negated;
    using C = CoderOptions::Conventions;
    o.conventions = args.conventions == "petrarch" ? C::kPetrarch
                    : args.conventions == "dyad"   ? C::kDyad
                                                     : C::kByDictionary;
    if (args.trace) o.trace = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
    return o;
  }
  CoderSet set_;
};

std::string Format(const Event& e, const std::string& format) {
  if (format == "tsv") return EventToTsv(e);
  if (format == "plover") return EventToPlover(e);
  return EventToJson(e);
}

int Run(const CodeArgs& args, const std::vector<std::string>& extras) {
  ReadOptions options;
  std::string complaint = ParseInputArgs(args.input, extras, &options);
  if (complaint.empty() && args.format != "jsonl" && args.format != "tsv" && args.format != "plover")
    complaint = "--format must be jsonl, tsv or plover";
  if (!complaint.empty()) {
    std::fprintf(stderr, "dyad code: error: %s\n", complaint.c_str());
    return 2;
  }
  for (const std::string& d : args.dicts)
    if (std::error_code ec; !std::filesystem::exists(d, ec)) {
      std::fprintf(stderr, "dyad code: error: %s: no such dictionary file or directory\n", d.c_str());
      return 2;
    }
  Coders coders(args);
  if (args.no_builtin && coders.For("") == nullptr) return 2;
  Analyzer analyzer(args.model);
  const bool progress = isatty(STDERR_FILENO) != 0;
  const auto start = std::chrono::steady_clock::now();
  size_t failed = 0, docs = 0, sentences = 0, events = 0;
  if (args.format == "tsv") std::printf("%s\n", EventTsvHeader().c_str());
  auto on_doc = [&](Document&& doc) {
    const std::string lang = DocumentLanguage(doc, args.lang);
    const Coder* coder = coders.For(lang);
    auto analyzed = analyzer.Analyze(doc.id, doc.text, lang);
    if (coder == nullptr || !analyzed.ok()) {
      if (!analyzed.ok())
        std::fprintf(stderr, "%s: error: document %s: %s\n", doc.source.c_str(), doc.id.c_str(),
                     analyzed.status().ToString().c_str());
      ++failed;
      return;
    }
    std::string out;
    for (const Event& e : coder->Code({&doc, lang, *analyzed})) out += Format(e, args.format) + "\n", ++events;
    std::fwrite(out.data(), 1, out.size(), stdout);
    ++docs;
    sentences += analyzed->size();
    if (!progress) return;
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "\r%zu documents, %zu sentences, %zu events, %.0f sentences/s ", docs, sentences, events,
                 sentences / std::max(s, 1e-9));
  };
  const ReadStats stats = ReadDocuments(args.input.inputs, options, on_doc, PrintDiagnostic);
  if (progress) std::fprintf(stderr, "\n");
  std::fflush(stdout);
  return stats.errors == 0 && failed == 0 ? 0 : 1;
}

}  // namespace

void RegisterCode(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand("code", "Code events in documents (one event per line)");
  cmd->add_option("--dict", args->dicts, "dictionary file or directory (repeatable; kind detected)")->allow_extra_args(false);
  cmd->add_flag("--no-builtin", args->no_builtin, "do not load dyad's own dictionaries for the language");
  cmd->add_option("--lang", args->lang, "language code, or auto (default): declared, else identified");
  cmd->add_option("--format", args->format, "jsonl (default), tsv (GDELT 2.0 columns) or plover");
  cmd->add_option("--model", args->model, "syntax model file (default: <lang>.dyadmodel)");
  cmd->add_flag("--keep-negated", args->keep_negated, "emit negated events with \"negated\": true");
  cmd->add_flag("--trace", args->trace, "explain each predicate's coding on stderr");
  cmd->add_option("--conventions", args->conventions,
                  "coding conventions: petrarch or dyad (default: each dictionary's own, docs/events.md)")
      ->check(CLI::IsMember({"petrarch", "dyad"}));
  AddInputOptions(cmd, &args->input);
  cmd->callback([cmd, args, exit_code] { *exit_code = Run(*args, cmd->remaining()); });
}

}  // namespace dyad::cli
