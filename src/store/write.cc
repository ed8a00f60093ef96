// The writing side of SqliteStore: runs, documents with their sentences and
// events, failures, and the batch transaction around them.
//
// Transactions: the first write after a Commit() opens a batch with BEGIN
// IMMEDIATE (the write lock is taken up front, so a batch never fails half
// way for lack of it); Commit() ends it. Each Put() runs inside a SAVEPOINT,
// so a document whose writing fails leaves nothing behind in the batch. A
// store destroyed with an open batch rolls it back: Commit() is the only way
// to persist writes. Statements are prepared once, on first use.
//
// Sentences are indexed for full-text search (sentences_fts) here, one
// single-row INSERT each, so that FTS5 keeps its pending index in memory
// for the whole batch (schema.cc, version 2, says why not by trigger).
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <vector>

#include "store/sqlite_store.h"

namespace dyad::store {
namespace {

constexpr std::string_view kDocumentColumns =
    "id, doc_id, source, record, url, title, lang, date, content_hash, coder, run_id";

// The row of a statement selecting kDocumentColumns.
StoredDocument DocumentFromRow(const Stmt& st) {
  StoredDocument d;
  d.id = st.Int(0);
  d.doc_id = st.Text(1);
  d.source = st.Text(2);
  d.record = st.Int(3);
  d.url = st.Text(4);
  d.title = st.Text(5);
  d.lang = st.Text(6);
  d.date = DateFromStored(st.Text(7));
  d.content_hash = st.Text(8);
  d.coder = st.Text(9);
  d.run_id = st.IsNull(10) ? 0 : st.Int(10);
  return d;
}

// Binds the document's own fields to parameters 1..10 of the insert and
// update statements (the same order in both).
void BindDocument(Stmt& st, int64_t run_id, const Document& doc) {
  st.Bind(1, std::string_view(doc.id))
      .Bind(2, std::string_view(doc.source))
      .Bind(3, static_cast<int64_t>(doc.record))
      .Bind(4, std::string_view(doc.url))
      .Bind(5, std::string_view(doc.title))
      .Bind(6, std::string_view(doc.date.ToString()))
      .Bind(7, std::string_view(PrecisionName(doc.date.precision)))
      .Bind(8, std::string_view(doc.lang))
      .Bind(9, run_id)
      .Bind(10, run_id);
}

void BindEvent(Stmt& st, int64_t run_id, int64_t document_id, int64_t sentence_id, const Event& e) {
  st.Bind(1, document_id).Bind(2, sentence_id).Bind(3, static_cast<int64_t>(e.sentence));
  st.Bind(4, std::string_view(e.date.ToString())).Bind(5, std::string_view(PrecisionName(e.date.precision)));
  st.Bind(6, DateKey(e.date)).Bind(7, DateKeyEnd(e.date)).Bind(8, std::string_view(e.doc_date.ToString()));
  st.Bind(9, std::string_view(e.source)).Bind(10, std::string_view(e.target));
  st.Bind(11, std::string_view(e.code)).Bind(12, std::string_view(e.root));
  st.Bind(13, static_cast<int64_t>(e.quad)).Bind(14, e.goldstein);
  st.Bind(15, std::string_view(e.plover_type)).Bind(16, std::string_view(e.plover_mode));
  st.Bind(17, std::string_view(e.plover_context)).Bind(18, std::string_view(e.lang));
  st.Bind(19, std::string_view(e.source_text)).Bind(20, std::string_view(e.target_text));
  st.Bind(21, std::string_view(e.predicate_text)).Bind(22, int64_t{e.negated ? 1 : 0}).Bind(23, run_id);
}

// Every event must point at a sentence being stored with it: the evidence
// of an event is its sentence row.
Status CheckEventsHaveSentences(const Document& doc, std::span<const StoredSentence> sentences,
                                std::span<const Event> events) {
  for (const Event& e : events) {
    const bool found = std::any_of(sentences.begin(), sentences.end(),
                                   [&](const StoredSentence& s) { return s.index == static_cast<int>(e.sentence); });
    if (!found)
      return Status::Invalid(fmt::format("document {} ({}:{}): event {} {} {} refers to sentence {}, not stored",
                                         doc.id, doc.source, doc.record, e.source, e.code, e.target, e.sentence));
  }
  return Status::Ok();
}

// Prepares, binds and runs a statement used once per run.
Status RunOnce(const Db& db, std::string_view sql, const std::function<void(Stmt&)>& bind) {
  Stmt st;
  if (Status s = st.Prepare(db, sql); !s.ok()) return s;
  bind(st);
  return st.Run();
}

Status Prepare(const Db& db, Stmt& st, std::string_view sql) {
  return st.prepared() ? Status::Ok() : st.Prepare(db, sql);
}

}  // namespace

SqliteStore::~SqliteStore() {
  // An uncommitted batch is dropped on purpose: only Commit() persists.
  if (in_batch_) (void)db_->Exec("ROLLBACK");
}

Status SqliteStore::Writable() const {
  if (read_only_) return Status::Invalid(db_->path() + ": the store is open read-only; it cannot be written");
  return Status::Ok();
}

Status SqliteStore::BeginBatch() {
  if (Status s = Writable(); !s.ok()) return s;
  if (in_batch_) return Status::Ok();
  const Db& db = *db_;
  for (auto [st, sql] : std::initializer_list<std::pair<Stmt*, std::string_view>>{
           {&insert_document_,
            "INSERT INTO documents (doc_id, source, record, url, title, date, date_precision, lang, coder, run_id,"
            " content_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
            " COALESCE((SELECT coder FROM runs WHERE id = ?9), ''), ?10, ?11)"},
           {&update_document_,
            "UPDATE documents SET doc_id = ?1, source = ?2, record = ?3, url = ?4, title = ?5, date = ?6,"
            " date_precision = ?7, lang = ?8, coder = COALESCE((SELECT coder FROM runs WHERE id = ?9), ''),"
            " run_id = ?10 WHERE id = ?11"},
           {&delete_events_, "DELETE FROM events WHERE document_id = ?1"},
           {&delete_sentences_, "DELETE FROM sentences WHERE document_id = ?1"},
           {&insert_sentence_, "INSERT INTO sentences (document_id, idx, begin, end, text) VALUES (?1, ?2, ?3, ?4, ?5)"},
           {&insert_fts_, "INSERT INTO sentences_fts (rowid, text) VALUES (?1, ?2)"},
           {&insert_event_,
            "INSERT INTO events (document_id, sentence_id, sentence, date, date_precision, day_first, day_last,"
            " doc_date, source, target, code, root, quad, goldstein, plover_type, plover_mode, plover_context, lang,"
            " source_text, target_text, predicate_text, negated, run_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
            " ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)"},
           {&insert_failure_,
            "INSERT INTO failures (run_id, source, record, doc_id, message) VALUES (?1, ?2, ?3, ?4, ?5)"}})
    if (Status s = Prepare(db, *st, sql); !s.ok()) return s;
  if (Status s = db_->Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  in_batch_ = true;
  return Status::Ok();
}

Status SqliteStore::Commit() {
  if (!in_batch_) return Status::Ok();
  Status s = db_->Exec("COMMIT");
  // A failed COMMIT may leave the transaction open (e.g. busy); the batch
  // is over only when SQLite is back in autocommit mode.
  if (sqlite3_get_autocommit(db_->get()) != 0) in_batch_ = false;
  return s.ok() ? s : Status::IoError(fmt::format("committing: {}", s.message()));
}

Result<int64_t> SqliteStore::BeginRun(const RunInfo& run) {
  if (Status s = BeginBatch(); !s.ok()) return s;
  Status s = RunOnce(*db_,
                     "INSERT INTO runs (started, command, dyad_version, coder, dictionaries, models)"
                     " VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, ?2, ?3, ?4, ?5)",
                     [&](Stmt& st) {
                       st.Bind(1, std::string_view(run.command)).Bind(2, std::string_view(run.dyad_version));
                       st.Bind(3, std::string_view(run.coder)).Bind(4, std::string_view(run.dictionaries));
                       st.Bind(5, std::string_view(run.models));
                     });
  if (!s.ok()) return s;
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_->get()));
}

Status SqliteStore::FinishRun(int64_t run_id, const RunTotals& totals) {
  if (Status s = BeginBatch(); !s.ok()) return s;
  Status s = RunOnce(*db_,
                     "UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), documents = ?2,"
                     " skipped = ?3, events = ?4, failures = ?5 WHERE id = ?1",
                     [&](Stmt& st) {
                       st.Bind(1, run_id).Bind(2, totals.documents).Bind(3, totals.skipped);
                       st.Bind(4, totals.events).Bind(5, totals.failures);
                     });
  if (!s.ok()) return s;
  if (sqlite3_changes(db_->get()) == 0) return Status::NotFound(fmt::format("{}: no run {}", db_->path(), run_id));
  return Status::Ok();
}

Result<std::optional<StoredDocument>> SqliteStore::FindDocument(Stmt& st, std::string_view column,
                                                                 const std::function<void(Stmt&)>& bind) {
  if (Status s = Prepare(*db_, st, fmt::format("SELECT {} FROM documents WHERE {} = ?1", kDocumentColumns, column));
      !s.ok())
    return s;
  bind(st);
  auto row = st.Step();
  std::optional<StoredDocument> found;
  if (row.ok() && *row) found = DocumentFromRow(st);
  st.Reset();
  if (!row.ok()) return row.status();
  return found;
}

Result<std::optional<StoredDocument>> SqliteStore::FindByHash(const std::string& content_hash) {
  return FindDocument(find_hash_, "content_hash", [&](Stmt& st) { st.Bind(1, std::string_view(content_hash)); });
}

Result<int64_t> SqliteStore::Put(int64_t run_id, const Document& document, std::span<const StoredSentence> sentences,
                                 std::span<const Event> events) {
  if (Status s = CheckEventsHaveSentences(document, sentences, events); !s.ok()) return s;
  if (Status s = BeginBatch(); !s.ok()) return s;
  if (Status s = db_->Exec("SAVEPOINT put"); !s.ok()) return s;
  Result<int64_t> id = PutInBatch(run_id, document, sentences, events);
  if (!id.ok()) {
    (void)db_->Exec("ROLLBACK TO put; RELEASE put");  // nothing of the document stays in the batch
    return id.status();
  }
  if (Status s = db_->Exec("RELEASE put"); !s.ok()) return s;
  return id;
}

Result<int64_t> SqliteStore::PutInBatch(int64_t run_id, const Document& document,
                                        std::span<const StoredSentence> sentences, std::span<const Event> events) {
  auto existing = FindByHash(Store::ContentHash(document));
  if (!existing.ok()) return existing.status();
  int64_t id = 0;
  if (*existing) {
    // Recoding: the document row stays (its id is stable), what it says is
    // replaced. Events go first: they reference the sentences.
    id = (*existing)->id;
    BindDocument(update_document_, run_id, document);
    if (Status s = update_document_.Bind(11, id).Run(); !s.ok()) return s;
    if (Status s = delete_events_.Bind(1, id).Run(); !s.ok()) return s;
    if (Status s = delete_sentences_.Bind(1, id).Run(); !s.ok()) return s;
  } else {
    BindDocument(insert_document_, run_id, document);
    if (Status s = insert_document_.Bind(11, std::string_view(Store::ContentHash(document))).Run(); !s.ok()) return s;
    id = sqlite3_last_insert_rowid(db_->get());
  }
  std::vector<std::pair<int, int64_t>> sentence_ids;  // index -> sentences.id
  sentence_ids.reserve(sentences.size());
  for (const StoredSentence& s : sentences) {
    insert_sentence_.Bind(1, id).Bind(2, int64_t{s.index}).Bind(3, s.begin).Bind(4, s.end);
    if (Status st = insert_sentence_.Bind(5, std::string_view(s.text)).Run(); !st.ok()) return st;
    const int64_t sentence_id = sqlite3_last_insert_rowid(db_->get());
    // Indexed here, not by a trigger (schema.cc, version 2, says why).
    if (Status st = insert_fts_.Bind(1, sentence_id).Bind(2, std::string_view(s.text)).Run(); !st.ok()) return st;
    sentence_ids.emplace_back(s.index, sentence_id);
  }
  for (const Event& e : events) {
    const auto it = std::find_if(sentence_ids.begin(), sentence_ids.end(),
                                 [&](const auto& p) { return p.first == static_cast<int>(e.sentence); });
    BindEvent(insert_event_, run_id, id, it->second, e);
    if (Status s = insert_event_.Run(); !s.ok()) return s;
  }
  return id;
}

Status SqliteStore::RecordFailure(int64_t run_id, const std::string& source, int64_t record,
                                  const std::string& doc_id, const std::string& message) {
  if (Status s = BeginBatch(); !s.ok()) return s;
  insert_failure_.Bind(1, run_id).Bind(2, std::string_view(source)).Bind(3, record);
  return insert_failure_.Bind(4, std::string_view(doc_id)).Bind(5, std::string_view(message)).Run();
}

}  // namespace dyad::store
