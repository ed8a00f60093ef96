// The SQLite implementation of dyad::Store. Writing lives in write.cc,
// queries in query.cc, opening and migrations in store.cc/schema.cc.
#pragma once

#include <memory>
#include <string>

#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad::store {

class SqliteStore final : public Store {
 public:
  // `db` is open and migrated.
  SqliteStore(std::unique_ptr<Db> db, bool read_only) : db_(std::move(db)), read_only_(read_only) {}
  ~SqliteStore() override;

  Result<int64_t> BeginRun(const RunInfo& run) override;
  Status FinishRun(int64_t run_id, const RunTotals& totals) override;
  Result<std::optional<StoredDocument>> FindByHash(const std::string& content_hash) override;
  Result<int64_t> Put(int64_t run_id, const Document& document, std::span<const StoredSentence> sentences,
                      std::span<const Event> events) override;
  Status RecordFailure(int64_t run_id, const std::string& source, int64_t record, const std::string& doc_id,
                       const std::string& message) override;
  Status Commit() override;

  Result<EventPage> Events(const EventFilter& filter) override;
  Status ForEachEvent(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& each) override;
  Result<std::vector<DyadBucket>> Dyads(const DyadQuery& query) override;
  Result<std::vector<ActorCount>> Actors(const std::string& prefix, int64_t limit) override;
  Result<std::vector<DyadEdge>> Network(const NetworkQuery& query) override;
  Result<StoredDocument> GetDocument(int64_t id) override;
  Result<StoreSummary> Summary() override;  // summary.cc
  Result<int64_t> DataVersion() override;    // summary.cc

 private:
  Status Writable() const;
  // The document whose `column` (content_hash, id) equals what `bind` binds
  // to parameter 1; `st` is prepared on first use (write.cc).
  Result<std::optional<StoredDocument>> FindDocument(Stmt& st, std::string_view column,
                                                     const std::function<void(Stmt&)>& bind);
  Status BeginBatch();
  // Put's work inside its savepoint (write.cc).
  Result<int64_t> PutInBatch(int64_t run_id, const Document& document, std::span<const StoredSentence> sentences,
                             std::span<const Event> events);

  std::unique_ptr<Db> db_;
  bool read_only_ = false;
  bool in_batch_ = false;
  // Prepared once per store; the writer's hot path.
  Stmt find_hash_, find_id_, insert_document_, update_document_, delete_events_, delete_sentences_, insert_sentence_,
      insert_event_, insert_failure_, insert_fts_;
};

}  // namespace dyad::store
