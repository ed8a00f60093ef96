// The coder: predicates found by the lexicon, their patterns matched on the
// clause window, their arguments taken from the tree, actors resolved at the
// event date. See include/dyad/coder.h for the contract.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "coder/actors.h"
#include "coder/combinations.h"
#include "coder/dates.h"
#include "coder/documents.h"
#include "coder/events_internal.h"
#include "coder/lexicon.h"
#include "coder/load.h"
#include "coder/patterns.h"
#include "coder/pico.h"
#include "coder/references.h"
#include "coder/sentence_date.h"
#include "coder/transforms.h"
#include "dyad/coder.h"
#include "dyad/ontology.h"
#include "dyad/syntax.h"
#include "util/utf8.h"

#include "coder/coder_impl.h"

namespace dyad {
namespace coder_impl {

int32_t DayOf(const Date& d) {
  if (!d.known()) return 0;
  return d.year * 10000 + std::max(d.month, 1) * 100 + std::max(d.day, 1);
}

// The day at which dated roles are read for an event dated `d`: a date
// known only to the month or year stands for the middle of that period
// ("in 2017 gaf Trump …": president for most of 2017), but not later than
// the document when the period contains it.
int32_t RoleDay(const Date& d, const Date& doc) {
  if (!d.known()) return DayOf(doc);
  const int32_t start = DayOf(d), doc_day = DayOf(doc);
  if (d.day > 0) return start;
  const int32_t mid = d.year * 10000 + (d.month > 0 ? d.month * 100 + 15 : 701);
  return doc_day >= start && doc_day < mid ? doc_day : mid;
}


// PETRARCH matches sentence discards against the text split at blanks, so
// a phrase whose last word is written with punctuation ("three years ago,
// a …") does not match there; neither does one of its files here. Story
// discards (names of sports events, shows) and dyad's own discards match
// wherever they stand.
bool GluedToPunct(const Tree& t, size_t next) {
  if (next >= t.size() || t[next].upos != "PUNCT") return false;
  const std::string& p = t[next].form;
  return p == "," || p == "." || p == ";" || p == ":" || p == "!" || p == "?" || p == ")";
}

// One scan of a sentence for both kinds of discard.
Discards CoderImpl::FindDiscards(const Tree& t) const {
  Discards found;
  if (lex_.discards.size() == 0) return found;
  std::vector<int> all(t.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  for (const coder::PhraseMatch& m : lex_.discards.Scan(t, all)) {
    const Discard& d = lex_.dicts.discards[m.id];
    if (d.story) found.story = true;
    else if (!d.blank_split || !GluedToPunct(t, m.end)) found.sentence = true;
  }
  return found;
}

std::vector<ActorRef> CoderImpl::Resolve(const Tree& t, int arg, const DocState& st,
                                         const std::vector<ActorRef>& others) const {
  std::vector<ActorRef> out = coder::ActorsOf(lex_, t, arg, st.day);
  // Only a role without a country ("de twee leiders", "the minister") may
  // still be resolved from context.
  if (arg < 0 || std::any_of(out.begin(), out.end(), [](const ActorRef& a) { return !IsNull(a.code); })) return out;
  if (t[arg].upos == "PROPN")  // a person the story introduced by role or in full
    for (int k : t.Phrase(arg)) {
      if (t[k].upos != "PROPN") continue;
      if (auto it = st.local_names.find(t[k].lower); it != st.local_names.end()) return {ActorRef{it->second, arg, k, k}};
      if (auto it = st.surnames.find(t[k].lower); it != st.surnames.end() && it->second >= 0)
        if (const std::string code = lex_.dicts.actors[it->second].CodeOn(st.day); !code.empty() && code != "---")
          return {ActorRef{code, arg, k, k}};
    }
  if (IsPair(t, arg)) {  // "de twee leiders", "both countries"
    const bool people = !lex_.agents.Scan(t, std::vector<int>{arg}).empty();
    return Referred(t, arg, LastPair(st.mentions, st.sentence, arg, people, others));
  }
  // The speaker whose words the pronoun's clause reports is its antecedent,
  // even when it names no actor: then the pronoun names none either.
  const bool pronoun = IsPronoun(t, arg);
  if (pronoun)
    if (const int s = coder::ReportingSubject(t, arg); s >= 0 && IsSpeech(t, t[s].head)) return Resolve(t, s, st, others);
  if ((pronoun || IsAnaphoric(t, arg)) && !st.last_sources.empty() &&
      (!IsPersonal(t, arg) || IsPerson(st.last_sources[0].code)))
    // Named in this sentence, the antecedent's own words are the evidence.
    return st.last_sources_sentence == st.sentence ? st.last_sources : Referred(t, arg, st.last_sources);
  // "de president", "the minister": the last one named with that role
  // ("de Turkse president Erdogan … De president stelde …").
  if (out.size() == 1 && out[0].agent != nullptr && IsDefinite(t, arg))
    if (const ActorRef* m = LastWithRole(st.mentions, out[0].agent->code, st.sentence, arg)) {
      out[0].code = m->code;  // the role's words here are the evidence
      return out;
    }
  return out;
}

// A place speaks for its country alone: the capital or seat of power a
// document was issued in says where, not which body wrote it ("Kremlin"
// RUSGOV gives RUS). Places that are no country's (Brussels, IGOEUREEC)
// give none.
std::vector<ActorRef> CoderImpl::ResolveSource(const Tree& t, int arg, const DocState& st) const {
  std::vector<ActorRef> out = Resolve(t, arg, st);
  bool place = false;
  const int issuer = out.empty() ? coder::IssuerOf(t, arg, &place) : -1;
  if (issuer < 0) return out;
  out = Resolve(t, issuer, st);
  if (!place) return out;
  if (out.size() != 1 || !coder::IsSeat(t, issuer, out[0]) || ontology::CountryOf(out[0].code).empty()) return {};
  out[0].code = ontology::CountryOf(out[0].code);
  out[0].agent = nullptr;
  out[0].agent_anchor = -1;
  out[0].actor = nullptr;
  return out;
}

void CoderImpl::Emit(const Tree& t, int v, const ActorRef* s, const ActorRef* g, const std::string& code,
                     bool negated, DocState* st) const {
  Event e;
  const Document& doc = *st->input->document;
  e.doc_id = doc.id;
  e.sentence = st->sentence;
  e.date = st->date;
  e.doc_date = doc.date;
  e.source = s != nullptr ? s->code : "---";
  e.target = g != nullptr ? g->code : "---";
  e.code = code;
  e.lang = st->input->lang;
  e.text = st->text;
  if (s != nullptr && s->first >= 0) e.source_text = t.Text(s->first, s->last);
  if (g != nullptr && g->first >= 0) e.target_text = t.Text(g->first, g->last);
  e.predicate_text = t[v].form;
  e.negated = negated;
  coder::FillCodeFacts(&e);
  st->events.push_back(std::move(e));
}

// Is the role of `a` named by a crowd noun ("rioters", "betogers")?
// (its role's word, or the head of its phrase when no role was found).
bool CoderImpl::IsCrowd(const Tree& t, const ActorRef* a) const {
  if (a == nullptr) return false;
  const int w = a->agent_anchor >= 0 ? a->agent_anchor : a->head;
  return w >= 0 && (lex_.dicts.crowds.count(t[w].lower) > 0 || lex_.dicts.crowds.count(t[w].lemma) > 0);
}

// CAMEO 145 and 175: damage or an unspecified assault or clash by
// protesters is a protest turned violent ("protesters torched a police
// station"; a named means of killing - missiles, guns - stays 18/19 as the
// 145 notes say), and a state force's assault on them violent repression
// ("troops clashed with rioters"). Mass violence (20) keeps its code.
std::string CoderImpl::CrowdCode(const Tree& t, const ActorRef* s, const ActorRef* g, const std::string& code) const {
  if (lex_.dicts.crowds.empty() || code.size() < 3) return code;
  const std::string_view root = std::string_view(code).substr(0, 2);
  if ((root == "17" || code == "180" || code == "190") && IsCrowd(t, s)) return "145";
  const bool force = s != nullptr && (coder::HasPart(s->code, "MIL") || coder::HasPart(s->code, "COP"));
  if ((root == "18" || root == "19") && force && IsCrowd(t, g)) return "175";
  return code;
}

// "Orbán viel Juncker aan", "Trump attacked Biden", "zijn aanvallen op de
// EU": a named person's unspecified attack (180, 190, a `verbal-attack`
// word) on another named person or an intergovernmental body is words, not
// force - criticism (111). A country, a force or a role attacking keeps its
// code, as do fighting and attacks by named means (193 small arms, 195).
std::string VerbalAttackCode(const Tree& t, int v, const ActorRef* s, const ActorRef* g, const std::string& code) {
  if ((code != "180" && code != "190") || !t.words().verbal_attacks.contains(t[v].lemma) || s == nullptr ||
      g == nullptr || s->actor == nullptr || !s->actor->person)
    return code;
  const bool person = g->actor != nullptr && g->actor->person;
  return person || g->code.starts_with("IGO") ? "111" : code;
}

// The subject of a speech verb; after inversion ("…, zei de minister")
// the parser may take it for the object.
int SpeakerOf(const Tree& t, int speech) {
  const int s = coder::SourceOf(t, speech);
  return s >= 0 ? s : t.Child(speech, "obj");
}

bool CoderImpl::IsSpeech(const Tree& t, int x) const {
  return t[x].upos == "VERB" && lex_.dicts.speech.count(t[x].lemma) > 0;
}

bool CoderImpl::IsAttribution(const Tree& t, int x) const {
  for (int c : t.children(x))
    if (t.Rel(c) == "case" && (lex_.dicts.attribution.count(t[c].lower) > 0 || lex_.dicts.attribution.count(t[c].lemma) > 0))
      return true;
  return false;
}

// The speaker when `v` is in what a speech verb reports: "X zei dat …"
// (the clause is the verb's complement) or "…, zei X" (the verb hangs off
// the reported clause as parataxis). -1 otherwise.
int CoderImpl::Speaker(const Tree& t, int v) const {
  for (int step = 0, x = v; step < 4 && x >= 0; ++step) {
    for (int c : t.children(x)) {
      if (t.Rel(c) == "parataxis" && IsSpeech(t, c)) return SpeakerOf(t, c);
      // "Rusland is volgens Nederland aansprakelijk", "according to Kyiv"
      if (t.Rel(c) == "obl" && IsAttribution(t, c)) return c;
    }
    // Climbs clause links, and the nominal links a misattached "dat"-clause
    // hangs from ("zegt op zijn website dat Kriener zich bemoeide").
    const std::string_view rel = t.Rel(x);
    if (t[x].head < 0 || (rel != "ccomp" && rel != "parataxis" && rel != "advcl" && rel != "acl" && rel != "obl" &&
                          rel != "nmod"))
      return -1;
    x = t[x].head;
    if (IsSpeech(t, x)) return SpeakerOf(t, x);
  }
  return -1;
}

// TABARI patterns read on past clause boundaries ("allowed that Mordor
// isn't a really pleasant place"): the clause and everything below the verb,
// and for an infinitive completing an adjective the adjective's clause
// ("inching nearer to accord").
std::vector<int> LinearWindow(const Tree& t, int v, const std::vector<int>& clause) {
  std::vector<int> out = clause;
  const std::vector<int> below = t.Subtree(v);
  out.insert(out.end(), below.begin(), below.end());
  if (const int c = coder::AdjectiveClause(t, v); c >= 0)
    for (int i : t.Window(c)) out.push_back(i);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// PETRARCH-2 matches a pattern's nouns before '*' on the source and those
// after it on the target, whatever the voice: a passive clause is read in
// active order, the agent before the verb and the subject after it ("the
// civilians were released by Putin" as "Putin released the civilians").
std::vector<int> ActiveOrder(const Tree& t, int v, const std::vector<int>& window) {
  if (!t.IsPassive(v)) return window;
  const int subject = t.IsReducedPassive(v) ? t[v].head : t.Child(v, "nsubj"), agent = coder::SourceOf(t, v);
  const std::vector<int> subj = subject >= 0 ? t.Phrase(subject) : std::vector<int>(),
                         by = agent >= 0 ? t.Phrase(agent) : std::vector<int>();
  auto in = [](const std::vector<int>& s, int i) { return std::binary_search(s.begin(), s.end(), i); };
  std::vector<int> out = by, after = subj;
  for (int i : window)
    if (i < v && !in(subj, i) && !in(by, i)) out.push_back(i);
  out.push_back(v);
  size_t k = std::find(window.begin(), window.end(), v) - window.begin() + 1;
  for (; k < window.size() && window[k] == out.back() + 1 && t[window[k]].head == v && t.Rel(window[k]) == "compound"; ++k)
    out.push_back(window[k]);  // the particle of "blown up"
  for (; k < window.size(); ++k)
    if (!in(subj, window[k]) && !in(by, window[k])) after.push_back(window[k]);
  out.insert(out.end(), after.begin(), after.end());
  return out;
}

// Among the predicates matching at `v` (several blocks may list the same
// verb, multi-word verbs compete with their head word): the most words
// first, then the longest pattern match, then dictionary order.
Choice CoderImpl::Choose(const Tree& t, int v, const std::vector<coder::PredicateRef>& refs) const {
  const std::vector<int> clause = t.Window(v), linear = LinearWindow(t, v, clause), active = ActiveOrder(t, v, clause);
  Choice best;
  for (const coder::PredicateRef& ref : refs) {
    const coder::VerbBlock& block = lex_.dicts.verbs[ref.block];
    const std::vector<int>& window = block.linear_target ? linear : block.petrarch2 ? active : clause;
    const size_t at = std::find(window.begin(), window.end(), v) - window.begin();
    const coder::Predicate& pred = block.predicates[ref.predicate];
    size_t last = at;
    while (last + 1 < window.size() && last + 1 - at < pred.words.size() - ref.word &&
           window[last + 1] == window[last] + 1)
      ++last;
    Choice c{&block, &pred, {}, false};
    c.matched = coder::MatchBlock(lex_, t, window, at, last, block, &c.pm);
    if (best.block == nullptr || c.Rank() > best.Rank()) best = c;
  }
  return best;
}

// With no target in the clause, the one a demand or accusation is about
// is the subject of its complement: "eiste dat Erdogan zijn woorden
// terugneemt", "urged Iran to stop". `verbless`: only of a complement
// without a verb ("alleged that France was aware of …"); PETRARCH-2 makes a
// verb's complement an event of its own, or one with the upper verb.
std::vector<ActorRef> CoderImpl::ComplementSubject(const Tree& t, int v, int source, int32_t day,
                                                   bool verbless) const {
  for (int c : t.children(v)) {
    if (t.Rel(c) != "ccomp" && t.Rel(c) != "xcomp") continue;
    if (verbless && t[c].upos == "VERB") continue;
    const int s = coder::SourceOf(t, c);
    if (s < 0 || s == source || t[s].head != c) continue;  // only its own subject, not one inherited from v
    std::vector<ActorRef> out = coder::ActorsOf(lex_, t, s, day);
    if (!out.empty() && !IsNull(out[0].code)) return out;
  }
  return {};
}

// The subject a complement clause is about, active or passive.
int ComplementSurfaceSubject(const Tree& t, int c) {
  const int s = t.Child(c, "nsubj");
  return s >= 0 ? s : coder::SourceOf(t, c);
}

// Tokens of the subjects of verbs outside `below` (the predicate's
// subtree) or loosely attached to it (parataxis): each is its own clause's
// party ("…, a senior official said").
std::vector<int> OtherSubjects(const Tree& t, const std::vector<int>& below) {
  std::vector<int> out;
  for (int x = 0; x < static_cast<int>(t.size()); ++x)
    if (t[x].upos == "VERB" && (t.Rel(x) == "parataxis" || std::find(below.begin(), below.end(), x) == below.end()))
      if (const int s = t.Child(x, "nsubj"); s >= 0)
        for (int k : t.Phrase(s)) out.push_back(k);
  return out;
}

// TABARI's rule when the grammar gives no target: the first actor named
// after the verb anywhere below it (infinitives, participles, complements:
// "signed an accord to supply Gondor", "roads leading into Mordor").
std::vector<ActorRef> CoderImpl::FirstActorAfter(const Tree& t, int v, int source, int32_t day) const {
  std::vector<int> below = t.Subtree(v), rest;
  const std::vector<int> others = OtherSubjects(t, below);
  const std::vector<int> sources_below = source >= 0 ? t.Subtree(source) : std::vector<int>();
  // "X believes Y can …", "hopes that Y could be drawn into …": the
  // complement's subject (not a passive's agent) comes first.
  for (int c : t.children(v))
    if (t.Rel(c) == "ccomp")
      if (const int s = ComplementSurfaceSubject(t, c); s >= 0 && s > v)
        if (auto out = coder::ActorsOf(lex_, t, s, day); !out.empty() && !IsNull(out[0].code)) return out;
  for (int s : sources_below) std::erase(below, s);
  for (int s : others) std::erase(below, s);
  std::erase_if(below, [&](int i) { return i <= v; });
  // then, as TABARI reads, anything after the verb in the sentence but the
  // subjects of other clauses ("…, a senior official said")
  for (int i = v + 1; i < static_cast<int>(t.size()); ++i)
    if (std::find(below.begin(), below.end(), i) == below.end() &&
        std::find(others.begin(), others.end(), i) == others.end() &&
        (source < 0 || std::find(sources_below.begin(), sources_below.end(), i) == sources_below.end()))
      rest.push_back(i);
  for (const std::vector<int>* seq : {&below, &rest})
    for (const coder::PhraseMatch& m : lex_.actors.Scan(t, *seq)) {
      std::vector<ActorRef> out = coder::ActorsOf(lex_, t, PhraseHead(t, (*seq)[m.begin]), day);
      if (!out.empty() && !IsNull(out[0].code)) return out;
    }
  return {};
}

// TABARI and PETRARCH-1 code the verbs of clauses, not of subjectless
// adverbial phrases ("after leaving Eriador", "while visiting …").
bool IsAdverbialPhrase(const Tree& t, int v) {
  return t.Rel(v) == "advcl" && t.Child(v, "nsubj") < 0 && t.Child(v, "mark") >= 0;
}

// "…, killing eight people", "by promoting biofuels": a gerund or
// participle adjunct without its own subject elaborates its clause's event
// and is not coded apart in PETRARCH-2.
bool IsParticipialAdjunct(const Tree& t, int v) {
  const std::string& f = t[v].feats;
  const bool ing = f.find("VerbForm=Ger") != std::string::npos ||
                   (f.find("VerbForm=Part") != std::string::npos && f.find("Tense=Pres") != std::string::npos);
  return ing && t.Rel(v) == "advcl" && t.Child(v, "nsubj") < 0;
}

// PICO codes a negation as its own event ("would not give permission":
// 080 - 0xFFFF = 124) when the ontology has a code for it: of the pattern's
// code, else of the verb's ("would not provide support": 051 has no
// opposite, GRANT's 060 has 121). dyad's dictionaries code the refusal of
// lang/ontology/refusals.txt ("would not provide aid": 122). False when
// neither has one.
bool CoderImpl::NegatedCode(std::initializer_list<std::string> codes, std::string* code) const {
  for (const std::string& c : codes) {
    std::string opposite;
    if (const auto value = pico_.Value(c); value && *value > 0) opposite = pico_.Code(*value - 0xFFFF);
    if (opposite.empty() && combinations_ != nullptr && pico_.empty()) opposite = combinations_->Refusal(c);
    if (!opposite.empty()) {
      *code = std::move(opposite);
      return true;
    }
  }
  return false;
}

// Does `code` name a non-state challenger of its country (rebels,
// insurgents, unaligned armed forces, the opposition)?
bool IsChallenger(const std::string& code) {
  using coder::HasPart;
  return HasPart(code, "REB") || HasPart(code, "INS") || HasPart(code, "UAF") || HasPart(code, "OPP");
}

// "Syrian rebels attacked government troops", "police arrested Egyptian
// activists": facing a country's challengers, a state role named without
// a country (government, army, police, courts) is that country's.
void PlaceStateRoles(const std::vector<ActorRef>& other, std::vector<ActorRef>* side) {
  if (other.empty() || IsNull(other[0].code) || !IsChallenger(other[0].code)) return;
  for (ActorRef& a : *side)
    if (IsNull(a.code) && a.agent != nullptr &&
        (a.agent->code == "GOV" || a.agent->code == "MIL" || a.agent->code == "COP" || a.agent->code == "JUD" ||
         a.agent->code == "LEG" || a.agent->code == "SPY"))
      a.code = coder::CombineCodes(other[0].code.substr(0, 3), *a.agent);
}

// An actor acting on itself is no event. PETRARCH-2 does code a country's
// role acting on the country ("Obama expressed sorrow for the shootings in
// South Carolina": USAGOV USA), the government addressing its own nation;
// PETRARCH-1 likewise (a country's own forces acting on it: MORMIL MOR, its
// validation files inventing the countries). The bare country acting on its
// own role is a misreading of one party. dyad's conventions code a
// country's armed or political challengers against the country and back
// ("Syrian rebels shelled Damascus": SYRREB SYR), as CAMEO data does for
// domestic conflict; a state role and its own country stay one party.
bool SelfEvent(const std::string& source, const std::string& target, Style style) {
  const bool country = style == Style::kTabari ? target.size() == 3 : ontology::IsCountryCode(target);
  if (style != Style::kDyad && source.size() > 3 && country && source.starts_with(target)) return false;
  if (style == Style::kDyad && (IsChallenger(source) || IsChallenger(target))) return source == target;
  return SameActor(source, target);
}

// Does an actor of `a` come from words an actor of `b` came from? ("Barack
// Obama and Putin met": the surname, a flat part of the subject, is no target.)
bool Mentioned(const std::vector<ActorRef>& a, const std::vector<ActorRef>& b) {
  return std::any_of(a.begin(), a.end(), [&](const ActorRef& x) {
    return x.first >= 0 && std::any_of(b.begin(), b.end(), [&](const ActorRef& y) {
             return x.first <= y.last && y.first <= x.last;
           });
  });
}

// By dictionary, a predicate of a PETRARCH file keeps its file's conventions
// and one of dyad's files dyad's; PETRARCH's conventions for a dyad file are
// PETRARCH-2's, the ones its validation files were coded with.
Style CoderImpl::StyleOf(const coder::VerbBlock& block) const {
  using C = CoderOptions::Conventions;
  if (options_.conventions == C::kDyad) return Style::kDyad;
  if (block.linear_target) return Style::kTabari;
  if (block.petrarch2 || options_.conventions == C::kPetrarch) return Style::kPetrarch2;
  return Style::kDyad;
}

void CoderImpl::CodePredicate(const Tree& t, int v, const Choice& choice, DocState* st) const {
  const coder::VerbBlock& block = *choice.block;
  const Style style = StyleOf(block);
  if (style == Style::kTabari && IsAdverbialPhrase(t, v)) return;
  if (style == Style::kPetrarch2 && IsParticipialAdjunct(t, v)) return;
  const coder::Predicate& pred = *choice.pred;
  const coder::PatternMatch& pm = choice.pm;
  const bool matched = choice.matched;
  const std::string& default_code = choice.VerbCode();
  // TABARI's "+++" (a complex event it does not code) leaves the verb's code.
  std::string code = !matched || pm.pattern->code == "+++" ? default_code : pm.pattern->code;
  bool negated = t.IsNegated(v) && !pm.mentions_negation;
  if (negated) negated = !NegatedCode({code, default_code}, &code);
  if (options_.trace)
    options_.trace(fmt::format("sentence {}: predicate '{}' ({}:{}) pattern {} -> code {}{}", st->sentence, t[v].form,
                               block.file, block.line, matched ? std::to_string(pm.pattern->line) : "none", code,
                               negated ? " (negated)" : ""));
  // "---:051: steun target=van": only the paired event (from the target).
  const std::string& paired = matched ? pm.pattern->paired : pred.code.empty() ? block.paired : pred.paired;
  if (IsCodeless(code) && IsCodeless(paired)) return;
  if (negated && !options_.keep_negated) return;
  // dyad's dictionaries code what happens, not what could or might ("de EU
  // kan eisen …", "Iran may retaliate"), as event annotation does.
  if (style == Style::kDyad && IsHypothetical(t, v)) return;
  // Nor, by any convention, what was asked, planned or promised: "calls to
  // withdraw" codes the call (its noun's pattern), not a withdrawal.
  if (IsUnrealisedComplement(t, v)) return;
  if (pm.symmetric >= 0) return CodeSymmetric(t, v, pm.symmetric, code, negated, st);
  Parties p;
  if (!FindParties(t, v, choice, style, code, *st, &p)) return;
  if (options_.trace)
    options_.trace(fmt::format("  source {} -> [{}]; target {} -> [{}]{}", p.src >= 0 ? t[p.src].form : "-",
                               Codes(p.sources), p.tgts.empty() || p.tgts[0] < 0 ? "-" : t[p.tgts[0]].form,
                               Codes(p.targets), p.reciprocal ? " (reciprocal)" : ""));
  st->clauses.push_back({v, p.src, code, p.sources, p.targets, st->events.size(), st->events.size(),
                         style != Style::kDyad, Governs(t, v, pred), negated});
  EmitParties(t, v, p, {code, paired, negated, style}, st);
  st->clauses.back().end_event = st->events.size();
}

// "% * …": the parties act on each other; "* WITH %": the subject on each.
void CoderImpl::CodeSymmetric(const Tree& t, int v, int symmetric, const std::string& code, bool negated,
                              DocState* st) const {
  const int head = PhraseHead(t, symmetric);
  const std::vector<ActorRef> parts = Resolve(t, head, *st);
  const int subject = symmetric > v ? coder::SourceOf(t, v) : -1;
  std::vector<ActorRef> sources = subject >= 0 && subject != head ? Resolve(t, subject, *st) : parts;
  if (sources.empty() || IsNull(sources[0].code)) sources = parts;  // "officials signed … between %"
  for (const ActorRef& a : sources)
    for (const ActorRef& b : parts)
      if (!SameActor(a.code, b.code) && !IsCodeless(code)) Emit(t, v, &a, &b, code, negated, st);
}

// The phrases that may name the predicate's source and target, in order of
// preference. False when the predicate codes nothing here (a
// characterisation nobody states).
bool CoderImpl::PartyPhrases(const Tree& t, int v, const Choice& choice, Parties* p) const {
  const coder::PatternMatch& pm = choice.pm;
  const coder::Predicate& pred = *choice.pred;
  // A partner-only noun without its partner's phrase has topics or places
  // there ("talks on Cyprus"), no target; conjoined subjects act on each
  // other (FindParties).
  const std::string target_case =
      choice.matched ? pm.pattern->target_case : choice.PartnerOnly() ? choice.block->target_case : "";
  if (pm.source >= 0) p->srcs.push_back(PhraseHead(t, pm.source));
  else p->srcs = pred.noun ? std::vector<int>{coder::NounSourceOf(t, v, lex_.dicts.light_verbs, pred.words, target_case)}
                           : coder::SourcesOf(t, v);
  p->src = p->srcs.front();
  if (pm.target >= 0) p->tgts.push_back(PhraseHead(t, pm.target));
  else p->tgts = pred.noun ? coder::NounTargetsOf(t, v, p->src, target_case) : coder::TargetsOf(t, v, p->src, target_case);
  std::erase_if(p->tgts, [&](int g) { return g >= 0 && IsAttribution(t, g); });
  // A pattern making the clause's own subject the target ("NOTED + *":
  // "X noted that Y regretted …") leaves the source to the clause above.
  if (pm.target >= 0 && pm.source < 0 && p->tgts[0] == p->src && t.Rel(v) == "ccomp")
    p->src = (p->srcs = {coder::SourceOf(t, t[v].head)}).front();
  if (choice.block->about_subject && pm.source < 0) {
    // A characterisation ("geïsoleerd", "aansprakelijk", "bemoeide zich")
    // is an event only as somebody's statement: "…, zei Kirby" makes Kirby
    // the source and the one characterised the target.
    const int speaker = Speaker(t, v);
    if (speaker < 0) return false;
    p->tgts.insert(p->tgts.begin(), p->srcs.begin(), p->srcs.end());
    p->srcs = {speaker};
  }
  return true;
}

// The actors of the first source phrase naming any; conjoined subjects the
// parser left apart join them. A pronoun is the subject even when it refers
// to no actor: another "subject" beside it is an object the parser mislabelled
// ("dat het de coalitiepartners de VS … heeft gevraagd").
void CoderImpl::ResolveSources(const Tree& t, bool bound, const DocState& st, Parties* p) const {
  for (int c : p->srcs) {
    if (p->sources = ResolveSource(t, p->src = c, st); !p->sources.empty() && !IsNull(p->sources[0].code)) break;
    if (c >= 0 && t[c].upos == "PRON" && t.Rel(c) != "expl" && !coder::IsFreeRelative(t, c)) break;
  }
  // Two subjects joined by a conjunction are a coordination the parser
  // missed (next to each other they are an apposition: "minister Calimehtar").
  for (size_t k = 1; !bound && p->srcs.size() > 1 && k < p->srcs.size() && p->src == p->srcs[0]; ++k)
    for (ActorRef& a : coder::ActorsOf(lex_, t, p->srcs[k], st.day))
      AddDistinct(std::move(a), &p->sources, Coordinated(t, p->srcs[0], p->srcs[k]));
}

// The actors of the first target phrase naming a party; a role alone only
// when no phrase does ("military exercises in Alaska": Alaska beats ---MIL).
void CoderImpl::ResolveTargets(const Tree& t, int v, const Choice& choice, Style style, const DocState& st,
                               Parties* p) const {
  const bool linear = choice.block->linear_target;
  const bool free_target = choice.matched ? choice.pm.pattern->target_case.empty() : !choice.PartnerOnly();
  std::vector<ActorRef> role_only;
  for (int g : p->tgts) {
    p->targets = Resolve(t, g, st, p->sources);
    if (Mentioned(p->targets, p->sources)) p->targets.clear();  // a by-phrase the parser hung under an oblique
    if (!p->targets.empty() && !IsNull(p->targets[0].code)) break;
    if (role_only.empty()) role_only = std::move(p->targets);
    p->targets.clear();
  }
  if (p->targets.empty() && free_target && linear) p->targets = FirstActorAfter(t, v, p->src, st.day);
  // Recognising what a clause says ("erkent dat zijn tegenstander voorstaat")
  // concedes a fact; only a party named as the object is recognised (054).
  const bool recognition = (choice.matched ? choice.pm.pattern->code : choice.VerbCode()) == "054";
  if (p->targets.empty() && free_target && !linear && !recognition)
    p->targets = ComplementSubject(t, v, p->src, st.day, style != Style::kDyad);
  if (p->targets.empty()) p->targets = std::move(role_only);
}

// Drops the phrases of a place ("met in Zurich", "talks in Doha") from the
// target phrases of an act of two sides: CAMEO codes the parties who meet,
// negotiate or agree on each other and ignores where (044). Only by dyad's
// conventions (PETRARCH codes the place's country), only when no pattern
// names the target's preposition ("042: summit target=in": the host), and
// not for visits, hosting and mediation, nor an intent to visit ("will
// attend the Games in Japan": a pattern of a visit verb), whose place is
// their other side.
void DropPlaces(const Tree& t, const Choice& choice, Style style, const std::string& code, Parties* p) {
  if (style != Style::kDyad || !IsMutual(code) || (choice.matched && !choice.pm.pattern->target_case.empty())) return;
  const std::string& verb_code = choice.VerbCode();
  if (verb_code.starts_with("04") && !IsMutual(verb_code)) return;
  std::erase_if(p->tgts, [&](int g) { return g >= 0 && t.words().locative_cases.contains(t.CaseOf(g)); });
}

bool CoderImpl::FindParties(const Tree& t, int v, const Choice& choice, Style style, const std::string& code,
                            const DocState& st, Parties* p) const {
  if (!PartyPhrases(t, v, choice, p)) return false;
  DropPlaces(t, choice, style, code, p);
  ResolveSources(t, choice.pm.source >= 0, st, p);
  ResolveTargets(t, v, choice, style, st, p);
  const bool each_other = std::any_of(p->tgts.begin(), p->tgts.end(), [&](int g) { return IsReciprocal(t, g); });
  // A pair as the source ("Z werd door de twee landen veroordeeld") is two
  // parties other than the target; "elkaar", "each other" is the pair itself.
  if (p->src >= 0 && HasCodes(p->targets) && IsPair(t, p->src) && !each_other)
    p->sources = Resolve(t, p->src, st, p->targets);
  std::vector<ActorRef>& sources = p->sources;
  std::vector<ActorRef>& targets = p->targets;
  // "Maduro noemde zijn tegenstanders …": a role owned by a possessive
  // pronoun belongs to the source's country.
  if (!sources.empty() && !IsNull(sources[0].code))
    for (ActorRef& g : targets)
      if (IsNull(g.code) && g.agent != nullptr && HasPossessivePronoun(t, g.head))
        g.code = coder::CombineCodes(sources[0].code.substr(0, 3), *g.agent);
  if (style == Style::kDyad) {
    PlaceStateRoles(sources, &targets);
    PlaceStateRoles(targets, &sources);
  }
  p->reciprocal = sources.size() == 2 && IsPair(t, p->src) && (targets.empty() || InPair(targets, sources) || each_other);
  if (p->reciprocal) targets = {sources[1], sources[0]};
  // "The US, Russia and Switzerland met": conjoined sources and no target
  // act on each other (every ordered pair) — for acts that take two sides
  // (meeting, negotiating, agreeing, cooperating), or any act done to "each
  // other"; "how they attack" is not an attack of one on the other.
  if (!p->reciprocal && targets.empty() && sources.size() >= 2 && !IsPair(t, p->src) &&
      (IsMutual(code) || choice.block->mutual || each_other))
    targets = sources;
  return true;
}

// Every event of the parties: each source on each target (A and B agreed:
// A->B, B->A only), in the code's direction and the paired code's.
void CoderImpl::EmitParties(const Tree& t, int v, const Parties& p, const Coding& c, DocState* st) const {
  // A role without a country as one side is PETRARCH's convention; dyad's
  // own dictionaries want two parties an analyst can place.
  const bool petrarch = c.style != Style::kDyad;
  // With PETRARCH's convention conjoined parties are a dyad when one pair
  // of them is ("clerics and lawmakers believe Iran …": the lawmakers are a
  // role, the clerics a group).
  const auto sides_with_a_target = [&](const ActorRef& s) {
    return std::any_of(p.targets.begin(), p.targets.end(),
                       [&](const ActorRef& g) { return Placed(s.code, g.code, true); });
  };
  const bool dyad_missing = p.sources.empty() || p.targets.empty() ||
                            (petrarch ? std::none_of(p.sources.begin(), p.sources.end(), sides_with_a_target)
                                      : !Placed(p.sources[0].code, p.targets[0].code, false));
  if (options_.require_dyad && dyad_missing) return;
  if (p.sources.empty() && p.targets.empty()) return;
  const std::vector<const ActorRef*> ss = Pointers(p.sources), ts = Pointers(p.targets);
  for (size_t i = 0; i < ss.size(); ++i)
    for (size_t j = 0; j < ts.size(); ++j) {
      const ActorRef* s = ss[i];
      const ActorRef* g = ts[j];
      if (p.reciprocal && i != j) continue;
      if (s != nullptr && g != nullptr && SelfEvent(s->code, g->code, c.style)) continue;
      if (!IsCodeless(c.code)) {
        const std::string code = CrowdCode(t, s, g, c.code);
        Emit(t, v, s, g, petrarch ? code : VerbalAttackCode(t, v, s, g, code), c.negated, st);
      }
      if (!IsCodeless(c.paired)) Emit(t, v, g, s, CrowdCode(t, g, s, c.paired), c.negated, st);
    }
}

// Actors named in the sentence, in order, for "de twee landen".
// Learns the names of people introduced by role and country in this
// sentence (an unknown proper name in apposition to, or compounded with, a
// phrase that codes as a country's role).
void CoderImpl::LearnNames(const Tree& t, DocState* st) const {
  for (int n = 0; n < static_cast<int>(t.size()); ++n) {
    if (t[n].upos != "NOUN") continue;
    // The name follows the role, after a comma or not ("ambassador,
    // Daniel Kriener,", "perschef John Kirby"); read on the surface, which
    // parsers get wrong less often than the apposition's attachment.
    std::vector<int> names;
    int k = n + 1;
    if (k < static_cast<int>(t.size()) && t[k].form == ",") ++k;
    for (; k < static_cast<int>(t.size()) && t[k].upos == "PROPN" && names.size() < 4; ++k) names.push_back(k);
    if (names.empty()) continue;
    const std::vector<ActorRef> who = coder::ActorsOf(lex_, t, n, st->day);
    if (who.size() != 1 || !IsPerson(who[0].code) || who[0].agent == nullptr) continue;
    std::vector<int> seq(names.begin(), names.end());
    if (!lex_.actors.Scan(t, seq).empty()) continue;  // a known person: the dictionary decides
    for (int k : names) st->local_names[t[k].lower] = who[0].code;
  }
}

// A listed person named in full ("minister Stef Blok", "Theresa May") is
// named by the surname alone later in the story, as news writes ("Blok is
// op bezoek …"); the surname index (Lexicon::surnames) says which word of
// the name that is. A calendar word ("May" in English) is never learnt.
void CoderImpl::LearnSurname(const Tree& t, const std::vector<int>& seq, const coder::PhraseMatch& m,
                             DocState* st) const {
  if (m.end - m.begin < 2) return;
  for (size_t i = m.begin; i < m.end; ++i) {
    const std::string& word = t[seq[i]].lower;
    const auto it = lex_.surnames.find(word);
    if (it == lex_.surnames.end() || std::find(it->second.begin(), it->second.end(), m.id) == it->second.end() ||
        coder::IsCalendarWord(word, t.lang()))
      continue;
    const auto [known, fresh] = st->surnames.emplace(word, m.id);
    if (!fresh && known->second != m.id) known->second = -1;  // two people of one surname
  }
}

void CoderImpl::NoteMentions(const Tree& t, DocState* st) const {
  LearnNames(t, st);
  std::vector<int> all(t.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  for (const coder::PhraseMatch& m : lex_.actors.Scan(t, all)) {
    LearnSurname(t, all, m, st);
    const std::string& code = lex_.dicts.actors[m.id].CodeOn(st->day);
    if (!code.empty() && code != "---")
      st->mentions.push_back({st->sentence, {code, all[m.begin], all[m.begin], all[m.end - 1]}});
  }
}

void CoderImpl::CodeSentence(const Tree& t, DocState* st) const {
  NoteMentions(t, st);
  st->clauses.clear();
  const std::vector<const conllu::Row*> rows = st->input->sentences[st->sentence].Words();
  for (int v = 0; v < static_cast<int>(t.size()); ++v) {
    const std::string& u = t[v].upos;
    // Adjectives count as participles or as the predicate of a copula
    // ("Rusland is aansprakelijk"); only dictionary entries make them events.
    const bool participle =
        u == "ADJ" && (t[v].feats.find("VerbForm=Part") != std::string::npos || t.Child(v, "cop") >= 0);
    if (u != "VERB" && u != "NOUN" && !participle) continue;
    const std::string phrasal = PhrasalLemma(rows, v, st->input->lang);
    std::string lower;
    Utf8LowerInto(phrasal, &lower);
    const std::vector<coder::PredicateRef> refs = lex_.PredicatesAt(t, v, lower);
    if (!refs.empty()) CodePredicate(t, v, Choose(t, v, refs), st);
    if (u == "VERB" && t.Child(v, "nsubj") >= 0)  // the subject becomes what later pronouns refer to
      for (int c : coder::SourcesOf(t, v))
        if (auto subj = coder::ActorsOf(lex_, t, c, st->day); !subj.empty() && !IsNull(subj[0].code)) {
          st->last_sources = subj;
          st->last_sources_sentence = st->sentence;
          break;
        }
  }
  AddGovernors(t, st);
  Transform(t, st);
}

const coder::ClosedClass& CoderImpl::ClosedClassOf(std::string_view lang) const {
  const auto it = closed_.find(lang);
  return it != closed_.end() ? it->second : closed_other_;
}

std::vector<Event> CoderImpl::Code(const CodingInput& input) const {
  DocState st;
  st.input = &input;
  std::vector<Tree> trees;
  trees.reserve(input.sentences.size());
  const coder::ClosedClass& words = ClosedClassOf(input.lang);
  for (const conllu::Sentence& s : input.sentences) trees.emplace_back(s, input.lang, words);
  std::vector<Discards> discards;
  discards.reserve(trees.size());
  for (const Tree& t : trees)
    if (discards.push_back(FindDiscards(t)); discards.back().story) return {};
  for (size_t i = 0; i < trees.size(); ++i) {
    st.sentence = i;
    st.text = conllu::SentenceText(input.sentences[i]);
    st.date = coder::SentenceDate(trees[i], input, i, lex_.dicts.sequels, &st.set_time);
    st.day = RoleDay(st.date, input.document->date);
    if (!discards[i].sentence) CodeSentence(trees[i], &st);
  }
  coder::Deduplicate(&st.events);
  return std::move(st.events);
}

}  // namespace coder_impl

Result<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options,
                                             const std::function<void(const Diagnostic&)>& on_warning) {
  coder::Lexicon lex;
  Status s = coder::LoadDictionaries(options, &lex.dicts, on_warning);
  if (!s.ok()) return s;
  lex.Compile();
  return std::unique_ptr<Coder>(new coder_impl::CoderImpl(std::move(lex), options));
}

}  // namespace dyad
