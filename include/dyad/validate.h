// Running PETRARCH validation files (<Environment>, <Sentence> records with
// expected <EventCoding>s) through dyad's coder.
#pragma once

#include <functional>
#include <string>
#include <tuple>
#include <vector>

#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad {

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
};

using EventKey = std::tuple<std::string, std::string, std::string>;  // source, target, code

struct RecordResult {
  std::string id;
  bool pass = false;
  std::vector<EventKey> expected, found;
  std::string error;  // why the record could not be coded, "" if it was
};

struct ValidationResult {
  std::vector<RecordResult> records;
  size_t passed = 0, failed = 0;
  // Event-level counts over all records, on the full code and on its root.
  size_t tp = 0, fp = 0, fn = 0;
  size_t root_tp = 0, root_fp = 0, root_fn = 0;
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
