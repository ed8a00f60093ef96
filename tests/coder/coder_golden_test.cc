// Golden tests of the whole path text -> parse -> events:
// tests/golden/coder/<lang>/<behaviour>.txt (a dated document) is analysed
// with dyad's model for <lang> and coded with the fixture dictionary
// tests/golden/coder/<lang>/dictionary.dyad only (not the shipped ones, so
// that growing lang/<iso>/ does not move these tests). The events, one per
// line as "sentence source target code date", must equal
// <behaviour>.expected, which is written by hand: it states what a careful
// coder finds.
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

std::vector<fs::path> GoldenInputs() {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(DYAD_TEST_DIR) / "golden/coder"))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string Render(const fs::path& input) {
  const std::string lang = input.parent_path().filename().string();
  CoderOptions options;
  options.dictionaries = {(input.parent_path() / "dictionary.dyad").string()};
  std::string warnings;
  auto coder = Coder::Create(options, [&](const Diagnostic& d) { warnings += d.ToString() + "\n"; });
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

INSTANTIATE_TEST_SUITE_P(Golden, CoderGolden, ::testing::ValuesIn(GoldenInputs()), TestName);

}  // namespace
}  // namespace dyad
