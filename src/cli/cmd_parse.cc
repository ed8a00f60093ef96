// `dyad parse`: tokenize (or take given tokens), tag, lemmatize and parse;
// CoNLL-U out.
//
//   dyad parse [--lang auto|nl|en|…] [--model FILE]
//              [--input-format auto|text|jsonl|xml|conllu] [--max-record-bytes N] INPUTS...
//
// With --input-format conllu the tokens (and sentences) of the input are
// kept and only the annotation columns are replaced. Exit status: 0 when
// every record was parsed, 1 when some failed (each named on stderr), 2 for
// usage.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "dyad/langid.h"
#include "dyad/reader.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

struct ParseArgs {
  std::string lang = "auto";
  std::string model;
  InputArgs input;
};

void Print(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

// The language of a CoNLL-U file: --lang, else identified from its text.
std::string ConlluLanguage(const std::vector<conllu::Sentence>& sentences, const std::string& requested) {
  if (requested != "auto") return requested;
  std::string text;
  for (size_t i = 0; i < sentences.size() && text.size() < 20000; ++i) text += conllu::TokenText(sentences[i]) + " ";
  return IdentifyLanguage(text).lang;
}

int ParseConllu(const ParseArgs& args, Analyzer* analyzer) {
  int failed = 0;
  for (const std::string& path : args.input.inputs) {
    auto sentences = conllu::ReadFile(path == "-" ? "/dev/stdin" : path);
    if (!sentences.ok()) {
      std::fprintf(stderr, "%s\n", sentences.status().ToString().c_str());
      ++failed;
      continue;
    }
    Result<const SyntaxModel*> model = analyzer->Model(ConlluLanguage(*sentences, args.lang));
    if (!model.ok()) {
      std::fprintf(stderr, "dyad parse: error: %s\n", model.status().ToString().c_str());
      ++failed;
      continue;
    }
    std::string out;
    constexpr size_t kBatch = 256;
    for (size_t b = 0; b < sentences->size(); b += kBatch) {
      std::span<conllu::Sentence> batch(sentences->data() + b, std::min(kBatch, sentences->size() - b));
      (*model)->Annotate(batch);
      for (const conllu::Sentence& s : batch) conllu::AppendTo(s, &out);
    }
    Print(out);
  }
  return failed == 0 ? 0 : 1;
}

int ParseDocuments(const ParseArgs& args, const ReadOptions& options, Analyzer* analyzer) {
  size_t unparsed = 0;
  auto on_doc = [&](Document&& doc) {
    const std::string lang = DocumentLanguage(doc, args.lang);
    Result<std::vector<conllu::Sentence>> analyzed = analyzer->Analyze(doc.id, doc.text, lang);
    if (!analyzed.ok()) {
      std::fprintf(stderr, "%s: error: document %s: %s\n", doc.source.c_str(), doc.id.c_str(),
                   analyzed.status().ToString().c_str());
      ++unparsed;
      return;
    }
    std::vector<conllu::Sentence>& out = *analyzed;
    if (out.empty()) return;
    auto& c = out.front().comments;
    c.insert(c.begin(), {"# newdoc id = " + doc.id, "# date = " + doc.date.ToString(), "# lang = " + lang});
    Print(conllu::ToString(out));
  };
  const ReadStats stats = ReadDocuments(args.input.inputs, options, on_doc, PrintDiagnostic);
  return stats.errors == 0 && unparsed == 0 ? 0 : 1;
}

int Run(ParseArgs args, const std::vector<std::string>& extras) {
  const bool conllu_input = args.input.format == "conllu";
  if (conllu_input) args.input.format = "auto";
  ReadOptions options;
  std::string complaint = ParseInputArgs(args.input, extras, &options);
  if (!complaint.empty()) {
    std::fprintf(stderr, "dyad parse: error: %s\n", complaint.c_str());
    return 2;
  }
  Analyzer analyzer(args.model);
  int status = conllu_input ? ParseConllu(args, &analyzer) : ParseDocuments(args, options, &analyzer);
  std::fflush(stdout);
  return status;
}

}  // namespace

void RegisterParse(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd = app.add_subcommand("parse", "Tag, lemmatize and parse documents or CoNLL-U (CoNLL-U out)");
  cmd->add_option("--lang", args->lang, "language code, or auto (default): declared, else identified");
  cmd->add_option("--model", args->model, "model file (default: <lang>.dyadmodel in $DYAD_MODELS or the build)");
  AddInputOptions(cmd, &args->input);
  cmd->callback([cmd, args, exit_code] { *exit_code = Run(*args, cmd->remaining()); });
}

}  // namespace dyad::cli
