// The PETRARCH / TABARI dictionary readers: small inline dictionaries pin
// each feature; one test loads every shared dictionary file.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "coder/dictionary.h"
#include "dyad/data.h"
#include "test_util.h"

namespace dyad::coder {
namespace {

std::string Words(const Phrase& p) {
  std::string out;
  for (const PhraseWord& w : p) {
    if (!out.empty()) out += w.gap_before ? " " : "_";
    out += w.text;
    if (w.stem) out += "*";
  }
  return out;
}

// "failed+ to+ * out+ now": words, '+' = adjacent, kinds as $ + % ^ &name.
std::string Pattern(const VerbPattern& p) {
  auto one = [](const Element& e) {
    std::string s;
    switch (e.kind) {
      case ElementKind::kWord: s = e.text; break;
      case ElementKind::kSynset: s = "&" + e.text; break;
      case ElementKind::kSource: s = "$"; break;
      case ElementKind::kTarget: s = "+"; break;
      case ElementKind::kSymmetric: s = "%"; break;
      case ElementKind::kSkipPhrase: s = "^"; break;
    }
    return e.adjacent ? s + "+" : s;
  };
  std::string out;
  for (const Element& e : p.before) out += one(e) + " ";
  out += "*";
  for (const Element& e : p.after) out += " " + one(e);
  return out;
}

std::vector<std::string> Messages(const ReadReport& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) out.push_back(d.ToString());
  return out;
}

bool AnyContains(const ReadReport& r, const std::string& part) {
  for (const std::string& m : Messages(r)) {
    if (m.find(part) != std::string::npos) return true;
  }
  return false;
}

// Reads `text` with `read`, expecting no skipped line.
template <typename Reader>
ReadReport ReadClean(Reader read, const char* name, const std::string& text, Dictionaries* d) {
  ReadReport r = read(name, text, d);
  EXPECT_EQ(r.skipped, 0u) << ::testing::PrintToString(Messages(r));
  return r;
}

// Each of `parts` is part of some warning of `r`.
void ExpectWarnings(const ReadReport& r, std::initializer_list<const char*> parts) {
  for (const char* part : parts) EXPECT_TRUE(AnyContains(r, part)) << part;
}

// ---- Dates -------------------------------------------------------------------

TEST(PetrarchDictDate, TwoDigitYearsFollowPetrarch) {
  EXPECT_EQ(*ParseDictDate("080508"), 20080508);
  EXPECT_EQ(*ParseDictDate("300101"), 20300101);  // PETRARCH: YY <= 30 -> 20YY
  EXPECT_EQ(*ParseDictDate("310101"), 19310101);
  EXPECT_EQ(*ParseDictDate("991231"), 19991231);
  EXPECT_EQ(*ParseDictDate("19411207"), 19411207);
  EXPECT_EQ(*ParseDictDate("20120229"), 20120229);
}

TEST(PetrarchDictDate, RejectsMalformedDates) {
  for (const char* bad :
       {"", "0805", "2010050", "201005011", "20100931", "20100229", "08x508", "1920030320"}) {
    EXPECT_FALSE(ParseDictDate(bad).ok()) << bad;
  }
}

// ---- Actors ------------------------------------------------------------------

TEST(PetrarchActors, PrimarySynonymsAndDatedCodes) {
  const std::string text =
      "# comment\n"
      "<!-- one-line comment -->\n"
      "<!--\n several lines\n-->\n"
      "VLADIMIR_PUTIN_  # CountryInfo.txt\n"
      "+PRESIDENT PUTIN_\n"
      "\t[RUSELI 700101-990809]\n"
      "\t[RUSGOV 991231-080507]\n"
      "\t[RUSGOV >080508]\n"
      "\t[RUSELI]\n"
      "ARNOR_  [arn] ; lower-case code\n"
      "GONDOR\n"
      "\t[GONGOV <19991231]\n"
      "TRYGVE_LIE_\t[IGOUNO 460201-521110] [ELI]# two codes on the primary line\n"
      "BOROMIR  [---]\n";
  Dictionaries d;
  ReadReport r = ReadClean(ReadActors, "a.actors.txt", text, &d);
  ASSERT_EQ(r.entries, 5u);
  ASSERT_EQ(d.actors.size(), 5u);
  const Actor& putin = d.actors[0];
  ASSERT_EQ(putin.phrases.size(), 2u);
  EXPECT_EQ(Words(putin.phrases[0]), "vladimir_putin");
  EXPECT_EQ(Words(putin.phrases[1]), "president putin");  // blank = gap
  EXPECT_EQ(putin.line, 6u);
  EXPECT_EQ(putin.file, "a.actors.txt");
  EXPECT_EQ(putin.code, "RUSELI");
  ASSERT_EQ(putin.dated.size(), 3u);
  EXPECT_EQ(putin.dated[2].from, 20080508);
  EXPECT_EQ(putin.dated[2].to, kLastDay);
  EXPECT_EQ(putin.CodeOn(20220801), "RUSGOV");
  EXPECT_EQ(putin.CodeOn(19800101), "RUSELI");
  EXPECT_EQ(putin.CodeOn(20000101), "RUSGOV");
  EXPECT_EQ(putin.CodeOn(0), "RUSELI");  // unknown date: the default
  EXPECT_EQ(d.actors[1].code, "ARN");
  EXPECT_EQ(d.actors[2].code, "");
  EXPECT_EQ(d.actors[2].CodeOn(19990101), "GONGOV");
  EXPECT_EQ(d.actors[2].CodeOn(20000101), "");
  EXPECT_EQ(d.actors[3].code, "ELI");
  EXPECT_EQ(d.actors[3].CodeOn(19500101), "IGOUNO");
  EXPECT_EQ(d.actors[4].code, "");  // [---]: explicitly none
}

TEST(PetrarchActors, MalformedLinesAreSkippedWithWarnings) {
  const std::string text =
      "+ORPHAN_SYNONYM\n"           // 1
      "\t[ABC 990101]\n"            // 2
      "ROHAN_ [ROH]\n"              // 3
      "\t[ROHGOV 991301-000101]\n"  // 4 bad date
      "\t[ROHGOV 000101-990101]\n"  // 5 end < start
      "\t[ROHGOV >000101\n"         // 6 unbalanced
      "\t[ROH GOV]\n"               // 7 no operator
      "+ROHIRRIM [ROH]\n"           // 8 code on synonym
      "MORDOR_ [MOR] stray\n"       // 9 stray text
      "\t[MORGOV >990101]\n"        // 10 no actor
      "BAD\xff_BYTES [BAD]\n"       // 11 not UTF-8
      "SAMOA_(AMERICAN [ASM]\n"     // 12 unbalanced
      "\t[R!H]\n"                   // 13 bad code
      + std::string(5000, 'X') +
      " [LONG]\n"           // 14 over-long
      "ISENGARD_ [ISE]\n";  // 15
  Dictionaries d;
  ReadReport r = ReadActors("bad.actors", text, &d);
  EXPECT_EQ(r.entries, 2u);
  EXPECT_EQ(r.skipped, 13u) << ::testing::PrintToString(Messages(r));
  ASSERT_EQ(d.actors.size(), 2u);
  EXPECT_EQ(d.actors[0].code, "ROH");
  EXPECT_TRUE(d.actors[0].dated.empty());
  EXPECT_EQ(Words(d.actors[1].phrases[0]), "isengard");
  ExpectWarnings(
      r, {"bad.actors:1: warning: +synonym with no primary phrase",
          "bad.actors:4: warning: bad date", "bad.actors:5: warning: end date before start date",
          "bad.actors:10: warning: date restriction with no actor (its primary",
          "bad.actors:11: warning: invalid UTF-8", "bad.actors:14: warning: line longer than"});
}

// ---- Agents, discards, PICO --------------------------------------------------

TEST(PetrarchAgents, PluralsCodesAndSubstitutionSets) {
  const std::string text =
      "<!-- AGENTS -->\n"
      "!PERSON! = MAN, WOMEN , PERSON\n"
      "ENVOY [~GOV]\n"         // 3 vowel + Y: envoys
      "DEPUTY [~LEG]\n"        // 4 deputies
      "BOSS [~BUS]\n"          // 5 bosses
      "AIR_FORCE {} [~MIL]\n"  // 6 no plural
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
      "HUMAN_RIGHTS_BODY  [NGO~] # comment\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "PEACE KEEPER [~IGO]\n";
  Dictionaries d;
  ReadReport r = ReadClean(ReadAgents, "x.agents.txt", text, &d);
  std::vector<std::string> got;
  for (const Agent& a : d.agents) {
    got.push_back(Words(a.phrase) + (a.before_actor ? " <" : " >") + a.code);
  }
  EXPECT_EQ(got, (std::vector<std::string>{
                     "envoy >GOV", "envoys >GOV", "deputy >LEG", "deputies >LEG", "boss >BUS",
                     "bosses >BUS", "air_force >MIL", "attorney_general >GOVATG",
                     "attorneys_general >GOVATG", "human_rights_body <NGO",
                     "human_rights_bodies <NGO", "congressman >LEG", "congresswomen >LEG",
                     "congressperson >LEG", "peace keeper >IGO", "peace keepers >IGO"}));
  EXPECT_EQ(r.entries, d.agents.size());
  EXPECT_EQ(d.agents[0].line, 3u);
}

TEST(PetrarchAgents, MalformedLines) {
  const std::string text =
      "NO_CODE\n"             // 1
      "BAD_CODE [GOV]\n"      // 2 no '~'
      "TYPO [~LEG}\n"         // 3 unbalanced
      "X!NOPE! [~GOV]\n"      // 4 undefined set
      "BRACE {OPEN [~GOV]\n"  // 5 unbalanced
      "!BROKEN = A, B\n"      // 6 bad set
      "FINE [~GOV] extra\n"   // 7 stray text
      "OK [~GOV]\n";
  Dictionaries d;
  ReadReport r = ReadAgents("bad.agents", text, &d);
  EXPECT_EQ(r.skipped, 7u) << ::testing::PrintToString(Messages(r));
  ASSERT_EQ(d.agents.size(), 2u);
  ExpectWarnings(r, {"bad.agents:1: warning: agent without [code]",
                     "bad.agents:4: warning: undefined substitution set !NOPE!"});
}

TEST(PetrarchDiscards, StoryLevelAndStems) {
  Dictionaries d;
  ReadReport r = ReadDiscards("x.discards", "+WORLD CUP   # ab ;AB\nGROUP A_\nBASEBALL\n+\n", &d);
  ASSERT_EQ(d.discards.size(), 3u);
  EXPECT_EQ(r.skipped, 1u);
  EXPECT_TRUE(d.discards[0].story);
  EXPECT_EQ(Words(d.discards[0].phrase), "world_cup*");
  EXPECT_FALSE(d.discards[1].story);
  EXPECT_EQ(Words(d.discards[1].phrase), "group_a");
  EXPECT_EQ(Words(d.discards[2].phrase), "baseball*");
}

TEST(PetrarchPico, KeepsValueText) {
  Dictionaries d;
  ReadReport r = ReadPico("pico.txt",
                          "# header\r\n010:0x1000#Make Public Statement\r\n"
                          "1211:-0xFFFF+0x0075\r\n   # continued comment\r\nnonsense\r\n",
                          &d);
  EXPECT_EQ(r.entries, 2u);
  EXPECT_EQ(r.skipped, 1u);
  EXPECT_EQ(d.pico["010"], "0x1000");
  EXPECT_EQ(d.pico["1211"], "-0xFFFF+0x0075");
}

// ---- PETRARCH-1 verbs --------------------------------------------------------

constexpr const char* kVerbs =
    "&AUXVERB_\n"  // 1 label ending '_': no plurals
    "+WAS\n"
    "+IS_TO\n"
    "&CURRENCY\n"  // 4
    "+DOLLAR\n"
    "+PENNY\n"
    "+KRONER_\n"  // 7 member ending '_': no plural
    "+SWISS_FRANC\n"
    "&MONEYLIKE\n"  // 9
    "+&CURRENCY\n"  // nested
    "+GOLD\n"
    "&TIE\n"
    "+MILITARY\n"
    "\n"
    "--- ABANDON [080] ---\n"  // 15
    "ABANDON   # pas\n"
    "BAN {BANS BANNED}\n"
    "+BEEF_UP\n"
    "KLM_NOP_+RST [002]\n"
    "WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}\n"
    "EXPRESS [040:041]\n"
    "- FAILED_TO_*  [111]\n"  // 22
    "- * _OUT [074]\n"
    "- *_OUT_AGAIN NOW [075A]\n"
    "- IN_ *  [072]\n"
    "- $ * + &MONEYLIKE % ^ [037:037]  # comment\n"
    "- * NEW_&TIE_RELATIONS [0331]\n"
    "- * &TIE_&CURRENCY_FROM_$ [0332]\n"
    "--- NOCODE ---\n"  // 29
    "LEAVE\n"
    "--- ACCORD  [+++]  ---\n"  // 31
    "ACCORD\n"
    "+CLEAR_UP\n"
    "+CRACK_DOWN {+CRACKED_DOWN , +CRACKS_DOWN}\n";

TEST(PetrarchVerbs, SynsetsWithPluralsAndNesting) {
  Dictionaries d;
  ReadClean(ReadPetrarchVerbs, "v.verbs", kVerbs, &d);
  auto phrases = [&](const std::string& name) {
    std::vector<std::string> out;
    for (const Phrase& p : d.synsets[name].phrases) out.push_back(Words(p));
    return out;
  };
  EXPECT_EQ(phrases("auxverb"), (std::vector<std::string>{"was", "is_to"}));
  EXPECT_EQ(phrases("currency"),
            (std::vector<std::string>{"dollar", "dollars", "penny", "pennies", "kroner",
                                      "swiss_franc", "swiss_francs"}));
  EXPECT_EQ(phrases("moneylike"),
            (std::vector<std::string>{"dollar", "dollars", "penny", "pennies", "kroner",
                                      "swiss_franc", "swiss_francs", "gold", "golds"}));
}

TEST(PetrarchVerbs, BlocksVerbsAndForms) {
  Dictionaries d;
  ReadReport r = ReadPetrarchVerbs("v.verbs", kVerbs, &d);
  ASSERT_EQ(d.verbs.size(), 3u);
  const VerbBlock& b = d.verbs[0];
  EXPECT_EQ(b.code, "080");
  EXPECT_EQ(b.line, 15u);
  EXPECT_EQ(b.file, "v.verbs");
  ASSERT_EQ(b.predicates.size(), 6u);
  EXPECT_EQ(b.predicates[0].words, (std::vector<std::string>{"abandon"}));
  EXPECT_EQ(b.predicates[1].forms, (std::vector<std::string>{"bans", "banned"}));
  EXPECT_EQ(b.predicates[2].words, (std::vector<std::string>{"beef", "up"}));
  EXPECT_EQ(b.predicates[2].head, 0u);
  EXPECT_EQ(b.predicates[3].words, (std::vector<std::string>{"klm", "nop", "rst"}));
  EXPECT_EQ(b.predicates[3].head, 2u);
  EXPECT_EQ(b.predicates[3].code, "002");
  EXPECT_EQ(b.predicates[4].head, 1u);
  EXPECT_EQ(b.predicates[4].forms, (std::vector<std::string>{"taps", "tapped", "tapping"}));
  EXPECT_EQ(b.predicates[5].code, "040");
  EXPECT_EQ(b.predicates[5].paired, "041");
  EXPECT_EQ(d.verbs[1].code, "---");  // no code in the header
  EXPECT_EQ(d.verbs[2].code, "+++");
  EXPECT_EQ(d.verbs[2].predicates[1].words, (std::vector<std::string>{"clear", "up"}));
  EXPECT_EQ(d.verbs[2].predicates[2].forms, (std::vector<std::string>{"cracked", "cracks"}));
  EXPECT_EQ(r.entries, 4u + 6u + 7u + 1u + 3u);  // synsets, verbs, patterns
}

TEST(PetrarchVerbs, PatternElementsAndAdjacency) {
  Dictionaries d;
  ReadPetrarchVerbs("v.verbs", kVerbs, &d);
  const std::vector<VerbPattern>& p = d.verbs[0].patterns;
  ASSERT_EQ(p.size(), 7u);
  EXPECT_EQ(Pattern(p[0]), "failed+ to+ *");
  EXPECT_EQ(p[0].code, "111");
  EXPECT_EQ(p[0].line, 22u);
  EXPECT_EQ(Pattern(p[1]), "* out");  // "* _OUT": blank then '_' is a gap
  EXPECT_EQ(Pattern(p[2]), "* out+ again+ now");
  EXPECT_EQ(p[2].code, "075A");
  EXPECT_EQ(Pattern(p[3]), "in *");  // "IN_ *" = "IN *" (PETRARCH)
  EXPECT_EQ(Pattern(p[4]), "$ * + &moneylike % ^");
  EXPECT_EQ(p[4].code, "037");
  EXPECT_EQ(p[4].paired, "037");
  EXPECT_EQ(Pattern(p[5]), "* new &tie+ relations+");
  EXPECT_EQ(Pattern(p[6]), "* &tie &currency+ from+ $+");
}

TEST(PetrarchVerbs, MalformedLinesAndUndefinedSynsets) {
  const std::string text =
      "- * BEFORE_BLOCK [010]\n"  // 1
      "--- GIVE [070] ---\n"      // 2
      "GIVE {GAVE GIVEN\n"        // 3 unbalanced
      "TWO WORDS\n"               // 4 stray text
      "WIRE_TAP\n"                // 5 no '+'
      "- * &NOWHERE [071]\n"      // 6 undefined synset
      "- * FOO\n"                 // 7 no code
      "- * DIPLXMATIC  [###]\n"   // 8 '#' comment
      "- FOO BAR [072]\n"         // 9 no '*'
      "- * {A|B} [073]\n"         // 10 TABARI alternatives
      "- * * [074]\n"             // 11 two '*'
      "- * BAD [07?]\n"           // 12 bad code
      "- * (PAREN [075]\n"        // 13 stray '('
      "--- REPORT [025?] ---\n"   // 14 bad header code
      "- * GOOD [076]\n";
  Dictionaries d;
  ReadReport r = ReadPetrarchVerbs("bad.verbs", text, &d);
  EXPECT_EQ(r.skipped, 13u) << ::testing::PrintToString(Messages(r));
  ASSERT_EQ(d.verbs.size(), 2u);
  EXPECT_EQ(d.verbs[0].predicates.size(), 0u);
  EXPECT_EQ(d.verbs[0].patterns.size(), 0u);
  EXPECT_EQ(d.verbs[1].code, "---");
  ASSERT_EQ(d.verbs[1].patterns.size(), 1u);
  ExpectWarnings(
      r, {"bad.verbs:1: warning: pattern before any block",
          "bad.verbs:6: warning: pattern uses undefined synset &nowhere",
          "bad.verbs:7: warning: pattern without [code]", "bad.verbs:8: warning: unbalanced '[]'"});
}

// ---- PETRARCH-2 verbs --------------------------------------------------------

TEST(Petrarch2Verbs, NounAndPrepositionGroups) {
  const std::string text =
      "####### SYNONYM SETS #######\r\n"
      "&WEAPON\r\n+GUN\r\n+HEAVY_ARTILLERY\r\n"
      "&FIGHT_OF_WORDS\r\n+QUARREL\r\n"
      "---  RUSH   [---]  ---\r\n"
      "RUSH\r\n"
      "SPEED {SPEEDING SPEEDS SPED }\r\n"
      "- * (TO)                    [042:043]     # RUSH\r\n"
      "- * {ARMS SHIPMENT}         [072]\r\n"
      "- * POLICE (TO BORDER)      [153]\r\n"
      "- * (FOR {FINANCIAL AID}) $ [0331]\r\n"
      "- &WEAPON * (OVER {&WEAPON ATTACK}) [151]\r\n"
      "- {GREAT POWER} FOO * [010]\r\n"
      "- * (OF ^) + [020]\r\n"
      "- * &FIGHT_OF_WORDS [111]\r\n"
      "- *SCEPTICAL [012]\r\n"
      "- * (TO {BAD) [000]\r\n"
      "- * (A (B)) [000]\r\n"
      "######## TRANSFORMATIONS ##########\r\n"
      "~ a (a b ATTACK) SAY = a b 015\r\n";
  Dictionaries d;
  ReadReport r = ReadPetrarch2Verbs("CAMEO.2.0.txt", text, &d);
  EXPECT_EQ(r.skipped, 2u) << ::testing::PrintToString(Messages(r));
  ASSERT_EQ(d.verbs.size(), 1u);
  EXPECT_EQ(d.verbs[0].predicates[1].forms,
            (std::vector<std::string>{"speeding", "speeds", "sped"}));
  std::vector<std::string> got;
  for (const VerbPattern& p : d.verbs[0].patterns) got.push_back(Pattern(p));
  EXPECT_EQ(got, (std::vector<std::string>{"* to", "* arms shipment+", "* police to border",
                                           "* for financial aid+ $",
                                           "&weapon * over &weapon attack+", "great+ power foo *",
                                           "* of ^ +", "* &fight_of_words", "* sceptical"}));
  EXPECT_EQ(d.verbs[0].patterns[0].paired, "043");
  EXPECT_EQ(d.synsets["weapon"].phrases.size(), 4u);
  ASSERT_EQ(d.transformations.size(), 1u);
  EXPECT_EQ(d.transformations[0].text, "~ a (a b ATTACK) SAY = a b 015");
  ExpectWarnings(r, {"CAMEO.2.0.txt:19: warning: unbalanced '()' in pattern",
                     "CAMEO.2.0.txt:20: warning: nested '(' in pattern"});
}

// ---- Kinds -------------------------------------------------------------------

TEST(PetrarchDictKind, FromNameThenContent) {
  EXPECT_EQ(*DetectDictKind("d/Phoenix.Countries.actors.txt", ""), DictKind::kActors);
  EXPECT_EQ(*DetectDictKind("Phoenix.agents.txt", ""), DictKind::kAgents);
  EXPECT_EQ(*DetectDictKind("PETR.Validate.discards.txt", ""), DictKind::kDiscards);
  EXPECT_EQ(*DetectDictKind("Phoenix.IssueCoding.txt", ""), DictKind::kIssues);
  EXPECT_EQ(*DetectDictKind("PETR.Internal.Coding.Ontology.txt", ""), DictKind::kPico);
  EXPECT_EQ(*DetectDictKind("CAMEO.2.0.txt", ""), DictKind::kPetrarch2Verbs);
  EXPECT_EQ(*DetectDictKind("CAMEO.verbpatterns.150430.txt", ""), DictKind::kPetrarchVerbs);
  EXPECT_EQ(*DetectDictKind("PETR.Validate.verbs.txt", "--- A [010] ---\nA\n- * B [011]\n"),
            DictKind::kPetrarchVerbs);
  EXPECT_EQ(*DetectDictKind("mine.txt", "--- A [010] ---\nA\n- * (TO B) [011]\n"),
            DictKind::kPetrarch2Verbs);
  EXPECT_EQ(*DetectDictKind("mine.txt", "FOO\n\t[ABC >080101]\n"), DictKind::kActors);
  EXPECT_EQ(*DetectDictKind("mine.txt", "FOO [~GOV]\n"), DictKind::kAgents);
  EXPECT_EQ(*DetectDictKind("mine.txt", "010:0x1000\n"), DictKind::kPico);
  EXPECT_FALSE(DetectDictKind("mine.txt", "hello\n").ok());
}

// ---- The shared dictionaries -------------------------------------------------

ReadReport ReadAny(DictKind kind, const std::string& name, const std::string& text,
                   Dictionaries* d) {
  switch (kind) {
    case DictKind::kPetrarchVerbs: return ReadPetrarchVerbs(name, text, d);
    case DictKind::kPetrarch2Verbs: return ReadPetrarch2Verbs(name, text, d);
    case DictKind::kActors: return ReadActors(name, text, d);
    case DictKind::kAgents: return ReadAgents(name, text, d);
    case DictKind::kDiscards: return ReadDiscards(name, text, d);
    case DictKind::kPico: return ReadPico(name, text, d);
    default: return ReadReport{};
  }
}

const std::map<std::string, size_t> kExpectedSkips = {
    {"CAMEO.2.0.txt", 5},
    {"CAMEO.verbpatterns.150430.txt", 11},
    {"PETR.Internal.Coding.Ontology.txt", 0},
    {"PETR.Validate.actors.txt", 0},
    {"PETR.Validate.agents.txt", 0},
    {"PETR.Validate.discards.txt", 0},
    {"PETR.Validate.verbs.2.0.txt", 3},
    {"PETR.Validate.verbs.txt", 6},
    {"Phoenix.Countries.actors.txt", 33},
    {"Phoenix.International.actors.txt", 5},
    {"Phoenix.MilNonState.actors.txt", 1},
    {"Phoenix.agents.txt", 8},
    {"Phoenix.discards.txt", 0},
};

TEST(PetrarchSharedDictionaries, EveryFileLoads) {
  Result<std::string> dir = DataPath("petrarch/dictionaries");
  if (!dir.ok()) GTEST_SKIP() << dir.status().ToString();
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(*dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 14u);
  Dictionaries phoenix;  // Phoenix actors, agents, discards
  for (const auto& path : files) {
    const std::string name = path.filename().string();
    const std::string text = testing::Slurp(path.string());
    Result<DictKind> kind = DetectDictKind(name, text);
    ASSERT_TRUE(kind.ok()) << name;
    Dictionaries own;
    ReadReport r = ReadAny(*kind, name, text, name.starts_with("Phoenix") ? &phoenix : &own);
    std::cout << "[ dict     ] " << name << ": kind " << static_cast<int>(*kind) << ", "
              << r.entries << " entries, " << r.skipped << " skipped\n";
    for (const std::string& m : Messages(r)) std::cout << "    " << m << "\n";
    if (*kind == DictKind::kIssues) continue;
    EXPECT_GT(r.entries, 3u) << name;
    // Each skipped line was checked to be a defect of the file (listed in
    // docs/petrarch-dictionaries.md); a change here needs the same check.
    ASSERT_TRUE(kExpectedSkips.contains(name)) << name;
    EXPECT_EQ(r.skipped, kExpectedSkips.at(name)) << name;
  }
  const Actor* putin = nullptr;
  for (const Actor& a : phoenix.actors) {
    if (Words(a.phrases[0]) == "vladimir_putin") putin = &a;
  }
  ASSERT_NE(putin, nullptr);
  EXPECT_GE(putin->dated.size(), 4u);
  EXPECT_EQ(putin->CodeOn(20220801), "RUSGOV");
  EXPECT_EQ(putin->CodeOn(19800101), "RUSELI");
  EXPECT_GT(phoenix.actors.size(), 10000u);
  EXPECT_GT(phoenix.agents.size(), 2000u);
  EXPECT_GT(phoenix.discards.size(), 300u);
}

}  // namespace
}  // namespace dyad::coder
