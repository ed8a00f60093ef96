// The event coder: who did what to whom, and when, from parsed sentences.
//
// A Coder is built once from dictionaries (dyad's own lang/<iso> files,
// PETRARCH/TABARI files, or both) and is then immutable: one instance may be
// shared by threads. It reads UD-annotated sentences (LEMMA, UPOS, FEATS,
// HEAD, DEPREL filled, e.g. by SyntaxModel::Annotate) and writes events.
// Formats: docs/dictionary-format.md (dyad's dictionaries),
// docs/petrarch-dictionaries.md (the established ones), docs/events.md
// (the event record and its JSONL/TSV/PLOVER forms).
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/document.h"
#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad {

struct Event {
  std::string doc_id;
  size_t sentence = 0;  // 0-based index of the sentence in the document
  Date date;            // from the sentence's time expressions, else doc_date
  Date doc_date;
  std::string source, target;  // actor codes; "---" when absent (require_dyad off)
  std::string code;            // CAMEO event code
  std::string root;            // its two-digit root
  int quad = 0;                // QuadClass, GDELT convention (1..4)
  double goldstein = 0;
  std::string plover_type, plover_mode, plover_context;
  std::string lang;
  std::string text;  // the evidence sentence
  std::string source_text, target_text, predicate_text;
  bool negated = false;  // only emitted when CoderOptions::keep_negated
};

struct CoderOptions {
  // Dictionary files or directories (kind detected from name and content).
  std::vector<std::string> dictionaries;
  // Also load dyad's own dictionaries for these languages (lang/<iso>/,
  // compiled in), plus the language-neutral lang/mul/. Empty: none.
  std::vector<std::string> builtin_languages;
  // Events need both a source and a target actor (PETRARCH's require_dyad).
  bool require_dyad = true;
  // Negated predicates ("did not condemn") give flagged events instead of none.
  bool keep_negated = false;
  // Which coding conventions apply (docs/events.md, "Coding conventions"):
  // PETRARCH's (a role without a country is a side, hypotheticals are
  // coded, a country's role may act on its country, subjectless -ing
  // adjuncts are not coded apart) or dyad's stricter ones. kByDictionary
  // takes them from the format of the verb dictionary each predicate comes
  // from (PETRARCH files: PETRARCH's, dyad's files: dyad's). How patterns
  // match always follows the dictionary's format.
  enum class Conventions { kByDictionary, kPetrarch, kDyad };
  Conventions conventions = Conventions::kByDictionary;
  // When set, receives one line per predicate considered: the pattern
  // chosen, the arguments and actors found, and why no event was coded.
  std::function<void(const std::string&)> trace;
};

// One coded unit: the annotated sentences of a document plus what the coder
// needs to know about it.
struct CodingInput {
  const Document* document = nullptr;
  std::string lang;
  std::span<const conllu::Sentence> sentences;
};

class Coder {
 public:
  // Loads and compiles the dictionaries. Malformed dictionary lines are
  // reported to `on_warning` (file:line) and skipped; a missing file or an
  // unknown kind is an error.
  static Result<std::unique_ptr<Coder>> Create(const CoderOptions& options,
                                               const std::function<void(const Diagnostic&)>& on_warning);
  virtual ~Coder() = default;

  // Events of a document in sentence order, de-duplicated within the
  // document (identical source, target, code and date: the first evidence
  // is kept). Discarded stories give none.
  virtual std::vector<Event> Code(const CodingInput& input) const = 0;
  // Counts of what was loaded, for `dyad dict` and logs.
  virtual std::string Summary() const = 0;
};

// The event as one JSON object (docs/events.md), without a newline.
std::string EventToJson(const Event& event);
// The event as a GDELT 2.0 event-table style TSV row, and its header.
std::string EventToTsv(const Event& event);
std::string EventTsvHeader();
// The event in PLOVER's field names (docs/events.md), one JSON object.
std::string EventToPlover(const Event& event);
// The event as one RFC 4180 CSV record (no line end): every JSONL field in
// JSONL order, `plover` flattened to plover_type, plover_mode,
// plover_context, and `negated` always present (true/false). The header
// names the columns.
std::string EventToCsv(const Event& event);
std::string EventCsvHeader();

}  // namespace dyad
