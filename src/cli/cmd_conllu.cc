// `dyad conllu text FILE` prints the raw text of a treebank (the CoNLL 2018
// rule, see conllu::RawText); `dyad conllu check FILES…` tells whether each
// file round-trips byte for byte through the reader and writer.
// Exit status: 0 ok, 1 a file failed, 2 usage.
#include <algorithm>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "util/file.h"
#include "dyad/conllu.h"

namespace dyad::cli {
namespace {

struct ConlluArgs {
  std::string text_file;
  std::vector<std::string> check_files;
};

// The whole file, or stdin for "-".
Result<std::string> Slurp(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
  return ReadFileToString(path);
}

// Unknown options are collected, not fatal, so that they exit with 2.
bool RejectExtras(const CLI::App& cmd) {
  if (cmd.remaining().empty()) return false;
  std::cerr << "dyad conllu " << cmd.get_name() << ": unexpected argument '" << cmd.remaining()[0]
            << "'\n" << cmd.help();
  return true;
}

int RunText(const std::string& path) {
  Result<std::string> data = Slurp(path);
  if (!data.ok()) {
    std::cerr << "dyad conllu text: " << data.status().ToString() << "\n";
    return 1;
  }
  auto sentences = conllu::ReadString(*data, path);
  if (!sentences.ok()) {
    std::cerr << "dyad conllu text: " << sentences.status().ToString() << "\n";
    return 1;
  }
  std::cout << conllu::RawText(*sentences);
  return 0;
}

// 1-based line of the first byte where a and b differ.
size_t FirstDifferingLine(const std::string& a, const std::string& b) {
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  return 1 + static_cast<size_t>(std::count(a.begin(), a.begin() + i, '\n'));
}

// Sentences whose "# text" differs from their token forms: a UD validity
// problem that does not affect the round trip, so only reported.
void ReportTextMismatches(const std::vector<conllu::Sentence>& sentences) {
  size_t count = 0, first_line = 0;
  for (const conllu::Sentence& s : sentences) {
    if (!s.HasComment("text") || s.Comment("text") == conllu::TokenText(s)) continue;
    if (count++ == 0) first_line = s.line;
  }
  if (count == 0) return;
  std::cout << "  note: " << count << " sentence(s) whose '# text' differs from the token "
            << "forms (first at line " << first_line << ")\n";
}

// Checks one file; prints one line about it and returns whether it passed.
bool CheckFile(const std::string& path) {
  Result<std::string> data = Slurp(path);
  if (!data.ok()) {
    std::cout << path << ": FAIL: " << data.status().ToString() << "\n";
    return false;
  }
  auto sentences = conllu::ReadString(*data, path);
  if (!sentences.ok()) {
    std::cout << path << ": FAIL: " << sentences.status().ToString() << "\n";
    return false;
  }
  std::string written = conllu::ToString(*sentences);
  bool same = written == *data;
  if (same) {
    std::cout << path << ": ok, " << sentences->size() << " sentences round-trip\n";
  } else {
    std::cout << path << ": FAIL: re-written text differs from line "
              << FirstDifferingLine(*data, written) << "\n";
  }
  ReportTextMismatches(*sentences);
  return same;
}

}  // namespace

void RegisterConllu(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ConlluArgs>();
  CLI::App* cmd = app.add_subcommand("conllu", "CoNLL-U files: raw text, round-trip check");
  CLI::App* text = cmd->add_subcommand("text", "Print the raw text of a treebank (CoNLL 2018 rule)");
  text->add_option("file", args->text_file, "CoNLL-U file, or - for stdin");
  text->allow_extras();
  text->callback([text, args, exit_code] {
    if (RejectExtras(*text)) {
      *exit_code = 2;
    } else if (args->text_file.empty()) {
      std::cerr << "dyad conllu text: a FILE is required\n" << text->help();
      *exit_code = 2;
    } else {
      *exit_code = RunText(args->text_file);
    }
  });
  CLI::App* check = cmd->add_subcommand("check", "Check that files round-trip byte for byte");
  check->add_option("files", args->check_files, "CoNLL-U files");
  check->allow_extras();
  check->callback([check, args, exit_code] {
    if (RejectExtras(*check)) {
      *exit_code = 2;
    } else if (args->check_files.empty()) {
      std::cerr << "dyad conllu check: at least one FILE is required\n" << check->help();
      *exit_code = 2;
    } else {
      bool all = true;
      for (const std::string& f : args->check_files) all = CheckFile(f) && all;
      *exit_code = all ? 0 : 1;
    }
  });
  cmd->callback([cmd, text, check, exit_code] {
    if (text->parsed() || check->parsed()) return;
    std::cerr << "dyad conllu: a subcommand (text, check) is required\n" << cmd->help();
    *exit_code = 2;
  });
}

}  // namespace dyad::cli
