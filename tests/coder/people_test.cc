// lang/mul/: the people with dated roles (people.txt) and the armed groups
// and state media (groups.txt) that every built-in language loads. Checks
// that they load cleanly, that their codes are well formed, that no entry
// has overlapping ranges with different codes, and a sample of roles
// resolved at different dates.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "coder/dictionary.h"
#include "coder/lexicon.h"
#include "coder/load.h"
#include "dyad/ontology.h"

namespace dyad::coder {
namespace {

std::string Text(const Phrase& phrase) {
  std::string out;
  for (const PhraseWord& w : phrase) out += (out.empty() ? "" : " ") + w.text + (w.stem ? "*" : "");
  return out;
}

bool IsMul(const Actor& a) { return a.file.starts_with("lang/mul/"); }

// The built-in Dutch dictionaries with lang/mul/, loaded once.
class People : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dicts_ = new Dictionaries;
    warnings_ = new std::string;
    CoderOptions options;
    options.builtin_languages = {"nl"};
    const Status s =
        LoadDictionaries(options, dicts_, [](const Diagnostic& d) { *warnings_ += d.ToString() + "\n"; });
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() {
    delete dicts_;
    delete warnings_;
  }

  // The lang/mul/ entry with this name (lower-case, as written).
  static const Actor* Find(const std::string& name) {
    for (const Actor& a : dicts_->actors)
      if (IsMul(a))
        for (const Phrase& p : a.phrases)
          if (Text(p) == name) return &a;
    return nullptr;
  }
  static std::string CodeOn(const std::string& name, int32_t day) {
    const Actor* a = Find(name);
    return a == nullptr ? "(no entry " + name + ")" : a->CodeOn(day);
  }

  static Dictionaries* dicts_;
  static std::string* warnings_;
};
Dictionaries* People::dicts_ = nullptr;
std::string* People::warnings_ = nullptr;

TEST_F(People, LoadWithoutWarnings) {
  EXPECT_EQ(*warnings_, "");
  EXPECT_GT(std::count_if(dicts_->actors.begin(), dicts_->actors.end(), IsMul), 500);
}

TEST_F(People, RolesResolvedAtTheEventDate) {
  EXPECT_EQ(CodeOn("poetin", 19980601), "RUSELI");
  EXPECT_EQ(CodeOn("putin", 20220224), "RUSGOV");
  EXPECT_EQ(CodeOn("poetin", 0), "RUSGOV");  // date unknown: the entry's own code
  EXPECT_EQ(CodeOn("medvedev", 20100101), "RUSGOV");
  EXPECT_EQ(CodeOn("medvedev", 20230101), "RUSGOV");  // Security Council deputy
  EXPECT_EQ(CodeOn("zelensky", 20180101), "UKRELI");
  EXPECT_EQ(CodeOn("zelenskyy", 20220301), "UKRGOV");
  EXPECT_EQ(CodeOn("biden", 20150101), "USAGOV");  // vice-president 2009-2017
  EXPECT_EQ(CodeOn("biden", 20180101), "USAELI");
  EXPECT_EQ(CodeOn("biden", 20220101), "USAGOV");
  EXPECT_EQ(CodeOn("biden", 20250301), "USAELI");
  EXPECT_EQ(CodeOn("trump", 20180101), "USAGOV");
  EXPECT_EQ(CodeOn("trump", 20220101), "USAELI");
  EXPECT_EQ(CodeOn("trump", 20250301), "USAGOV");
  EXPECT_EQ(CodeOn("george w. bush", 20050101), "USAGOV");
  EXPECT_EQ(CodeOn("george h.w. bush", 20050101), "USAELI");
  EXPECT_EQ(CodeOn("hillary clinton", 20100101), "USAGOV");
  EXPECT_EQ(CodeOn("hillary clinton", 20160101), "USAELI");
  EXPECT_EQ(CodeOn("kim jong-un", 20100101), "PRKELI");
  EXPECT_EQ(CodeOn("kim jong-un", 20220101), "PRKGOV");
  EXPECT_EQ(CodeOn("kim jong-il", 20050101), "PRKGOV");
  EXPECT_EQ(CodeOn("sjojgoe", 20200101), "RUSGOV");
  EXPECT_EQ(CodeOn("erdoğan", 20100101), "TURGOV");
  EXPECT_EQ(CodeOn("netanjahoe", 20150101), "ISRGOV");
  EXPECT_EQ(CodeOn("netanyahu", 20220101), "ISRELI");  // Bennett and Lapid governed
  EXPECT_EQ(CodeOn("guterres", 20000101), "PRTGOV");
  EXPECT_EQ(CodeOn("guterres", 20200101), "IGOUNO");
  EXPECT_EQ(CodeOn("rutte", 20200101), "NLDGOV");
  EXPECT_EQ(CodeOn("rutte", 20250101), "IGOWSTNAT");
  EXPECT_EQ(CodeOn("stoltenberg", 20200101), "IGOWSTNAT");
  EXPECT_EQ(CodeOn("von der leyen", 20240101), "IGOEUREEC");
  EXPECT_EQ(CodeOn("gerasimov", 20220101), "RUSMIL");
  EXPECT_EQ(CodeOn("zaluzhnyi", 20220101), "UKRMIL");
  EXPECT_EQ(CodeOn("ahmed al-sharaa", 20200101), "SYRREB");
  EXPECT_EQ(CodeOn("ahmed al-sharaa", 20250301), "SYRGOV");
  EXPECT_EQ(CodeOn("taliban", 20100101), "AFGREB");
  EXPECT_EQ(CodeOn("taliban", 20220101), "AFGGOV");
  EXPECT_EQ(CodeOn("hamas", 20220101), "PSEREBHMS");
  EXPECT_EQ(CodeOn("kcna", 20220101), "PRKMED");
  EXPECT_EQ(CodeOn("tass", 20220101), "RUSMED");
  EXPECT_EQ(CodeOn("xinhua", 20220101), "CHNMED");
  // Issue 5's second round: UN ambassadors and ministers who moved on.
  EXPECT_EQ(CodeOn("sawers", 20080301), "GBRGOV");  // UN ambassador
  EXPECT_EQ(CodeOn("sawers", 20120301), "GBRSPY");  // head of MI6
  EXPECT_EQ(CodeOn("tedros", 20140101), "ETHGOV");  // foreign minister
  EXPECT_EQ(CodeOn("tedros", 20200101), "IGOUNO");  // WHO director-general
  EXPECT_EQ(CodeOn("zeid ra'ad al hussein", 20160101), "IGOUNO");
  EXPECT_EQ(CodeOn("gustavo petro", 20200101), "COLOPP");
  EXPECT_EQ(CodeOn("gustavo petro", 20230101), "COLGOV");
  EXPECT_EQ(CodeOn("abu qasra", 20240101), "SYRREB");
  EXPECT_EQ(CodeOn("abu qasra", 20250301), "SYRGOV");
  // The seed article (examples/seed-nl.txt).
  EXPECT_EQ(CodeOn("matsegora", 20220715), "RUSGOV");
  EXPECT_EQ(CodeOn("kirby", 20220715), "USAGOV");
  EXPECT_EQ(CodeOn("kirby", 20220401), "USAMIL");
}

// Ambiguous surnames must not stand alone.
TEST_F(People, NoAmbiguousSurnameAlone) {
  for (const char* name : {"bush", "clinton", "kim", "lee", "li", "wang", "khan", "sharif", "aoun", "hariri", "castro",
                           "is", "may", "kan", "moon", "park"})
    EXPECT_EQ(Find(name), nullptr) << name;
}

// ... but after a title the coder finds them by surname (Lexicon::surnames):
// the last word of a full name, after "senior"/"Jr."; the first for names
// written family name first; none for a word that is a phrase of its own.
TEST_F(People, SurnameIndex) {
  Lexicon lex;
  lex.dicts = *dicts_;
  lex.Compile();
  const auto names = [&](const std::string& surname) {
    std::set<std::string> out;
    if (auto it = lex.surnames.find(surname); it != lex.surnames.end())
      for (uint32_t id : it->second) out.insert(Text(lex.dicts.actors[id].phrases[0]));
    return out;
  };
  EXPECT_EQ(names("bush"), (std::set<std::string>{"george h.w. bush", "george w. bush"}));
  EXPECT_EQ(names("castro"), (std::set<std::string>{"fidel castro", "raúl castro"}));
  EXPECT_TRUE(names("marcos").contains("ferdinand marcos jr."));
  EXPECT_TRUE(names("lee").contains("lee myung-bak"));
  for (const char* word : {"senior", "sr.", "junior", "jr.", "myung-bak", "putin", "assad", "george"})
    EXPECT_EQ(lex.surnames.count(word), 0u) << word;
}

// Over every actor loaded: two dated lines of one entry may share days only
// when they give the same code.
TEST_F(People, NoOverlappingRangesWithDifferentCodes) {
  for (const Actor& a : dicts_->actors)
    for (size_t i = 0; i < a.dated.size(); ++i) {
      EXPECT_LE(a.dated[i].from, a.dated[i].to) << a.file << ":" << a.line;
      for (size_t j = i + 1; j < a.dated.size(); ++j) {
        const DatedCode& x = a.dated[i];
        const DatedCode& y = a.dated[j];
        if (x.code != y.code && x.from <= y.to && y.from <= x.to)
          ADD_FAILURE() << a.file << ":" << a.line << " " << Text(a.phrases[0]) << ": " << x.code << " " << x.from
                        << ".." << x.to << " overlaps " << y.code << " " << y.from << ".." << y.to;
      }
    }
}

// Every code of lang/mul/ is 3-letter parts: a country (or IGO/IMG) first,
// then known actor types or regions.
TEST_F(People, CodesStartWithACountryOrIgo) {
  // Phoenix's Islamic State code IMGMUSISI uses a group part the CAMEO
  // tables do not list.
  const std::set<std::string> phoenix_only = {"ISI"};
  auto check = [&](const Actor& a, const std::string& code) {
    const std::vector<std::string> parts = ontology::SplitActorCode(code);
    ASSERT_FALSE(parts.empty()) << a.file << ":" << a.line << " " << code;
    EXPECT_TRUE(ontology::IsCountryCode(parts[0]) || parts[0] == "IGO" || parts[0] == "IMG")
        << a.file << ":" << a.line << " " << code;
    for (size_t i = 1; i < parts.size(); ++i)
      EXPECT_TRUE(ontology::FindActorType(parts[i]) != nullptr || ontology::IsCountryCode(parts[i]) ||
                  phoenix_only.contains(parts[i]))
          << a.file << ":" << a.line << " " << code << ": " << parts[i];
  };
  for (const Actor& a : dicts_->actors) {
    if (!IsMul(a)) continue;
    check(a, a.code);
    for (const DatedCode& d : a.dated) check(a, d.code);
  }
}

// A name given to two entries would silently go to the first.
TEST_F(People, EveryNameNamesOneEntry) {
  std::map<std::string, const Actor*> seen;
  for (const Actor& a : dicts_->actors) {
    if (!IsMul(a)) continue;
    for (const Phrase& p : a.phrases) {
      auto [it, fresh] = seen.emplace(Text(p), &a);
      if (!fresh && it->second != &a)
        ADD_FAILURE() << Text(p) << ": " << it->second->file << ":" << it->second->line << " and " << a.file << ":"
                      << a.line;
    }
  }
}

// The figures reported for issue 5: entries, people and countries.
TEST_F(People, Coverage) {
  size_t entries = 0, people = 0;
  std::set<std::string> countries;
  for (const Actor& a : dicts_->actors) {
    if (!IsMul(a)) continue;
    ++entries;
    if (a.file != "lang/mul/people.txt") continue;
    ++people;
    for (const DatedCode& d : a.dated)
      if (!d.code.ends_with("ELI") || a.dated.size() == 1)
        if (const std::string c = ontology::CountryOf(d.code); !c.empty()) countries.insert(c);
    if (const std::string c = ontology::CountryOf(a.code); !c.empty()) countries.insert(c);
  }
  std::cout << "lang/mul: " << entries << " entries, " << people << " people, " << countries.size()
            << " countries\n";
  EXPECT_GE(people, 1400u);
  EXPECT_GE(countries.size(), 60u);
  for (const char* c : {"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "ITA", "JPN", "IND", "BRA", "ARG", "MEX", "CAN",
                        "AUS", "IDN", "ZAF", "KOR", "SAU", "TUR", "PRK", "UKR", "ISR", "IRN", "SYR", "VEN", "TWN",
                        "ARE", "QAT", "KWT", "BHR", "OMN", "MLI", "BFA", "NER", "TCD", "EGY", "IRQ", "AFG", "PAK",
                        "LBN", "JOR", "BLR", "POL", "NLD", "BEL", "HUN", "SRB", "GEO", "ARM", "AZE", "ETH", "SDN",
                        "LBY", "YEM", "CUB", "MMR", "PHL", "VNM", "NGA", "KEN", "PSE", "COL", "SOM"})
    EXPECT_TRUE(countries.contains(c)) << c;
}

}  // namespace
}  // namespace dyad::coder
