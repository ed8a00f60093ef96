// `dyad validate` from the command line: a small validation file written
// here (its dictionaries beside it, CoNLL-U parses given), a missing
// dictionary, and the PETRARCH suites as regression floors.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>

#include "coder/coder_fixture.h"
#include "dyad/data.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing::ParsedSentence;
using testing::RunDyad;
using testing::Transitive;

// Floors for the PETRARCH validation suites as dyad codes them now (measured
// minus a small margin). Raise them when the coder improves; a drop below
// them is a regression.
constexpr int kMinUnitTestPasses = 243;   // PETR.UnitTest.records.xml, model parses: 246 measured
constexpr double kMinGsrEventF1 = 0.825;  // PETR2_GSR_validation.xml --use-given-parse: 0.829 measured
// The same with dyad's own English dictionaries (--builtin en), root level.
constexpr double kMinGsrBuiltinRootF1 = 0.650;  // 0.658 measured (VERB_8, AGREE_0: the gold contradicts the codebook, adjudicated)
// The same against eval/petr2-gsr-adjudication.tsv, on (source country,
// target country, root), the rule of `dyad score`.
constexpr double kMinGsrBuiltinAdjudicatedF1 = 0.870;  // 0.886 measured

// One <Sentence> record with its expected codings, text and CoNLL-U parse.
std::string Record(const std::string& id, const std::string& codings, const std::string& text,
                   const std::string& parse) {
  return "<Sentence date=\"20220801\" id=\"" + id + "\" category=\"TEST\" sentence=\"true\">\n" + codings + "<Text>\n" +
         text + "\n</Text>\n<Parse>\n" + parse + "</Parse>\n</Sentence>\n\n";
}

std::string Coding(const std::string& source, const std::string& target, const std::string& code) {
  return "<EventCoding sourcecode=\"" + source + "\" targetcode=\"" + target + "\" eventcode=\"" + code +
         "\"></EventCoding>\n";
}

std::string Environment(const std::string& actors) {
  return "<Environment>\n"
         "    <Verbfile>small.verbs.txt</Verbfile>\n"
         "    <Actorfile>" +
         actors +
         "</Actorfile>\n"
         "    <Agentfile>small.agents.txt</Agentfile>\n"
         "    <Discardfile>small.discards.txt</Discardfile>\n"
         "</Environment>\n";
}

// A validation file in a fresh directory beside the small English
// dictionaries: 4 records, 3 of which pass.
std::string WriteSmallValidation(const std::string& tag, const std::string& actors = "small.actors.txt") {
  const std::string dir = testing::TempDir("dyad_validate_" + tag + "_" + std::to_string(::getpid()));
  testing::WriteSmallEnglishDictionaries(dir);
  const std::string xml =
      "<?xml version='1.0' encoding='utf-8'?>\n<Validation>\n" + Environment(actors) + "<Sentences>\n" +
      Record("T-01", Coding("RUS", "UKR", "190"), "Russia attacked Ukraine.",
             Transitive("Russia", "attacked", "attack", "Ukraine")) +
      // Coded 111; expecting 112 makes this record fail.
      Record("T-02", Coding("UKR", "RUS", "112"), "Ukraine criticized Russia.",
             Transitive("Ukraine", "criticized", "criticize", "Russia")) +
      Record("T-03", "<EventCoding noevents=\"True\"></EventCoding>\n", "Russia praised Ukraine.",
             Transitive("Russia", "praised", "praise", "Ukraine")) +
      "<Config option=\"require_dyad\" value=\"false\" />\n\n" +
      // Without require_dyad the missing target is "---".
      Record("T-04", Coding("RUS", "---", "190"), "Russia attacked.",
             ParsedSentence("Russia attacked.", {"1 Russia Russia PROPN 2 nsubj", "2 attacked attack VERB 0 root",
                                                 "3 . . PUNCT 2 punct"})) +
      "</Sentences>\n</Validation>\n";
  return testing::WriteFileIn(dir, "small.validation.xml", xml);
}

// The value after `label` in the last line containing it, e.g. the F1 of
// "events: precision 66.7%, recall 66.7%, F1 0.667 (...)"; -1 if none.
double NumberAfter(const std::string& out, const std::string& line_start, const std::string& label) {
  double value = -1;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    const size_t at = line.find(label);
    if (line.rfind(line_start, 0) == 0 && at != std::string::npos) value = std::stod(line.substr(at + label.size()));
  }
  return value;
}

// "N passed, M failed" at the end of the output: {N, M}, {-1, -1} if absent.
std::pair<int, int> PassedFailed(const std::string& out) {
  std::smatch m;
  static const std::regex kLast(R"((\d+) passed, (\d+) failed\n?$)");
  if (!std::regex_search(out, m, kLast)) return {-1, -1};
  return {std::stoi(m[1]), std::stoi(m[2])};
}

TEST(ValidateCli, SmallFileGivesPassFailLinesAndTotals) {
  const std::string xml = WriteSmallValidation("small");
  auto run = RunDyad("validate --use-given-parse " + xml, "validate_small");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("PASS T-01\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("FAIL T-02\n  expected: UKR RUS 112\n  found:    UKR RUS 111\n"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("PASS T-03\n"), std::string::npos) << run.out;  // noevents, none found
  EXPECT_NE(run.out.find("PASS T-04\n"), std::string::npos) << run.out;  // require_dyad off
  EXPECT_EQ(PassedFailed(run.out), (std::pair{3, 1})) << run.out;
  // Events: T-01 and T-04 right, T-02 one extra and one missed.
  EXPECT_NE(run.out.find("(2 found correct, 1 extra, 1 missed)"), std::string::npos) << run.out;
  EXPECT_DOUBLE_EQ(NumberAfter(run.out, "events:", "F1 "), 0.667);
  EXPECT_DOUBLE_EQ(NumberAfter(run.out, "roots:", "F1 "), 1.0);  // 111 and 112 share root 11
  std::filesystem::remove_all(std::filesystem::path(xml).parent_path());
}

TEST(ValidateCli, QuietPrintsFailingRecordsOnly) {
  const std::string xml = WriteSmallValidation("quiet");
  auto run = RunDyad("validate --quiet --use-given-parse " + xml, "validate_quiet");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out.find("PASS "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("FAIL T-02"), std::string::npos) << run.out;
  EXPECT_EQ(PassedFailed(run.out), (std::pair{3, 1})) << run.out;
  std::filesystem::remove_all(std::filesystem::path(xml).parent_path());
}

TEST(ValidateCli, MissingDictionaryIsExit2NamingIt) {
  const std::string xml = WriteSmallValidation("missing", "small.actors.txt,nowhere.actors.txt");
  auto run = RunDyad("validate --use-given-parse " + xml, "validate_missing");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("nowhere.actors.txt"), std::string::npos) << run.err;
  EXPECT_EQ(run.out, "");
  std::filesystem::remove_all(std::filesystem::path(xml).parent_path());
}

TEST(ValidateCli, AdjudicationReplacesTheGoldOfTheRecordsItLists) {
  const std::string xml = WriteSmallValidation("adjudicated");
  const std::string dir = std::filesystem::path(xml).parent_path().string();
  const std::string tsv = testing::WriteFileIn(dir, "adjudication.tsv",
                                               "# the criticism is 111, not 112\n"
                                               "T-02\tUKR RUS 111\tcriticized: 111\n"
                                               "T-09\t-\tnot in the file\n");
  auto run = RunDyad("validate --use-given-parse --adjudication " + tsv + " " + xml, "validate_adjudicated");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("PASS T-02 (adjudicated)\n"), std::string::npos) << run.out;
  EXPECT_EQ(PassedFailed(run.out), (std::pair{4, 0})) << run.out;
  EXPECT_NE(run.out.find("adjudication: 1 of 2 listed records found"), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("lists records the file does not have"), std::string::npos) << run.err;
  std::filesystem::remove_all(dir);
}

TEST(ValidateCli, MalformedAdjudicationIsExit2NamingTheLine) {
  const std::string xml = WriteSmallValidation("bad_adjudication");
  const std::string dir = std::filesystem::path(xml).parent_path().string();
  for (const char* bad : {"T-02\tUKR RUS\ttoo few parts\n", "T-02\t\tno events, not even -\n",
                          "T-02\tUKR RUS 111;\tan empty event after ';'\n", "T-02\tUKR RUS 111\t\n",
                          "T-02 UKR RUS 111 no tabs\n", "T-01\t-\tlisted twice\n"}) {
    const std::string tsv = testing::WriteFileIn(dir, "adjudication.tsv", std::string("T-01\tRUS UKR 190\tok\n") + bad);
    auto run = RunDyad("validate --use-given-parse --adjudication " + tsv + " " + xml, "validate_bad_adjudication");
    EXPECT_EQ(run.status, 2) << bad;
    EXPECT_NE(run.err.find("adjudication.tsv:2:"), std::string::npos) << bad << run.err;
    EXPECT_EQ(run.out, "") << bad;
  }
  std::filesystem::remove_all(dir);
}

// ---- The PETRARCH suites -----------------------------------------------------------

std::string ValidationFile(const std::string& name) {
  Result<std::string> path = DataPath("petrarch/validation/" + name);
  return path.ok() ? *path : "";
}

TEST(ValidateCli, PetrarchUnitTestsPassAtLeastTheFloor) {
  const std::string xml = ValidationFile("PETR.UnitTest.records.xml");
  if (xml.empty()) GTEST_SKIP() << "no $DYAD_DATA/petrarch/validation";
  auto run = RunDyad("validate --quiet " + xml, "validate_unit");
  ASSERT_EQ(run.status, 0) << run.err;
  const auto [passed, failed] = PassedFailed(run.out);
  ASSERT_GE(passed, 0) << "no 'N passed, M failed' line in\n" << run.out;
  std::printf("[ validate ] PETR.UnitTest.records.xml: %d passed, %d failed\n", passed, failed);
  EXPECT_GE(passed, kMinUnitTestPasses) << "fewer PETRARCH unit tests pass than before";
}

// The F1 on `line` ("events:" or "roots:") of `dyad validate --quiet ARGS`
// on the GSR file; -1 (with a failure) when there is none.
double GsrF1(const std::string& args, const std::string& line) {
  const std::string xml = ValidationFile("PETR2_GSR_validation.xml");
  auto run = RunDyad("validate --quiet " + args + " " + xml, "validate_gsr");
  EXPECT_EQ(run.status, 0) << run.err;
  const double f1 = NumberAfter(run.out, line, "F1 ");
  EXPECT_GE(f1, 0) << "no '" << line << " … F1' line in\n" << run.out;
  std::printf("[ validate ] PETR2_GSR_validation.xml %s: %s F1 %.3f\n", args.c_str(), line.c_str(), f1);
  return f1;
}

TEST(ValidateCli, PetrarchGsrEventF1WithGivenParsesAtLeastTheFloor) {
  if (ValidationFile("PETR2_GSR_validation.xml").empty()) GTEST_SKIP() << "no $DYAD_DATA/petrarch/validation";
  EXPECT_GE(GsrF1("--use-given-parse", "events:"), kMinGsrEventF1) << "event F1 on the PETRARCH-2 GSR records dropped";
}

// Coded with PETRARCH's conventions (the file is PETRARCH-2's) and dyad's
// own dictionaries and nested-event rules: issue 5's comparison.
TEST(ValidateCli, PetrarchGsrRootF1WithBuiltinDictionariesAtLeastTheFloor) {
  if (ValidationFile("PETR2_GSR_validation.xml").empty()) GTEST_SKIP() << "no $DYAD_DATA/petrarch/validation";
  EXPECT_GE(GsrF1("--builtin en --use-given-parse", "roots:"), kMinGsrBuiltinRootF1)
      << "root F1 with the built-in English dictionaries dropped";
}

// The shipped adjudication reads, names only records of the file, and keeps
// its figure.
TEST(ValidateCli, PetrarchGsrAdjudicatedCountryRootF1WithBuiltinDictionariesAtLeastTheFloor) {
  if (ValidationFile("PETR2_GSR_validation.xml").empty()) GTEST_SKIP() << "no $DYAD_DATA/petrarch/validation";
  const std::string tsv = std::string(DYAD_TEST_DIR) + "/../eval/petr2-gsr-adjudication.tsv";
  EXPECT_GE(GsrF1("--builtin en --use-given-parse --adjudication " + tsv, "countries+roots:"),
            kMinGsrBuiltinAdjudicatedF1)
      << "adjudicated country/root F1 with the built-in English dictionaries dropped";
}

}  // namespace
}  // namespace dyad
