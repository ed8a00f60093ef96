#include "coder/dates.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::coder {
namespace {

// Dates are written as Date::Parse reads them; "" is an unknown date.
Date D(std::string_view s) {
  if (s.empty()) return {};
  Result<Date> d = Date::Parse(s);
  EXPECT_TRUE(d.ok()) << s;
  return d.ok() ? *d : Date{};
}

// `sentence`: tokens separated by single spaces, as the tokenizer gives them.
std::string Dated(std::string_view lang, std::string_view doc, std::string_view sentence) {
  std::vector<std::string> lowered;
  for (size_t start = 0; start <= sentence.size();) {
    size_t end = std::min(sentence.find(' ', start), sentence.size());
    std::string w(sentence.substr(start, end - start));
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    lowered.push_back(w);
    start = end + 1;
  }
  std::vector<std::string_view> words(lowered.begin(), lowered.end());
  return EventDate(words, lang, D(doc)).ToString();
}

struct Case {
  std::string_view doc, sentence, expected;
};

void ExpectAll(std::string_view lang, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(Dated(lang, c.doc, c.sentence), c.expected) << lang << " doc " << c.doc << ": " << c.sentence;
  }
}

// 2019-03-07 is a Thursday.
TEST(EventDate, DutchRelativeDays) {
  ExpectAll("nl", {
    {"2019-03-07", "Maas zei gisteren dat Duitsland Guaidó steunt .", "2019-03-06"},
    {"2019-03-07", "Vandaag ontmoeten de ministers elkaar .", "2019-03-07"},
    {"2019-03-07", "Eergisteren werd de ambassadeur ontboden .", "2019-03-05"},
    {"2019-03-07", "Morgen reist Rutte naar Brussel .", "2019-03-08"},
    {"2019-03-01", "Gisteravond vielen er schoten .", "2019-02-28"},
    {"2019-03-07", "De minister sprak die morgen met de pers .", "2019-03-07"},  // the noun
  });
}

TEST(EventDate, DutchWeekdaysAreTheMostRecentOnOrBeforeTheDocument) {
  ExpectAll("nl", {
    {"2019-03-07", "Kriener was maandag naar het vliegveld gegaan .", "2019-03-04"},
    {"2019-03-07", "Op donderdag tekenden zij het akkoord .", "2019-03-07"},
    {"2019-03-07", "Vrijdag protesteerden duizenden mensen .", "2019-03-01"},
    {"2019-03-07", "Komende maandag spreken de ministers elkaar .", "2019-03-11"},
    {"2019-03-07", "Op maandag 4 maart vertrok hij .", "2019-03-04"},
    {"2019-03", "Maandag vertrok de delegatie .", "2019-03"},  // cannot be resolved
  });
}

TEST(EventDate, DutchMonthsKeepTheirPrecision) {
  ExpectAll("nl", {
    {"2022-08", "Rusland en Noord-Korea tekenden in april een verdrag .", "2022-04"},
    {"2022-08", "In november dreigde Pyongyang met raketten .", "2021-11"},
    {"2022-08-15", "Afgelopen juli bezocht Lavrov Pyongyang .", "2022-07"},
    {"2022-08", "In augustus begon de oefening .", "2022-08"},
    {"2022-08", "Begin april kwam het tot een breuk .", "2022-04"},
    {"2022-08", "Eind juli zegde Moskou steun toe .", "2022-07"},
    {"2022-08", "Half mei sloten zij een akkoord .", "2022-05"},
    {"2022-08", "Op 12 mei sloten zij een akkoord .", "2022-05-12"},
    {"2022-08", "Het akkoord van 12 mei 2021 werd verlengd .", "2021-05-12"},
    {"2022-08", "Het verdrag werd in mei 2020 getekend .", "2020-05"},
    {"2022-08", "Op 3 jan. sprak de minister .", "2022-01-03"},
    {"2022-08", "Op 3 jan . sprak de minister .", "2022-01-03"},
    {"2022-08", "Op de 21e juli viel het leger binnen .", "2022-07-21"},
    {"2022-08", "Op 31 april viel het leger binnen .", "2022-04"},  // no such day
    {"2022-08", "Volgende maand reist hij naar Pyongyang .", "2022-09"},
    {"2022-08", "Komende februari reist hij naar Pyongyang .", "2023-02"},
    {"2022", "In april tekenden zij een verdrag .", "2022"},  // which April?
  });
}

TEST(EventDate, DutchMonthFormsThatAreAlsoWords) {
  ExpectAll("nl", {
    {"2022-08", "Jan Peters zegt dat Rusland dreigt .", "2022-08"},
    {"2022-08", "In jan. dreigde Rusland .", "2022-01"},
    {"2022-08", "In mei 12 doden bij aanvallen .", "2022-05"},  // no "mei 12" in Dutch
  });
}

TEST(EventDate, DutchWeeksMonthsYears) {
  ExpectAll("nl", {
    {"2019-03-07", "Vorige week ontmoetten zij elkaar .", "2019-02"},  // doc - 7 days, month precision
    {"2019-03-20", "Vorige week ontmoetten zij elkaar .", "2019-03"},
    {"2019-03-07", "Vorige maand werd het verdrag opgezegd .", "2019-02"},
    {"2019-01-07", "Vorige maand werd het verdrag opgezegd .", "2018-12"},
    {"2019-03-07", "Vorig jaar werd het verdrag opgezegd .", "2018"},
    {"2019", "Vorig jaar werd het verdrag opgezegd .", "2018"},
    {"2019", "Vorige maand werd het verdrag opgezegd .", "2019"},  // too coarse
    {"2019-03", "Vorige week ontmoetten zij elkaar .", "2019-03"},
    {"2019-03-28", "Dat maakten de landen vorig jaar mei bekend .", "2018-05"},
    {"2019-03-28", "Dat maakten de landen in mei vorig jaar bekend .", "2018-05"},
    {"2019", "Dat maakten de landen in mei vorig jaar bekend .", "2018-05"},
    {"", "Dat maakten de landen in mei vorig jaar bekend .", ""},
  });
}

TEST(EventDate, DutchYearsOnlyAfterACue) {
  ExpectAll("nl", {
    {"2022-08", "In 2021 verbrak Noord-Korea de banden .", "2021"},
    {"2022-08", "Begin 2020 verbrak Noord-Korea de banden .", "2020"},
    {"2022-08", "Op de G20 van 2019 spraken zij elkaar .", "2022-08"},
    {"2022-08", "Het verdrag uit 1961 werd bevestigd .", "2022-08"},
  });
}

TEST(EventDate, FirstExpressionGoverns) {
  ExpectAll("nl", {
    {"2019-03-07", "Maas zei gisteren dat Kriener maandag naar het vliegveld ging .", "2019-03-06"},
    {"2019-03-07", "De G20 van 2019 veroordeelde gisteren de aanval .", "2019-03-06"},
  });
}

TEST(EventDate, EnglishExpressions) {
  ExpectAll("en", {
    {"2019-03-07", "Germany condemned the move yesterday .", "2019-03-06"},
    {"2019-03-07", "The ministers meet today .", "2019-03-07"},
    {"2019-03-07", "Troops will withdraw tomorrow .", "2019-03-08"},
    {"2019-03-07", "The envoy left the day before yesterday .", "2019-03-05"},
    {"2019-03-07", "On Monday , Guaidó returned .", "2019-03-04"},
    {"2019-03-07", "Next Tuesday the talks resume .", "2019-03-12"},
    {"2019-03-07", "On Monday , March 4 , Guaidó returned .", "2019-03-04"},
    {"2022-08", "Pyongyang tested a missile in April .", "2022-04"},
    {"2022-02", "Pyongyang tested a missile in November .", "2021-11"},
    {"2022-08", "The deal was signed on May 12 , 2021 .", "2021-05-12"},
    {"2022-08", "The deal was signed May 12 .", "2022-05-12"},
    {"2022-08", "The deal was signed on the 3rd May .", "2022-05-03"},
    {"2022-08", "The deal was signed in Sept. 2020 .", "2020-09"},
    {"2022-08", "In mid - May the army advanced .", "2022-05"},
    {"2022-08", "In 2021 the army advanced .", "2021"},
    {"2019-03-07", "Last week the army advanced .", "2019-02"},
    {"2019-03-07", "Last month the army advanced .", "2019-02"},
    {"2019-03-07", "Last year the army advanced .", "2018"},
    {"2019-03-07", "In May last year the army advanced .", "2018-05"},
    {"2019-03-07", "The 2018 summit was recalled .", "2019-03-07"},
    {"2019-03-07", "Russia may attack Ukraine .", "2019-03-07"},
    {"2019-03-07", "Protesters march on the capital .", "2019-03-07"},
    // "Jun" is also a Korean and Chinese given name.
    {"2021-08-02", "Lee Jun - seok criticised the plan .", "2021-08-02"},
    {"2021-08-02", "The plan was signed on Jun 12 .", "2021-06-12"},
  });
}

TEST(EventDate, IsoDatesInAnyLanguage) {
  ExpectAll("de", {
    {"2022-08", "Am 2021-05-12 unterzeichneten sie .", "2021-05-12"},
    {"2022-08", "Gestern unterzeichneten sie im Mai .", "2022-08"},  // no German tables
  });
}

TEST(EventDate, UnknownDocumentDate) {
  ExpectAll("nl", {
    {"", "Gisteren werd de ambassadeur uitgezet .", ""},
    {"", "In april werd de ambassadeur uitgezet .", ""},
    {"", "Op 12 mei 2021 werd de ambassadeur uitgezet .", "2021-05-12"},  // absolute
    {"", "In 2021 werd de ambassadeur uitgezet .", "2021"},
  });
}

TEST(EventDate, NoExpressionKeepsTheDocumentDate) {
  ExpectAll("nl", {
    {"2019-03-07", "Venezuela zet de Duitse ambassadeur het land uit .", "2019-03-07"},
    {"2022-08", "Rusland steunt Noord-Korea .", "2022-08"},
  });
  ExpectAll("en", {{"2019-03-07", "Venezuela expelled the German ambassador .", "2019-03-07"}});
  EXPECT_EQ(EventDate({}, "nl", D("2019-03-07")), D("2019-03-07"));
}

TEST(FindEventDate, TellsNoExpressionFromOneGivingTheDocumentDate) {
  const Date doc = D("2019-03-25");
  const std::vector<std::string_view> today = {"vandaag", "vliegt", "may", "naar", "parijs"};
  const std::vector<std::string_view> none = {"may", "vliegt", "naar", "parijs"};
  EXPECT_EQ(FindEventDate(today, "nl", doc), std::optional<Date>(doc));
  EXPECT_EQ(FindEventDate(none, "nl", doc), std::nullopt);
}

// Doc 2019-03-25: "op 9 april" is last year's in a past clause, the coming one
// in a present (or future) clause; earlier months are this year's either way.
TEST(FindEventDate, PresentTenseTakesALaterMonthAsTheComingOne) {
  const Date doc = D("2019-03-25");
  const std::vector<std::string_view> april = {"israël", "kiest", "op", "9", "april", "een", "parlement"};
  const std::vector<std::string_view> feb = {"israël", "koos", "op", "9", "februari", "een", "parlement"};
  EXPECT_EQ(FindEventDate(april, "nl", doc, Tense::kPresent), std::optional<Date>(D("2019-04-09")));
  EXPECT_EQ(FindEventDate(april, "nl", doc, Tense::kPast), std::optional<Date>(D("2018-04-09")));
  EXPECT_EQ(FindEventDate(feb, "nl", doc, Tense::kPresent), std::optional<Date>(D("2019-02-09")));
  const std::vector<std::string_view> since = {"sinds", "juli", "is", "hij", "president"};
  const std::vector<std::string_view> last = {"afgelopen", "juli", "is", "hij", "president", "geworden"};
  EXPECT_EQ(FindEventDate(since, "nl", doc, Tense::kPresent), std::optional<Date>(D("2018-07")));
  EXPECT_EQ(FindEventDate(last, "nl", doc, Tense::kPresent), std::optional<Date>(D("2018-07")));
}

TEST(EventDate, CountedBackSpansAndTheWeekend) {
  ExpectAll("nl", {
    {"2019-03-25", "anderhalve week geleden kwamen twee raketten neer", "2019-03"},
    {"2019-04-08", "vucic benadrukte een jaar geleden dat", "2018"},
    {"2019-04-09", "netanyahu beloofde dit weekeinde delen te annexeren", "2019-04"},
  });
  ExpectAll("en", {{"2019-04-08", "he said a year ago that", "2018"}});
}

}  // namespace
}  // namespace dyad::coder
