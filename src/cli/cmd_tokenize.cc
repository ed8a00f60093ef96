// `dyad tokenize`: sentences and tokens of documents, as CoNLL-U or JSON.
//
//   dyad tokenize [--format conllu|json] [--lang auto|nl|en|…]
//                 [--input-format auto|text|jsonl|xml] [--max-record-bytes N] INPUTS...
//
// Exit status: 0 when every record was read, 1 when some failed, 2 for usage.
#include <cstdio>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "dyad/langid.h"
#include "dyad/reader.h"
#include "dyad/tokenizer.h"

namespace dyad::cli {
namespace {

struct TokenizeArgs {
  std::string format = "conllu";
  std::string lang = "auto";
  InputArgs input;
};

// Tokenizers by language, built on first use.
class TokenizerCache {
 public:
  const Tokenizer& For(const std::string& lang) {
    auto it = cache_.find(lang);
    if (it == cache_.end()) it = cache_.emplace(lang, Tokenizer::ForLanguage(lang).value()).first;
    return *it->second;
  }

 private:
  std::map<std::string, std::shared_ptr<const Tokenizer>> cache_;
};

void Print(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

void PrintConllu(const Document& doc, const std::string& lang, const std::vector<Sentence>& sents) {
  std::vector<conllu::Sentence> out = ToConllu(doc.id, doc.text, sents);
  if (out.empty()) return;
  auto& c = out.front().comments;
  c.insert(c.begin(), {"# newdoc id = " + doc.id, "# date = " + doc.date.ToString(), "# lang = " + lang});
  Print(conllu::ToString(out));
}

nlohmann::ordered_json SentenceJson(std::string_view text, const Sentence& s) {
  nlohmann::ordered_json tokens = nlohmann::ordered_json::array();
  for (const Token& t : s.tokens) {
    nlohmann::ordered_json j = {{"form", text.substr(t.begin, t.end - t.begin)},
                                {"begin", t.begin}, {"end", t.end}, {"space_after", t.space_after}};
    if (!t.words.empty()) j["words"] = t.words;
    tokens.push_back(std::move(j));
  }
  return {{"text", text.substr(s.begin, s.end - s.begin)}, {"begin", s.begin}, {"end", s.end},
          {"tokens", std::move(tokens)}};
}

void PrintJson(const Document& doc, const std::string& lang, const std::vector<Sentence>& sents) {
  nlohmann::ordered_json j = {{"doc_id", doc.id}, {"date", doc.date.ToString()}, {"lang", lang}};
  j["sentences"] = nlohmann::ordered_json::array();
  for (const Sentence& s : sents) j["sentences"].push_back(SentenceJson(doc.text, s));
  Print(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

int Run(const TokenizeArgs& args, const std::vector<std::string>& extras) {
  ReadOptions options;
  std::string complaint = ParseInputArgs(args.input, extras, &options);
  if (complaint.empty() && args.format != "conllu" && args.format != "json") {
    complaint = "--format must be conllu or json";
  }
  if (!complaint.empty()) {
    std::fprintf(stderr, "dyad tokenize: error: %s\n", complaint.c_str());
    return 2;
  }
  TokenizerCache tokenizers;
  auto on_doc = [&](Document&& doc) {
    const std::string lang = DocumentLanguage(doc, args.lang);
    std::vector<Sentence> sents;
    tokenizers.For(lang).Tokenize(doc.text, &sents);
    args.format == "json" ? PrintJson(doc, lang, sents) : PrintConllu(doc, lang, sents);
  };
  const ReadStats stats = ReadDocuments(args.input.inputs, options, on_doc, PrintDiagnostic);
  std::fflush(stdout);
  return stats.errors == 0 ? 0 : 1;
}

}  // namespace

void RegisterTokenize(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TokenizeArgs>();
  CLI::App* cmd = app.add_subcommand("tokenize", "Split documents into sentences and tokens");
  cmd->add_option("--format", args->format, "conllu (default) or json");
  cmd->add_option("--lang", args->lang, "language code, or auto (default): declared, else identified");
  AddInputOptions(cmd, &args->input);
  cmd->callback([cmd, args, exit_code] { *exit_code = Run(*args, cmd->remaining()); });
}

}  // namespace dyad::cli
