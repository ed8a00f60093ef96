// Who a participle acts on, with the built-in Dutch dictionaries on
// hand-written parses (the parser's labels and features are what goes wrong
// here, so the tests fix them): the noun a participle modifies is its
// patient and a "door" phrase its agent, whatever features the tagger gave
// the participle; a participle under "zijn" with a "door" agent is a
// passive even when the parser labelled its subject and auxiliary active.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder_fixture.h"

namespace dyad::testing {
namespace {

using Strings = std::vector<std::string>;

Strings Short(const std::vector<Event>& events) {
  Strings out;
  for (const Event& e : events) out.push_back(e.source + " " + e.target + " " + e.code);
  return out;
}

// One sentence from rows "ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL".
std::string Rows(const std::string& text, const std::vector<std::string>& rows) {
  std::string out = "# text = " + text + "\n";
  for (const std::string& r : rows) out += ConlluRow(r + " _ _");
  return out + "\n";
}

// "De <case> <name> afgewezen Egyptische activist zweeg.": the tagger's
// features call the participle finite and present, its fine tag (WW|vd)
// a participle.
std::string PrenominalParticiple(const std::string& case_word, const std::string& name) {
  return Rows("De " + case_word + " " + name + " afgewezen Egyptische activist zweeg.",
              {"1 De de DET LID|bep _ 6 det", "2 " + case_word + " " + case_word + " ADP VZ|init _ 3 case",
               "3 " + name + " " + name + " PROPN N|eigen Number=Sing 4 obl",
               "4 afgewezen af_wijzen VERB WW|vd|prenom|zonder Number=Plur|Tense=Pres|VerbForm=Fin 6 acl",
               "5 Egyptische Egyptisch ADJ ADJ|prenom Degree=Pos 6 amod",
               "6 activist activist NOUN N|soort Number=Sing 7 nsubj",
               "7 zweeg zwijgen VERB WW|pv|verl Number=Sing|Tense=Past|VerbForm=Fin 0 root",
               "8 . . PUNCT LET _ 7 punct"});
}

TEST(ParticiplePatient, PrenominalParticipleActsOnItsNoun) {
  // A place is where, not who: no agent, no event.
  EXPECT_EQ(Short(CodeBuiltin("nl", PrenominalParticiple("in", "Spanje"))), Strings{});
  EXPECT_EQ(Short(CodeBuiltin("nl", PrenominalParticiple("door", "Spanje"))), Strings{"ESP EGYOPP 120"});
}

// "De Egyptische activist is in Spanje door de regering schuldig
// bevonden." with the subject labelled nsubj and "is" aux, as a parser
// reads the active perfect "is vertrokken".
std::string PerfectPassive(const std::string& agent_rel, const std::string& aux_rel = "aux") {
  return Rows("De Egyptische activist is in Spanje door de regering schuldig bevonden.",
              {"1 De de DET LID|bep _ 3 det", "2 Egyptische Egyptisch ADJ ADJ|prenom Degree=Pos 3 amod",
               "3 activist activist NOUN N|soort Number=Sing 11 nsubj",
               "4 is zijn AUX WW|pv|tgw|ev Number=Sing|Tense=Pres|VerbForm=Fin 11 " + aux_rel,
               "5 in in ADP VZ|init _ 6 case", "6 Spanje Spanje PROPN N|eigen Number=Sing 11 obl",
               "7 door door ADP VZ|init _ 9 case", "8 de de DET LID|bep _ 9 det",
               "9 regering regering NOUN N|soort Number=Sing 11 " + agent_rel,
               "10 schuldig schuldig ADJ ADJ|vrij Degree=Pos 11 xcomp",
               "11 bevonden bevinden VERB WW|vd|vrij|zonder VerbForm=Part 0 root", "12 . . PUNCT LET _ 11 punct"});
}

TEST(ParticiplePatient, PerfectWithZijnAndAgentIsPassive) {
  // The government is Egypt's by the sentence's context; the activist is
  // the one found guilty, Spain only the place.
  EXPECT_EQ(Short(CodeBuiltin("nl", PerfectPassive("obl:agent"))), Strings{"EGYGOV EGYOPP 116"});
  // The auxiliary labelled aux:pass, the subject nsubj, "door" a plain obl.
  EXPECT_EQ(Short(CodeBuiltin("nl", PerfectPassive("obl", "aux:pass"))), Strings{"EGYGOV EGYOPP 116"});
}

}  // namespace
}  // namespace dyad::testing
