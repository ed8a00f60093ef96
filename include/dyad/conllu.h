// CoNLL-U (https://universaldependencies.org/format.html) reading and writing.
//
// Contract: Write(Read(x)) == x byte for byte for every well-formed file,
// including comments, multi-word token ranges ("3-4"), empty nodes ("5.1")
// and the enhanced DEPS column, which are all kept verbatim. Well-formed
// means: "\n" line ends (no CR), every sentence ends with one blank line,
// no extra blank lines. The reader tolerates a missing final blank line and
// extra blank lines between sentences (Write then normalizes them).
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::conllu {

// One line of the token table. `id` is kept as text; the parsed view of it
// is in `kind`, `start`, `end` (range) and `empty` (decimal part).
struct Row {
  enum class Kind { kWord, kMultiword, kEmpty };
  Kind kind = Kind::kWord;
  int start = 0;  // word id, or first id of a range, or integer part
  int end = 0;    // last id of a range (== start for words)
  int empty = 0;  // decimal part of an empty node id
  std::string id, form, lemma, upos, xpos, feats, head, deprel, deps, misc;

  // The value of Key in MISC ("SpaceAfter" -> "No"), "" if absent.
  std::string_view Misc(std::string_view key) const;
  bool SpaceAfter() const { return Misc("SpaceAfter") != "No"; }
};

struct Sentence {
  std::vector<std::string> comments;  // full lines, with the leading '#'
  std::vector<Row> rows;
  size_t line = 0;  // 1-based line of the sentence's first line in its file

  // Value of a "# key = value" comment, "" if absent.
  std::string_view Comment(std::string_view key) const;
  bool HasComment(std::string_view key) const;
  // Syntactic words (kWord rows) in order, skipping ranges and empty nodes.
  std::vector<const Row*> Words() const;
  // Surface tokens in order: range rows and the words outside any range;
  // empty nodes are skipped. SpaceAfter of a token is on these rows.
  std::vector<const Row*> Tokens() const;
};

// Reads one sentence; returns false at end of input. A malformed line is an
// error naming `name` and the line number ("name:12: ..."). Reads line by
// line, for streams such as stdin; ReadFile/ReadString are faster.
class Reader {
 public:
  Reader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}
  Result<bool> Next(Sentence* sentence);

 private:
  std::istream& in_;
  std::string name_;
  size_t line_ = 0;
};

// Reads a whole file (or string) at once and splits it in memory. Besides
// the column count and the ID syntax, IDs are checked for order: words count
// 1, 2, 3…, a range "a-b" starts at the next word and b > a, an empty node
// "n.k" follows word n (or starts the sentence when n = 0).
Result<std::vector<Sentence>> ReadFile(const std::string& path);
Result<std::vector<Sentence>> ReadString(std::string_view text, std::string name = "<string>");

// Writes comments, rows and the terminating blank line.
void Write(const Sentence& sentence, std::ostream& out);
void AppendTo(const Sentence& sentence, std::string* out);
std::string ToString(const std::vector<Sentence>& sentences);

// Parses a tab-separated token line into `row`: exactly 10 non-empty
// columns and an ID of the form "7", "3-4" or "5.1".
Status ParseRow(std::string_view line, Row* row);

// The sentence text implied by the token forms: forms joined by a space,
// none after a token with SpaceAfter=No, the unescaped value of SpacesAfter
// where a token has one (e.g. "\u00A0"). UD requires "# text" to equal it.
std::string TokenText(const Sentence& sentence);

// The sentence as quoted (evidence, stored sentences): its "# text", or
// TokenText() when it has none.
std::string SentenceText(const Sentence& sentence);

// Byte range [begin, end) of the sentence in the text it was tokenized from:
// the first token's and the last token's TokenRange=BEGIN:END (MISC, written
// by dyad's tokenizer on tokens, i.e. on multiword range rows, not on the
// words inside them). {0, 0} when the tokens carry no TokenRange.
std::pair<size_t, size_t> ByteRange(const Sentence& sentence);

// The raw text of a treebank as the CoNLL 2018 shared task rebuilt it:
// sentences' "# text" joined by a space (none after SpaceAfter=No on the
// previous sentence's last token), a blank line ("\n\n") before each
// sentence with a "# newpar" or "# newdoc" comment except the first, and a
// final "\n". A sentence without "# text" contributes its TokenText().
std::string RawText(const std::vector<Sentence>& sentences);

}  // namespace dyad::conllu
