#include "coder/references.h"

#include <algorithm>

#include "dyad/ontology.h"

namespace dyad::coder {

bool IsNull(const std::string& actor) { return actor.empty() || actor.starts_with("---"); }

// A role without a country ("---REB", "---LEG": "insurgents", "Congress");
// not a religion or group alone ("---MUS": "Muslims"), nor unaligned armed
// forces ("---UAF": "gunmen", "militants"): they name no party.
bool IsRole(const std::string& actor) {
  if (actor.size() < 6 || !actor.starts_with("---") || actor.substr(3, 3) == "UAF") return false;
  const ontology::ActorType* type = ontology::FindActorType(std::string_view(actor).substr(3, 3));
  return type != nullptr && type->kind == ontology::ActorKind::kRole;
}
// Is source-target a dyad? Two actors, or a role and an actor: "Insurgents
// bombarded Syria" is ---REB SYR in PETRARCH-2's output, while a role
// acting on a role ("rebels attacked soldiers") names no party at all.
bool IsDyad(const std::string& s, const std::string& g) {
  return (!IsNull(s) && !IsNull(g)) || (IsRole(s) && !IsNull(g)) || (!IsNull(s) && IsRole(g));
}

// Climbs from a token inside a noun phrase to the phrase's head.
int PhraseHead(const Tree& t, int tok) {
  for (int step = 0; step < 6 && tok >= 0 && t[tok].head >= 0; ++step) {
    const std::string_view r = t.Rel(tok);
    const bool nominal_conj = r == "conj" && !t.IsVerbal(t[tok].head);
    if (r != "compound" && r != "flat" && r != "amod" && r != "det" && r != "nummod" && r != "fixed" &&
        t[tok].deprel != "nmod:poss" && !nominal_conj)
      break;
    tok = t[tok].head;
  }
  return tok;
}

// An actor acting on itself: the same code, or a country and one of its
// own roles ("USA" and "USAGOV"), is no event between two parties.
bool SameActor(const std::string& a, const std::string& b) {
  return a == b || (a.size() == 3 && b.starts_with(a)) || (b.size() == 3 && a.starts_with(b));
}

bool Coordinated(const Tree& t, int a, int b) {
  // A conjunction with a verb between it and the second ("Zweden en zijn
  // bondgenoten zullen Oekraïne steunen") joins something before the verb:
  // walking back from the second, a conjunction must come before any verb.
  for (int i = std::max(a, b) - 1; i > std::min(a, b); --i) {
    if (t[i].upos == "CCONJ") return true;
    if (t[i].upos == "VERB" || t[i].upos == "AUX") return false;
  }
  return false;
}

// Adds a further actor unless it names one already there; of two codes for
// one party (DAG, DAGGOV) the more specific stays.
// With `new_party` false (an apposition: "Bree President Romendacil") it
// may only make a code more specific.
void AddDistinct(ActorRef a, std::vector<ActorRef>* actors, bool new_party) {
  if (IsNull(a.code)) return;
  for (ActorRef& b : *actors)
    if (SameActor(a.code, b.code) || (!new_party && a.code.substr(0, 3) == b.code.substr(0, 3))) {
      if (a.code.size() > b.code.size()) b = std::move(a);
      return;
    }
  if (new_party) actors->push_back(std::move(a));
}

// Codes whose act involves both sides alike: intent to cooperate, trade,
// meet, settle or accept mediation (030, 031, 036-038), consult (04) but
// for the one-sided visits, hosting and mediation (042, 043, 045), material
// cooperation (06), diplomatic cooperation in general (050) and signing an
// agreement (057). An intent to support, aid, reform, yield or mediate
// (032-035, 039) goes one way: "Duitsland en zijn partners zullen X blijven
// steunen" is no support between the partners.
bool IsMutual(const std::string& code) {
  const std::string_view root = std::string_view(code).substr(0, 2), sub = std::string_view(code).substr(0, 3);
  if (root == "03") return sub != "032" && sub != "033" && sub != "034" && sub != "035" && sub != "039";
  if (root == "04") return sub != "042" && sub != "043" && sub != "045";
  return root == "06" || code == "057" || code == "050";
}

// "hij", "he", "she" stand for a person, so not for a country named before.
bool IsPersonal(const Tree& t, int i) { return t.words().personal.contains(t[i].lower); }
bool IsPerson(const std::string& code) { return code.size() >= 6 && !IsNull(code); }

// A modal of possibility in the main clause: the writer's speculation. In a
// reported clause ("kondigde aan dat het arbeiders kon sturen") it is an
// offer, which is an event.
bool IsHypothetical(const Tree& t, int v) {
  if (t[v].head >= 0 && t.Rel(v) != "conj") return false;
  for (int c : t.children(v))
    if (t.Rel(c) == "aux" && t.words().possibility.contains(t[c].lemma)) return true;
  return false;
}

bool IsUnrealisedComplement(const Tree& t, int v) {
  const int u = t[v].head;
  if (u < 0) return false;
  // Parsers also hang the infinitive on the verb whose object the noun is
  // ("faces pressure … to help").
  const std::string_view rel = t.Rel(v);
  const int n = rel == "acl" ? u : rel == "advcl" || rel == "xcomp" ? t.Child(u, "obj") : -1;
  if (n < 0 || t[n].upos != "NOUN" || !t.words().intent_nouns.contains(t[n].lemma)) return false;
  for (int c : t.children(v))
    if (t.Rel(c) == "mark" && t.words().infinitive_marks.contains(t[c].lemma)) return true;
  return false;
}

bool HasPossessivePronoun(const Tree& t, int i) {
  for (int c : t.children(i))
    if (t[c].deprel == "nmod:poss" && t[c].upos == "PRON") return true;
  return false;
}

namespace {

// A reflexive ("zich", "itself") is its own clause's subject; an
// indefinite, total or negative pronoun ("alles", "iemand", "everything",
// "nobody") names no one in particular. Neither refers to an actor named
// before. "beide" (PronType=Ind in UD Dutch) is a pair word, asked apart.
bool IsNonReferring(std::string_view feats) {
  if (feats.find("Reflex=Yes") != std::string_view::npos) return true;
  for (std::string_view type : {"PronType=Ind", "PronType=Tot", "PronType=Neg"})
    if (feats.find(type) != std::string_view::npos) return true;
  return false;
}

}  // namespace

int ReportingSubject(const Tree& t, int pronoun) {
  const int v = t[pronoun].head;
  if (v < 0 || t.Rel(pronoun) != "nsubj" || t.Rel(v) != "ccomp" || t[v].head < 0) return -1;
  const int s = t.Child(t[v].head, "nsubj");
  if (s < 0 || s == pronoun || t[s].upos == "PRON") return -1;
  const auto number = [&](int i) {
    const std::string& f = t[i].feats;
    const size_t at = f.find("Number=");
    return at == std::string::npos ? std::string_view() : std::string_view(f).substr(at + 7, 4);
  };
  return number(pronoun).empty() || number(s).empty() || number(pronoun) == number(s) ? s : -1;
}

// Third-person pronouns refer to actors named before; "ik", "we", "you"
// are the writer, the reader or the people quoted.
bool IsPronoun(const Tree& t, int i) {
  // A reciprocal ("elkaar", "each other") is the clause's own subjects,
  // never an actor of an earlier sentence.
  if (i < 0 || IsFreeRelative(t, i) || IsGenericHead(t, i) || IsReciprocal(t, i)) return false;
  const std::string& f = t[i].feats;
  if (f.find("Person=1") != std::string::npos || f.find("Person=2") != std::string::npos) return false;
  if (t[i].upos == "PRON" && IsNonReferring(f) && !t.words().pair.contains(t[i].lower)) return false;
  return t[i].upos == "PRON" || (t[i].upos == "DET" && t.Rel(i) == "det" && t[i].head > i);
}

// The coder asks this only of a pronoun standing where a party is: one with
// an antecedent was replaced by the noun its clause modifies (SourceOf), so
// a relative or interrogative pronoun still there has none.
bool IsFreeRelative(const Tree& t, int i) {
  if (t[i].upos != "PRON") return false;
  const std::string& f = t[i].feats;
  return f.find("PronType=Rel") != std::string::npos || f.find("PronType=Int") != std::string::npos ||
         t.words().free_relatives.contains(t[i].lower);
}

bool IsGenericHead(const Tree& t, int i) {
  if (t[i].upos != "PRON" || !t.words().generic_heads.contains(t[i].lower)) return false;
  for (int c : t.children(i)) {
    if (c < i || t.Rel(c) != "acl") continue;
    // A comma before the clause makes it non-restrictive: "zij, die …" is
    // someone named before.
    const int start = t.Subtree(c).front();
    bool comma = false;
    for (int k = i + 1; k < start; ++k) comma = comma || t[k].form == ",";
    if (!comma) return true;
  }
  return false;
}

std::vector<ActorRef> Referred(const Tree& t, int arg, std::vector<ActorRef> antecedents) {
  int first = arg;  // the noun with the articles, numbers, adjectives right before it
  while (first > 0 && t[first - 1].head == arg &&
         (t.Rel(first - 1) == "det" || t.Rel(first - 1) == "nummod" || t.Rel(first - 1) == "amod"))
    --first;
  for (ActorRef& a : antecedents) {
    a.head = a.anchor = a.last = arg;
    a.first = first;
    a.agent_anchor = -1;
  }
  return antecedents;
}

bool HasModifier(const Tree& t, int i, const WordSet& words) {
  for (int c : t.children(i)) {
    const std::string_view r = t.Rel(c);
    if (r != "det" && r != "nummod" && r != "amod") continue;
    // An adjective counts by its form: the lemma of the ordinal "tweede"
    // is "twee", which is no pair.
    if (words.contains(t[c].lower) || (t[c].upos != "ADJ" && words.contains(t[c].lemma))) return true;
  }
  return false;
}

// "de twee landen", "beide leiders", "both sides": two actors named before (LastPair).
// "for two years" counts time, not parties. A number ("twee", "two") refers
// only when the phrase is definite or demonstrative ("the two countries",
// "deze twee"): "Twee grote producenten, X en Y, …" introduces two new
// parties. "beide", "both" are definite themselves.
bool IsPair(const Tree& t, int i) {
  if (IsDuration(t, i)) return false;
  const WordSet& pair = t.words().pair;
  const bool definite = IsDefinite(t, i) || HasModifier(t, i, t.words().anaphoric_dets) ||
                        std::any_of(t.children(i).begin(), t.children(i).end(), [&](int c) {
                          return t.Rel(c) == "det" && t[c].feats.find("PronType=Dem") != std::string::npos;
                        });
  for (int c : t.children(i)) {
    const std::string_view r = t.Rel(c);
    if (r != "det" && r != "nummod" && r != "amod") continue;
    const bool word = pair.contains(t[c].lower) || (t[c].upos != "ADJ" && pair.contains(t[c].lemma));
    if (word && (definite || (t[c].upos != "NUM" && r != "nummod"))) return true;
  }
  return false;
}
// "het land", "the country": the actor named last as a subject.
bool IsAnaphoric(const Tree& t, int i) {
  return HasModifier(t, i, t.words().anaphoric_dets) && t.words().anaphoric_nouns.contains(t[i].lemma);
}

// The party an actor code stands for: its first three letters, a country
// ("RUSGOV" is Russia's). IGOs all count as one: two of them ("de twee
// organisaties") are rarely what a pair refers to, and "twee producenten"
// with the EU and the WHO named before is no reference at all.
std::string_view PartyOf(std::string_view code) { return code.substr(0, 3); }

namespace {

// The last two mentions of different parties before token `before` of
// sentence `sentence`, none of a party of `others`; fewer when there are
// not two.
std::vector<std::pair<size_t, ActorRef>> TwoLast(const std::vector<std::pair<size_t, ActorRef>>& mentions,
                                                 size_t sentence, int before, bool people,
                                                 const std::vector<ActorRef>& others) {
  const auto other = [&](const std::string& code) {
    return std::any_of(others.begin(), others.end(),
                       [&](const ActorRef& o) { return !IsNull(o.code) && PartyOf(o.code) == PartyOf(code); });
  };
  std::vector<std::pair<size_t, ActorRef>> out;
  for (size_t k = mentions.size(); k-- > 0 && out.size() < 2;) {
    auto [s, m] = mentions[k];
    if ((s == sentence && m.first >= before) || (people && m.code.size() < 6) || other(m.code)) continue;
    if (!people && m.code.size() >= 6 && !m.code.starts_with("IGO")) m.code.resize(3);
    if (out.empty() || PartyOf(out[0].second.code) != PartyOf(m.code)) out.push_back({s, m});
  }
  return out;
}

}  // namespace

std::vector<ActorRef> LastPair(const std::vector<std::pair<size_t, ActorRef>>& mentions, size_t sentence,
                               int before, bool people, const std::vector<ActorRef>& others) {
  std::vector<std::pair<size_t, ActorRef>> two = TwoLast(mentions, sentence, before, people, {});
  // Two parties the sentence itself names before the pair are the pair
  // ("In een briefwisseling tussen Poetin en Kim spraken de twee leiders
  // af"), whatever role one of them was read in; else the pair is two
  // parties besides the event's other one.
  const bool named_here = two.size() == 2 && two[0].first == sentence && two[1].first == sentence;
  if (!named_here) two = TwoLast(mentions, sentence, before, people, others);
  if (two.size() < 2) return {};
  return {two[1].second, two[0].second};
}

// Do the targets only name the pair's own members (by country)?
bool InPair(const std::vector<ActorRef>& targets, const std::vector<ActorRef>& pair) {
  return std::all_of(targets.begin(), targets.end(), [&](const ActorRef& g) {
    return std::any_of(pair.begin(), pair.end(), [&](const ActorRef& p) { return PartyOf(p.code) == PartyOf(g.code); });
  });
}

bool IsReciprocal(const Tree& t, int i) {
  if (i < 0) return false;
  if (t[i].feats.find("PronType=Rcp") != std::string::npos || t.words().reciprocals.contains(t[i].lower)) return true;
  // "each other" as "each" with "other" fixed to it
  const std::vector<int>& kids = t.children(i);
  return std::any_of(kids.begin(), kids.end(),
                     [&](int c) { return t.Rel(c) == "fixed" && t.words().reciprocals.contains(t[c].lower); });
}

std::string Codes(const std::vector<ActorRef>& actors) {
  std::string out;
  for (const ActorRef& a : actors) out += (out.empty() ? "" : " ") + a.code;
  return out;
}

// One pointer per actor; a single null when there are none (require_dyad
// off codes the event with "---").
std::vector<const ActorRef*> Pointers(const std::vector<ActorRef>& actors) {
  std::vector<const ActorRef*> out;
  for (const ActorRef& a : actors) out.push_back(&a);
  if (out.empty()) out.push_back(nullptr);
  return out;
}

bool IsDefinite(const Tree& t, int i) { return HasModifier(t, i, t.words().definite); }

const ActorRef* LastWithRole(const std::vector<std::pair<size_t, ActorRef>>& mentions, const std::string& role,
                             size_t sentence, int before) {
  for (size_t k = mentions.size(); k-- > 0;) {
    const auto& [s, m] = mentions[k];
    if (s == sentence && m.first >= before) continue;
    if (m.code.size() > 3 && m.code.find(role, 3) != std::string::npos) return &m;
  }
  return nullptr;
}

}  // namespace dyad::coder
