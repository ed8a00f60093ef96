// `dyad ingest` from the command line: the seed article into a new store,
// re-ingesting, recoding, bad documents, usage errors, and a store that
// survives `kill -9` in the middle of a run.
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "dyad/data.h"
#include "store/sqlite.h"
#include "store/store_fixture.h"
#include "test_util.h"

extern char** environ;

namespace dyad {
namespace {

using testing::RunDyad;

using testing::QueryInt;
using testing::QueryText;

// Per content hash: "sentences/events" of each stored document.
std::map<std::string, std::string> Contents(const std::string& path) {
  store::Db db;
  EXPECT_TRUE(db.Open(path, true).ok());
  store::Stmt st;
  EXPECT_TRUE(st.Prepare(db,
                         "SELECT content_hash, (SELECT count(*) FROM sentences s WHERE s.document_id = d.id),"
                         " (SELECT count(*) FROM events e WHERE e.document_id = d.id) FROM documents d")
                  .ok());
  std::map<std::string, std::string> out;
  for (auto row = st.Step(); row.ok() && *row; row = st.Step())
    out[st.Text(0)] = std::to_string(st.Int(1)) + "/" + std::to_string(st.Int(2));
  return out;
}

std::string FreshDb(const std::string& dir, const std::string& name) {
  const std::string path = (std::filesystem::path(dir) / name).string();
  testing::RemoveStore(path);
  return path;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

class IngestCliSeed : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::string> path = DataPath("examples/seed-nl.txt");
    if (!path.ok()) GTEST_SKIP() << path.status().ToString();
    seed_ = *path;
    dir_ = testing::TempDir("dyad_ingest_seed_" + std::to_string(::getpid()));
    db_ = FreshDb(dir_, "seed.db");
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  std::string seed_, dir_, db_;
};

TEST_F(IngestCliSeed, StoresTheSeedArticlesEventsAsDyadCodeCodesThem) {
  auto code = RunDyad("code " + seed_, "ingest_code");
  ASSERT_EQ(code.status, 0) << code.err;
  std::multiset<std::string> coded;
  for (const std::string& line : Lines(code.out)) {
    auto j = nlohmann::json::parse(line);
    coded.insert(j["source"].get<std::string>() + " " + j["code"].get<std::string>() + " " +
                 j["target"].get<std::string>() + " " + j["date"].get<std::string>() + " " +
                 j["text"].get<std::string>());
  }
  ASSERT_EQ(coded.size(), 8u) << code.out;
  auto run = RunDyad("ingest --db " + db_ + " " + seed_, "ingest_seed");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("1 documents stored, 0 skipped, 8 events, 0 failed"), std::string::npos) << run.out;
  EXPECT_EQ(QueryInt(db_, "SELECT count(*) FROM events"), 8);
  std::multiset<std::string> stored;
  store::Db db;
  ASSERT_TRUE(db.Open(db_, true).ok());
  store::Stmt st;
  ASSERT_TRUE(st.Prepare(db, "SELECT source || ' ' || code || ' ' || target || ' ' || date || ' ' || text "
                             "FROM event_records").ok());
  for (auto row = st.Step(); row.ok() && *row; row = st.Step()) stored.insert(st.Text(0));
  EXPECT_EQ(stored, coded);
  EXPECT_EQ(QueryText(db_, "SELECT doc_id || ' ' || date || ' ' || lang FROM documents"), "seed-nl 2022-08 nl");
  // Sentence offsets point at the sentence in the file's text.
  EXPECT_EQ(QueryInt(db_, "SELECT count(*) FROM sentences WHERE end <= begin"), 0);
  EXPECT_EQ(QueryText(db_, "SELECT substr(text, 1, 11) FROM sentences WHERE idx = 0"), "Noord-Korea");
  EXPECT_EQ(QueryInt(db_, "SELECT count(*) FROM runs WHERE finished IS NOT NULL AND documents = 1 AND events = 8 "
                        "AND coder != '' AND command LIKE '%ingest%'"),
            1);
}

TEST_F(IngestCliSeed, IngestingAgainStoresNothingNew) {
  ASSERT_EQ(RunDyad("ingest --db " + db_ + " " + seed_, "ingest_again1").status, 0);
  auto again = RunDyad("ingest --db " + db_ + " " + seed_ + " " + seed_, "ingest_again2");
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.out.find("0 documents stored, 2 skipped, 0 events"), std::string::npos) << again.out;
  EXPECT_EQ(QueryInt(db_, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(QueryInt(db_, "SELECT count(*) FROM events"), 8);
  EXPECT_EQ(QueryInt(db_, "SELECT count(*) FROM runs"), 2);
}

TEST_F(IngestCliSeed, RecodeCodesAgainOnlyWhatOtherDictionariesOrSwitchesCoded) {
  ASSERT_EQ(RunDyad("ingest --db " + db_ + " " + seed_, "ingest_recode1").status, 0);
  auto same = RunDyad("ingest --recode --db " + db_ + " " + seed_, "ingest_recode2");
  ASSERT_EQ(same.status, 0) << same.err;
  EXPECT_NE(same.out.find("0 documents stored, 0 recoded, 1 skipped"), std::string::npos) << same.out;
  const std::string first_coder = QueryText(db_, "SELECT coder FROM documents");
  auto changed = RunDyad("ingest --recode --keep-negated --db " + db_ + " " + seed_, "ingest_recode3");
  ASSERT_EQ(changed.status, 0) << changed.err;
  EXPECT_NE(changed.out.find("0 documents stored, 1 recoded, 0 skipped"), std::string::npos) << changed.out;
  EXPECT_NE(QueryText(db_, "SELECT coder FROM documents"), first_coder);
  auto all = RunDyad("ingest --recode=all --db " + db_ + " " + seed_, "ingest_recode4");
  ASSERT_EQ(all.status, 0) << all.err;
  EXPECT_NE(all.out.find("1 recoded"), std::string::npos) << all.out;
  EXPECT_EQ(QueryText(db_, "SELECT coder FROM documents"), first_coder);
  EXPECT_EQ(QueryInt(db_, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(QueryInt(db_, "SELECT count(*) FROM events"), 8);
  EXPECT_EQ(QueryInt(db_, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'veto'"), 1);
}

TEST(IngestCli, BadDocumentsAreRecordedAndTheGoodOnesStored) {
  const std::string dir = testing::TempDir("dyad_ingest_bad_" + std::to_string(::getpid()));
  const std::string good = R"({"id": "g1", "date": "2022-03-01", "lang": "en", "text": "Ukraine accused Russia of shelling Kharkiv."})";
  const std::string good2 = R"({"id": "g2", "date": "2022-03-02", "lang": "nl", "text": "Rusland bedreigde Oekraïne met nieuwe aanvallen."})";
  testing::WriteFileIn(dir, "news.jsonl",
                       good + "\n{\"id\": \"broken\", \"date\": \n" +
                           R"({"id": "nodate", "text": "Russia criticised Ukraine."})" + "\n" +
                           "{\"id\": \"latin1\", \"date\": \"2022-03-03\", \"text\": \"Caf\xe9 \xe9\"}\n" + good2 + "\n");
  const std::string db = FreshDb(dir, "bad.db");
  auto run = RunDyad("ingest --db " + db + " " + dir + "/news.jsonl", "ingest_bad");
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_NE(run.out.find("2 documents stored, 0 skipped"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("3 failed (listed above)"), std::string::npos) << run.out;
  for (const char* line : {"news.jsonl:2: error:", "news.jsonl:3: error:", "news.jsonl:4: error:"})
    EXPECT_NE(run.err.find(line), std::string::npos) << line << " in " << run.err;
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM failures WHERE record IN (2, 3, 4) AND source LIKE '%news.jsonl'"), 3);
  EXPECT_EQ(QueryInt(db, "SELECT failures FROM runs"), 3);
  std::filesystem::remove_all(dir);
}

TEST(IngestCli, UsageErrorsExitWithTwoAndLeaveForeignFilesAlone) {
  const std::string dir = testing::TempDir("dyad_ingest_usage_" + std::to_string(::getpid()));
  const std::string input = testing::WriteFileIn(dir, "a.txt", "date 2022-01-01\nRussia criticised Ukraine.\n");
  EXPECT_EQ(RunDyad("ingest " + input, "ingest_nodb").status, 2);
  EXPECT_EQ(RunDyad("ingest --db " + dir + "/x.db", "ingest_noinput").status, 2);
  EXPECT_EQ(RunDyad("ingest --batch 0 --db " + dir + "/x.db " + input, "ingest_batch0").status, 2);
  EXPECT_EQ(RunDyad("ingest --recode=some --db " + dir + "/x.db " + input, "ingest_recodebad").status, 2);
  const std::string foreign = FreshDb(dir, "foreign.db");
  {
    store::Db db;
    ASSERT_TRUE(db.Open(foreign, false).ok());
    ASSERT_TRUE(db.Exec("CREATE TABLE notes (t TEXT)").ok());
  }
  auto run = RunDyad("ingest --db " + foreign + " " + input, "ingest_foreign");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("not a dyad event store"), std::string::npos) << run.err;
  EXPECT_EQ(QueryInt(foreign, "SELECT count(*) FROM sqlite_schema"), 1);
  std::filesystem::remove_all(dir);
}

// ---- kill -9 ----

// `n` short dated news documents, alternately Dutch and English, each
// different (names, places and dates vary).
std::string GeneratedNews(int n) {
  const char* nl_countries[] = {"Rusland", "Oekraïne", "Frankrijk", "Duitsland", "China", "Japan", "Turkije"};
  const char* en_countries[] = {"Russia", "Ukraine", "France", "Germany", "China", "Japan", "Turkey"};
  const char* nl_months[] = {"januari", "februari", "maart", "april", "mei", "juni"};
  const char* en_months[] = {"January", "February", "March", "April", "May", "June"};
  std::string out;
  for (int i = 0; i < n; ++i) {
    const int a = i % 7, b = (i / 7 + a + 1) % 7, m = i % 6, d = 1 + i % 28;
    nlohmann::json j;
    j["id"] = "gen-" + std::to_string(i);
    j["date"] = fmt::format("2022-{:02}-{:02}", m + 1, d);
    if (i % 2 == 0) {
      j["lang"] = "nl";
      j["text"] = fmt::format("{} heeft {} op {} {} scherp veroordeeld. De minister van {} bezocht later {}. "
                              "Bericht {} meldt dat de gesprekken doorgaan.",
                              nl_countries[a], nl_countries[b], d, nl_months[m], nl_countries[a], nl_countries[b], i);
    } else {
      j["lang"] = "en";
      j["text"] = fmt::format("{} accused {} of violating the agreement on {} {}. The president of {} met the "
                              "ambassador of {} in the capital. Report {} says talks will go on.",
                              en_countries[a], en_countries[b], en_months[m], d, en_countries[a], en_countries[b], i);
    }
    out += j.dump() + "\n";
  }
  return out;
}

// Starts `dyad ARGS...` with output discarded; returns its process id.
pid_t Spawn(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {DYAD_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> cargv;
  for (std::string& a : argv) cargv.push_back(a.data());
  cargv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  if (posix_spawn(&pid, DYAD_BINARY, &actions, nullptr, cargv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

TEST(IngestCli, AKilledIngestLeavesWholeDocumentsAndARerunCompletesIt) {
  const std::string dir = testing::TempDir("dyad_ingest_kill_" + std::to_string(::getpid()));
  const std::string input = testing::WriteFileIn(dir, "news.jsonl", GeneratedNews(600));
  const std::string clean = FreshDb(dir, "clean.db"), killed = FreshDb(dir, "killed.db");
  auto full = RunDyad("ingest --db " + clean + " " + input, "ingest_clean");
  ASSERT_EQ(full.status, 0) << full.err;
  const std::map<std::string, std::string> expected = Contents(clean);
  ASSERT_EQ(expected.size(), 600u);
  ASSERT_GT(QueryInt(clean, "SELECT count(*) FROM events"), 100);

  const pid_t pid = Spawn({"ingest", "--batch", "10", "--db", killed, input});
  ASSERT_GT(pid, 0);
  int status = 0;
  bool exited = false;
  // Kill once some batches are committed (about a tenth of the input).
  for (int i = 0; i < 6000 && !exited; ++i) {
    if (QueryInt(killed, "SELECT count(*) FROM documents") >= 60) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    exited = waitpid(pid, &status, WNOHANG) == pid;
  }
  if (!exited) {
    ::kill(pid, SIGKILL);
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
  }
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest ended before it could be killed; make the input larger";

  EXPECT_EQ(QueryText(killed, "PRAGMA integrity_check"), "ok");
  const std::map<std::string, std::string> partial = Contents(killed);
  EXPECT_GE(partial.size(), 60u);
  EXPECT_LT(partial.size(), 600u);
  for (const auto& [hash, counts] : partial) {
    ASSERT_TRUE(expected.count(hash)) << hash;
    EXPECT_EQ(counts, expected.at(hash)) << "document " << hash << " stored incompletely";
  }
  EXPECT_EQ(QueryInt(killed, "SELECT count(*) FROM runs WHERE finished IS NULL"), 1);

  auto rerun = RunDyad("ingest --batch 10 --db " + killed + " " + input, "ingest_rerun");
  ASSERT_EQ(rerun.status, 0) << rerun.err;
  EXPECT_NE(rerun.out.find(std::to_string(600 - partial.size()) + " documents stored, " +
                           std::to_string(partial.size()) + " skipped"),
            std::string::npos)
      << rerun.out;
  EXPECT_EQ(Contents(killed), expected);
  for (const char* table : {"documents", "sentences", "events"})
    EXPECT_EQ(QueryInt(killed, std::string("SELECT count(*) FROM ") + table),
              QueryInt(clean, std::string("SELECT count(*) FROM ") + table))
        << table;
  EXPECT_EQ(QueryText(killed, "PRAGMA integrity_check"), "ok");
  // Every sentence naming a minister or president is in the full-text index once.
  const std::string match = "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'minister OR president'";
  EXPECT_EQ(QueryInt(killed, match), 600);
  EXPECT_EQ(QueryInt(clean, match), 600);
  if (!HasFailure()) std::filesystem::remove_all(dir);  // kept for a look when something failed
}

}  // namespace
}  // namespace dyad
