#include "syntax/harmonize.h"

#include <string>

#include "syntax/particles.h"

namespace dyad::syntax {
namespace {

// Person of a Dutch possessive pronoun lemma, 0 if it is not one.
int PossessivePerson(const std::string& lemma) {
  if (lemma == "mijn" || lemma == "m'n" || lemma == "ons" || lemma == "onze") return 1;
  if (lemma == "jouw" || lemma == "uw" || lemma == "jullie" || lemma == "je") return 2;
  if (lemma == "zijn" || lemma == "z'n" || lemma == "haar" || lemma == "hun") return 3;
  return 0;
}

bool HasChild(const Words& s, size_t head, const char* deprel, const char* lemma = nullptr) {
  for (const Word& w : s) {
    if (w.head == static_cast<int>(head) + 1 && w.deprel == deprel && (lemma == nullptr || w.lemma == lemma)) {
      return true;
    }
  }
  return false;
}

// UD 1 attached a coordinating conjunction (and a comma between conjuncts)
// to the first conjunct; UD 2 attaches it to the conjunct that follows it.
// `i` is a cc or punct word; returns the new 1-based head, or its old one.
int FollowingConjunct(const Words& s, size_t i) {
  const int head = s[i].head;
  if (head <= 0 || head > static_cast<int>(i)) return head;  // not left-attached
  for (size_t j = i + 1; j < s.size(); ++j) {
    if (s[j].head == head && s[j].deprel.rfind("conj", 0) == 0) return static_cast<int>(j) + 1;
  }
  return head;
}

void HarmonizeDutch2017(Words* s) {
  for (size_t i = 0; i < s->size(); ++i) {
    Word& w = (*s)[i];
    if (w.deprel == "cc" || (w.deprel == "punct" && w.form == ",")) w.head = FollowingConjunct(*s, i);
  }
  for (size_t i = 0; i < s->size(); ++i) {
    Word& w = (*s)[i];
    int person = PossessivePerson(w.lemma);
    if (person > 0 && w.deprel == "det" && (w.upos == "DET" || w.upos == "PRON")) {
      w.upos = "PRON";
      w.deprel = "nmod:poss";
      w.feats = "Person=" + std::to_string(person) + "|Poss=Yes|PronType=Prs";
    } else if (w.deprel == "flat:name") {
      w.deprel = "flat";
    } else if (w.lemma == "als" && w.upos == "ADP" && w.deprel == "mark") {
      w.upos = "SCONJ";
    } else if (w.deprel == "obl" && w.head > 0 && HasChild(*s, i, "case", "door") &&
               HasChild(*s, static_cast<size_t>(w.head - 1), "aux:pass")) {
      w.deprel = "obl:agent";
    }
  }
  JoinParticleLemmas(s);
}

}  // namespace

Status Harmonize(std::string_view scheme, std::vector<Words>* sentences) {
  if (scheme != "nl-ud2017") return Status::Invalid("unknown conversion '" + std::string(scheme) + "'");
  for (Words& s : *sentences) HarmonizeDutch2017(&s);
  return Status::Ok();
}

}  // namespace dyad::syntax
