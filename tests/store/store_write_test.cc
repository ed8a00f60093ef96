// The store's writing side: creating a store, putting documents with their
// sentences and events, content-hash identity, recoding, batches, read-only
// stores, and the files it refuses to touch.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/sqlite.h"
#include "store_fixture.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing::TestDocuments;

// Each test's databases are fresh paths, removed with their WAL files after
// the test.
class StoreWrite : public ::testing::Test {
 protected:
  std::string FreshDb(const std::string& name) {
    paths_.push_back(testing::TempPath("dyad_store_" + name + "_" + std::to_string(::getpid()) + ".db"));
    testing::RemoveStore(paths_.back());
    return paths_.back();
  }
  void TearDown() override {
    for (const std::string& path : paths_) testing::RemoveStore(path);
  }

 private:
  std::vector<std::string> paths_;
};

int64_t Scalar(const std::string& path, const std::string& sql) { return testing::QueryInt(path, sql); }
std::string Text(const std::string& path, const std::string& sql) { return testing::QueryText(path, sql); }

std::unique_ptr<Store> OpenWritable(const std::string& path) {
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

RunInfo TestRun(const std::string& coder) { return {"test", "0", coder, "fixture", "none"}; }

TEST_F(StoreWrite, CreatesAStoreAndPutsADocumentWithItsSentencesAndEvents) {
  const std::string path = FreshDb("put");
  auto store = OpenWritable(path);
  ASSERT_NE(store, nullptr);
  const testing::TestDocument t = TestDocuments()[0];
  auto run = store->BeginRun(TestRun("coder-a"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  auto id = store->Put(*run, t.document, t.sentences, t.events);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sentences"), 3);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM events"), 2);
  // Each event points at its own sentence, whose text is the evidence.
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM event_records WHERE source = 'RUS' AND target = 'PRK' AND "
                         "text = 'Rusland waarschuwde Noord-Korea op 10 augustus.' AND date = '2022-08-10' AND "
                         "doc_date = '2022-08-15' AND doc_id = 'nl-waarschuwing'"),
            1);
  EXPECT_EQ(Scalar(path, "SELECT day_first * 100000000 + day_last FROM events WHERE code = '051'"),
            2022081520220815);
  EXPECT_EQ(Scalar(path, "SELECT begin * 1000 + end FROM sentences WHERE idx = 1"),
            t.sentences[1].begin * 1000 + t.sentences[1].end);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'steun'"), 1);
}

TEST_F(StoreWrite, FindsADocumentByItsContentHash) {
  const std::string path = FreshDb("find");
  auto store = OpenWritable(path);
  ASSERT_NE(store, nullptr);
  const testing::TestDocument t = TestDocuments()[1];
  const std::string hash = Store::ContentHash(t.document);
  auto before = store->FindByHash(hash);
  ASSERT_TRUE(before.ok());
  EXPECT_FALSE(before->has_value());
  auto run = store->BeginRun(TestRun("coder-a"));
  ASSERT_TRUE(run.ok());
  auto id = store->Put(*run, t.document, t.sentences, t.events);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  auto found = store->FindByHash(hash);
  ASSERT_TRUE(found.ok() && found->has_value());
  const StoredDocument& d = **found;
  EXPECT_EQ(d.id, *id);
  EXPECT_EQ(d.doc_id, "en-accusation");
  EXPECT_EQ(d.lang, "en");
  EXPECT_EQ(d.date, t.document.date);
  EXPECT_EQ(d.coder, "coder-a");
  EXPECT_EQ(d.run_id, *run);
  EXPECT_EQ(d.content_hash, hash);
}

TEST_F(StoreWrite, PuttingTheSameDocumentTwiceStoresItOnce) {
  const std::string path = FreshDb("idempotent");
  auto store = OpenWritable(path);
  ASSERT_NE(store, nullptr);
  const testing::TestDocument t = TestDocuments()[2];
  auto run = store->BeginRun(TestRun("coder-a"));
  ASSERT_TRUE(run.ok());
  auto first = store->Put(*run, t.document, t.sentences, t.events);
  ASSERT_TRUE(store->Commit().ok());
  auto second = store->Put(*run, t.document, t.sentences, t.events);
  ASSERT_TRUE(first.ok() && second.ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(*first, *second);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sentences"), 2);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM events"), 2);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Pyongyang'"), 1);
}

TEST_F(StoreWrite, RecodingReplacesADocumentsEventsAndRecordsTheNewCoder) {
  const std::string path = FreshDb("recode");
  auto store = OpenWritable(path);
  ASSERT_NE(store, nullptr);
  testing::TestDocument t = TestDocuments()[0];
  auto old_run = store->BeginRun(TestRun("coder-a"));
  ASSERT_TRUE(old_run.ok());
  auto id = store->Put(*old_run, t.document, t.sentences, t.events);
  ASSERT_TRUE(id.ok() && store->Commit().ok());
  auto new_run = store->BeginRun(TestRun("coder-b"));
  ASSERT_TRUE(new_run.ok());
  t.events.erase(t.events.begin());  // the new dictionaries no longer see the warning
  t.events[0].code = "052";
  auto recoded = store->Put(*new_run, t.document, t.sentences, t.events);
  ASSERT_TRUE(recoded.ok() && store->Commit().ok());
  EXPECT_EQ(*recoded, *id);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM events"), 1);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM events WHERE code = '052' AND run_id = " + std::to_string(*new_run)),
            1);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sentences"), 3);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM documents WHERE coder = 'coder-b'"), 1);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'waarschuwde'"), 1);
}

TEST_F(StoreWrite, AnEventWithoutItsSentenceIsRefusedAndLeavesNothingBehind) {
  const std::string path = FreshDb("orphan");
  auto store = OpenWritable(path);
  ASSERT_NE(store, nullptr);
  testing::TestDocument t = TestDocuments()[0];
  t.sentences.pop_back();
  t.sentences.pop_back();  // event 1 is in sentence 1, now missing
  auto run = store->BeginRun(TestRun("coder-a"));
  ASSERT_TRUE(run.ok());
  auto id = store->Put(*run, t.document, t.sentences, t.events);
  ASSERT_FALSE(id.ok());
  EXPECT_NE(id.status().message().find("sentence 1"), std::string::npos) << id.status().ToString();
  // A duplicate sentence index fails inside the database: the savepoint
  // drops the half-written document.
  t = TestDocuments()[1];
  t.sentences[1].index = 0;
  ASSERT_FALSE(store->Put(*run, t.document, t.sentences, t.events).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM documents"), 0);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sentences"), 0);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM runs"), 1);
}

TEST_F(StoreWrite, ReadOnlyStoresRefuseWrites) {
  const std::string path = FreshDb("readonly");
  ASSERT_TRUE(testing::MakeTestStore(path).ok());
  auto store = Store::Open(path, Store::Mode::kReadOnly);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto run = (*store)->BeginRun(TestRun("coder-a"));
  ASSERT_FALSE(run.ok());
  EXPECT_NE(run.status().message().find("read-only"), std::string::npos) << run.status().ToString();
  const testing::TestDocument t = TestDocuments()[0];
  EXPECT_FALSE((*store)->Put(1, t.document, t.sentences, t.events).ok());
  EXPECT_FALSE((*store)->RecordFailure(1, "x.txt", 1, "x", "bad").ok());
  // Reading by hash works without writing.
  auto found = (*store)->FindByHash(Store::ContentHash(t.document));
  ASSERT_TRUE(found.ok() && found->has_value());
}

TEST_F(StoreWrite, AnSqliteFileThatIsNotAStoreIsRefusedAndLeftAlone) {
  const std::string path = FreshDb("foreign");
  {
    store::Db db;
    ASSERT_TRUE(db.Open(path, false).ok());
    ASSERT_TRUE(db.Exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('stamppot')").ok());
  }
  for (Store::Mode mode : {Store::Mode::kReadWrite, Store::Mode::kReadOnly}) {
    auto store = Store::Open(path, mode);
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.status().message().find("not a dyad event store"), std::string::npos)
        << store.status().ToString();
  }
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sqlite_schema"), 1);
}

TEST_F(StoreWrite, AStoreFromANewerDyadIsRefused) {
  const std::string path = FreshDb("newer");
  ASSERT_TRUE(testing::MakeTestStore(path).ok());
  {
    store::Db db;
    ASSERT_TRUE(db.Open(path, false).ok());
    ASSERT_TRUE(db.Exec("PRAGMA user_version = " + std::to_string(Store::SchemaVersion() + 1)).ok());
  }
  for (Store::Mode mode : {Store::Mode::kReadWrite, Store::Mode::kReadOnly}) {
    auto store = Store::Open(path, mode);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), Code::kUnsupported) << store.status().ToString();
  }
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM events"), testing::kTestStoreEvents);
}

TEST_F(StoreWrite, AVersionOneStoreIsMigratedWithItsData) {
  const std::string path = FreshDb("migrate");
  ASSERT_TRUE(testing::MakeTestStore(path).ok());
  {
    // Version 1 indexed sentences by trigger; version 2 dropped it.
    store::Db db;
    ASSERT_TRUE(db.Open(path, false).ok());
    ASSERT_TRUE(db.Exec("CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN "
                        "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END; "
                        "PRAGMA user_version = 1")
                    .ok());
  }
  auto read_only = Store::Open(path, Store::Mode::kReadOnly);
  ASSERT_FALSE(read_only.ok());
  EXPECT_NE(read_only.status().message().find("dyad ingest --db"), std::string::npos)
      << read_only.status().ToString();
  auto store = OpenWritable(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Scalar(path, "PRAGMA user_version"), Store::SchemaVersion());
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'sentences_ai'"), 0);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM events"), testing::kTestStoreEvents);
  // New sentences are indexed once, by the writer.
  testing::TestDocument t = TestDocuments()[0];
  t.document.text += " Extra.";
  auto run = store->BeginRun(TestRun("coder-a"));
  ASSERT_TRUE(run.ok() && store->Put(*run, t.document, t.sentences, t.events).ok() && store->Commit().ok());
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'waarschuwde'"), 2);
  EXPECT_EQ(Text(path, "PRAGMA integrity_check"), "ok");
}

TEST_F(StoreWrite, AStoreSurvivesCloseAndReopen) {
  const std::string path = FreshDb("reopen");
  ASSERT_TRUE(testing::MakeTestStore(path).ok());
  auto store = OpenWritable(path);
  ASSERT_NE(store, nullptr);
  for (const testing::TestDocument& t : TestDocuments()) {
    auto found = store->FindByHash(Store::ContentHash(t.document));
    ASSERT_TRUE(found.ok() && found->has_value()) << t.document.id;
    EXPECT_EQ((*found)->doc_id, t.document.id);
  }
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM documents"), testing::kTestStoreDocuments);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sentences"), testing::kTestStoreSentences);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM events"), testing::kTestStoreEvents);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM runs WHERE finished IS NOT NULL AND documents = 4 AND events = 7"), 1);
  // Month precision: the event covers all of November.
  EXPECT_EQ(Scalar(path, "SELECT day_first * 100000000 + day_last FROM events WHERE code = '190'"),
            2022110120221130);
  EXPECT_EQ(Scalar(path, "PRAGMA user_version"), Store::SchemaVersion());
}

TEST_F(StoreWrite, OnlyCommitPersistsABatch) {
  const std::string path = FreshDb("rollback");
  {
    auto store = OpenWritable(path);
    ASSERT_NE(store, nullptr);
    auto run = store->BeginRun(TestRun("coder-a"));
    ASSERT_TRUE(run.ok());
    for (const testing::TestDocument& t : TestDocuments())
      ASSERT_TRUE(store->Put(*run, t.document, t.sentences, t.events).ok());
    ASSERT_TRUE(store->RecordFailure(*run, "bad.jsonl", 3, "bad-3", "invalid UTF-8").ok());
    // Another connection sees nothing of the open batch.
    EXPECT_EQ(Scalar(path, "SELECT count(*) FROM documents"), 0);
  }
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM documents"), 0);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM failures"), 0);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM runs"), 0);
  auto store = OpenWritable(path);
  ASSERT_NE(store, nullptr);
  auto run = store->BeginRun(TestRun("coder-a"));
  ASSERT_TRUE(run.ok());
  ASSERT_TRUE(store->RecordFailure(*run, "bad.jsonl", 3, "bad-3", "invalid UTF-8").ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM failures WHERE source = 'bad.jsonl' AND record = 3"), 1);
}

}  // namespace
}  // namespace dyad
