// Ingest: documents -> language -> analysis -> events -> store, in batches.
//
// One thread: the store is written between documents, its cost is small
// next to parsing (bench/store_bench.cc measures the ratio). Store errors
// stop the run (the open batch is rolled back with the store); document
// errors are recorded and the run goes on.
#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <unordered_set>

#include "dyad/coder_set.h"
#include "dyad/ingest.h"
#include "dyad/langid.h"
#include "dyad/pipeline.h"

#ifndef DYAD_VERSION
#define DYAD_VERSION "unknown"
#endif

namespace dyad {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Bytes of every regular file the inputs name (directories walked,
// hidden entries skipped as the reader does); stdin counts 0.
uint64_t InputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& input : inputs) {
    if (fs::is_regular_file(input, ec)) total += fs::file_size(input, ec);
    if (!fs::is_directory(input, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(input, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->path().filename().string().starts_with(".")) {
        if (it->is_directory()) it.disable_recursion_pending();
      } else if (it->is_regular_file()) {
        total += it->file_size(ec);
      }
    }
  }
  return total;
}

// The stored form of analysed sentences: the text the coder quotes as
// evidence ("# text", whitespace normalised by the tokenizer) and the byte
// range of its tokens in the document.
std::vector<StoredSentence> StoredSentences(const std::vector<conllu::Sentence>& analysed) {
  std::vector<StoredSentence> out;
  out.reserve(analysed.size());
  for (size_t i = 0; i < analysed.size(); ++i) {
    const conllu::Sentence& s = analysed[i];
    StoredSentence stored;
    stored.index = static_cast<int>(i);
    const auto [begin, end] = conllu::ByteRange(s);
    stored.begin = static_cast<int64_t>(begin), stored.end = static_cast<int64_t>(end);
    stored.text = conllu::SentenceText(s);
    out.push_back(std::move(stored));
  }
  return out;
}

CoderOptions CoderOptionsOf(const IngestOptions& o) {
  CoderOptions c = o.coder;
  c.builtin_languages.clear();
  return c;
}

class Ingestion {
 public:
  Ingestion(Store& store, const IngestOptions& options, RunInfo run, CoderSet& coders, Analyzer& analyzer)
      : store_(store),
        options_(options),
        run_(std::move(run)),
        coders_(coders),
        analyzer_(analyzer),
        start_(Clock::now()),
        batch_start_(start_) {}

  Result<IngestReport> Run();

 private:
  void OnDocument(Document&& doc);
  void OnDiagnostic(const Diagnostic& d);
  // Whether `doc` is to be left as it is stored.
  Result<bool> Skip(const std::string& hash, bool* stored_before);
  Result<size_t> CodeAndPut(Document& doc, bool* failed);
  void Fail(const std::string& source, int64_t record, const std::string& doc_id, const std::string& message);
  void EndDocument();
  void TrackBytes(const Document& doc);

  Store& store_;
  const IngestOptions& options_;
  RunInfo run_;
  CoderSet& coders_;
  Analyzer& analyzer_;
  IngestReport report_;
  Status status_;  // the first store error; once set, documents are ignored
  std::unordered_set<std::string> seen_;  // content hashes met in this run
  Clock::time_point start_, batch_start_;
  int64_t in_batch_ = 0;
  std::string source_;  // the input file being read, for progress in bytes
  uint64_t source_size_ = 0, bytes_before_source_ = 0;
};

Result<IngestReport> Ingestion::Run() {
  // Dictionaries that cannot be loaded are the caller's error, not every
  // document's, whenever the coder to use is known before reading.
  if (!options_.builtin || options_.lang != "auto")
    if (auto coder = coders_.For(options_.lang); !coder.ok()) return coder.status();
  if (options_.lang != "auto")
    if (auto model = analyzer_.Model(options_.lang); !model.ok()) return model.status();
  auto run_id = store_.BeginRun(run_);
  if (!run_id.ok()) return run_id.status();
  report_.run_id = *run_id;
  if (Status s = store_.Commit(); !s.ok()) return s;  // the run is on record even if killed
  report_.totals.bytes_total = InputBytes(options_.inputs);
  (void)ReadDocuments(
      options_.inputs, options_.read, [this](Document&& doc) { OnDocument(std::move(doc)); },
      [this](const Diagnostic& d) { OnDiagnostic(d); });
  if (!status_.ok()) return status_;
  IngestProgress& t = report_.totals;
  t.bytes_done = std::max(t.bytes_done, t.bytes_total);
  t.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  const RunTotals totals{t.stored + t.recoded, t.skipped, t.events, t.failed};
  if (Status s = store_.FinishRun(report_.run_id, totals); !s.ok()) return s;
  if (Status s = store_.Commit(); !s.ok()) return s;
  if (options_.on_progress) options_.on_progress(t);
  return std::move(report_);
}

void Ingestion::OnDocument(Document&& doc) {
  if (!status_.ok()) return;
  TrackBytes(doc);
  if (!doc.date.known()) {
    // Stored events are placed in time; an undated document cannot be.
    Fail(doc.source, static_cast<int64_t>(doc.record), doc.id, "no date: the store needs a document date");
    return EndDocument();
  }
  const std::string hash = Store::ContentHash(doc);
  bool stored_before = false;
  auto skip = Skip(hash, &stored_before);
  if (!skip.ok()) {
    status_ = skip.status();
    return;
  }
  if (*skip) {
    ++report_.totals.skipped;
  } else {
    bool failed = false;
    auto events = CodeAndPut(doc, &failed);
    if (!events.ok()) {
      status_ = events.status();
      return;
    }
    if (!failed) {
      seen_.insert(hash);
      ++(stored_before ? report_.totals.recoded : report_.totals.stored);
      report_.totals.events += static_cast<int64_t>(*events);
    }
  }
  EndDocument();
}

Result<bool> Ingestion::Skip(const std::string& hash, bool* stored_before) {
  if (seen_.count(hash) != 0) return true;  // repeated in the inputs
  auto found = store_.FindByHash(hash);
  if (!found.ok()) return found.status();
  *stored_before = found->has_value();
  if (!*stored_before) return false;
  switch (options_.recode) {
    case Recode::kAll: return false;
    case Recode::kChanged: return (*found)->coder == run_.coder;
    default: return true;
  }
}

// The number of events stored; *failed when the document could not be
// analysed or coded (recorded as a failure). Errors are store errors.
Result<size_t> Ingestion::CodeAndPut(Document& doc, bool* failed) {
  const std::string lang = DocumentLanguage(doc, options_.lang);
  auto coder = coders_.For(lang);
  auto analysed = coder.ok() ? analyzer_.Analyze(doc.id, doc.text, lang) : coder.status();
  if (!analysed.ok()) {
    *failed = true;
    const std::string what = coder.ok() ? "cannot analyse" : "no coder for language '" + lang + "'";
    Fail(doc.source, static_cast<int64_t>(doc.record), doc.id, what + ": " + analysed.status().ToString());
    return size_t{0};
  }
  const std::vector<Event> events = (*coder)->Code({&doc, lang, *analysed});
  const std::vector<StoredSentence> sentences = StoredSentences(*analysed);
  doc.lang = lang;  // stored as the language the document was processed in
  auto id = store_.Put(report_.run_id, doc, sentences, events);
  if (!id.ok()) return id.status();
  return events.size();
}

void Ingestion::OnDiagnostic(const Diagnostic& d) {
  if (options_.on_diagnostic) options_.on_diagnostic(d);
  if (d.severity != Diagnostic::Severity::kError || !status_.ok()) return;
  Fail(d.file, static_cast<int64_t>(d.line), "", d.message);
  EndDocument();
}

void Ingestion::Fail(const std::string& source, int64_t record, const std::string& doc_id,
                     const std::string& message) {
  ++report_.totals.failed;
  report_.failures.push_back({source, record, doc_id, message});
  if (Status s = store_.RecordFailure(report_.run_id, source, record, doc_id, message); !s.ok()) status_ = s;
}

// Counts the document, commits the batch when it is full or old enough,
// and reports progress.
void Ingestion::EndDocument() {
  IngestProgress& t = report_.totals;
  ++t.documents;
  const Clock::time_point now = Clock::now();
  if (status_.ok() && (++in_batch_ >= options_.batch_documents || now - batch_start_ >= options_.batch_time)) {
    status_ = store_.Commit();
    in_batch_ = 0;
    batch_start_ = now;
  }
  t.seconds = std::chrono::duration<double>(now - start_).count();
  if (options_.on_progress) options_.on_progress(t);
}

// Input bytes read so far: the files finished plus the position in the
// current one (the document's offset there and its length).
void Ingestion::TrackBytes(const Document& doc) {
  if (doc.source != source_) {
    bytes_before_source_ += source_size_;
    source_ = doc.source;
    std::error_code ec;
    source_size_ = fs::is_regular_file(source_, ec) ? fs::file_size(source_, ec) : 0;
    if (ec) source_size_ = 0;
  }
  const uint64_t in_file = std::min<uint64_t>(doc.text_offset + doc.text.size(), source_size_);
  report_.totals.bytes_done = std::min(bytes_before_source_ + in_file, report_.totals.bytes_total);
}

}  // namespace

Result<Recode> ParseRecode(std::string_view name) {
  if (name == "none") return Recode::kNone;
  if (name == "changed") return Recode::kChanged;
  if (name == "all") return Recode::kAll;
  return Status::Invalid(fmt::format("--recode: unknown value '{}': use changed or all", name));
}

struct Ingester::Loaded {
  explicit Loaded(const IngestOptions& o)
      : coders(CoderOptionsOf(o), o.builtin, o.on_diagnostic), analyzer(o.model) {}
  CoderSet coders;
  Analyzer analyzer;
};

Ingester::Ingester(IngestOptions options)
    : options_(std::move(options)), loaded_(std::make_unique<Loaded>(options_)) {}
Ingester::~Ingester() = default;

Result<IngestReport> Ingester::Run(Store& store) {
  if (options_.batch_documents < 1) return Status::Invalid("batch size must be at least 1 document");
  auto run = DescribeCoder(options_);
  if (!run.ok()) return run.status();
  run->command = options_.command;
  run->dyad_version = DYAD_VERSION;
  Ingestion ingestion(store, options_, std::move(*run), loaded_->coders, loaded_->analyzer);
  return ingestion.Run();
}

Result<IngestReport> Ingest(Store& store, const IngestOptions& options) { return Ingester(options).Run(store); }

}  // namespace dyad
