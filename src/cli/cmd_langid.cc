// `dyad langid`: language of files or of their lines, and the reproducible
// accuracy measurement on a CoNLL-U treebank (docs/langid.md).
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "dyad/langid.h"

namespace dyad::cli {
namespace {

struct LangidArgs {
  std::vector<std::string> files;
  bool per_sentence = false;
  std::string context;  // per-sentence: "", a language, or "file"
  bool cld2_only = false;
  std::vector<std::string> eval;  // LANG FILE
  size_t min_words = 5;
  size_t show_errors = 0;
};

bool ReadAll(const std::string& name, std::string* out) {
  if (name == "-") {
    out->assign(std::istreambuf_iterator<char>(std::cin), {});
    return !std::cin.bad();
  }
  std::ifstream in(name, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  *out = std::move(buf).str();
  return !in.bad();
}

void Print(const LanguageGuess& g, const std::string& name) {
  fmt::print("{}\t{:.3f}\t{}\n", g.lang, g.confidence, name);
}

// One answer per non-empty line of `text`, named file:line. Each line is
// judged on its own unless a context is given ("file": the file's own
// language), which settles ambiguous lines.
void PrintLines(const std::string& name, std::string_view text, const LangidArgs& args) {
  LangIdOptions options;
  options.cld2_only = args.cld2_only;
  options.context = args.context == "file" ? IdentifyLanguage(text, options).lang : args.context;
  size_t number = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Print(IdentifyLanguage(line, options), fmt::format("{}:{}", name, number));
  }
}

int RunFiles(const LangidArgs& args) {
  int status = 0;
  for (const std::string& name : args.files) {
    std::string text;
    if (!ReadAll(name, &text)) {
      std::cerr << "dyad langid: cannot read " << name << "\n";
      status = 1;
      continue;
    }
    if (args.per_sentence) {
      PrintLines(name, text, args);
    } else {
      LangIdOptions options;
      options.cld2_only = args.cld2_only;
      Print(IdentifyLanguage(text, options), name);
    }
  }
  return status;
}

int RunEval(const LangidArgs& args) {
  const std::string& lang = args.eval[0];
  const std::string& path = args.eval[1];
  LangIdOptions options;
  options.cld2_only = args.cld2_only;
  Result<LangIdEvaluation> eval = EvaluateLangIdConllu(path, lang, args.min_words, options);
  if (!eval.ok()) {
    std::cerr << "dyad langid: " << eval.status().ToString() << "\n";
    return 1;
  }
  fmt::print("file\t{}\nlanguage\t{}\nmin_words\t{}\nmethod\t{}\n", path, lang, args.min_words,
             args.cld2_only ? "cld2" : "cld2+function-words");
  fmt::print("total\t{}\ncorrect\t{}\naccuracy\t{:.2f}%\n", eval->total, eval->correct,
             100.0 * eval->accuracy());
  for (const auto& [predicted, count] : eval->predicted) {
    fmt::print("predicted\t{}\t{}\n", predicted, count);
  }
  for (size_t i = 0; i < eval->errors.size() && i < args.show_errors; ++i) {
    fmt::print("error\t{}\t{}\n", eval->errors[i].first, eval->errors[i].second);
  }
  return 0;
}

}  // namespace

void RegisterLangid(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<LangidArgs>();
  CLI::App* cmd = app.add_subcommand(
      "langid", "Identify the language of files (lang, confidence, name per line)");
  cmd->add_option("files", args->files, "Text files ('-' for stdin)");
  cmd->add_flag("--per-sentence", args->per_sentence, "One answer per non-empty line");
  cmd->add_option("--context", args->context,
                  "With --per-sentence: the document's language for ambiguous lines, "
                  "or 'file' for the file's own language");
  cmd->add_option("--eval-conllu", args->eval,
                  "LANG FILE.conllu: accuracy on the treebank's '# text' sentences")
      ->expected(2);
  cmd->add_option("--min-words", args->min_words,
                  "With --eval-conllu: skip sentences with fewer whitespace-separated words")
      ->capture_default_str();
  cmd->add_flag("--cld2-only", args->cld2_only,
                "Baseline for measurement: CLD2 alone, without the function-word model");
  cmd->add_option("--show-errors", args->show_errors,
                  "With --eval-conllu: print up to N misidentified sentences");
  cmd->callback([args, exit_code] {
    if (!args->eval.empty()) {
      *exit_code = RunEval(*args);
    } else if (args->files.empty()) {
      std::cerr << "dyad langid: give text files, or --eval-conllu LANG FILE\n";
      *exit_code = 2;
    } else {
      *exit_code = RunFiles(*args);
    }
  });
}

}  // namespace dyad::cli
