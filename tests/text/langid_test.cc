#include "dyad/langid.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "dyad/data.h"
#include "text/langid_model.h"
#include "util/lang_data.h"

namespace dyad {
namespace {

struct Case {
  const char* lang;
  const char* text;
};

// Written for these tests; none comes from a corpus.
const Case kSentences[] = {
    {"nl", "De gemeenteraad heeft gisteravond besloten dat het nieuwe zwembad toch niet wordt gebouwd."},
    {"nl", "Volgens de politie waren er geen gewonden bij het ongeluk op de snelweg."},
    {"nl", "Ik weet niet of we morgen nog op tijd kunnen komen."},
    {"nl", "Het kabinet wil de belasting op arbeid verlagen."},
    {"en", "The city council decided last night that the new swimming pool will not be built after all."},
    {"en", "According to the police, nobody was hurt in the accident on the highway."},
    {"en", "I don't know whether we can still make it on time tomorrow."},
    {"en", "The government wants to lower taxes on labour."},
    {"de", "Der Stadtrat hat gestern Abend beschlossen, dass das neue Schwimmbad doch nicht gebaut wird."},
    {"de", "Nach Angaben der Polizei wurde bei dem Unfall auf der Autobahn niemand verletzt."},
    {"de", "Ich weiß nicht, ob wir morgen noch rechtzeitig kommen können."},
    {"es", "El ayuntamiento decidió anoche que la nueva piscina no se construirá."},
    {"es", "Según la policía, nadie resultó herido en el accidente de la autopista."},
    {"es", "No sé si mañana podremos llegar a tiempo."},
    {"fr", "Le conseil municipal a décidé hier soir que la nouvelle piscine ne sera pas construite."},
    {"fr", "Selon la police, personne n'a été blessé dans l'accident sur l'autoroute."},
    {"fr", "Je ne sais pas si nous pourrons arriver à l'heure demain."},
    {"it", "Il consiglio comunale ha deciso ieri sera che la nuova piscina non sarà costruita."},
    {"pt", "A câmara municipal decidiu ontem à noite que a nova piscina não vai ser construída."},
    {"af", "Die stadsraad het gisteraand besluit dat die nuwe swembad nie gebou sal word nie."},
    {"sv", "Kommunfullmäktige beslutade i går kväll att det nya badhuset inte ska byggas."},
    {"pl", "Rada miejska zdecydowała wczoraj wieczorem, że nowy basen nie zostanie zbudowany."},
};

TEST(LangId, HandWrittenSentences) {
  for (const Case& c : kSentences) {
    LanguageGuess g = IdentifyLanguage(c.text);
    EXPECT_EQ(g.lang, c.lang) << c.text;
    EXPECT_GT(g.confidence, 0.5) << c.text;
    EXPECT_LE(g.confidence, 1.0) << c.text;
  }
}

TEST(LangId, HandWrittenDocumentIsReliable) {
  std::string doc;
  for (const Case& c : kSentences) {
    if (std::string_view(c.lang) == "nl") doc += std::string(c.text) + "\n";
  }
  LanguageGuess g = IdentifyLanguage(doc);
  EXPECT_EQ(g.lang, "nl");
  EXPECT_TRUE(g.reliable);
  EXPECT_GT(g.confidence, 0.99);
}

TEST(LangId, EmptyShortAndGarbageAreUndetermined) {
  const std::string inputs[] = {
      "",
      "   \n\t ",
      "12345 67.89 2022-08-15",
      "!!! ??? ... ***",
      "Hallo",
      "xqzt vbnm kjhg wrtp",
      "kjsdhf kjshdf kjhsdf kjhsdfk",
      "http://www.example.com/path/to/page.html",
      "someone@example.org",
      std::string("\xff\xfe\x80\x81\xc3", 5),
      std::string("\0\0\0\0", 4),
  };
  for (const std::string& text : inputs) {
    LanguageGuess g = IdentifyLanguage(text);
    EXPECT_EQ(g.lang, "und") << '"' << text << '"';
    EXPECT_FALSE(g.reliable);
    EXPECT_EQ(g.confidence, 0.0);
  }
}

TEST(LangId, InvalidUtf8InsideTextIsIgnored) {
  std::string text = "Het kabinet \xff\xfe wil de belasting op arbeid \xc3 verlagen.";
  EXPECT_EQ(IdentifyLanguage(text).lang, "nl");
}

TEST(LangId, LongTextIsCutNotRejected) {
  std::string text;
  while (text.size() < (3u << 20)) text += "Het kabinet wil de belasting op arbeid verlagen. ";
  text += "\xc3\xa9";  // a multi-byte character across no particular boundary
  EXPECT_EQ(IdentifyLanguage(text).lang, "nl");
}

TEST(LangId, CandidatesRestrictTheAnswer) {
  LangIdOptions nl_en;
  nl_en.candidates = {"nl", "en"};
  for (const Case& c : kSentences) {
    std::string lang = IdentifyLanguage(c.text, nl_en).lang;
    EXPECT_TRUE(lang == "nl" || lang == "en" || lang == "und") << c.text << " -> " << lang;
  }
  LangIdOptions swedish;
  swedish.candidates = {"sv"};
  EXPECT_EQ(IdentifyLanguage(kSentences[20].text, swedish).lang, "sv");
  EXPECT_EQ(IdentifyLanguage(kSentences[0].text, swedish).lang, "und");
}

TEST(LangId, ContextSettlesNameLists) {
  // Only names and numbers: no evidence of a language of its own, so the
  // document's language decides.
  const char* names = "Pieter Jansen, Maarten Visser, Anouk Smit (1949 - 1996)";
  LangIdOptions nl;
  nl.context = "nl";
  LangIdOptions en;
  en.context = "en";
  EXPECT_EQ(IdentifyLanguage(names, nl).lang, "nl");
  EXPECT_EQ(IdentifyLanguage(names, en).lang, "en");
  EXPECT_FALSE(IdentifyLanguage(names, en).reliable);
  // Context does not override clear evidence for another language.
  EXPECT_EQ(IdentifyLanguage("I don't know whether we can still make it on time.", nl).lang, "en");
  EXPECT_EQ(IdentifyLanguage("Ik weet niet of we morgen nog op tijd kunnen komen.", en).lang, "nl");
}

TEST(LangId, ThreadSafeOnFirstUse) {
  std::vector<std::thread> threads;
  std::vector<std::string> answers(8);
  for (size_t i = 0; i < answers.size(); ++i) {
    threads.emplace_back(
        [&answers, i] { answers[i] = IdentifyLanguage(kSentences[i % 8].text).lang; });
  }
  for (std::thread& t : threads) t.join();
  for (size_t i = 0; i < answers.size(); ++i) EXPECT_EQ(answers[i], kSentences[i % 8].lang);
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  langid::ForEachWord(text, [&](const langid::Word& w) { out.emplace_back(w.text); });
  return out;
}

TEST(LangIdModel, WordsFoldCaseApostrophesAndSkipAddresses) {
  EXPECT_EQ(Words("L\u2019homme don't 't Prinske, paria's ÉÉN"),
            (std::vector<std::string>{"l'homme", "don't", "'t", "prinske", "paria's", "één"}));
  EXPECT_EQ(Words("Sint-Michielspark H-O-M-O N-VA"),
            (std::vector<std::string>{"sint-michielspark", "h-o-m-o", "n-va"}));
  EXPECT_EQ(Words("zie www.example.com of mail a@b.nl en /usr/bin"),
            (std::vector<std::string>{"zie", "of", "mail", "en"}));
  // Lone capitals are initials unless a lowercase word follows.
  EXPECT_EQ(Words("Kevin A. Boone (C) U P D"), (std::vector<std::string>{"kevin", "boone"}));
  EXPECT_EQ(Words("I think A man O governo"),
            (std::vector<std::string>{"i", "think", "a", "man", "o", "governo"}));
}

TEST(LangIdModel, EveryListLineIsOneWord) {
  for (std::string_view lang : langid::kModelLanguages) {
    const std::string path = std::string(lang) + "/function_words.txt";
    std::vector<std::string_view> lines = LangLines(path);
    EXPECT_GE(lines.size(), 100u) << path;
    for (std::string_view line : lines) {
      std::vector<std::string> words = Words(line);
      ASSERT_EQ(words.size(), 1u) << path << ": " << line;
      EXPECT_EQ(words[0], line) << path << ": not lowercase or not normalised";
    }
  }
}

TEST(LangIdModel, FunctionWordsSeparateDutchFromEnglish) {
  langid::WordEvidence nl = langid::ScoreWords("Het is een van de mooiste dagen van het jaar.");
  const int inl = langid::ModelIndex("nl");
  const int ien = langid::ModelIndex("en");
  EXPECT_GT(nl.log_likelihood[inl], nl.log_likelihood[ien] + 10);
  EXPECT_GE(nl.hits[inl], 6);
  EXPECT_EQ(langid::ModelIndex("sv"), -1);
}

// The requirement: at least 99 % of the UD test sentences with 5 or more
// words identified correctly, for Dutch and for English, each sentence on
// its own (no context). The weights were chosen on the dev sets only.
void ExpectAccuracy(const char* relative, const char* lang, double minimum) {
  Result<std::string> path = DataPath(relative);
  if (!path.ok()) GTEST_SKIP() << path.status().ToString();
  Result<LangIdEvaluation> eval = EvaluateLangIdConllu(*path, lang, 5);
  ASSERT_TRUE(eval.ok()) << eval.status().ToString();
  EXPECT_GT(eval->total, 500u);
  EXPECT_GE(eval->accuracy(), minimum) << relative << ": " << eval->correct << "/" << eval->total;
}

TEST(LangIdAccuracy, EnglishEwtTest) {
  ExpectAccuracy("ud/en_ewt/en_ewt-ud-test.conllu", "en", 0.99);
}
TEST(LangIdAccuracy, DutchAlpinoTest) {
  ExpectAccuracy("ud/nl/nl_alpino-ud-test.conllu", "nl", 0.99);
}
TEST(LangIdAccuracy, DutchLassySmallTest) {
  ExpectAccuracy("ud/nl/nl_lassysmall-ud-test.conllu", "nl", 0.99);
}

TEST(LangIdAccuracy, MissingFileIsAnError) {
  Result<LangIdEvaluation> eval = EvaluateLangIdConllu("/no/such/file.conllu", "nl", 5);
  ASSERT_FALSE(eval.ok());
  EXPECT_EQ(eval.status().code(), Code::kIoError);
}

}  // namespace
}  // namespace dyad
