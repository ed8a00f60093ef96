// The CoNLL 2018 shared task evaluation (conll18_ud_eval.py, v1.2), ported
// so that its numbers are reproduced exactly.
//
// Gold and system files must spell the same text: the concatenation of all
// token forms, with Unicode space separators (category Zs) removed, must be
// identical. Tokens and sentences are then compared as character spans of
// that text; words are aligned by span, and inside multi-word tokens by the
// longest common subsequence of their lowercased forms. Empty nodes and
// enhanced dependencies are ignored.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/tokenizer.h"
#include "dyad/status.h"

namespace dyad::eval {

struct Score {
  double precision = 0;  // correct / system_total (0 when no system items)
  double recall = 0;     // correct / gold_total
  double f1 = 0;         // 2 correct / (gold_total + system_total)
  // correct / aligned_total; only for metrics over aligned words (see
  // has_aligned_accuracy), 0 when nothing was aligned.
  double aligned_accuracy = 0;
  size_t gold_total = 0, system_total = 0, correct = 0, aligned_total = 0;
  // False for Tokens, Sentences and Words, which the official table prints
  // with an empty AligndAcc column.
  bool has_aligned_accuracy = false;
};

// Metric name -> score, for every name in kMetrics.
using Scores = std::map<std::string, Score>;

// The metrics in the order of the official --verbose table:
//   Tokens, Sentences: span match of tokens / sentences.
//   Words: word alignment. UPOS, XPOS, UFeats (universal features only),
//   AllTags (the three), Lemmas (a gold "_" lemma matches anything): tags of
//   aligned words. UAS, LAS (deprel without subtype): attachment.
//   CLAS, MLAS, BLEX: LAS over content deprels only; MLAS also requires UPOS,
//   UFeats and the functional children (aux cop mark det clf case cc) to
//   match, BLEX the lemma.
inline constexpr std::array<std::string_view, 13> kMetrics = {
    "Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags",
    "Lemmas", "UAS",       "LAS",   "CLAS", "MLAS", "BLEX"};

// Scores `system` against `gold`. Errors, as in the official script: the
// texts differ (the message gives the first differing character position,
// the lines and 20 characters of each side), a word ID out of order, an
// unparsable or out-of-range HEAD, a cycle, not exactly one root, an empty
// FORM. Error messages say "gold" or "system" and the sentence's line.
Result<Scores> EvaluateConllu(const std::vector<conllu::Sentence>& gold,
                              const std::vector<conllu::Sentence>& system);

// The official --verbose table: "Metric | Precision | Recall | F1 Score |
// AligndAcc", percentages with two decimals; ends with "\n". Metrics absent
// from `scores` are left out.
std::string FormatTable(const Scores& scores);

// One JSON object per metric with precision, recall, f1, aligned_accuracy
// (null where the table leaves it empty) as fractions, and the four counts.
std::string FormatJson(const Scores& scores);

// Tokenizer quality as in the CoNLL 2018 raw-text setting: the gold raw text
// (conllu::RawText) is tokenized and scored against `gold`. Only Tokens,
// Sentences and Words are meaningful: the system tree is a placeholder.
Result<Scores> EvaluateTokenizer(const std::vector<conllu::Sentence>& gold,
                                 const Tokenizer& tokenizer);

// ---- Events against hand-annotated gold (DYAD_DATA/eval/README.md) ----
//
// Gold: one JSON object per document, {"id", "date", "events": [{"source",
// "target", "code", "root", "strength": "strong"|"optional", ...}]}.
// System: one JSON object per event, {"doc_id", "source", "target", "code",
// "root"} (other members ignored; "root" may be absent: the code's first two
// digits). Ids may be strings or numbers.
//
// Per gold document, multisets of (source[:3], target[:3], root) are
// compared: of the system triples equal to a triple t, min(system, strong
// gold) are correct, up to the optional gold count of the rest are ignored,
// the others are false positives; strong gold triples left unmatched are
// false negatives. Then the same with the full event code for the root.
// Only documents of the gold file are scored: a gold document without
// system events has only false negatives; system events of other documents
// are counted in `unscored_system_events` and otherwise left out.

struct EventScore {
  Score score;         // gold_total: strong gold; system_total: correct + false positives
  size_t ignored = 0;  // system triples matching only optional gold
};

struct EventScores {
  EventScore roots;  // (source[:3], target[:3], root)
  EventScore codes;  // (source[:3], target[:3], code)
  size_t gold_documents = 0;
  size_t documents_without_system_events = 0;
  size_t unscored_system_events = 0;
  // "FILE:LINE: what is wrong" for every line left out (malformed JSON, a
  // missing or ill-typed member, a repeated gold id); the rest is scored.
  std::vector<std::string> problems;
};

// Errors: a file cannot be opened. Malformed lines go to `problems`.
Result<EventScores> ScoreEventFiles(const std::string& gold_path, const std::string& system_path);

// A table with a row for roots and one for codes: precision, recall, F1 (in
// percent, two decimals), gold, system, correct, ignored; then a line on the
// documents. Ends with "\n".
std::string FormatEventTable(const EventScores& scores);

// {"roots": {...}, "codes": {...}, "documents": {...}, "problems": [...]}
// with precision, recall and f1 as fractions.
std::string FormatEventJson(const EventScores& scores);

}  // namespace dyad::eval
