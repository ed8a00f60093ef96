// Running PETRARCH validation files (<Environment>, <Sentence> records with
// expected <EventCoding>s) through dyad's coder.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad {

using EventKey = std::tuple<std::string, std::string, std::string>;  // source, target, code

// Expected events replacing the ones a validation file gives, by record id
// (an adjudication of its gold; empty = the record expects no event).
using Adjudication = std::map<std::string, std::vector<EventKey>>;

// Reads an adjudication file (docs/scoring.md): one record per line,
// `ID<TAB>SOURCE TARGET CODE[; SOURCE TARGET CODE…]<TAB>reason`, `-` for no
// event, '#' comments and blank lines ignored. A malformed line or a record
// listed twice is an error naming the file and line.
Result<Adjudication> ReadAdjudication(const std::string& path);

struct ValidateOptions {
  // Directories searched for the dictionaries the file's <Environment>
  // names; empty = beside the file, then $DYAD_DATA/petrarch/dictionaries.
  std::vector<std::string> dict_dirs;
  // Code the CoNLL-U parse shipped in each record instead of parsing its
  // text with dyad's model.
  bool use_given_parse = false;
  std::string model;  // syntax model file, "" = the English model
  // Replaces the verb dictionary the file's <Environment> names (the
  // UDPipe-parsed unit tests were coded with PETR.Validate.verbs.2.0.txt).
  std::string verb_file;
  std::function<void(const std::string&)> trace;  // see CoderOptions::trace
  // Code with dyad's own built-in dictionaries of this language instead of
  // the ones the <Environment> names ("" = the file's own).
  std::string builtin_language;
  // Records whose expected events are replaced (see ReadAdjudication).
  Adjudication adjudication;
};

struct RecordResult {
  std::string id;
  bool pass = false;
  std::vector<EventKey> expected, found;
  bool adjudicated = false;  // `expected` came from ValidateOptions::adjudication
  std::string error;  // why the record could not be coded, "" if it was
};

struct ValidationResult {
  std::vector<RecordResult> records;
  size_t passed = 0, failed = 0;
  // Event-level counts over all records, on the full code and on its root.
  size_t tp = 0, fp = 0, fn = 0;
  size_t root_tp = 0, root_fp = 0, root_fn = 0;
  // On (source country, target country, root): actor codes cut to their
  // first three letters, as `dyad score` compares them.
  size_t country_tp = 0, country_fp = 0, country_fn = 0;
  size_t adjudicated = 0;  // records whose expected events were replaced
  std::string dictionaries;  // what was loaded
};

// Codes every record of `path`. A record passes when the set of
// (source, target, code) it yields equals the expected set; records marked
// noevents or error expect none. Honours <Config option="require_dyad">
// between records. Dictionary problems are warnings via `on_warning`; a
// missing dictionary is an error.
Result<ValidationResult> ValidatePetrarchFile(const std::string& path, const ValidateOptions& options,
                                              const std::function<void(const Diagnostic&)>& on_warning);

}  // namespace dyad
