// Golden tests: tests/golden/tokenize/<lang>/<behaviour>.txt is tokenized
// and compared with <behaviour>.conllu beside it. After a deliberate change,
// regenerate with DYAD_UPDATE_GOLDEN=1 and review the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/tokenizer.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> GoldenInputs() {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(DYAD_TEST_DIR) / "golden/tokenize")) {
    if (e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Render(const fs::path& input) {
  const std::string lang = input.parent_path().filename().string();
  const std::string text = Slurp(input);
  auto tokenizer = Tokenizer::ForLanguage(lang);
  EXPECT_TRUE(tokenizer.ok());
  std::vector<Sentence> sentences;
  (*tokenizer)->Tokenize(text, &sentences);
  return conllu::ToString(ToConllu(input.stem().string(), text, sentences));
}

class TokenizerGolden : public ::testing::TestWithParam<fs::path> {};

TEST_P(TokenizerGolden, MatchesExpectedConllu) {
  const fs::path input = GetParam();
  fs::path expected = input;
  expected.replace_extension(".conllu");
  const std::string actual = Render(input);
  const char* update = std::getenv("DYAD_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(expected, std::ios::binary) << actual;
    GTEST_SKIP() << "updated " << expected;
  }
  ASSERT_TRUE(fs::exists(expected)) << "missing " << expected << "; run with DYAD_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, Slurp(expected)) << "golden mismatch for " << input;
}

std::string TestName(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.parent_path().filename().string() + "_" + info.param.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, TokenizerGolden, ::testing::ValuesIn(GoldenInputs()), TestName);

}  // namespace
}  // namespace dyad
