// The event store: documents, their sentences and coded events in one
// embedded SQLite database (WAL mode, schema versioned with migrations), and
// the queries that `dyad query|dyads|export|serve` answer from it.
//
// Schema and its guarantees: docs/store.md. Tables are named for what they
// hold (documents, sentences, events, runs, failures) so the file can be
// queried with `sqlite3` directly.
//
// Contracts:
//  - A document, its sentences and its events are written in one
//    transaction (batched with others between Commit() calls): after a crash
//    a document is either fully stored or absent.
//  - Documents are identified by a content hash (text and date): putting
//    the same document twice stores it once.
//  - A Store is used by one thread; open one per thread (SQLite WAL lets
//    readers run beside one writer). Read-only stores never write.
//  - No exception leaves this API; errors are Status values naming the
//    database and what failed.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// What produced a batch of stored events; one row of `runs`.
struct RunInfo {
  std::string command;       // the command line, for the record
  std::string dyad_version;  // PROJECT_VERSION
  std::string coder;         // fingerprint of dictionaries and models used
  std::string dictionaries;  // human-readable: builtin languages, --dict paths
  std::string models;        // human-readable: model files and their data hashes
};

struct RunTotals {
  int64_t documents = 0;  // newly stored or recoded
  int64_t skipped = 0;    // already stored with the same content hash
  int64_t events = 0;
  int64_t failures = 0;
};

// One sentence of a stored document: its text and byte offsets in the
// document's text.
struct StoredSentence {
  int index = 0;
  int64_t begin = 0, end = 0;
  std::string text;
};

struct StoredDocument {
  int64_t id = 0;          // database key (documents.id)
  std::string doc_id;      // the document's own id (file stem, JSONL id)
  std::string source;      // input path
  int64_t record = 0;
  std::string url, title, lang;
  Date date;
  std::string content_hash;
  std::string coder;       // RunInfo::coder of the run that coded it
  int64_t run_id = 0;
  std::vector<StoredSentence> sentences;  // filled by GetDocument only
};

struct StoredEvent {
  int64_t id = 0;           // events.id
  int64_t document_id = 0;  // documents.id
  Event event;              // every JSONL field; event.text is the sentence
};

// Filters shared by `dyad query`, `dyad export` and GET /api/events. Empty
// fields do not filter. Actor codes match as prefixes of the stored code
// ("RUS" matches RUS and RUSGOV), event codes as prefixes ("16" all of root
// 16, "161" only 161 and its subcodes).
struct EventFilter {
  std::string source, target;
  std::string actor;                // source or target
  std::string between_a, between_b;  // either direction; both set or neither
  std::string code;
  int quad = 0;                      // 1..4, 0 = any
  std::optional<Date> from, to;      // inclusive; compared at the coarser precision
  std::string text;                  // SQLite FTS5 query over evidence sentences
  int64_t document_id = 0;           // events of this document (documents.id) only; 0 = any
  int64_t limit = 50;                // page size; <= 0: no limit (exports)
  int64_t offset = 0;
};

struct EventPage {
  int64_t total = 0;  // events matching the filter, ignoring limit/offset
  std::vector<StoredEvent> events;  // ordered by date (first day, then last day), then id
};

enum class Granularity { kDay, kWeek, kMonth, kYear };
// Parses "day", "week", "month", "year".
Result<Granularity> ParseGranularity(std::string_view name);

// One period of a dyad's time series (the standard event-data series).
struct DyadBucket {
  std::string period;  // "2022-08-15", "2022-W33" (ISO week), "2022-08", "2022"
  int64_t events = 0;
  std::array<int64_t, 4> quad{};  // events per QuadClass 1..4
  std::map<std::string, int64_t> roots;  // events per CAMEO root "01".."20"
  double goldstein_sum = 0, goldstein_mean = 0;
  int64_t documents = 0;  // distinct documents
};

struct DyadQuery {
  std::string a, b;  // actor code prefixes; events in both directions
  Granularity by = Granularity::kMonth;
  std::optional<Date> from, to;
  int quad = 0;
  std::string code;
};

// An actor with its event counts, for GET /api/actors and the network view.
struct ActorCount {
  std::string code;
  int64_t as_source = 0, as_target = 0;
};

// An edge of the actor network: events from `source` to `target`.
struct DyadEdge {
  std::string source, target;
  int64_t events = 0;
  double goldstein_mean = 0;
};

struct NetworkQuery {
  std::optional<Date> from, to;
  int quad = 0;
  std::string code;
  int country_level = 1;  // 1: collapse actors to their first 3 letters
  int64_t limit = 100;    // strongest edges
};

class Store {
 public:
  enum class Mode { kReadOnly, kReadWrite };
  // Opens (kReadWrite: creates) the database and migrates it to the current
  // schema version. A database from a newer dyad, or a file that is not a
  // dyad store, is an error, never modified.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, Mode mode);
  static int SchemaVersion();
  virtual ~Store() = default;

  // ---- writing (kReadWrite only) ----
  virtual Result<int64_t> BeginRun(const RunInfo& run) = 0;
  virtual Status FinishRun(int64_t run_id, const RunTotals& totals) = 0;
  // The content hash Put() stores `document` under.
  static std::string ContentHash(const Document& document);
  // The stored document with this content hash, if any (its `coder` tells
  // whether it was coded with the current dictionaries and models).
  virtual Result<std::optional<StoredDocument>> FindByHash(const std::string& content_hash) = 0;
  // Stores a document with its sentences and events in the open batch. When
  // a document with the same hash exists its sentences and events are
  // replaced (recoding); otherwise it is added.
  virtual Result<int64_t> Put(int64_t run_id, const Document& document,
                              std::span<const StoredSentence> sentences,
                              std::span<const Event> events) = 0;
  // Records a document that could not be read or coded.
  virtual Status RecordFailure(int64_t run_id, const std::string& source, int64_t record,
                               const std::string& doc_id, const std::string& message) = 0;
  // Commits the open batch (Put and RecordFailure open one implicitly).
  virtual Status Commit() = 0;

  // ---- reading ----
  virtual Result<EventPage> Events(const EventFilter& filter) = 0;
  // Calls `each` for every matching event in order, for exports; stops early
  // when it returns false.
  virtual Status ForEachEvent(const EventFilter& filter,
                              const std::function<bool(const StoredEvent&)>& each) = 0;
  virtual Result<std::vector<DyadBucket>> Dyads(const DyadQuery& query) = 0;
  // Actors by number of events (as source plus as target), most first.
  virtual Result<std::vector<ActorCount>> Actors(const std::string& prefix, int64_t limit) = 0;
  virtual Result<std::vector<DyadEdge>> Network(const NetworkQuery& query) = 0;
  // The document with its sentences; NotFound when there is none.
  virtual Result<StoredDocument> GetDocument(int64_t id) = 0;
};

}  // namespace dyad
