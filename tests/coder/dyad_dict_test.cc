// dyad's own dictionary format (docs/dictionary-format.md): every entry
// kind read by coder::ReadDyadDictionary, malformed lines skipped with a
// warning naming file:line, and loading files, directories and the
// compiled-in language data through LoadDictionaries.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "coder/closed_class.h"
#include "coder/coder_fixture.h"
#include "coder/dictionary.h"
#include "coder/load.h"
#include "test_util.h"

namespace dyad::coder {
namespace {

std::string Text(const Phrase& phrase) { return testing::PhraseText(phrase); }

std::vector<std::string> Texts(const std::vector<Phrase>& phrases) {
  std::vector<std::string> out;
  for (const Phrase& p : phrases) out.push_back(Text(p));
  return out;
}

// The words of a pattern, synsets as "&name".
std::vector<std::string> PatternWords(const VerbPattern& p) {
  std::vector<std::string> out;
  for (const Element& e : p.after) out.push_back((e.kind == ElementKind::kSynset ? "&" : "") + e.text);
  return out;
}

std::string AllWarnings(const ReadReport& r) {
  std::string out;
  for (const Diagnostic& d : r.diagnostics) out += d.ToString() + "\n";
  return out;
}

ReadReport ReadClean(const std::string& text, Dictionaries* d) {
  ReadReport r = ReadDyadDictionary("mine.dyad", text, d);
  EXPECT_EQ(r.skipped, 0u) << AllWarnings(r);
  EXPECT_TRUE(r.diagnostics.empty()) << AllWarnings(r);
  return r;
}

TEST(DyadDictionary, ActorsWithDatedRolesAndOpenEnds) {
  Dictionaries d;
  ReadReport r = ReadClean(
      "%dyad-dictionary 1\n"
      "%lang nl\n"
      "# a comment line\n"
      "\n"
      "actor RUSGOV: Vladimir Poetin | Poetin   # trailing comment\n"  // 5
      "  RUSELI ..1999-08-08\n"
      "  RUSGOV 1999-08-09..\n"
      "actor USAMIL: John Kirby | Kirby\n"  // 8
      "\tUSAMIL 2021..2022-05\n"
      "  USAGOV 2022-06..\n"
      "actor NLD: Nederland | Den Haag\n",  // 11
      &d);
  EXPECT_EQ(r.entries, 7u);  // three actors, four dated roles
  ASSERT_EQ(d.actors.size(), 3u);
  const Actor& poetin = d.actors[0];
  EXPECT_EQ(Texts(poetin.phrases), (std::vector<std::string>{"vladimir poetin", "poetin"}));
  EXPECT_EQ(poetin.code, "RUSGOV");
  EXPECT_EQ(poetin.file, "mine.dyad");
  EXPECT_EQ(poetin.line, 5u);
  ASSERT_EQ(poetin.dated.size(), 2u);
  EXPECT_EQ(poetin.dated[0].code, "RUSELI");
  EXPECT_EQ(poetin.dated[0].from, kFirstDay);  // open start
  EXPECT_EQ(poetin.dated[0].to, 19990808);
  EXPECT_EQ(poetin.dated[1].from, 19990809);
  EXPECT_EQ(poetin.dated[1].to, kLastDay);  // open end
  EXPECT_EQ(poetin.CodeOn(19990808), "RUSELI");
  EXPECT_EQ(poetin.CodeOn(19990809), "RUSGOV");
  EXPECT_EQ(poetin.CodeOn(0), "RUSGOV");  // date unknown: the actor's own code

  const Actor& kirby = d.actors[1];
  EXPECT_EQ(kirby.line, 8u);
  ASSERT_EQ(kirby.dated.size(), 2u);
  EXPECT_EQ(kirby.dated[0].from, 20210101);  // a year opens on its first day
  EXPECT_EQ(kirby.dated[0].to, 20220531);    // a month closes on its last
  EXPECT_EQ(kirby.CodeOn(20220531), "USAMIL");
  EXPECT_EQ(kirby.CodeOn(20220601), "USAGOV");
  EXPECT_EQ(kirby.CodeOn(20201231), "USAMIL");  // no role applies: the own code

  EXPECT_EQ(Texts(d.actors[2].phrases), (std::vector<std::string>{"nederland", "den haag"}));
  EXPECT_TRUE(d.actors[2].dated.empty());
}

// `seat` marks a capital or seat of power (documents.h, IsSeat); any
// other word after the code is an error, not silently dropped.
TEST(DyadDictionary, SeatOptionMarksCapitalsOnly) {
  Dictionaries d;
  ReadReport r = ReadDyadDictionary("places.dyad",
                                    "actor PRK seat: Pyongyang\n"
                                    "actor CHE: Geneva\n"
                                    "actor USA town: Springfield\n",
                                    &d);
  ASSERT_EQ(d.actors.size(), 2u);
  EXPECT_TRUE(d.actors[0].seat);
  EXPECT_EQ(d.actors[0].code, "PRK");
  EXPECT_FALSE(d.actors[1].seat);
  EXPECT_EQ(r.skipped, 1u);
  EXPECT_NE(AllWarnings(r).find("places.dyad:3: warning: unknown actor option 'town'"), std::string::npos)
      << AllWarnings(r);
}

TEST(DyadDictionary, StemsMatchWordBeginnings) {
  Dictionaries d;
  ReadClean("%dyad-dictionary 1\nactor RUS: Rusland | Russisch* | Russische Federatie\n", &d);
  ASSERT_EQ(d.actors.size(), 1u);
  const std::vector<Phrase>& p = d.actors[0].phrases;
  ASSERT_EQ(p.size(), 3u);
  ASSERT_EQ(p[1].size(), 1u);
  EXPECT_TRUE(p[1][0].stem);
  EXPECT_EQ(p[1][0].text, "russisch");  // without the '*', lower-case
  EXPECT_FALSE(p[0][0].stem);
  EXPECT_FALSE(p[2][1].stem);
  EXPECT_FALSE(p[2][1].gap_before);  // phrase words are consecutive tokens
}

TEST(DyadDictionary, AgentsCombineAfterOrBeforeTheCountry) {
  Dictionaries d;
  ReadReport r = ReadClean(
      "%dyad-dictionary 1\n"
      "agent ~GOV: president | minister-president\n"
      "agent NGO~: mensenrechtenorganisatie\n",
      &d);
  EXPECT_EQ(r.entries, 2u);
  ASSERT_EQ(d.agents.size(), 3u);  // one Agent per phrase
  EXPECT_EQ(Text(d.agents[0].phrase), "president");
  EXPECT_EQ(d.agents[0].code, "GOV");
  EXPECT_FALSE(d.agents[0].before_actor);
  EXPECT_EQ(Text(d.agents[1].phrase), "minister-president");
  EXPECT_EQ(d.agents[1].line, 2u);
  EXPECT_EQ(d.agents[2].code, "NGO");
  EXPECT_TRUE(d.agents[2].before_actor);
  EXPECT_EQ(d.agents[2].line, 3u);
}

TEST(DyadDictionary, VerbAndNounBlocksWithTargetAndAbout) {
  Dictionaries d;
  ReadClean(
      "%dyad-dictionary 1\n"
      "verb ---: uitspreken\n"  // 2
      "  051: steun target=voor\n"
      "  129: veto target=over\n"
      "verb 112 about: isoleren\n"  // 5
      "noun 163 target=tegen: sanctie | Embargo\n"
      "verb 030: afspreken | overeenkomen\n"  // 7
      "  036: ontmoeting gesprek\n",
      &d);
  ASSERT_EQ(d.verbs.size(), 4u);
  const VerbBlock& uit = d.verbs[0];
  EXPECT_EQ(uit.code, "---");
  EXPECT_EQ(uit.line, 2u);
  EXPECT_FALSE(uit.about_subject);
  ASSERT_EQ(uit.predicates.size(), 1u);
  EXPECT_EQ(uit.predicates[0].words, (std::vector<std::string>{"uitspreken"}));
  EXPECT_FALSE(uit.predicates[0].noun);
  ASSERT_EQ(uit.patterns.size(), 2u);
  EXPECT_EQ(uit.patterns[0].code, "051");
  EXPECT_EQ(PatternWords(uit.patterns[0]), (std::vector<std::string>{"steun"}));
  EXPECT_EQ(uit.patterns[0].target_case, "voor");
  EXPECT_TRUE(uit.patterns[0].unordered);  // words anywhere in the clause
  EXPECT_EQ(uit.patterns[0].line, 3u);
  EXPECT_EQ(uit.patterns[1].code, "129");
  EXPECT_EQ(uit.patterns[1].target_case, "over");

  EXPECT_TRUE(d.verbs[1].about_subject);
  EXPECT_EQ(d.verbs[1].code, "112");

  const VerbBlock& noun = d.verbs[2];
  EXPECT_EQ(noun.code, "163");
  ASSERT_EQ(noun.predicates.size(), 2u);
  EXPECT_TRUE(noun.predicates[0].noun);
  EXPECT_EQ(noun.predicates[1].words, (std::vector<std::string>{"embargo"}));
  // A block-level target= is a pattern without words carrying the block's code.
  ASSERT_EQ(noun.patterns.size(), 1u);
  EXPECT_EQ(noun.patterns[0].code, "163");
  EXPECT_TRUE(PatternWords(noun.patterns[0]).empty());
  EXPECT_EQ(noun.patterns[0].target_case, "tegen");

  ASSERT_EQ(d.verbs[3].patterns.size(), 1u);
  EXPECT_EQ(PatternWords(d.verbs[3].patterns[0]), (std::vector<std::string>{"ontmoeting", "gesprek"}));
  EXPECT_EQ(d.verbs[3].patterns[0].target_case, "");
}

// BUG (coder, src/coder/dyad_dict.cc DyadReader::Refine): a pattern line is
// split at its *first* colon, so "032:033: bezoek" (the documented
// `CODE[:PAIRED]: word …` form) gives code "032", no paired code, and the
// words "033:" and "bezoek" — the pattern can never match and the paired
// event is never coded. Expected per docs/dictionary-format.md: code 032,
// paired 033, words {bezoek}.
TEST(DyadDictionary, PatternWithPairedCodes) {
  Dictionaries d;
  ReadClean(
      "%dyad-dictionary 1\n"
      "verb ---: vertrekken\n"
      "  032:033: bezoek target=naar\n",
      &d);
  ASSERT_EQ(d.verbs.size(), 1u);
  ASSERT_EQ(d.verbs[0].patterns.size(), 1u);
  const VerbPattern& p = d.verbs[0].patterns[0];
  EXPECT_EQ(p.code, "032");
  EXPECT_EQ(p.paired, "033");
  EXPECT_EQ(PatternWords(p), (std::vector<std::string>{"bezoek"}));
  EXPECT_EQ(p.target_case, "naar");
}

TEST(DyadDictionary, SynsetsAndPatternsNamingThem) {
  Dictionaries d;
  ReadClean(
      "%dyad-dictionary 1\n"
      "synset Wapen: geweer | zware artillerie | raket*\n"
      "verb ---: leveren\n"
      "  072: &wapen target=aan\n",
      &d);
  ASSERT_TRUE(d.synsets.contains("wapen"));  // names are lower-cased
  EXPECT_EQ(Texts(d.synsets["wapen"].phrases), (std::vector<std::string>{"geweer", "zware artillerie", "raket*"}));
  ASSERT_EQ(d.verbs.size(), 1u);
  ASSERT_EQ(d.verbs[0].patterns.size(), 1u);
  const VerbPattern& p = d.verbs[0].patterns[0];
  ASSERT_EQ(p.after.size(), 1u);
  EXPECT_EQ(p.after[0].kind, ElementKind::kSynset);
  EXPECT_EQ(p.after[0].text, "wapen");
  EXPECT_EQ(p.target_case, "aan");
}

TEST(DyadDictionary, DiscardsSpeechAndSequelWords) {
  Dictionaries d;
  ReadReport r = ReadClean(
      "%dyad-dictionary 1\n"
      "discard: voetbal* | Wereldkampioenschap\n"
      "discard story: Tweede Wereldoorlog\n"
      "speech: zeggen | Verklaren\n"
      "sequel: later | daarop\n",
      &d);
  EXPECT_EQ(r.entries, 4u);
  ASSERT_EQ(d.discards.size(), 3u);
  EXPECT_FALSE(d.discards[0].story);
  EXPECT_EQ(Text(d.discards[0].phrase), "voetbal*");
  EXPECT_EQ(Text(d.discards[1].phrase), "wereldkampioenschap");
  EXPECT_FALSE(d.discards[1].story);
  EXPECT_TRUE(d.discards[2].story);
  EXPECT_EQ(Text(d.discards[2].phrase), "tweede wereldoorlog");
  EXPECT_EQ(d.discards[2].line, 3u);
  EXPECT_EQ(d.speech, (std::set<std::string>{"verklaren", "zeggen"}));
  EXPECT_EQ(d.sequels, (std::set<std::string>{"daarop", "later"}));
}

// Every closed-class key (closed_class.h) fills its own set.
TEST(DyadDictionary, ClosedClassKeysFillTheirSets) {
  std::string text = "%dyad-dictionary 1\n";
  for (const ClosedClassKey& k : ClosedClassKeys()) text += std::string(k.key) + ": Word-" + std::string(k.key) + "\n";
  Dictionaries d;
  ReadClean(text, &d);
  for (const ClosedClassKey& k : ClosedClassKeys())
    EXPECT_EQ(d.closed.*k.words, (WordSet{"word-" + std::string(k.key)})) << k.key;
}

// The built-in closed-class words come per language, for PETRARCH/Phoenix
// runs too: English has its own, not Dutch ones.
TEST(DyadLoadDictionaries, BuiltinClosedClassesArePerLanguage) {
  const auto closed = BuiltinClosedClasses();
  ASSERT_TRUE(closed.contains("en"));
  ASSERT_TRUE(closed.contains("nl"));
  EXPECT_TRUE(closed.at("en").former.contains("former"));
  EXPECT_FALSE(closed.at("en").former.contains("voormalig"));
  EXPECT_TRUE(closed.at("nl").agent_cases.contains("door"));
  EXPECT_TRUE(closed.at("en").passive_aux.empty());  // English parses mark the passive auxiliary
}

TEST(DyadDictionary, MalformedLinesAreSkippedWithFileAndLineTheRestLoads) {
  const std::string text =
      "%dyad-dictionary 1\n"         // 1
      "  RUSGOV 2000..\n"            // 2 indented, no entry above
      "actor RUS Rusland\n"          // 3 no colon
      "country NLD: Nederland\n"     // 4 unknown kind
      "actor RUSGOV: Poetin\n"       // 5 fine
      "  RUSGOV 1999-13-01..\n"      // 6 bad date (month 13)
      "  RUSELI sometime..1999\n"    // 7 bad date
      "  RUSGOV 2000-01-01\n"        // 8 no range
      "verb 051 quickly: steunen\n"  // 9 unknown predicate option
      "  111: kritiek\n"             // 10 indented under a skipped entry
      "actor UKR: Oekra\xefne\n"     // 11 Latin-1, not UTF-8
      "agent: president\n"           // 12 agent without code
      "agent ~GOV:\n"                // 13 agent without phrases
      "actor PRK: Noord-Korea\n"     // 14 fine
      "  PRKGOV 2011-12-17..\n"      // 15 fine
      "verb 111: veroordelen\n"      // 16 fine
      "  steun target=voor\n"        // 17 pattern without 'CODE:'
      "  112: beschuldiging\n";      // 18 fine
  Dictionaries d;
  ReadReport r = ReadDyadDictionary("bad.dyad", text, &d);
  const std::string warnings = AllWarnings(r);
  EXPECT_EQ(r.skipped, 12u) << warnings;
  EXPECT_EQ(r.diagnostics.size(), 12u) << warnings;
  for (int line : {2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 17})
    EXPECT_NE(warnings.find("bad.dyad:" + std::to_string(line) + ": warning: "), std::string::npos)
        << "no warning for line " << line << " in\n"
        << warnings;
  for (const char* part :
       {"bad.dyad:4: warning: unknown entry kind 'country'", "bad.dyad:9: warning: unknown predicate option 'quickly'",
        "bad.dyad:11: warning: invalid UTF-8", "bad.dyad:6: warning: bad date"})
    EXPECT_NE(warnings.find(part), std::string::npos) << part << " not in\n" << warnings;
  for (const Diagnostic& diag : r.diagnostics) EXPECT_EQ(diag.severity, Diagnostic::Severity::kWarning);

  // The rest loads: Poetin without the bad roles, PRK with its role, the
  // 111 block with its good pattern.
  ASSERT_EQ(d.actors.size(), 2u);
  EXPECT_EQ(Text(d.actors[0].phrases[0]), "poetin");
  EXPECT_TRUE(d.actors[0].dated.empty());
  EXPECT_EQ(Text(d.actors[1].phrases[0]), "noord-korea");
  ASSERT_EQ(d.actors[1].dated.size(), 1u);
  EXPECT_EQ(d.actors[1].dated[0].from, 20111217);
  EXPECT_TRUE(d.agents.empty());
  ASSERT_EQ(d.verbs.size(), 1u);
  EXPECT_EQ(d.verbs[0].code, "111");
  ASSERT_EQ(d.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(d.verbs[0].patterns[0].code, "112");
  EXPECT_EQ(r.entries, 5u);
}

// ---- Loading files and directories -------------------------------------------

TEST(DyadLoadDictionaries, DirectoryLoadsEveryKindAndIgnoresReadme) {
  const std::string dir = testing::TempDir("dyad_dict_dir_" + std::to_string(::getpid()));
  testing::WriteFileIn(dir, "README.md", "These are the dictionaries of the test.\nNothing to see here.\n");
  testing::WriteFileIn(dir, ".hidden.txt", "%dyad-dictionary 1\nactor XXX: Verborgen\n");
  testing::WriteFileIn(dir, "nl.dyad", "%dyad-dictionary 1\nactor RUS: Rusland\nverb 051: steunen\n");
  testing::WriteFileIn(dir, "small.actors.txt", "GONDOR_ [GON]\n");
  testing::WriteFileIn(dir, "small.agents.txt", "STEWARD [~GOV]\n");
  std::string warnings;
  Dictionaries d;
  Status s = LoadDictionaries({.dictionaries = {dir}}, &d,
                              [&](const Diagnostic& diag) { warnings += diag.ToString() + "\n"; });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(warnings, "");
  std::vector<std::string> codes;
  for (const Actor& a : d.actors) codes.push_back(a.code);
  std::sort(codes.begin(), codes.end());
  EXPECT_EQ(codes, (std::vector<std::string>{"GON", "RUS"}));  // not the hidden file's XXX
  EXPECT_EQ(d.agents.size(), 2u);                              // steward, stewards
  EXPECT_EQ(d.verbs.size(), 1u);
  std::filesystem::remove_all(dir);
}

TEST(DyadLoadDictionaries, MissingFileIsNotFoundNamingIt) {
  const std::string good = testing::WriteTemp("dyad_dict_good.dyad", "%dyad-dictionary 1\nactor RUS: Rusland\n");
  const std::string missing = testing::TempPath("dyad_dict_no_such_file.dyad");
  Dictionaries d;
  Status s = LoadDictionaries({.dictionaries = {good, missing}}, &d, nullptr);
  EXPECT_EQ(s.code(), Code::kNotFound) << s.ToString();
  EXPECT_NE(s.message().find(missing), std::string::npos) << s.message();
}

TEST(DyadLoadDictionaries, MalformedLineWarnsWithFileLineAndSummary) {
  const std::string path = testing::WriteTemp(
      "dyad_dict_warn.dyad", "%dyad-dictionary 1\nactor RUS: Rusland\nnonsense here\nactor UKR: Oekraïne\n");
  std::vector<Diagnostic> got;
  Dictionaries d;
  ASSERT_TRUE(LoadDictionaries({.dictionaries = {path}}, &d, [&](const Diagnostic& x) { got.push_back(x); }).ok());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].file, path);
  EXPECT_EQ(got[0].line, 3u);
  EXPECT_EQ(got[1].file, path);  // the per-file summary
  EXPECT_EQ(got[1].line, 0u);
  EXPECT_NE(got[1].message.find("2 entries loaded, 1 malformed lines skipped"), std::string::npos) << got[1].message;
  EXPECT_EQ(d.actors.size(), 2u);
}

TEST(DyadLoadDictionaries, BuiltinDutchLoadsCleanlyWithTheSharedPeople) {
  std::string warnings;
  Dictionaries d;
  Status s = LoadDictionaries({.builtin_languages = {"nl"}}, &d,
                              [&](const Diagnostic& diag) { warnings += diag.ToString() + "\n"; });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(warnings, "");  // the shipped language data has no malformed line
  const Actor* poetin = nullptr;
  for (const Actor& a : d.actors)
    for (const Phrase& p : a.phrases)
      if (Text(p) == "poetin") poetin = &a;
  ASSERT_NE(poetin, nullptr);
  EXPECT_EQ(poetin->CodeOn(20220801), "RUSGOV");
  EXPECT_EQ(poetin->file.substr(0, 9), "lang/mul/");  // people are shared by all languages
  EXPECT_FALSE(d.speech.empty());
  EXPECT_FALSE(d.verbs.empty());
}

// English: the generated countries and the hand-written demonyms, places,
// organisations and agents load without a warning.
TEST(DyadLoadDictionaries, BuiltinEnglishLoadsCleanly) {
  std::string warnings;
  Dictionaries d;
  Status s = LoadDictionaries({.builtin_languages = {"en"}}, &d,
                              [&](const Diagnostic& diag) { warnings += diag.ToString() + "\n"; });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(warnings, "");
  std::map<std::string, std::string> code_of;
  for (const Actor& a : d.actors)
    for (const Phrase& p : a.phrases) code_of.emplace(Text(p), a.code);
  EXPECT_EQ(code_of["russia"], "RUS");         // en/countries.txt (generated)
  EXPECT_EQ(code_of["north korean"], "PRK");   // en/demonyms.txt
  EXPECT_EQ(code_of["white house"], "USAGOV");  // en/places.txt
  EXPECT_EQ(code_of["nato"], "IGOWSTNAT");     // en/organisations.txt
  EXPECT_FALSE(d.agents.empty());
}

// The Dutch files split by kind: generated countries, seats of power.
TEST(DyadLoadDictionaries, BuiltinDutchHasCountriesPlacesAndAgents) {
  Dictionaries d;
  ASSERT_TRUE(LoadDictionaries({.builtin_languages = {"nl"}}, &d, nullptr).ok());
  std::map<std::string, std::string> code_of;
  for (const Actor& a : d.actors)
    for (const Phrase& p : a.phrases) code_of.emplace(Text(p), a.code);
  EXPECT_EQ(code_of["noord-korea"], "PRK");
  EXPECT_EQ(code_of["oekraïens*"], "UKR");
  EXPECT_EQ(code_of["kremlin"], "RUSGOV");
  EXPECT_EQ(code_of["pentagon"], "USAMIL");
  EXPECT_EQ(code_of["vn"], "IGOUNO");
  EXPECT_EQ(code_of["navo"], "IGOWSTNAT");
  size_t gov = 0;
  for (const Agent& a : d.agents) gov += a.code == "GOV";
  EXPECT_GT(gov, 20u);
}

// The compiled-in Dutch dictionaries through a Coder: "Poetin steunt
// Noord-Korea." is RUSGOV -> PRK 051 (actor, dated role and predicate all
// from lang/nl).
TEST(DyadLoadDictionaries, BuiltinDutchCodesPoetinAsRusgov) {
  auto coder = testing::MakeCoder({.builtin_languages = {"nl"}});
  ASSERT_NE(coder, nullptr);
  const std::string parse = testing::ParsedSentence("Poetin steunt Noord-Korea.",
                                                    {"1 Poetin Poetin PROPN 2 nsubj", "2 steunt steunen VERB 0 root",
                                                     "3 Noord-Korea Noord-Korea PROPN 2 obj", "4 . . PUNCT 2 punct"});
  EXPECT_EQ(testing::Triples(testing::CodeParsed(*coder, parse, "2022-08", "nl")),
            (std::vector<std::string>{"RUSGOV PRK 051"}));
  auto none = testing::MakeCoder({});  // without the builtin data nothing is known
  ASSERT_NE(none, nullptr);
  EXPECT_TRUE(testing::CodeParsed(*none, parse, "2022-08", "nl").empty());
}

}  // namespace
}  // namespace dyad::coder
