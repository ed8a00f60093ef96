// The founding example, ../shared/examples/seed-nl.txt, read and tokenized
// as `dyad tokenize` does.
#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/data.h"
#include "dyad/langid.h"
#include "dyad/reader.h"
#include "dyad/tokenizer.h"

namespace dyad {
namespace {

struct Seed {
  Document doc;
  std::vector<Sentence> sentences;
  std::vector<std::string> forms;
};

Seed LoadSeed() {
  Seed seed;
  Result<std::string> path = DataPath("examples/seed-nl.txt");
  if (!path.ok()) return seed;
  ReadDocuments({*path}, {}, [&](Document&& d) { seed.doc = std::move(d); }, [](const Diagnostic&) {});
  auto tokenizer = Tokenizer::ForLanguage(DocumentLanguage(seed.doc, "auto")).value();
  tokenizer->Tokenize(seed.doc.text, &seed.sentences);
  for (const Sentence& s : seed.sentences) {
    for (const Token& t : s.tokens) seed.forms.emplace_back(seed.doc.text.substr(t.begin, t.end - t.begin));
  }
  return seed;
}

bool Has(const std::vector<std::string>& forms, const std::string& f) {
  return std::find(forms.begin(), forms.end(), f) != forms.end();
}

TEST(Seed, IsDutchDatedAugust2022) {
  if (!DataPath("examples/seed-nl.txt").ok()) GTEST_SKIP() << "DYAD_DATA not available";
  Seed seed = LoadSeed();
  EXPECT_EQ(seed.doc.id, "seed-nl");
  EXPECT_EQ(seed.doc.date.ToString(), "2022-08");
  EXPECT_EQ(seed.doc.date.precision, Date::Precision::kMonth);
  EXPECT_EQ(DocumentLanguage(seed.doc, "auto"), "nl");
}

TEST(Seed, HasTwentyThreeSentences) {
  if (!DataPath("examples/seed-nl.txt").ok()) GTEST_SKIP() << "DYAD_DATA not available";
  Seed seed = LoadSeed();
  ASSERT_EQ(seed.sentences.size(), 23u);
  const std::string& t = seed.doc.text;
  auto text = [&](size_t i) { return t.substr(seed.sentences[i].begin, seed.sentences[i].end - seed.sentences[i].begin); };
  EXPECT_EQ(text(0).substr(0, 11), "Noord-Korea");
  EXPECT_EQ(text(12), "Steun voor oorlog in Oekraïne");  // the title is its own sentence
  EXPECT_EQ(text(21), "Oekraïne verbrak daarop direct alle relaties met Noord-Korea.");
}

TEST(Seed, NamesAndCompoundsAreSingleTokens) {
  if (!DataPath("examples/seed-nl.txt").ok()) GTEST_SKIP() << "DYAD_DATA not available";
  Seed seed = LoadSeed();
  for (const char* f : {"Noord-Korea", "Jong-un", "VN-resolutie", "VN-sancties", "Pentagon-perschef",
                        "Noord-Koreaanse", "regio's", "Oekraïne"}) {
    EXPECT_TRUE(Has(seed.forms, f)) << f;
  }
  EXPECT_FALSE(Has(seed.forms, "Jong"));
  EXPECT_TRUE(Has(seed.forms, "'"));  // 'volksrepublieken' lost its quotes
  EXPECT_TRUE(Has(seed.forms, "volksrepublieken"));
}

}  // namespace
}  // namespace dyad
