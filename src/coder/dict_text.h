// Internal helpers shared by the dictionary readers (dict_*.cc,
// petrarch_*.cc): line scanning, warnings, phrases, codes, plurals, and the
// verb-file skeleton both PETRARCH verb formats share. Not part of the API.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "coder/dictionary.h"

namespace dyad::coder::dict_internal {

// Lines longer than this are skipped with a warning (the longest line of the
// shared PETRARCH files has 240 bytes).
inline constexpr size_t kMaxLineBytes = 4096;

struct Line {
  std::string_view text;  // trimmed, comments removed, never empty
  uint32_t number = 0;    // 1-based
};

// The meaningful lines of a dictionary file. Removes '\r', '#' and ';'
// comments (to the end of the line), "<!-- ... -->" comments (also over
// several lines) and blank lines; skips, with a warning, lines that are not
// UTF-8 or longer than kMaxLineBytes.
class LineReader {
 public:
  LineReader(std::string_view file, std::string_view text, ReadReport* report)
      : file_(file), text_(text), report_(report) {}
  bool Next(Line* line);

 private:
  bool Clean(std::string_view raw, std::string_view* out);
  std::string_view file_;
  std::string_view text_;
  ReadReport* report_;
  size_t pos_ = 0;
  uint32_t number_ = 0;
  bool in_comment_ = false;
  uint32_t comment_start_ = 0;
  std::string scratch_;
};

// Calls add(line) for every meaningful line of `text`.
template <typename Add>
void ForEachLine(std::string_view file, std::string_view text, ReadReport* report, Add add) {
  LineReader lines(file, text, report);
  Line line;
  while (lines.Next(&line)) add(line);
}

// A warning "file:line: warning: message" (Warn) that also counts the line
// as skipped (Skip).
void Warn(ReadReport* report, std::string_view file, uint32_t line, std::string message);
void Skip(ReadReport* report, std::string_view file, uint32_t line, std::string message);

std::string_view Trim(std::string_view s);
bool IsBlank(char c);
bool IsAsciiAlnum(char c);
std::string AsciiUpper(std::string_view s);

// Finds the one "[...]" (or other pair) in `s`. Returns false (and sets
// *error) when the pair is unbalanced, nested or repeated; true with
// *found = false when there is none.
struct Bracketed {
  bool found = false;
  std::string_view before, inside, after;
};
bool FindPair(std::string_view s, char open, char close, Bracketed* out, std::string* error);

// True when every `open` is closed by a later `close` with no nesting.
bool Balanced(std::string_view s, char open, char close);

// A phrase from "A_B C": words lower-cased, '_' joins adjacent words, a
// blank lets other words come between (blank_is_gap) or also joins them.
// A final '_' is dropped. Empty when there is no word.
Phrase ParsePhrase(std::string_view text, bool blank_is_gap);

// The regular English plural of a lower-case word: -s, -es after s/x/z/ch/sh,
// consonant + y -> -ies.
std::string RegularPlural(std::string_view word);

// An event code "075A", "037:037", "---", "+++" -> code and paired code,
// upper-cased.
struct EventCode {
  std::string code, paired;
};
Result<EventCode> ParseEventCode(std::string_view inside);

// ---- The verb-file skeleton (petrarch_verbs.cc) ----------------------------

// A pattern token: its text and whether it is joined to the previous token
// with no word in between ('_' or inside a PETRARCH-2 {...}).
struct PatternToken {
  std::string_view text;
  bool joined = false;
};

// Turns the part of a pattern line between '-' and '[' into tokens.
using PatternTokenizer = std::function<Status(std::string_view body, std::vector<PatternToken>*)>;

// Reads a PETRARCH verb file: synsets, blocks, verbs, patterns (tokenized
// by `tokenize`) and '~' transformations.
ReadReport ReadVerbFile(std::string_view file, std::string_view text, Dictionaries* dicts,
                        const PatternTokenizer& tokenize);

// TABARI-style tokens: split at blanks and '_'; a run of separators made
// only of '_' joins its neighbours ("IN_ *" is "IN *", as in PETRARCH).
void SplitUnderscoreTokens(std::string_view s, std::vector<PatternToken>* out);

// ---- Synsets (dict_synsets.cc) -----------------------------------------------

// "&AUXVERB1_" -> "auxverb1": lower-case, no '&', no final '_'.
std::string SynsetKey(std::string_view label);

// Collects the "&LABEL" / "+member" lines of one verb file and expands them
// once the whole file is read: nested "&OTHER" members are replaced by
// OTHER's phrases, regular plurals are added unless the label or the member
// ends in '_'.
class SynsetCollector {
 public:
  SynsetCollector(std::string_view file, ReadReport* report) : file_(file), report_(report) {}
  void Open(std::string_view label, uint32_t line);
  void AddMember(std::string_view text, uint32_t line);
  // Stores the expanded synsets in dicts->synsets (replacing same-named ones
  // from earlier files); returns how many.
  size_t Resolve(Dictionaries* dicts);

 private:
  struct Member {
    std::string text;
    uint32_t line = 0;
  };
  struct Raw {
    bool no_plural = false;
    std::vector<Member> members;
  };
  const std::vector<Phrase>* Expand(const std::string& name, const Dictionaries& dicts, int depth);
  bool ExpandMember(const Raw& raw, const Member& m, const Dictionaries& dicts, int depth,
                    std::vector<Phrase>* out);
  std::string_view file_;
  ReadReport* report_;
  std::map<std::string, Raw> raw_;
  std::vector<std::string> order_;
  std::string current_;
  std::map<std::string, std::vector<Phrase>> done_;
};

// Resolves the synset elements of `p` against dicts.synsets: "&A_B_C"
// names the longest defined prefix ("a_b" or "a"), the rest become adjacent
// words. False (and *missing set) when no prefix is defined.
bool ResolvePatternSynsets(const Dictionaries& dicts, VerbPattern* p, std::string* missing);

}  // namespace dyad::coder::dict_internal
