// `dyad query`, `dyad dyads` and `dyad export` from the command line, over
// the hand-written query store (tests/store/query_fixture.h): the output
// formats, CSV that parses back, paging, and usage errors (exit 2).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/data.h"
#include "store/query_fixture.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing::RunDyad;

using testing::Lines;
// RFC 4180 records: quoted fields may hold commas, doubled quotes and line
// breaks. Returns the records, each a list of fields.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = records.back().back();
    if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
    else if (c == '"') quoted = !quoted;
    else if (quoted || (c != ',' && c != '\n')) field += c;
    else if (c == ',') records.back().emplace_back();
    else records.emplace_back(1);
  }
  if (records.back() == std::vector<std::string>(1)) records.pop_back();
  return records;
}

class QueryCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = new testing::TempQueryStore("dyad_query_cli"); }
  static void TearDownTestSuite() { delete db_; }
  void SetUp() override { ASSERT_TRUE(db_->status().ok()) << db_->status().ToString(); }
  // `dyad COMMAND --db STORE REST` for args "COMMAND REST".
  static testing::CliRun Run(const std::string& args, const std::string& tag) {
    const size_t space = std::min(args.find(' '), args.size());
    return RunDyad(args.substr(0, space) + " --db " + db_->path() + args.substr(space), tag);
  }
  static testing::TempQueryStore* db_;
};

testing::TempQueryStore* QueryCli::db_ = nullptr;

const char kCommaQuote[] = "Pyongyang said \"no, never\", rejecting the Russian veto.";

TEST_F(QueryCli, TableShowsAlignedColumnsAndTheTotalOnStderr) {
  auto run = Run("query --between RUS PRK --limit 4", "query_table");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 5u) << run.out;
  EXPECT_EQ(lines[0].rfind("DATE ", 0), 0u) << lines[0];
  const size_t text_column = lines[0].find("TEXT");
  ASSERT_NE(text_column, std::string::npos);
  EXPECT_EQ(lines[1].substr(text_column), "Russian warships blockaded North Korean ports.");
  EXPECT_NE(lines[2].find("RUS"), std::string::npos);
  EXPECT_NE(lines[2].find("-4.4"), std::string::npos);
  EXPECT_EQ(run.err, "4 of 6 events\n");
}

TEST_F(QueryCli, TableCutsTheSentenceToTheWidth) {
  unsetenv("COLUMNS");
  auto whole = Run("query --text veto", "query_whole");
  setenv("COLUMNS", "80", 1);
  auto narrow = Run("query --text veto", "query_narrow");
  unsetenv("COLUMNS");
  ASSERT_EQ(narrow.status, 0) << narrow.err;
  const std::vector<std::string> lines = Lines(narrow.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[1].find("Pyongyang said"), std::string::npos) << lines[1];
  EXPECT_EQ(lines[1].substr(lines[1].size() - 3), "…") << lines[1];
  EXPECT_EQ(lines[1].size() - 2, 80u);  // "…" is 3 bytes, one column
  ASSERT_EQ(Lines(whole.out).size(), 2u);
  EXPECT_NE(Lines(whole.out)[1].find(kCommaQuote), std::string::npos) << "without a width nothing is cut";
}

TEST_F(QueryCli, JsonlIsTheEventRecordOfDyadCode) {
  auto run = Run("query --text veto --format jsonl", "query_jsonl");
  ASSERT_EQ(run.status, 0) << run.err;
  const Event want = testing::QueryExtraDocuments()[1].events[0];
  EXPECT_EQ(run.out, EventToJson(want) + "\n");
  nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["text"], kCommaQuote);
  EXPECT_EQ(j["plover"]["type"], "REJECT");
}

TEST_F(QueryCli, CsvParsesBackWithTheSentenceQuoted) {
  auto run = Run("query --text veto --format csv", "query_csv");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("\"Pyongyang said \"\"no, never\"\", rejecting the Russian veto.\""), std::string::npos)
      << run.out;
  const auto records = ParseCsv(run.out);
  ASSERT_EQ(records.size(), 2u) << run.out;
  const std::vector<std::string>& header = records[0];
  ASSERT_EQ(records[1].size(), header.size());
  auto field = [&](const char* name) {
    return records[1][static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin())];
  };
  EXPECT_EQ(field("text"), kCommaQuote);
  EXPECT_EQ(field("doc_id"), "en-yearend");
  EXPECT_EQ(field("plover_type"), "REJECT");
  EXPECT_EQ(field("date"), "2024-12-30");
  EXPECT_EQ(field("negated"), "false");
}

TEST_F(QueryCli, LimitAndOffsetPage) {
  auto all = Run("query --limit 0 --format jsonl", "query_all");
  auto page = Run("query --limit 3 --offset 2 --format jsonl", "query_page");
  ASSERT_EQ(page.status, 0) << page.err;
  const std::vector<std::string> every = Lines(all.out);
  ASSERT_EQ(every.size(), static_cast<size_t>(testing::kQueryStoreEvents));
  EXPECT_EQ(Lines(page.out), std::vector<std::string>(every.begin() + 2, every.begin() + 5));
  EXPECT_EQ(page.err, "3 of 10 events\n");
}

TEST_F(QueryCli, DyadsInEveryFormat) {
  auto csv = Run("dyads --between PRK RUS --by week --format csv", "dyads_csv");
  ASSERT_EQ(csv.status, 0) << csv.err;
  const auto records = ParseCsv(csv.out);
  ASSERT_EQ(records.size(), 7u) << csv.out;
  EXPECT_EQ(records[0].size(), 29u);  // period, events, 4 quads, 20 roots, sum, mean, documents
  EXPECT_EQ(records[1][0], "2020-W53");
  EXPECT_EQ(records[6][0], "2025-W01");
  auto jsonl = Run("dyads --between PRK RUS --by month --from 2022 --to 2022 --format jsonl", "dyads_jsonl");
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  const std::vector<std::string> lines = Lines(jsonl.out);
  ASSERT_EQ(lines.size(), 2u) << jsonl.out;
  nlohmann::json august = nlohmann::json::parse(lines[0]);
  EXPECT_EQ(august["period"], "2022-08");
  EXPECT_EQ(august["events"], 2);
  EXPECT_EQ(august["quad"], nlohmann::json::array({1, 0, 1, 0}));
  EXPECT_EQ(august["roots"]["13"], 1);
  EXPECT_EQ(august["documents"], 1);
  auto table = Run("dyads --between PRK RUS --by year", "dyads_table");
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_EQ(Lines(table.out).size(), 5u) << table.out;
  EXPECT_EQ(table.out.rfind("PERIOD", 0), 0u);
}

TEST_F(QueryCli, ExportStreamsEveryEventInEachFormat) {
  auto jsonl = Run("export", "export_jsonl");
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  const std::vector<std::string> lines = Lines(jsonl.out);
  ASSERT_EQ(lines.size(), static_cast<size_t>(testing::kQueryStoreEvents));
  EXPECT_EQ(nlohmann::json::parse(lines.front())["date"], "2021-01-01");
  EXPECT_EQ(nlohmann::json::parse(lines.back())["date"], "2024-12-30");
  auto csv = Run("export --format csv", "export_csv");
  const auto records = ParseCsv(csv.out);
  ASSERT_EQ(records.size(), 1u + testing::kQueryStoreEvents);
  for (const auto& r : records) EXPECT_EQ(r.size(), 19u);
  auto gdelt = Run("export --format gdelt --source RUS", "export_gdelt");
  const std::vector<std::string> rows = Lines(gdelt.out);
  ASSERT_EQ(rows.size(), 5u) << gdelt.out;
  EXPECT_EQ(rows[0], EventTsvHeader());
  for (const std::string& row : rows) EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 60);
  auto plover = Run("export --format plover --code 19", "export_plover");
  ASSERT_EQ(Lines(plover.out).size(), 2u) << plover.out;
  EXPECT_EQ(nlohmann::json::parse(Lines(plover.out)[0])["event_type"], "ASSAULT");
}

TEST_F(QueryCli, ExportWritesToAFile) {
  const std::string out = testing::TempPath("dyad_export_" + std::to_string(::getpid()) + ".jsonl");
  auto run = Run("export --between UKR PRK -o " + out, "export_file");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(Lines(testing::Slurp(out)).size(), 2u);
  std::filesystem::remove(out);
}

TEST_F(QueryCli, BadArgumentsAreUsageErrors) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"query --format xml", "--format"},
      {"query --from not-a-date", "not-a-date"},
      {"query --quad 7", "--quad"},
      {"query --between RUS", "--between"},
      {"query --limit many", "--limit"},
      {"query --text '\"unbalanced'", "unbalanced"},
      {"query stray", "stray"},
      {"dyads --between RUS PRK --by fortnight", "fortnight"},
      {"dyads --by month", "--between"},
      {"export --format tsv", "--format"},
  };
  for (const auto& [args, named] : cases) {
    auto run = Run(args, "usage");
    EXPECT_EQ(run.status, 2) << args << ": " << run.err;
    EXPECT_NE(run.err.find(named), std::string::npos) << args << ": " << run.err;
    EXPECT_EQ(run.out, "") << args;
  }
  auto no_db = RunDyad("query --source RUS", "usage_nodb");
  EXPECT_EQ(no_db.status, 2);
  EXPECT_NE(no_db.err.find("--db"), std::string::npos) << no_db.err;
}

// The seed article through `dyad ingest`: exporting the store gives back
// what `dyad code` printed, and its quoted sentence with a comma survives
// CSV. Skipped when $DYAD_DATA lacks the seed.
TEST(QueryCliSeed, ExportOfAnIngestedSeedIsWhatDyadCodePrinted) {
  Result<std::string> seed = DataPath("examples/seed-nl.txt");
  if (!seed.ok()) GTEST_SKIP() << seed.status().ToString();
  const std::string db = testing::TempPath("dyad_query_seed_" + std::to_string(::getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  auto ingest = RunDyad("ingest --db " + db + " " + *seed, "seed_ingest");
  ASSERT_EQ(ingest.status, 0) << ingest.err;
  auto code = RunDyad("code " + *seed, "seed_code");
  auto exported = RunDyad("export --db " + db, "seed_export");
  ASSERT_EQ(exported.status, 0) << exported.err;
  std::vector<std::string> want = Lines(code.out), got = Lines(exported.out);
  ASSERT_FALSE(want.empty());
  std::sort(want.begin(), want.end());  // code: sentence order; export: date order
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, want);
  auto csv = RunDyad("query --db " + db + " --source USA --format csv", "seed_csv");
  ASSERT_EQ(csv.status, 0) << csv.err;
  const auto records = ParseCsv(csv.out);
  ASSERT_EQ(records.size(), 2u) << csv.out;
  const std::string text = records[1][14];
  EXPECT_NE(text.find("\"Het laat zien"), std::string::npos) << text;
  EXPECT_NE(text.find(", zei"), std::string::npos) << text;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
}

TEST(QueryCliMissing, ADatabaseThatDoesNotExistIsNotCreated) {
  const std::string path = testing::TempPath("dyad_query_missing_" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(path);
  for (const char* command : {"query", "dyads --between RUS PRK", "export"}) {
    auto run = RunDyad(std::string(command) + " --db " + path, "missing");
    EXPECT_EQ(run.status, 2) << command;
    EXPECT_NE(run.err.find(path), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(path)) << command;
  }
}

}  // namespace
}  // namespace dyad
