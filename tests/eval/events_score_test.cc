// Event scoring against gold (dyad/eval.h ScoreEventFiles) and `dyad score`.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dyad/data.h"
#include "dyad/eval.h"
#include "test_util.h"

namespace dyad::eval {
namespace {

using testing::RunDyad;

// A temp file per test and process (tests of other checkouts share /tmp).
std::string Temp(const std::string& name, const std::string& text) {
  return testing::WriteTemp("dyad_score_" + std::to_string(::getpid()) + "_" + name, text);
}

std::string GoldEvent(std::string_view source, std::string_view target, std::string_view code,
                      std::string_view strength) {
  return fmt::format(R"({{"source": "{}", "target": "{}", "code": "{}", "root": "{}", "strength": "{}"}})",
                     source, target, code, code.substr(0, 2), strength);
}

std::string GoldDoc(std::string_view id, const std::vector<std::string>& events) {
  return fmt::format(R"({{"id": "{}", "date": "2019-03-07", "events": [{}]}})", id, fmt::join(events, ", ")) +
         "\n";
}

std::string SystemEvent(std::string_view doc, std::string_view source, std::string_view target,
                        std::string_view code) {
  return fmt::format(R"({{"doc_id": "{}", "source": "{}", "target": "{}", "code": "{}"}})", doc, source, target,
                     code) +
         "\n";
}

EventScores Scored(const std::string& gold, const std::string& system, const std::string& name) {
  Result<EventScores> s = ScoreEventFiles(Temp(name + ".gold", gold), Temp(name + ".sys", system));
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? *s : EventScores{};
}

void ExpectCounts(const EventScore& s, size_t gold, size_t system, size_t correct, size_t ignored) {
  EXPECT_EQ(s.score.gold_total, gold);
  EXPECT_EQ(s.score.system_total, system);
  EXPECT_EQ(s.score.correct, correct);
  EXPECT_EQ(s.ignored, ignored);
}

TEST(EventScore, ExactMatchOnCountryRoleAndRoot) {
  const std::string gold = GoldDoc("d1", {GoldEvent("VENGOV", "DEUGOV", "161", "strong"),
                                          GoldEvent("DEUGOV", "VENOPP", "051", "strong")});
  const std::string system = SystemEvent("d1", "VENGOV", "DEUGOV", "161") + SystemEvent("d1", "DEUGOV", "VENOPP", "051");
  EventScores s = Scored(gold, system, "exact");
  ExpectCounts(s.roots, 2, 2, 2, 0);
  ExpectCounts(s.codes, 2, 2, 2, 0);
  EXPECT_DOUBLE_EQ(s.roots.score.f1, 1.0);
  EXPECT_TRUE(s.problems.empty());
}

TEST(EventScore, ActorsCompareOnTheirFirstThreeLetters) {
  const std::string gold = GoldDoc("d1", {GoldEvent("NLD", "IGOEU", "040", "strong")});
  EventScores s = Scored(gold, SystemEvent("d1", "NLDGOV", "IGOUNO", "040"), "prefix");
  ExpectCounts(s.roots, 1, 1, 1, 0);
}

TEST(EventScore, RootMatchesWhereTheFullCodeDoesNot) {
  const std::string gold = GoldDoc("d1", {GoldEvent("TURGOV", "NZLGOV", "1042", "strong")});
  EventScores s = Scored(gold, SystemEvent("d1", "TURGOV", "NZLGOV", "104"), "root");  // root from the code
  ExpectCounts(s.roots, 1, 1, 1, 0);
  ExpectCounts(s.codes, 1, 1, 0, 0);
  EXPECT_DOUBLE_EQ(s.roots.score.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.codes.score.precision, 0.0);
  EXPECT_DOUBLE_EQ(s.codes.score.recall, 0.0);
}

TEST(EventScore, OptionalGoldIsNeitherHitNorError) {
  const std::string gold = GoldDoc("d1", {GoldEvent("USA", "VENGOV", "163", "optional"),
                                          GoldEvent("DEU", "VEN", "073", "strong")});
  EventScores s = Scored(gold, SystemEvent("d1", "USAGOV", "VENGOV", "163") + SystemEvent("d1", "RUS", "VEN", "070"),
                         "optional");
  ExpectCounts(s.roots, 1, 1, 0, 1);  // RUS->VEN is the one false positive, DEU->VEN missed
  EXPECT_DOUBLE_EQ(s.roots.score.precision, 0.0);
}

TEST(EventScore, DuplicatesAreCountedAsMultisets) {
  const std::string a = GoldEvent("NLD", "RUS", "112", "strong"), o = GoldEvent("NLD", "RUS", "112", "optional");
  const std::string one = SystemEvent("d1", "NLD", "RUS", "112");
  // Gold once, system three times: one hit, two false positives.
  ExpectCounts(Scored(GoldDoc("d1", {a}), one + one + one, "dup1").roots, 1, 3, 1, 0);
  // Gold twice, system once: one hit, one miss.
  EventScores twice = Scored(GoldDoc("d1", {a, a}), one, "dup2");
  ExpectCounts(twice.roots, 2, 1, 1, 0);
  EXPECT_DOUBLE_EQ(twice.roots.score.recall, 0.5);
  // Strong once and optional once, system three times: hit, ignored, false positive.
  ExpectCounts(Scored(GoldDoc("d1", {o, a}), one + one + one, "dup3").roots, 1, 2, 1, 1);
}

TEST(EventScore, MatchingIsPerDocument) {
  const std::string gold = GoldDoc("d1", {GoldEvent("NLD", "RUS", "112", "strong")}) +
                           GoldDoc("d2", {GoldEvent("AUS", "RUS", "112", "strong")});
  EventScores s = Scored(gold, SystemEvent("d2", "NLD", "RUS", "112") + SystemEvent("d9", "AUS", "RUS", "112"), "docs");
  ExpectCounts(s.roots, 2, 1, 0, 0);  // d1 missing from the system: a miss
  EXPECT_EQ(s.gold_documents, 2u);
  EXPECT_EQ(s.documents_without_system_events, 1u);
  EXPECT_EQ(s.unscored_system_events, 1u);  // d9 is not in the gold
}

TEST(EventScore, NumericIdsMatchStringIds) {
  const std::string gold = GoldDoc("10679694", {GoldEvent("VENGOV", "DEUGOV", "161", "strong")});
  const std::string system = R"({"doc_id": 10679694, "source": "VENGOV", "target": "DEUGOV", "code": "161"})" "\n";
  ExpectCounts(Scored(gold, system, "ids").roots, 1, 1, 1, 0);
}

TEST(EventScore, MalformedLinesAreReportedAndSkipped) {
  const std::string gold = GoldDoc("d1", {GoldEvent("NLD", "RUS", "112", "strong")}) + "{not json\n" +
                           GoldDoc("d2", {GoldEvent("AUS", "RUS", "112", "sure")}) + "\n" +
                           GoldDoc("d1", {});
  const std::string system = SystemEvent("d1", "NLD", "RUS", "112") + R"({"doc_id": "d1", "target": "RUS", "code": "112"})" "\n";
  const std::string gold_path = Temp("bad.gold", gold), system_path = Temp("bad.sys", system);
  Result<EventScores> s = ScoreEventFiles(gold_path, system_path);
  ASSERT_TRUE(s.ok());
  ExpectCounts(s->roots, 1, 1, 1, 0);
  ASSERT_EQ(s->problems.size(), 4u);
  EXPECT_EQ(s->problems[0], gold_path + ":2: malformed JSON");
  EXPECT_EQ(s->problems[1], gold_path + ":3: event 1: \"strength\" must be strong or optional, not \"sure\"");
  EXPECT_EQ(s->problems[2], gold_path + ":5: document \"d1\" repeated");
  EXPECT_EQ(s->problems[3], system_path + ":2: \"source\" must be a string");
}

TEST(EventScore, MissingFileIsAnError) {
  Result<EventScores> s = ScoreEventFiles(testing::TempPath("dyad_score_no_such.jsonl"), Temp("x.sys", ""));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Code::kNotFound);
}

TEST(EventScore, NoSystemEventsScoresZero) {
  EventScores s = Scored(GoldDoc("d1", {GoldEvent("NLD", "RUS", "112", "strong")}), "", "empty");
  ExpectCounts(s.roots, 1, 0, 0, 0);
  EXPECT_DOUBLE_EQ(s.roots.score.precision, 0.0);
  EXPECT_DOUBLE_EQ(s.roots.score.f1, 0.0);
}

// Every gold event as a system event: optional ones are ignored, so the
// scores are perfect.
TEST(EventScore, SharedGoldAgainstItself) {
  Result<std::string> gold = DataPath("eval/nl-dev-gold.jsonl");
  if (!gold.ok()) GTEST_SKIP() << gold.status().ToString();
  std::string system;
  size_t strong = 0;
  std::istringstream in(testing::Slurp(*gold));
  for (std::string doc; std::getline(in, doc);) {
    const nlohmann::json j = nlohmann::json::parse(doc);
    for (const auto& e : j["events"]) {
      system += SystemEvent(j["id"].get<std::string>(), e["source"].get<std::string>(),
                            e["target"].get<std::string>(), e["code"].get<std::string>());
      strong += e["strength"] == "strong";
    }
  }
  Result<EventScores> s = ScoreEventFiles(*gold, Temp("self.sys", system));
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_TRUE(s->problems.empty());
  EXPECT_EQ(s->roots.score.correct, strong);
  EXPECT_DOUBLE_EQ(s->roots.score.f1, 1.0);
  EXPECT_DOUBLE_EQ(s->codes.score.f1, 1.0);
}

TEST(ScoreCli, PrintsTableAndJson) {
  const std::string gold = Temp("cli.gold", GoldDoc("d1", {GoldEvent("NLD", "RUS", "112", "strong"),
                                                           GoldEvent("AUS", "RUS", "112", "strong")}));
  const std::string system = Temp("cli.sys", SystemEvent("d1", "NLDGOV", "RUS", "111"));
  testing::CliRun table = RunDyad("score --gold " + gold + " --system " + system, "score_table");
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_EQ(table.out,
            "Metric | Precision | Recall |     F1 | Gold | System | Correct | Ignored\n"
            "-------+-----------+--------+--------+------+--------+---------+--------\n"
            "Roots  |    100.00 |  50.00 |  66.67 |    2 |      1 |       1 |       0\n"
            "Codes  |      0.00 |   0.00 |   0.00 |    2 |      1 |       0 |       0\n"
            "Documents: 1 in gold, 0 without system events; 0 system events outside them not scored\n");
  testing::CliRun json = RunDyad("score --json --gold " + gold + " --system " + system, "score_json");
  ASSERT_EQ(json.status, 0) << json.err;
  const nlohmann::json j = nlohmann::json::parse(json.out);
  EXPECT_DOUBLE_EQ(j["roots"]["recall"].get<double>(), 0.5);
  EXPECT_EQ(j["codes"]["correct"], 0);
  EXPECT_EQ(j["documents"]["gold"], 1);
}

TEST(ScoreCli, MalformedLineNamesFileAndLineAndStillScores) {
  const std::string gold = Temp("clibad.gold", GoldDoc("d1", {GoldEvent("NLD", "RUS", "112", "strong")}));
  const std::string system = Temp("clibad.sys", SystemEvent("d1", "NLD", "RUS", "112") + "[1, 2]\n");
  testing::CliRun run = RunDyad("score --gold " + gold + " --system " + system, "score_bad");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find(system + ":2: not a JSON object"), std::string::npos) << run.err;
  EXPECT_NE(run.out.find("Roots  |    100.00 | 100.00 | 100.00 |"), std::string::npos) << run.out;
}

TEST(ScoreCli, UsageErrors) {
  EXPECT_EQ(RunDyad("score --gold x.jsonl", "score_usage").status, 2);
  testing::CliRun missing = RunDyad("score --gold /nonexistent/g.jsonl --system /nonexistent/s.jsonl", "score_missing");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("cannot open /nonexistent/g.jsonl"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace dyad::eval
