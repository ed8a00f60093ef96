// Golden tests of the SHIPPED dictionaries (lang/<iso>/ and lang/mul/):
// tests/golden/coder_builtin/<lang>/<behaviour>.txt is analysed with dyad's
// model for <lang> and coded with the built-in dictionaries only. The
// events, one per line as "sentence source target code date", must equal
// <behaviour>.expected, written by hand: what a careful coder finds.
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

std::vector<fs::path> BuiltinGoldenInputs() {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(DYAD_TEST_DIR) / "golden/coder_builtin"))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string RenderBuiltin(const fs::path& input) {
  const std::string lang = input.parent_path().filename().string();
  CoderOptions options;
  options.builtin_languages = {lang};
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

class BuiltinGolden : public ::testing::TestWithParam<fs::path> {};

TEST_P(BuiltinGolden, FindsExpectedEvents) {
  fs::path expected = GetParam();
  expected.replace_extension(".expected");
  ASSERT_TRUE(fs::exists(expected)) << "missing " << expected;
  EXPECT_EQ(RenderBuiltin(GetParam()), Slurp(expected.string())) << "for " << GetParam();
}

std::string TestName(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.parent_path().filename().string() + "_" + info.param.stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Golden, BuiltinGolden, ::testing::ValuesIn(BuiltinGoldenInputs()), TestName);

}  // namespace
}  // namespace dyad
