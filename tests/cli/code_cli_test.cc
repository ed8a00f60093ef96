// `dyad code` from the command line: the seed article through the trained
// Dutch model and the built-in Dutch dictionaries, the output formats, and
// what happens with bad arguments, dictionaries and documents.
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
#include "test_util.h"

namespace dyad {
namespace {

using testing::RunDyad;

using testing::Lines;
size_t Columns(const std::string& tsv_line) { return std::count(tsv_line.begin(), tsv_line.end(), '\t') + 1; }

// Tests on the seed article; skipped when $DYAD_DATA lacks it.
class CodeCliSeed : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::string> path = DataPath("examples/seed-nl.txt");
    if (!path.ok()) GTEST_SKIP() << path.status().ToString();
    seed_ = *path;
  }
  std::string seed_;
};

TEST_F(CodeCliSeed, SeedArticleGivesItsKnownEventsAsJsonLines) {
  auto run = RunDyad("code " + seed_, "code_seed");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_FALSE(lines.empty()) << run.err;
  bool veto = false, broke_off = false;
  for (const std::string& line : lines) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << "not JSON: " << line;
    for (const char* key : {"doc_id", "date", "doc_date", "source", "target", "code", "root", "lang", "text"})
      ASSERT_TRUE(j.contains(key) && j[key].is_string()) << key << " in " << line;
    EXPECT_EQ(j["doc_id"], "seed-nl");
    EXPECT_EQ(j["doc_date"], "2022-08");
    EXPECT_EQ(j["lang"], "nl");
    // "Als bedankje sprak Rusland in mei haar veto uit over een VN-resolutie"
    if (j["source"] == "RUS" && j["target"] == "IGOUNO" && j["root"] == "12") {
      veto = true;
      EXPECT_EQ(j["date"], "2022-05") << line;
      EXPECT_EQ(j["quad"], 3);
    }
    // "Oekraïne verbrak daarop direct alle relaties met Noord-Korea."
    if (j["source"] == "UKR" && j["target"] == "PRK" && j["root"] == "16") broke_off = true;
  }
  EXPECT_TRUE(veto) << "no RUS -> IGOUNO root 12 in\n" << run.out;
  EXPECT_TRUE(broke_off) << "no UKR -> PRK root 16 in\n" << run.out;
}

TEST_F(CodeCliSeed, TsvHasTheHeaderAnd61ColumnsPerRow) {
  auto run = RunDyad("code --format tsv " + seed_, "code_tsv");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_GE(lines.size(), 3u) << run.out;
  EXPECT_EQ(lines[0], EventTsvHeader());
  EXPECT_EQ(Columns(lines[0]), 61u);
  bool veto = false;
  for (size_t i = 1; i < lines.size(); ++i) {
    EXPECT_EQ(Columns(lines[i]), 61u) << lines[i];
    veto = veto || (lines[i].find("\tRUS\t") != std::string::npos && lines[i].find("\t129\t") != std::string::npos);
  }
  EXPECT_TRUE(veto) << run.out;
}

TEST_F(CodeCliSeed, PloverFormatUsesPloverFieldNames) {
  auto run = RunDyad("code --format plover " + seed_, "code_plover");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_FALSE(lines.empty());
  bool reject = false;
  for (const std::string& line : lines) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << line;
    for (const char* key : {"id", "date", "event_type", "mode", "context", "actor", "actor_country", "recipient",
                            "recipient_country", "cameo_code", "language", "text"})
      EXPECT_TRUE(j.contains(key)) << key << " in " << line;
    EXPECT_FALSE(j.contains("source")) << line;
    EXPECT_EQ(j["id"].get<std::string>().rfind("seed-nl-", 0), 0u) << line;
    if (j["actor"] == "RUS" && j["recipient"] == "IGOUNO" && j["event_type"] == "REJECT") {
      reject = true;
      EXPECT_EQ(j["cameo_code"], "129");
      EXPECT_EQ(j["actor_country"], "RUS");
    }
  }
  EXPECT_TRUE(reject) << run.out;
}

TEST(CodeCli, BadFormatIsAUsageError) {
  const std::string text = testing::WriteTemp("dyad_code_usage.txt", "date 2022-08\n\nRusland steunt Noord-Korea.\n");
  auto run = RunDyad("code --format xml " + text, "code_bad_format");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("--format"), std::string::npos) << run.err;
  EXPECT_EQ(run.out, "");
  auto none = RunDyad("code", "code_no_inputs");
  EXPECT_EQ(none.status, 2) << none.err;
}

// The tests below put --dict after the inputs: see DictOptionBeforeInputs.

TEST(CodeCli, MissingDictionaryIsExit2NamingIt) {
  const std::string text = testing::WriteTemp("dyad_code_nodict.txt", "date 2022-08\n\nRusland steunt Noord-Korea.\n");
  const std::string missing = testing::TempPath("dyad_code_no_such_dictionary.dyad");
  auto run = RunDyad("code " + text + " --no-builtin --dict " + missing, "code_nodict");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find(missing), std::string::npos) << run.err;
}

// BUG (src/cli/cmd_code.cc Run): the dictionaries are only loaded up front
// with --no-builtin; otherwise the coder is built at the first document, a
// missing --dict fails every document and the exit status is 1, not the 2
// the command documents for dictionary errors.
TEST(CodeCli, MissingDictionaryWithBuiltinsIsExit2NamingIt) {
  const std::string text = testing::WriteTemp("dyad_code_nodict2.txt", "date 2022-08\n\nRusland steunt Noord-Korea.\n");
  const std::string missing = testing::TempPath("dyad_code_no_such_dictionary2.dyad");
  auto run = RunDyad("code " + text + " --dict " + missing, "code_nodict2");
  EXPECT_EQ(run.status, 2) << run.err;
  EXPECT_NE(run.err.find(missing), std::string::npos) << run.err;
  EXPECT_EQ(run.out, "");
}

TEST_F(CodeCliSeed, MalformedDictionaryLineWarnsButEventsAreCoded) {
  const std::string dict =
      testing::WriteTemp("dyad_code_warn.dyad", "%dyad-dictionary 1\nactor XYZ: Atlantis\nthis line is wrong\n");
  auto run = RunDyad("code " + seed_ + " --dict " + dict, "code_warn");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find(dict + ":3: warning:"), std::string::npos) << run.err;
  EXPECT_NE(run.out.find("\"target\":\"IGOUNO\""), std::string::npos) << run.out;
}

// BUG (src/cli/cmd_code.cc RegisterCode): --dict is a vector option, which
// CLI11 lets take every following argument, so the documented form
// `dyad code --dict PATH INPUTS...` (also `--dict=PATH INPUTS...`) takes the
// inputs for dictionaries and stops with "no inputs", exit 2. Putting the
// inputs first works; --dict should take one path per occurrence.
TEST_F(CodeCliSeed, DictOptionBeforeInputs) {
  const std::string dict = testing::WriteTemp("dyad_code_before.dyad", "%dyad-dictionary 1\nactor XYZ: Atlantis\n");
  auto run = RunDyad("code --dict " + dict + " " + seed_, "code_dict_first");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("\"target\":\"IGOUNO\""), std::string::npos) << run.err;
}

TEST_F(CodeCliSeed, BadDocumentsAreNamedOthersStillCodedExit1) {
  const std::string dir = testing::TempDir("dyad_code_bad_docs_" + std::to_string(::getpid()));
  const std::string undated = testing::WriteFileIn(dir, "undated.txt", "Rusland steunt Noord-Korea.\n");
  const std::string latin1 =
      testing::WriteFileIn(dir, "latin1.txt", "date 2022-08\n\nOekra\xefne verbrak de relaties.\n");
  auto run = RunDyad("code " + latin1 + " " + undated + " " + seed_, "code_bad_docs");
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_NE(run.err.find(latin1), std::string::npos) << run.err;
  // A text file without a date header is read with an unknown date and a
  // warning naming it (docs/input-formats.md).
  EXPECT_NE(run.err.find(undated), std::string::npos) << run.err;
  // The seed after the bad files is still coded.
  EXPECT_NE(run.out.find("\"doc_id\":\"seed-nl\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"target\":\"IGOUNO\""), std::string::npos) << run.out;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad
