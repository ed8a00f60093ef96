#include "dyad/tokenizer.h"

#include <gtest/gtest.h>

#include <random>

namespace dyad {
namespace {

std::shared_ptr<const Tokenizer> Get(std::string_view lang) {
  auto t = Tokenizer::ForLanguage(lang);
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  return *t;
}

// Sentences as lists of token forms.
std::vector<std::vector<std::string>> Forms(std::string_view lang, std::string_view text) {
  std::vector<Sentence> sents;
  Get(lang)->Tokenize(text, &sents);
  std::vector<std::vector<std::string>> out;
  for (const Sentence& s : sents) {
    auto& forms = out.emplace_back();
    for (const Token& t : s.tokens) forms.emplace_back(text.substr(t.begin, t.end - t.begin));
  }
  return out;
}

std::vector<std::string> Flat(std::string_view lang, std::string_view text) {
  std::vector<std::string> out;
  for (auto& s : Forms(lang, text)) out.insert(out.end(), s.begin(), s.end());
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, DutchAbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(Flat("nl", "Dhr. Jansen en o.a. mevr. Smit, d.w.z. de top."),
            (V{"Dhr.", "Jansen", "en", "o.a.", "mevr.", "Smit", ",", "d.w.z.", "de", "top", "."}));
}

TEST(Tokenizer, EnglishAbbreviationsDoNotEndSentences) {
  auto s = Forms("en", "Mr. Smith went to the U.S. Embassy in Jan. 2022. He left.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].front(), "Mr.");
  EXPECT_EQ(s[0][5], "U.S.");
  EXPECT_EQ(s[0][8], "Jan.");
}

TEST(Tokenizer, AbbreviationFollowedBySentenceStarterEndsSentence) {
  auto s = Forms("en", "They met in the U.S. The next day they left.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].back(), ".");  // UD gives the period to the sentence: "U.S" "."
}

TEST(Tokenizer, DutchHyphenatedNamesStayWhole) {
  EXPECT_EQ(Flat("nl", "Kim Jong-un, Noord-Korea, VN-resolutie en Pentagon-perschef."),
            (V{"Kim", "Jong-un", ",", "Noord-Korea", ",", "VN-resolutie", "en", "Pentagon-perschef", "."}));
}

TEST(Tokenizer, EnglishSplitsHyphenatedCompoundsAsUdDoes) {
  EXPECT_EQ(Flat("en", "a search-engine e-mail"), (V{"a", "search", "-", "engine", "e-mail"}));
}

TEST(Tokenizer, DutchQuotesAreSeparateTokens) {
  EXPECT_EQ(Flat("nl", ",,Nee'', zei hij. „Ja\" en 'zo'."),
            (V{",,", "Nee", "''", ",", "zei", "hij", ".", "„", "Ja", "\"", "en", "'", "zo", "'", "."}));
}

TEST(Tokenizer, DutchApostropheWords) {
  EXPECT_EQ(Flat("nl", "'s Avonds z'n auto's en d'r fiets"),
            (V{"'s", "Avonds", "z'n", "auto's", "en", "d'r", "fiets"}));
}

TEST(Tokenizer, EnglishCliticsAreMultiWordTokens) {
  const std::string text = "Russia's troops don't stop; we can't and cannot.";
  std::vector<Sentence> sents;
  Get("en")->Tokenize(text, &sents);
  ASSERT_EQ(sents.size(), 1u);
  const auto& t = sents[0].tokens;
  EXPECT_EQ(t[0].words, (V{"Russia", "'s"}));
  EXPECT_EQ(t[2].words, (V{"do", "n't"}));
  EXPECT_EQ(t[6].words, (V{"ca", "n't"}));
  EXPECT_EQ(t[8].words, (V{"can", "not"}));
  EXPECT_TRUE(t[1].words.empty());
}

TEST(Tokenizer, NumbersDatesPercentagesUrlsAndEmail) {
  EXPECT_EQ(Flat("nl", "1.250.000 euro, 3,5% op 24-02-2022 om 05:30 via https://x.nl/a?b=1, mail@x.nl."),
            (V{"1.250.000", "euro", ",", "3,5%", "op", "24-02-2022", "om", "05:30", "via",
               "https://x.nl/a?b=1", ",", "mail@x.nl", "."}));
  EXPECT_EQ(Flat("en", "a 10% rise"), (V{"a", "10", "%", "rise"}));
}

TEST(Tokenizer, EllipsisAndDashes) {
  EXPECT_EQ(Flat("nl", "Hij wachtte... en toen - na lang - kwam ze…"),
            (V{"Hij", "wachtte", "...", "en", "toen", "-", "na", "lang", "-", "kwam", "ze", "…"}));
}

TEST(Tokenizer, BlankLineEndsSentenceButSingleNewlineDoesNot) {
  EXPECT_EQ(Forms("nl", "Een titel zonder punt\n\nDe tekst loopt\ndoor.").size(), 2u);
}

TEST(Tokenizer, OffsetsPointIntoTheOriginalText) {
  const std::string text = "  Poetin\tschreef aan „Kim”.\n\nOekraïne reageerde.";
  std::vector<Sentence> sents;
  Get("nl")->Tokenize(text, &sents);
  ASSERT_EQ(sents.size(), 2u);
  EXPECT_EQ(text.substr(sents[1].begin, sents[1].end - sents[1].begin), "Oekraïne reageerde.");
  for (const Sentence& s : sents) {
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      ASSERT_LT(t.begin, t.end);
      ASSERT_LE(t.end, text.size());
      const bool glued = i + 1 < s.tokens.size() && s.tokens[i + 1].begin == t.end;
      EXPECT_EQ(t.space_after, !glued || i + 1 == s.tokens.size());
    }
  }
  EXPECT_FALSE(sents[0].tokens[3].space_after);  // „ before Kim
}

TEST(Tokenizer, EmptyAndWhitespaceOnlyInputGiveNoSentences) {
  EXPECT_TRUE(Forms("nl", "").empty());
  EXPECT_TRUE(Forms("en", " \n\n\t ").empty());
}

TEST(Tokenizer, UnknownLanguageUsesNeutralRules) {
  EXPECT_EQ(Flat("xx", "Hola, mundo."), (V{"Hola", ",", "mundo", "."}));
  EXPECT_FALSE(Tokenizer::ForLanguage("").ok());
}

// Whatever the input, tokens cover every non-space byte exactly once, in
// order, so the text is recoverable from the tokens.
TEST(Tokenizer, TokensCoverAllNonSpaceBytesOfRandomInput) {
  std::mt19937 rng(42);
  const std::string alphabet = "aB1.,;:!?'\"()-/%$@#&\xE2\x80\x9D\xC3\xAB \n\t";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int i = 0; i < 80; ++i) text.push_back(alphabet[rng() % alphabet.size()]);
    for (const char* lang : {"nl", "en"}) {
      std::vector<Sentence> sents;
      Get(lang)->Tokenize(text, &sents);
      std::string covered(text.size(), ' ');
      uint32_t last_end = 0;
      for (const Sentence& s : sents) {
        for (const Token& t : s.tokens) {
          ASSERT_GE(t.begin, last_end) << text;
          for (uint32_t k = t.begin; k < t.end; ++k) covered[k] = text[k];
          last_end = t.end;
        }
      }
      for (size_t k = 0; k < text.size(); ++k) {
        const bool space = text[k] == ' ' || text[k] == '\n' || text[k] == '\t';
        ASSERT_EQ(covered[k] == text[k] && !space, !space) << "byte " << k << " of: " << text;
      }
    }
  }
}

TEST(Tokenizer, InvalidUtf8AndHugeTokensDoNotBreakIt) {
  std::string text = "Geldig \xFF\xFE ongeldig \xC3 einde.";
  EXPECT_FALSE(Flat("nl", text).empty());
  std::string huge(8 << 20, 'a');  // one 8 MB "word"
  huge += ". Klaar.";
  auto s = Forms("nl", huge);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0][0].size(), 8u << 20);
}

}  // namespace
}  // namespace dyad
