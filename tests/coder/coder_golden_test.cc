// Golden tests of the whole path text -> parse -> events. Each
// <behaviour>.txt (a dated document) is analysed with dyad's model for the
// language its folder names and coded; the events, one per line as
// "sentence source target code date", must equal <behaviour>.expected,
// written by hand: what a careful coder finds.
//
// - tests/golden/coder/<lang>/: coded with the fixture dictionary.dyad of
//   the folder only, so that growing lang/<iso>/ does not move these tests
//   of the coder's behaviour (passive, compounds, reported speech, …);
// - tests/golden/coder_builtin/<lang>/: coded with the shipped built-in
//   dictionaries only (lang/<lang>/, lang/mul/);
// - tests/golden/coder_builtin_petrarch/<lang>/: the built-in dictionaries
//   with PETRARCH's coding conventions (CoderOptions::conventions);
// - tests/golden/coder_petrarch2/<lang>/: coded with the PETRARCH-2 format
//   files (CAMEO 2.0 verbs, actors, agents, PICO) in its dictionaries/
//   folder, written for the tests, for the PETRARCH-2 semantics.
#include <gtest/gtest.h>

#include <filesystem>

#include "dyad/coder.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "test_util.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using testing::Slurp;

std::vector<fs::path> GoldenInputs(const char* folder) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(DYAD_TEST_DIR) / "golden" / folder))
    if (e.path().extension() == ".txt" && e.path().parent_path().filename() != "dictionaries") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// The fixture dictionary beside the input (dictionary.dyad, or a folder of
// PETRARCH files) if there is one, else the built-in dictionaries of the
// folder's language.
CoderOptions OptionsFor(const fs::path& input) {
  CoderOptions options;
  const fs::path fixture = input.parent_path() / "dictionary.dyad", petrarch = input.parent_path() / "dictionaries";
  if (fs::exists(fixture)) options.dictionaries = {fixture.string()};
  else if (fs::is_directory(petrarch)) options.dictionaries = {petrarch.string()};
  else options.builtin_languages = {input.parent_path().filename().string()};
  if (input.parent_path().parent_path().filename() == "coder_builtin_petrarch")
    options.conventions = CoderOptions::Conventions::kPetrarch;
  return options;
}

std::string Render(const fs::path& input) {
  const std::string lang = input.parent_path().filename().string();
  std::string warnings;
  auto coder = Coder::Create(OptionsFor(input), [&](const Diagnostic& d) { warnings += d.ToString() + "\n"; });
  EXPECT_TRUE(coder.ok()) << coder.status().ToString();
  EXPECT_EQ(warnings, "");
  if (!coder.ok()) return "";
  Analyzer analyzer;
  std::string out;
  ReadBuffer(input.string(), Slurp(input.string()), {}, [&](Document&& doc) {
    auto sentences = analyzer.Analyze(doc.id, doc.text, lang);
    ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
    for (const Event& e : (*coder)->Code({&doc, lang, *sentences}))
      out += std::to_string(e.sentence) + " " + e.source + " " + e.target + " " + e.code + " " + e.date.ToString() + "\n";
  }, [](const Diagnostic& d) { ADD_FAILURE() << d.ToString(); });
  return out;
}

class CoderGolden : public ::testing::TestWithParam<fs::path> {};

TEST_P(CoderGolden, FindsExpectedEvents) {
  fs::path expected = GetParam();
  expected.replace_extension(".expected");
  ASSERT_TRUE(fs::exists(expected)) << "missing " << expected;
  EXPECT_EQ(Render(GetParam()), Slurp(expected.string())) << "for " << GetParam();
}

std::string TestName(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.parent_path().filename().string() + "_" + info.param.stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Golden, CoderGolden, ::testing::ValuesIn(GoldenInputs("coder")), TestName);
INSTANTIATE_TEST_SUITE_P(Builtin, CoderGolden, ::testing::ValuesIn(GoldenInputs("coder_builtin")), TestName);
INSTANTIATE_TEST_SUITE_P(BuiltinPetrarch, CoderGolden, ::testing::ValuesIn(GoldenInputs("coder_builtin_petrarch")),
                         TestName);
INSTANTIATE_TEST_SUITE_P(Petrarch2, CoderGolden, ::testing::ValuesIn(GoldenInputs("coder_petrarch2")), TestName);

}  // namespace
}  // namespace dyad
