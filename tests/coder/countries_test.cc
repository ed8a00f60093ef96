// The country names generated at build time (src/tools/countries.cc ->
// lang/<iso>/countries.txt, compiled in): every ISO 3166 country is there
// with its CAMEO code, and the Dutch names agree with the reference table
// DYAD_DATA/countries/countries_nl.tsv (skipped when absent) except for
// the deliberate differences listed below.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "coder/coder_fixture.h"
#include "coder/dictionary.h"
#include "coder/load.h"
#include "dyad/data.h"
#include "dyad/ontology.h"
#include "util/lang_data.h"
#include "util/utf8.h"

namespace dyad::coder {
namespace {

// code -> lower-cased names of lang/<path>.
std::map<std::string, std::set<std::string>> NamesByCode(const std::string& path) {
  Dictionaries d;
  const ReadReport r = ReadDyadDictionary(path, LangData(path), &d);
  EXPECT_EQ(r.skipped, 0u) << path;
  std::map<std::string, std::set<std::string>> out;
  for (const Actor& a : d.actors)
    for (const Phrase& p : a.phrases) out[a.code].insert(testing::PhraseText(p));
  return out;
}

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  for (std::string f; std::getline(ss, f, '\t');) out.push_back(f);
  return out;
}

TEST(GeneratedCountries, EveryCountryHasACameoCountryCode) {
  for (const std::string lang : {"nl", "en"}) {
    const auto names = NamesByCode(lang + "/countries.txt");
    EXPECT_GE(names.size(), 245u) << lang;  // 249 ISO countries + Kosovo, territories merged into their states
    for (const auto& [code, list] : names) EXPECT_NE(ontology::CountryOf(code), "") << lang << " " << code;
  }
  const auto nl = NamesByCode("nl/countries.txt");
  EXPECT_TRUE(nl.at("RUS").contains("rusland"));
  EXPECT_TRUE(nl.at("PRK").contains("noord-korea"));
  EXPECT_TRUE(nl.at("USA").contains("vs"));
  EXPECT_TRUE(nl.at("KSV").contains("kosovo"));
  EXPECT_TRUE(nl.at("BLR").contains("wit-rusland"));  // iso-codes' Dutch catalogue
  const auto en = NamesByCode("en/countries.txt");
  EXPECT_TRUE(en.at("GNB").contains("guinea - bissau"));  // as the English tokenizer splits it
  EXPECT_TRUE(en.at("USAPRI").contains("puerto rico"));   // a territory under its state, as in Phoenix
}

// Names the generator leaves out on purpose: catalogue forms with a comma
// or parentheses, and names two regions share.
bool DeliberatelyLeftOut(const std::string& name) { return name.find_first_of(",()") != std::string::npos; }

TEST(GeneratedCountries, DutchNamesAgreeWithTheReferenceTable) {
  Result<std::string> path = DataPath("countries/countries_nl.tsv");
  if (!path.ok()) GTEST_SKIP() << path.status().ToString();
  std::ifstream in(*path);
  std::string line;
  std::getline(in, line);  // alpha3 english_name dutch_name alpha2 dutch_name_isocodes dutch_official_isocodes phoenix_code
  const auto nl = NamesByCode("nl/countries.txt");
  std::vector<std::string> differences;
  int rows = 0;
  while (std::getline(in, line)) {
    const std::vector<std::string> f = Fields(line);
    if (f.size() < 6) continue;
    ++rows;
    const std::string code = f.size() > 6 && !f[6].empty() ? f[6] : f[0];
    auto it = nl.find(code);
    if (it == nl.end()) {
      differences.push_back(code + ": no entry");
      continue;
    }
    for (const std::string& name : {f[2], f[4], f[5]})
      if (!name.empty() && !DeliberatelyLeftOut(name) && !it->second.contains(Utf8Lower(name)))
        differences.push_back(code + ": " + name);
  }
  EXPECT_EQ(rows, 249);
  // Deliberate: Mayotte is coded FRA as in Phoenix (FRA is there, Mayotte
  // under it). Nothing else may differ.
  EXPECT_EQ(differences, std::vector<std::string>{}) << "rows " << rows;
}

}  // namespace
}  // namespace dyad::coder

namespace dyad::coder {
namespace {

// The generated regions and cities (src/tools/localities.cc ->
// lang/<iso>/localities.txt): under their country's code, without the
// names the rules leave out. The word-list rule is checked only where the
// build found the word list (Debian's wamerican).
TEST(GeneratedLocalities, RegionsAndCitiesUnderTheirCountry) {
  const auto en = NamesByCode("en/localities.txt");
  EXPECT_TRUE(en.at("USA").contains("alaska"));
  EXPECT_TRUE(en.at("USA").contains("south carolina"));
  EXPECT_TRUE(en.at("CHE").contains("zurich"));
  EXPECT_TRUE(en.at("DEU").contains("bavaria"));  // iso-codes' English catalogue
  const auto nl = NamesByCode("nl/localities.txt");
  EXPECT_TRUE(nl.at("USA").contains("zuid-carolina"));  // iso-codes' Dutch catalogue
  EXPECT_TRUE(nl.at("CHE").contains("zürich"));
  std::set<std::string> all;
  for (const auto& [code, list] : en) {
    EXPECT_NE(ontology::CountryOf(code), "") << code;
    all.insert(list.begin(), list.end());
  }
  for (const char* out : {"georgia",    // a country's name (US state)
                          "washington", // hand-written: the US government's city
                          "punjab",     // two countries'
                          "cordoba",    // two countries', with or without accent
                          "zaire",      // a former country (an Angolan province)
                          "santiago",   // a word of a listed person's name
                          "easter"})    // ocean zones are islands, not cities
    EXPECT_FALSE(all.contains(out)) << out;
}

}  // namespace
}  // namespace dyad::coder
