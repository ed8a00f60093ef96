// Nested events: PETRARCH's transformations and PICO combinations, and
// dyad's own combinations of a governing verb with the predicate it governs
// (docs/events.md, "Nested events").
#include <algorithm>

#include "coder/coder_impl.h"
#include "util/utf8.h"

namespace dyad::coder_impl {

bool HasCodes(const std::vector<ActorRef>& actors) { return !actors.empty() && !IsNull(actors[0].code); }
bool IsParty(const std::vector<ActorRef>& actors) {
  return HasCodes(actors) || (!actors.empty() && IsRole(actors[0].code));
}

// Do all actors of `a` appear in `b` (by code)?
bool Among(const std::vector<ActorRef>& a, const std::vector<ActorRef>& b) {
  return std::all_of(a.begin(), a.end(), [&](const ActorRef& x) {
    return std::any_of(b.begin(), b.end(), [&](const ActorRef& y) { return x.code == y.code; });
  });
}

// Does the lower clause have a subject of its own, not the upper one's
// ("asked Obama to help", "claimed ISIL attacked")? With `roles`, a role
// without a country counts as that subject ("claimed that rebels attacked").
bool OwnSource(const Clause& u, const Clause& l, bool roles) {
  return l.src >= 0 && l.src != u.src && (roles ? IsParty(l.sources) : HasCodes(l.sources)) &&
         !Among(l.sources, u.sources);
}

// An infinitive completing `c`'s head: "threatens to spill over" (xcomp),
// "dreigt zijn meerderheid kwijt te raken" (a subjectless clause marked te).
bool IsInfinitiveComplement(const Tree& t, int c) {
  if (t.Rel(c) == "xcomp") return t[c].upos == "VERB";
  return (t.Rel(c) == "ccomp" || t.Rel(c) == "advcl") && t.Child(c, "nsubj") < 0 &&
         t.words().infinitive_marks.contains(t.CaseOf(c));
}

// A verb of threatening whose infinitive complement codes nothing ("het
// kabinet dreigt in de Kamer zijn meerderheid kwijt te raken", "the row
// threatens to spill over": in danger of) threatens no one but its own
// object ("dreigde de oppositie …"): a place or topic phrase is no party to
// it, so its events go. Other governors keep theirs ("agreed in Mombasa to
// cooperate" is 030 with "cooperate" coding nothing alone).
bool ActsOnlyThroughComplement(const Tree& t, const Clause& u, const std::vector<Clause>& clauses) {
  if (!u.code.starts_with("13")) return false;
  const std::vector<int>& kids = t.children(u.v);
  const auto comp = std::find_if(kids.begin(), kids.end(), [&](int c) { return IsInfinitiveComplement(t, c); });
  if (comp == kids.end()) return false;
  const std::vector<int> sub = t.Subtree(*comp);
  for (const Clause& l : clauses)
    if (std::find(sub.begin(), sub.end(), l.v) != sub.end()) return false;
  return std::none_of(u.targets.begin(), u.targets.end(), [&](const ActorRef& a) {
    // (an actor referred to keeps the head of its own sentence's phrase)
    const bool here = a.head >= 0 && a.head < static_cast<int>(t.size()) && t[a.head].head == u.v;
    return here && (t.Rel(a.head) == "obj" || t.Rel(a.head) == "iobj");
  });
}

// Was `u` coded with its governing verb's own reading (`govern 130:
// dreigen` coded 130), not a pattern that found its act among the words of
// its complement ("agreed to expand economic cooperation": 0311)?
bool CoderImpl::IsBareGovernor(const Tree& t, const Clause& u) const {
  const auto g = lex_.dicts.governors.find(Utf8Lower(t[u.v].lemma));
  return g != lex_.dicts.governors.end() && u.code == g->second;
}

// A predicate governs by its lemma or by the dictionary word it was found
// as: a lemmatizer may leave a form ("pressured") the predicate knows.
bool CoderImpl::Governs(const Tree& t, int v, const coder::Predicate& pred) const {
  const auto& g = lex_.dicts.governors;
  return g.count(Utf8Lower(t[v].lemma)) > 0 || (pred.head < pred.words.size() && g.count(pred.words[pred.head]) > 0);
}

// Verbs that govern another predicate but coded nothing here ("said",
// "wants", "asked") still take part in nested events (Nested), as clauses
// with their `govern` code and no events of their own; so do predicative
// adjectives of readiness ("is ready to attack", "bereid te helpen").
void CoderImpl::AddGovernors(const Tree& t, DocState* st) const {
  if (combinations_ == nullptr) return;
  const bool petrarch = options_.conventions == CoderOptions::Conventions::kPetrarch;
  for (int v = 0; v < static_cast<int>(t.size()); ++v) {
    if (t[v].upos != "VERB" && t[v].upos != "ADJ") continue;
    const std::string lemma = Utf8Lower(t[v].lemma);
    auto g = lex_.dicts.governors.find(lemma);
    if (g == lex_.dicts.governors.end() ||
        std::any_of(st->clauses.begin(), st->clauses.end(), [&](const Clause& c) { return c.v == v; }))
      continue;
    for (int s : coder::SourcesOf(t, v))
      if (std::vector<ActorRef> sources = ResolveSource(t, s, *st); IsParty(sources)) {
        const size_t n = st->events.size();
        st->clauses.push_back({v, s, g->second, std::move(sources), {}, n, n, petrarch, true, t.IsNegated(v)});
        break;
      }
  }
}

// Applies the first transformation that `upper` reporting `lower` matches:
// codes its events and returns true (the caller drops the clauses' own).
bool CoderImpl::Transformed(const Tree& t, const Clause& u, const Clause& l, DocState* st) const {
  const bool present = l.src >= 0 && l.src != u.src;  // not the controller's
  for (const coder::VerbTransform& x : transforms_) {
    if ((!x.upper_code.empty() && x.upper_code != u.code) || (!x.lower_code.empty() && x.lower_code != l.code))
      continue;
    // A letter binds a party: an actor or a role without a country ("said
    // eight people were killed by government forces": ---MIL).
    const bool source_ok = x.lower_source == x.upper_source ? HasCodes(l.sources) && Among(l.sources, u.sources)
                           : x.lower_source == '_'          ? !present
                           : x.lower_source == '.' || (present && IsParty(l.sources));
    const bool target_ok = x.lower_target == '_' ? l.targets.empty() : x.lower_target == '.' || IsParty(l.targets);
    if (!source_ok || !target_ok || !HasCodes(u.sources)) continue;
    auto bound = [&](char var) -> const std::vector<ActorRef>* {
      if (var == x.upper_source) return &u.sources;
      if (var == x.lower_source) return &l.sources;
      return var == x.lower_target ? &l.targets : nullptr;
    };
    const std::vector<ActorRef>*ss = bound(x.result_source), *ts = bound(x.result_target);
    if (ss == nullptr || ts == nullptr || ts->empty()) continue;
    const std::string& code = x.result_code.empty() ? l.code : x.result_code;
    for (const ActorRef& s : *ss)
      for (const ActorRef& g : *ts)
        if (s.code != g.code && (Placed(s.code, g.code, true) || !options_.require_dyad))
          Emit(t, l.v, &s, &g, code, false, st);
    return true;
  }
  return false;
}

// PETRARCH-2's verb combination ("a (b . Q) P" with no transformation):
// an upper verb of a high-level PICO category (appeal, intend, demand …,
// not "say") governing a lower verb of a specific one codes one event, the
// sum of their values ("wants to help" 0x3000 + 0x0040 = 033), from the
// upper source to the lower's own source ("asking Obama to help") or, when
// the upper subject controls the lower verb, to the lower target. No event
// when the sum names no CAMEO code: then both are coded as they are.
bool CoderImpl::Combined(const Tree& t, const Clause& u, const Clause& l, DocState* st) const {
  const std::optional<long> up = pico_.Value(u.code), low = pico_.Value(l.code);
  if (!up || !low || *up < 0x2000 || *up >= 0x10000 || *low <= 0 || *low >= 0x1000 || !IsParty(u.sources))
    return false;
  const std::string code = pico_.Code(coder::Pico::Combine(*up, *low));
  if (code.empty()) return false;
  const std::vector<ActorRef>& targets = OwnSource(u, l, false) ? l.sources : l.targets;
  if (targets.empty()) return false;
  EmitNested(t, l.v, u.sources, targets, code, true, st);
  return true;
}

// dyad's nested events (lang/ontology/combinations.txt), after PETRARCH's:
// "wants to attack Iraq" (138, to the lower target), "asked Obama to help
// Iran" (023, to the lower verb's own subject). No event when no rule
// combines the two codes: then both are coded as they are.
bool CoderImpl::Nested(const Tree& t, const Clause& u, const Clause& l, DocState* st) const {
  if (combinations_ == nullptr || !u.governs || !IsParty(u.sources)) return false;
  // A statement by a speaker of no known side ("officials said", "medics
  // said") attributes the news; it is no party's claim or accusation, and
  // the reported event stands as it is.
  if (u.code.starts_with("01") && !HasCodes(u.sources)) return false;
  const bool own = OwnSource(u, l, true);
  // The governed act is the governor's own only when someone does it: "said
  // four people were killed" (an agentless passive) claims no attack.
  if (!own && l.src < 0) return false;
  // A negated governor ("would not ask Russia to help Israel", "did not urge
  // Sudan to send troops"): neither the combined act nor the governed one
  // happened, so both clauses are consumed.
  if (u.negated && !options_.keep_negated) return true;
  using Who = coder::Combinations::Who;
  const std::string code = combinations_->Combine(u.code, l.code, own ? Who::kOther : Who::kSame, u.petrarch);
  const std::vector<ActorRef>& targets = own ? l.sources : l.targets;
  if (code.empty() || targets.empty()) return false;
  EmitNested(t, l.v, u.sources, targets, code, u.petrarch, st, u.negated);
  return true;
}

// The events of a nested pair: every source on every target that is
// another party and, when dyads are required, makes one (a role alone
// counts as a side only with PETRARCH's conventions).
void CoderImpl::EmitNested(const Tree& t, int v, const std::vector<ActorRef>& sources,
                           const std::vector<ActorRef>& targets, const std::string& code, bool petrarch,
                           DocState* st, bool negated) const {
  for (const ActorRef& s : sources)
    for (const ActorRef& g : targets) {
      if (!SameActor(s.code, g.code) && (Placed(s.code, g.code, petrarch) || !options_.require_dyad))
        Emit(t, v, &s, &g, code, negated, st);
    }
}

// The first of a chain of conjuncts ("claimed that ISIL had attacked Iraq
// and taken Mosul": the claim covers every conjunct of its complement).
int FirstConjunct(const Tree& t, int v) {
  for (int step = 0; step < 8 && t.Rel(v) == "conj" && t[v].head >= 0; ++step) v = t[v].head;
  return v;
}

// The verb whose clause an eventive noun's act belongs to: the one it is
// the object or oblique of ("to hold talks", "gesprekken te voeren",
// "wants talks", "bereid tot overleg"), as NounSourceOf takes its subject;
// -1 for a verb's own predicate or a noun standing alone.
int NounClause(const Tree& t, int n) {
  n = FirstConjunct(t, n);
  const int u = t[n].head;
  if (t[n].upos != "NOUN" || u < 0 || (t[u].upos != "VERB" && t[u].upos != "ADJ")) return -1;
  const std::string_view rel = t.Rel(n);
  return rel == "obj" || rel == "obl" || rel == "xcomp" ? FirstConjunct(t, u) : -1;
}

// Does token `v` govern an act it does not report as done: a `govern` word
// of intent, appeal, demand or threat (not a statement, 01), or any
// governor negated or in a hypothetical ("would not commit to talks", "may
// want talks")? `u` is its clause, when it has one.
bool CoderImpl::Unrealising(const Tree& t, int v, const Clause* u) const {
  if (u != nullptr && !u->governs) return false;
  const auto g = lex_.dicts.governors.find(Utf8Lower(t[v].lemma));
  if (u == nullptr && g == lex_.dicts.governors.end()) return false;
  const std::string& code = u != nullptr ? u->code : g->second;
  return !code.starts_with("01") || t.IsNegated(v) || IsHypothetical(t, v);
}

// "The US claimed that ISIL had attacked Iraq": a predicate whose clausal
// complement is coded may turn the two into one event (VerbTransform). An
// eventive noun is governed through its verb ("committed to hold talks")
// or as the governor's own object ("wants talks"); only the governor's
// coded version of its act stands, never the noun's own when the governor
// does not report it as done (Unrealising).
void CoderImpl::Transform(const Tree& t, DocState* st) const {
  if (transforms_.empty() && pico_.empty() && combinations_ == nullptr) return;
  std::vector<bool> drop(st->events.size(), false);
  std::set<int> reported;  // lower verbs a transformation consumed
  auto clause_at = [&](int v) -> const Clause* {
    for (const Clause& c : st->clauses)
      if (c.v == v) return &c;
    return nullptr;
  };
  for (const Clause& l : st->clauses) {
    int first = FirstConjunct(t, l.v);
    const int verb = NounClause(t, l.v);
    if (verb >= 0 && l.end_event == l.first_event) continue;  // a noun that coded nothing ("asked for aid")
    const Clause* direct = verb >= 0 ? clause_at(verb) : nullptr;
    int head = -1;
    bool infinitive = false;
    if (verb >= 0 && Unrealising(t, verb, direct)) {
      head = verb;  // "wants talks", "bereid tot overleg": the noun is the complement
    } else {
      if (verb >= 0) first = verb;
      head = t[first].head;
      infinitive = head >= 0 && t.IsInfinitival(first);
      if (head < 0 || (t.Rel(first) != "ccomp" && !infinitive)) continue;
    }
    const Clause* u = clause_at(head);
    if (u != nullptr && (Transformed(t, *u, l, st) || Combined(t, *u, l, st) || Nested(t, *u, l, st))) {
      for (const Clause* c : {u, &l}) std::fill(drop.begin() + c->first_event, drop.begin() + c->end_event, true);
      reported.insert(l.v);
    } else if ((u != nullptr && infinitive && u->petrarch && (!pico_.empty() || u->governs) &&
                u->end_event > u->first_event) ||
               (first != l.v && reported.count(first) > 0) || (verb >= 0 && Unrealising(t, head, u))) {
      // PETRARCH-2 nests the infinitive's event in the upper one ("pressured
      // Obama to help Iran", "would not allow Russia to help"): when the
      // two do not combine, only the upper event is coded. A conjunct of a
      // complement the upper verb turned into one event is claimed too, and
      // so is a noun's act that its governor only intends, asks or threatens.
      std::fill(drop.begin() + l.first_event, drop.begin() + l.end_event, true);
    }
  }
  for (const Clause& u : st->clauses)
    if (!u.petrarch && u.governs && u.end_event > u.first_event && IsBareGovernor(t, u) &&
        ActsOnlyThroughComplement(t, u, st->clauses))
      std::fill(drop.begin() + u.first_event, drop.begin() + u.end_event, true);
  size_t kept = 0;
  for (size_t i = 0; i < st->events.size(); ++i) {
    if (i < drop.size() && drop[i]) continue;
    if (kept != i) st->events[kept] = std::move(st->events[i]);
    ++kept;
  }
  st->events.resize(kept);
}

}  // namespace dyad::coder_impl
