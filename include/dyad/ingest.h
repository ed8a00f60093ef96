// Ingestion: read documents, analyse and code them, and store them with
// their sentences and events in an event store (`dyad ingest`).
//
// Contracts:
//  - A document already stored under its content hash is skipped before it
//    is analysed, unless recoding asks for it (IngestOptions::recode).
//  - Documents are committed in batches (every `batch_documents` documents
//    or `batch_seconds` seconds, whichever comes first): a killed ingest
//    loses at most the open batch, and running it again stores exactly what
//    a clean run would have (content hashes make re-runs idempotent).
//  - A document that cannot be read, analysed or coded, or has no date (a
//    stored event is placed in time), is recorded in the
//    store's `failures` table and in the report; the rest go on. Only store
//    errors (disk full, locked database) stop the run.
//  - No exception leaves this API; docs/store.md describes the command.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/reader.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad {

// Which stored documents are coded again.
enum class Recode {
  kNone,     // skip every stored document
  kChanged,  // recode those coded with other dictionaries or models (RunInfo::coder differs)
  kAll,      // recode every stored document met in the inputs
};
// Parses "none", "changed", "all".
Result<Recode> ParseRecode(std::string_view name);

struct IngestProgress {
  int64_t documents = 0;  // read so far: stored, recoded, skipped or failed
  int64_t stored = 0, recoded = 0, skipped = 0, failed = 0;
  int64_t events = 0;
  uint64_t bytes_done = 0, bytes_total = 0;  // input bytes; total is 0 for stdin
  double seconds = 0;
};

struct IngestFailure {
  std::string source;  // input path
  int64_t record = 0;  // line or record number, 0 when unknown
  std::string doc_id;
  std::string message;
};

struct IngestOptions {
  std::vector<std::string> inputs;  // files, directories, "-" for stdin
  ReadOptions read;
  std::string lang = "auto";  // or an ISO code forcing the language
  std::string model;          // one syntax model file; "" = <lang>.dyadmodel from ModelDirectory()
  // Dictionaries and coding switches; builtin_languages is ignored: with
  // `builtin` each language gets dyad's dictionaries for it.
  CoderOptions coder;
  bool builtin = true;
  Recode recode = Recode::kNone;
  int64_t batch_documents = 200;
  std::chrono::milliseconds batch_time{2000};
  std::string command;  // the command line, recorded in `runs`
  // Called after every document and at the end; may be empty.
  std::function<void(const IngestProgress&)> on_progress;
  // Reader diagnostics (errors are also failures) and dictionary warnings.
  std::function<void(const Diagnostic&)> on_diagnostic;
};

struct IngestReport {
  int64_t run_id = 0;
  IngestProgress totals;  // final counts
  std::vector<IngestFailure> failures;
};

// What the coder of a run is: the fingerprint stored with every document
// (RunInfo::coder) and readable descriptions of its dictionaries and models.
// The fingerprint is an XXH3 hash of: every compiled-in language data file
// (when `builtin`), the contents of every --dict file (directories walked in
// sorted order), each syntax model's stored checksum (the XXH64 its file
// ends with, covering metadata and weights: --model, or every *.dyadmodel
// in ModelDirectory()), and the coding switches (require_dyad,
// keep_negated). Unreadable files are an error naming them.
Result<RunInfo> DescribeCoder(const IngestOptions& options);

// Runs ingestions with one set of options; the syntax models and
// dictionaries it loads on first use stay loaded for the next Run.
class Ingester {
 public:
  explicit Ingester(IngestOptions options);
  ~Ingester();
  Ingester(const Ingester&) = delete;
  Ingester& operator=(const Ingester&) = delete;

  // Ingests the options' inputs into `store` (opened read-write). The run
  // is recorded in `runs` with its totals; the report lists every bad
  // document. Errors are the store's, or dictionaries or models that cannot
  // be loaded when the language is known beforehand.
  Result<IngestReport> Run(Store& store);

 private:
  struct Loaded;
  IngestOptions options_;
  std::unique_ptr<Loaded> loaded_;
};

// Ingester(options).Run(store).
Result<IngestReport> Ingest(Store& store, const IngestOptions& options);

}  // namespace dyad
