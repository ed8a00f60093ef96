#include "syntax/harmonize.h"

#include <algorithm>
#include <iterator>
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

// The first dependent of word `head` (1-based) with `deprel` (and `lemma`,
// if given), 1-based; 0 if none.
int ChildWith(const Words& s, int head, const char* deprel, const char* lemma = nullptr) {
  for (int k = 1; k <= static_cast<int>(s.size()); ++k) {
    const Word& d = s[k - 1];
    if (d.head == head && d.deprel == deprel && (lemma == nullptr || d.lemma == lemma)) return k;
  }
  return 0;
}

// Dutch ordinal numerals written in letters: eerste, tweede, twintigste.
bool IsDutchOrdinal(const std::string& form) {
  auto ends = [&form](const char* suffix) {
    const std::string_view f(form), x(suffix);
    return f.size() > x.size() + 2 && f.substr(f.size() - x.size()) == x;
  };
  for (char c : form) {
    if (c < 'a' || c > 'z') return false;
  }
  return ends("ste") || ends("de");
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

// The highest ancestor of word `from` (1-based) that is not punctuation and
// lies on the `right` (else left) side of position `p`; 0 if none.
int TopAncestor(const Words& s, int from, int p, bool right) {
  int best = 0;
  for (int a = from, steps = 0; a > 0 && steps <= static_cast<int>(s.size()); a = s[a - 1].head, ++steps) {
    if ((right ? a > p : a < p) && s[a - 1].deprel != "punct") best = a;
  }
  return best;
}

// True if word `a` is `d` or one of its ancestors (1-based; 0 = root token).
bool Dominates(const Words& s, int a, int d) {
  for (int steps = 0; d > 0 && steps <= static_cast<int>(s.size()); d = s[d - 1].head, ++steps) {
    if (d == a) return true;
  }
  return false;
}

bool IsOpening(const std::string& f) { return f == "(" || f == "[" || f == "«" || f == "“" || f == "‘"; }
bool IsClosing(const std::string& f) { return f == ")" || f == "]" || f == "»" || f == "”" || f == "’"; }
bool IsStraightQuote(const std::string& f) { return f == "\"" || f == "'" || f == "''"; }

// The 2017 releases attach nearly all punctuation to the root word; current
// UD Dutch attaches it to the phrase it delimits. Approximation (agrees with
// 80-83 % of the punctuation in the current Alpino and LassySmall dev sets,
// against ~16 % for root attachment): the last token attaches to the root;
// an opening mark, comma or dash to the top of the phrase that follows (the
// highest ancestor of the next word on its right); a closing mark to what
// its opening mark attached to, else to the top of the phrase before it.
void ReattachPunctuation(Words* s) {
  const int n = static_cast<int>(s->size());
  int root = 0;
  for (int k = 1; k <= n; ++k) root = (*s)[k - 1].head == 0 ? k : root;
  std::vector<int> open_heads;  // heads given to unmatched opening marks
  int straight_quotes = 0;
  for (int p = 1; p <= n; ++p) {
    Word& w = (*s)[p - 1];
    if (w.deprel != "punct") continue;
    const int old_head = w.head;
    const bool quote = IsStraightQuote(w.form);
    const bool closing = IsClosing(w.form) || (quote && straight_quotes % 2 == 1);
    straight_quotes += quote;
    const int right = p < n ? TopAncestor(*s, p + 1, p, true) : 0;
    const int left = p > 1 ? TopAncestor(*s, p - 1, p, false) : 0;
    if (p == n) {
      w.head = root;
    } else if (closing && !open_heads.empty()) {
      w.head = open_heads.back();
      open_heads.pop_back();
    } else if (closing || right == 0) {
      w.head = left != 0 ? left : root;
    } else {
      w.head = right;
      if (IsOpening(w.form) || quote) open_heads.push_back(right);
    }
    if (Dominates(*s, p, w.head)) w.head = old_head;  // punctuation with dependents: no cycles
  }
}

// Makes word `to` (1-based) take the place of `from` in the tree: `to`
// gets from's head and relation, `from` becomes `to`'s dependent with
// `deprel`, and the dependents of `from` for which keep(deprel) is false
// move to `to`.
template <typename Keep>
void Promote(Words* s, int from, int to, const char* deprel, Keep keep) {
  Word& f = (*s)[from - 1];
  Word& t = (*s)[to - 1];
  t.head = f.head;
  t.deprel = f.deprel;
  f.head = to;
  f.deprel = deprel;
  for (int k = 1; k <= static_cast<int>(s->size()); ++k) {
    Word& d = (*s)[k - 1];
    if (k != to && d.head == from && !keep(d.deprel)) d.head = to;
  }
}


bool ClauseLevel(const std::string& d) {
  return d.rfind("nsubj", 0) == 0 || d.rfind("aux", 0) == 0 || d == "punct" || d == "mark" || d == "cc";
}

// Verbs that the 2017 releases made auxiliaries or copulas but current UD
// Dutch makes main verbs with an xcomp ("wil gaan", "wordt kampioen",
// "blijkt te kloppen"); only "zijn" stays a copula.
bool BecomesMainVerb(const Word& w) {
  static const char* const kAux[] = {"willen", "gaan", "blijken", "lijken", "schijnen"};
  static const char* const kCop[] = {"worden", "blijven", "blijken", "lijken", "gaan", "komen", "heten", "schijnen"};
  if (w.upos != "AUX") return false;
  if (w.deprel == "aux") return std::find(std::begin(kAux), std::end(kAux), w.lemma) != std::end(kAux);
  if (w.deprel == "cop") return std::find(std::begin(kCop), std::end(kCop), w.lemma) != std::end(kCop);
  return false;
}

// Current UD Dutch treats "moeten" as an auxiliary of its infinitive, and
// the verbs of BecomesMainVerb as heads; the 2017 releases had it the other
// way round.
void RestructureModals(Words* s) {
  for (int k = 1; k <= static_cast<int>(s->size()); ++k) {
    Word& w = (*s)[k - 1];
    if (w.lemma == "moeten" && w.upos == "VERB") {
      const int inf = ChildWith(*s, k, "xcomp");
      if (inf == 0 || (*s)[inf - 1].upos != "VERB") continue;
      Promote(s, k, inf, "aux", [](const std::string&) { return false; });
      w.upos = "AUX";
    } else if (BecomesMainVerb(w) && w.head > 0) {
      Promote(s, w.head, k, "xcomp", [](const std::string& d) { return !ClauseLevel(d); });
      w.upos = "VERB";
    }
  }
}

void HarmonizeDutch2017(Words* s) {
  RestructureModals(s);
  ReattachPunctuation(s);
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
    } else if (w.upos == "NUM" && IsDutchOrdinal(w.form)) {  // UD 2.2+: ordinals are ADJ
      w.upos = "ADJ";
      if (w.deprel == "nummod") w.deprel = "amod";
    } else if (w.deprel == "flat:name") {
      w.deprel = "flat";
    } else if (w.lemma == "als" && w.upos == "ADP" && w.deprel == "mark") {
      w.upos = "SCONJ";
    } else if (w.deprel == "obl" && w.head > 0 && ChildWith(*s, static_cast<int>(i) + 1, "case", "door") != 0 &&
               ChildWith(*s, w.head, "aux:pass") != 0) {
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
