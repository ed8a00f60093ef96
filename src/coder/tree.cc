#include "coder/tree.h"

#include <algorithm>

#include "util/utf8.h"

namespace dyad::coder {
namespace {

bool In(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

// Given parses may use UD 1 labels (the PETRARCH validation files do).
std::string Ud2Relation(const std::string& rel) {
  static const std::pair<std::string_view, std::string_view> kRenamed[] = {
      {"dobj", "obj"},       {"nsubjpass", "nsubj:pass"}, {"csubjpass", "csubj:pass"}, {"auxpass", "aux:pass"},
      {"mwe", "fixed"},      {"name", "flat"},            {"neg", "advmod"},           {"nmod:tmod", "obl:tmod"},
      {"nmod:agent", "obl:agent"}};
  for (const auto& [old_name, new_name] : kRenamed)
    if (rel == old_name) return std::string(new_name);
  return rel;
}

// Is `t`, with the children `kids`, a participle read as an active clause
// ("Ten soldiers killed in Kyiv", "journalists arrested in Cairo were
// freed"): a subject before it and no object, auxiliary, copula or clause
// mark, tagged a participle or a past tense (VBN, VBD), of a
// `patient-verb`, which cannot go without its object? Its subject is then
// the one acted on. Other participles keep their subject: a tagger's VBN
// is too often an active past ("Ethiopia broken down with Libya").
bool IsBareParticiple(const std::vector<Token>& tokens, int v, const std::vector<int>& kids, const WordSet& patient) {
  const Token& t = tokens[v];
  if (t.upos != "VERB" || (t.xpos != "VBN" && t.xpos != "VBD") || !patient.contains(t.lemma)) return false;
  bool subject = false;
  for (int c : kids) {
    const std::string& d = tokens[c].deprel;
    if (d == "nsubj") subject = subject || c < v;
    const std::string_view rel = std::string_view(d).substr(0, d.find(':'));
    if (In(rel, {"aux", "cop", "obj", "iobj", "expl", "mark", "ccomp", "xcomp", "csubj"})) return false;
  }
  return subject;
}

}  // namespace

Tree::Tree(const conllu::Sentence& sentence, std::string_view lang, const ClosedClass& closed)
    : lang_(lang), words_(&closed) {
  const std::vector<const conllu::Row*> words = sentence.Words();
  const int n = static_cast<int>(words.size());
  tokens_.resize(n);
  children_.resize(n);
  space_after_.resize(n, true);
  for (int i = 0; i < n; ++i) {
    const conllu::Row& r = *words[i];
    Token& t = tokens_[i];
    t.form = r.form;
    Utf8LowerInto(r.form, &t.lower);
    if (r.lemma != "_") Utf8LowerInto(r.lemma, &t.lemma);
    // Dutch compound and particle-verb lemmas mark their parts with '_'
    // ("strijd_kracht", "uit_spreken"); dictionaries write them whole.
    if (t.lemma.size() > 1) std::erase(t.lemma, '_');
    t.upos = r.upos;
    t.xpos = r.xpos;
    t.deprel = Ud2Relation(r.deprel);
    t.feats = r.feats;
    const int head = std::atoi(r.head.c_str()) - 1;
    t.head = head >= 0 && head < n && head != i ? head : -1;
    space_after_[i] = r.SpaceAfter();
  }
  for (int i = 0; i < n; ++i)
    if (tokens_[i].head >= 0) children_[tokens_[i].head].push_back(i);
  // "it would free prisoners" with "free" tagged an adjective: a modal (Penn
  // MD) completed by an adjective without a copula completes a verb.
  for (int i = 0; i < n; ++i)
    if (tokens_[i].upos == "ADJ" && Child(i, "cop") < 0 &&
        std::any_of(children_[i].begin(), children_[i].end(),
                    [&](int c) { return tokens_[c].deprel == "aux" && tokens_[c].xpos == "MD"; }))
      tokens_[i].upos = "VERB";
  // UD 1 "nmod" under a verb is UD 2 "obl".
  for (Token& t : tokens_)
    if (t.head >= 0 && t.deprel == "nmod" && tokens_[t.head].upos == "VERB") t.deprel = "obl";
  // A bare participle's subject is its passive subject.
  for (int v = 0; v < n; ++v)
    if (IsBareParticiple(tokens_, v, children_[v], words_->patient_verbs))
      for (int c : children_[v])
        if (tokens_[c].deprel == "nsubj" && c < v) tokens_[c].deprel = "nsubj:pass";
  for (int i = 1; i < n; ++i) RepairObjectApposition(i);
  for (int v = 0; v < n; ++v) RepairPerfectPassive(v);
}

namespace {
bool HasNumber(const Token& t, std::string_view number) {
  return t.feats.find(std::string("Number=").append(number)) != std::string::npos;
}
}  // namespace

// "dat Duitsland en zijn partners Guaidó zullen blijven steunen": a parser
// may take the object of a verb-final clause for an apposition of the
// subject before it. An apposition agrees in number and is set off by a
// comma; a singular name right after a plural noun is the object of the
// clause's last verb.
void Tree::RepairObjectApposition(int i) {
  Token& t = tokens_[i];
  const int h = t.head;
  if (t.deprel != "appos" || t.upos != "PROPN" || h != i - 1 || tokens_[h].upos != "NOUN" ||
      !HasNumber(tokens_[h], "Plur") || !HasNumber(t, "Sing"))
    return;
  int s = h;
  while (Rel(s) == "conj" && tokens_[s].head >= 0) s = tokens_[s].head;
  if (Rel(s) != "nsubj" || tokens_[s].head < 0) return;
  int v = tokens_[s].head;
  for (int x = Child(v, "xcomp"); x >= 0; x = Child(v, "xcomp")) v = x;
  if (v < i) return;
  std::erase(children_[h], i);
  children_[v].insert(std::lower_bound(children_[v].begin(), children_[v].end(), i), i);
  t.head = v;
  t.deprel = "obj";
}

std::string_view Tree::Rel(int i) const {
  std::string_view d = tokens_[i].deprel;
  return d.substr(0, d.find(':'));
}

bool Tree::IsVerbal(int i) const {
  const std::string& u = tokens_[i].upos;
  if (u == "VERB") return true;
  // A copula's predicate heads its clause in UD.
  return Child(i, "cop") >= 0;
}

bool Tree::IsPassive(int v) const {
  bool active_aux = false;
  for (int c : children_[v]) {
    if (tokens_[c].deprel == "aux:pass") return true;
    if (tokens_[c].deprel == "aux") active_aux = active_aux || !words_->passive_aux.contains(tokens_[c].lemma);
  }
  // "De VN hebben de export verboden", "zou president Poetin ontmoeten":
  // where the language lists the auxiliaries a passive needs (Dutch
  // "worden", "zijn"), a passive subject under another auxiliary alone is
  // the parser's slip.
  if (!words_->passive_aux.empty() && active_aux) return false;
  for (int c : children_[v]) {
    const std::string& d = tokens_[c].deprel;
    if (d == "nsubj:pass" || d == "csubj:pass") return true;
  }
  // A tagger's Voice=Pass on a verb the parser gave an active subject or a
  // direct object is a past tense taken for a participle ("The army shelled
  // Kyiv", "… and promised aid").
  if (tokens_[v].feats.find("Voice=Pass") != std::string::npos && Child(v, "nsubj") < 0 && Child(v, "obj") < 0)
    return true;
  return IsReducedPassive(v);
}

bool Tree::IsReducedPassive(int v) const {
  const Token& t = tokens_[v];
  if (t.upos != "VERB" || t.head < 0 || Rel(v) != "acl") return false;
  // Taggers confuse VBN and VBD here (en lists both as participle tags); a
  // finite past verb cannot modify a noun without a subject (relative
  // pronoun) of its own, so either counts.
  if (!IsPastParticiple(v)) return false;
  for (int c : children_[v])
    if (In(Rel(c), {"nsubj", "aux", "obj", "mark", "expl", "cop"})) return false;
  // A determiner right after the verb (and its particle) opens its object,
  // wherever the parser hung it: "crowds burned down its embassy" is a
  // clause, not "crowds that were burned".
  size_t next = static_cast<size_t>(v) + 1;
  while (next < tokens_.size() && tokens_[next].deprel == "compound:prt") ++next;
  return next >= tokens_.size() ||
         !(tokens_[next].upos == "DET" || tokens_[next].deprel == "nmod:poss" || tokens_[next].deprel == "det");
}

bool Tree::IsPastParticiple(int v) const {
  const Token& t = tokens_[v];
  if (t.feats.find("VerbForm=Part") != std::string::npos && t.feats.find("Tense=Pres") == std::string::npos) return true;
  // Taggers' features slip where their fine tags do not: Dutch "afgewezen"
  // tagged WW|vd (participle) with VerbForm=Fin.
  for (size_t b = 0; b <= t.xpos.size();) {
    const size_t e = std::min(t.xpos.find('|', b), t.xpos.size());
    if (words_->participle_tags.contains(Utf8Lower(std::string_view(t.xpos).substr(b, e - b)))) return true;
    b = e + 1;
  }
  return false;
}

// "Pell is door de rechtbank schuldig bevonden": a participle whose only
// auxiliaries are `passive-aux` ones, with an agent phrase (obl:agent) and
// no object, is a passive whatever the parser labelled its subject and
// auxiliary. Dutch "zijn" also makes the active perfect of verbs without
// an object ("is vertrokken"): the agent phrase tells the two apart.
void Tree::RepairPerfectPassive(int v) {
  if (words_->passive_aux.empty() || tokens_[v].upos != "VERB" || Child(v, "obj") >= 0 || !IsPastParticiple(v))
    return;
  int aux = -1;
  for (int c : children_[v]) {
    if (Rel(c) != "aux") continue;
    if (!words_->passive_aux.contains(tokens_[c].lemma)) return;
    aux = c;
  }
  // A passive auxiliary the parser labelled so (aux:pass) with an active
  // subject (nsubj) is a passive too: the subject is the slip.
  if (aux < 0 || (Child(v, "obl:agent") < 0 && Child(v, "aux:pass") < 0)) return;
  tokens_[aux].deprel = "aux:pass";
  for (int c : children_[v])
    if (tokens_[c].deprel == "nsubj") tokens_[c].deprel = "nsubj:pass";
}

int Tree::Child(int i, std::string_view rel) const {
  const bool exact = rel.find(':') != std::string_view::npos;
  for (int c : children_[i])
    if (exact ? tokens_[c].deprel == rel : Rel(c) == rel) return c;
  return -1;
}

bool Tree::IsInfinitival(int v) const {
  if (Rel(v) == "xcomp") return true;
  return Rel(v) == "advcl" && Child(v, "nsubj") < 0 && words_->infinitive_marks.contains(CaseOf(v));
}

std::string Tree::CaseOf(int i) const {
  std::string out;
  for (int c : children_[i]) {
    if (Rel(c) != "case" && Rel(c) != "mark") continue;
    if (!out.empty()) out += ' ';
    out += tokens_[c].lemma.empty() ? tokens_[c].lower : tokens_[c].lemma;
  }
  return out;
}

bool Tree::IsNegated(int v) const {
  for (int c : children_[v]) {
    const Token& t = tokens_[c];
    if (Rel(c) == "obj" || tokens_[c].deprel == "nsubj:pass") {
      if (HasNegativeDeterminer(c)) return true;
      continue;
    }
    if (Rel(c) != "advmod" && Rel(c) != "aux" && Rel(c) != "det") continue;
    if (t.feats.find("Polarity=Neg") != std::string::npos) return true;
    if (words_->negators.contains(t.lower)) return true;
  }
  return false;
}

bool Tree::HasNegativeDeterminer(int n) const {
  // "no"/"geen" as the determiner of what is acted on negates the act:
  // "sent no weapons", "no troops were sent", "stuurde geen wapens".
  for (int c : children_[n])
    if (Rel(c) == "det" && words_->negative_dets.contains(tokens_[c].lower)) return true;
  return false;
}

std::vector<int> Tree::Conjuncts(int i) const {
  // UD hangs every conjunct on the first; parsers also chain them, or hang
  // one on the last word of a name ("Vladimir Putin and Xi Jinping": "Xi"
  // under "Putin", the flat part of "Vladimir").
  std::vector<int> out{i};
  for (size_t k = 0; k < out.size() && k < tokens_.size(); ++k)
    for (int c : children_[out[k]]) {
      if (Rel(c) == "conj") out.push_back(c);
      if (Rel(c) == "flat")
        for (int f : children_[c])
          if (Rel(f) == "conj") out.push_back(f);
    }
  std::sort(out.begin(), out.end());
  return out;
}

bool Tree::IsClauseRel(int i) const {
  std::string_view r = Rel(i);
  if (In(r, {"ccomp", "advcl", "acl", "parataxis", "csubj", "xcomp", "list"})) return true;
  return r == "conj" && IsVerbal(i);
}

void Tree::Collect(int i, int keep_chain, bool skip_conj, std::vector<int>* out) const {
  out->push_back(i);
  for (int c : children_[i]) {
    if (skip_conj && (Rel(c) == "conj" || Rel(c) == "cc")) continue;
    if (c != keep_chain && IsClauseRel(c) && Rel(c) != "xcomp") continue;
    Collect(c, -1, false, out);
  }
}

std::vector<int> Tree::Phrase(int i) const {
  std::vector<int> out;
  out.push_back(i);
  for (int c : children_[i]) {
    std::string_view r = Rel(c);
    if (r == "conj" || r == "cc" || IsClauseRel(c) || r == "punct") continue;
    std::vector<int> sub = Phrase(c);
    out.insert(out.end(), sub.begin(), sub.end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<int> Tree::Window(int v) const {
  // Climb the chain of clauses whose subject or content the verb shares.
  std::vector<int> chain{v};
  while (tokens_[chain.back()].head >= 0 && In(Rel(chain.back()), {"xcomp", "ccomp"}))
    chain.push_back(tokens_[chain.back()].head);
  std::vector<int> out;
  for (size_t k = chain.size(); k-- > 0;) {
    const int node = chain[k];
    const int below = k > 0 ? chain[k - 1] : -1;
    out.push_back(node);
    for (int c : children_[node]) {
      if (c == below) continue;
      if (IsClauseRel(c) && Rel(c) != "xcomp") continue;
      if (k > 0 && Rel(c) == "xcomp") continue;  // a sibling clause of the chain
      Collect(c, -1, false, &out);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<int> Tree::Subtree(int i) const {
  std::vector<int> out{i};
  for (size_t k = 0; k < out.size() && k < tokens_.size(); ++k)
    for (int c : children_[out[k]]) out.push_back(c);
  std::sort(out.begin(), out.end());
  return out;
}

std::string Tree::Text(int first, int last) const {
  std::string out;
  for (int i = first; i <= last && i < static_cast<int>(tokens_.size()); ++i) {
    out += tokens_[i].form;
    if (i < last && space_after_[i]) out += ' ';
  }
  return out;
}

}  // namespace dyad::coder
