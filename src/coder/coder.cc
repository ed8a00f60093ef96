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

namespace dyad {
namespace {

using namespace coder;  // NOLINT: this file is the coder

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

bool IsCodeless(const std::string& code) { return code.empty() || code == "---" || code == "+++"; }
// A coded predicate of the current sentence, for transformations.
struct Clause {
  int v = -1, src = -1;  // the predicate and its source's head
  std::string code;
  std::vector<ActorRef> sources, targets;
  size_t first_event = 0, end_event = 0;  // its events in DocState::events
  bool petrarch = false;                  // coded with PETRARCH's conventions
  bool governs = false;                   // a `govern` verb (CoderImpl::AddGovernors)
};

// The coding conventions a predicate is coded with (CoderOptions::conventions):
// TABARI/PETRARCH-1's, PETRARCH-2's, or dyad's own.
enum class Style { kTabari, kPetrarch2, kDyad };

// What the coder knows while going through one document.
struct DocState {
  const CodingInput* input = nullptr;
  size_t sentence = 0;
  std::string text;
  Date date;
  int32_t day = 0;
  std::vector<ActorRef> last_sources;  // subjects seen last, for pronouns
  // Every actor named so far, in order, with its sentence.
  std::vector<std::pair<size_t, ActorRef>> mentions;
  coder::SetTime set_time;             // the last date a time expression gave
  // Names introduced with their role: "de Duitse ambassadeur, Daniel
  // Martin Kriener," makes "Kriener" DEUGOV for the rest of the story.
  std::map<std::string, std::string> local_names;
  std::vector<Event> events;
  std::vector<Clause> clauses;  // of the current sentence
};

// What the discard lists say of a sentence: drop it, or the whole story.
struct Discards {
  bool sentence = false;
  bool story = false;
};

// The predicate entry chosen for a token and its best pattern.
struct Choice {
  const coder::VerbBlock* block = nullptr;
  const coder::Predicate* pred = nullptr;
  coder::PatternMatch pm;
  bool matched = false;
  std::tuple<size_t, size_t, bool> Rank() const {
    const coder::VerbPattern* p = matched ? pm.pattern : nullptr;
    return {pred->words.size(), p != nullptr ? p->before.size() + p->after.size() + 1 : 0, !IsCodeless(block->code)};
  }
};

class CoderImpl : public Coder {
 public:
  CoderImpl(coder::Lexicon lex, CoderOptions options)
      : lex_(std::move(lex)),
        options_(std::move(options)),
        transforms_(coder::CompileTransforms(lex_.dicts)),
        pico_(lex_.dicts.pico),
        combinations_(options_.builtin_languages.empty() ? nullptr : &coder::Combinations::Builtin()) {}

  std::vector<Event> Code(const CodingInput& input) const override;
  std::string Summary() const override { return coder::Summary(lex_.dicts); }

 private:
  Discards FindDiscards(const Tree& t) const;
  void CodeSentence(const Tree& t, DocState* st) const;
  void NoteMentions(const Tree& t, DocState* st) const;
  void LearnNames(const Tree& t, DocState* st) const;
  int Speaker(const Tree& t, int v) const;
  bool IsSpeech(const Tree& t, int x) const;
  Choice Choose(const Tree& t, int v, const std::vector<coder::PredicateRef>& refs) const;
  std::vector<ActorRef> FirstActorAfter(const Tree& t, int v, int source, int32_t day) const;
  std::vector<ActorRef> ComplementSubject(const Tree& t, int v, int source, int32_t day, bool verbless) const;
  Style StyleOf(const coder::VerbBlock& block) const;
  void CodePredicate(const Tree& t, int v, const Choice& choice, DocState* st) const;
  bool NegatedCode(std::initializer_list<std::string> codes, std::string* code) const;
  std::vector<ActorRef> Resolve(const Tree& t, int arg, const DocState& st) const;
  void Emit(const Tree& t, int v, const ActorRef* s, const ActorRef* g, const std::string& code, bool negated,
            DocState* st) const;

  void Transform(const Tree& t, DocState* st) const;
  bool Transformed(const Tree& t, const Clause& upper, const Clause& lower, DocState* st) const;
  bool Combined(const Tree& t, const Clause& upper, const Clause& lower, DocState* st) const;
  bool Nested(const Tree& t, const Clause& upper, const Clause& lower, DocState* st) const;
  void EmitNested(const Tree& t, int v, const std::vector<ActorRef>& sources, const std::vector<ActorRef>& targets,
                  const std::string& code, bool petrarch, DocState* st) const;
  bool Governs(const Tree& t, int v, const coder::Predicate& pred) const;
  void AddGovernors(const Tree& t, DocState* st) const;

  coder::Lexicon lex_;
  CoderOptions options_;
  std::vector<coder::VerbTransform> transforms_;
  coder::Pico pico_;  // empty unless a PICO file was loaded
  const coder::Combinations* combinations_;  // dyad's nested-event rules, with the built-in languages
};

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

std::vector<ActorRef> CoderImpl::Resolve(const Tree& t, int arg, const DocState& st) const {
  std::vector<ActorRef> out = coder::ActorsOf(lex_, t, arg, st.day);
  // Only a role without a country ("de twee leiders", "the minister") may
  // still be resolved from context.
  if (arg < 0 || std::any_of(out.begin(), out.end(), [](const ActorRef& a) { return !IsNull(a.code); })) return out;
  if (t[arg].upos == "PROPN")  // a person the story introduced by role
    for (int k : t.Phrase(arg))
      if (auto it = st.local_names.find(t[k].lower); it != st.local_names.end() && t[k].upos == "PROPN")
        return {ActorRef{it->second, arg, k, k}};
  if (IsPair(t, arg)) {  // "de twee leiders", "both countries"
    const bool people = !lex_.agents.Scan(t, std::vector<int>{arg}).empty();
    return LastPair(st.mentions, st.sentence, arg, people);
  }
  if ((IsPronoun(t, arg) || IsAnaphoric(t, arg)) && !st.last_sources.empty() &&
      (!IsPersonal(t, arg) || IsPerson(st.last_sources[0].code)))
    return st.last_sources;
  // "de president", "the minister": the last one named with that role
  // ("de Turkse president Erdogan … De president stelde …").
  if (out.size() == 1 && out[0].agent != nullptr && IsDefinite(t, arg))
    if (const ActorRef* m = LastWithRole(st.mentions, out[0].agent->code, st.sentence, arg)) return {*m};
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

// The subject of a speech verb; after inversion ("…, zei de minister")
// the parser may take it for the object.
int SpeakerOf(const Tree& t, int speech) {
  const int s = coder::SourceOf(t, speech);
  return s >= 0 ? s : t.Child(speech, "obj");
}

bool CoderImpl::IsSpeech(const Tree& t, int x) const {
  return t[x].upos == "VERB" && lex_.dicts.speech.count(t[x].lemma) > 0;
}

// The speaker when `v` is in what a speech verb reports: "X zei dat …"
// (the clause is the verb's complement) or "…, zei X" (the verb hangs off
// the reported clause as parataxis). -1 otherwise.
int CoderImpl::Speaker(const Tree& t, int v) const {
  for (int step = 0, x = v; step < 4 && x >= 0; ++step) {
    for (int c : t.children(x)) {
      if (t.Rel(c) == "parataxis" && IsSpeech(t, c)) return SpeakerOf(t, c);
      // "Rusland is volgens Nederland aansprakelijk", "according to Kyiv"
      if (t.Rel(c) == "obl" && lex_.dicts.attribution.count(t.CaseOf(c)) > 0) return c;
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

// An actor acting on itself is no event. PETRARCH-2 does code a country's
// role acting on the country ("Obama expressed sorrow for the shootings in
// South Carolina": USAGOV USA), the government addressing its own nation;
// PETRARCH-1 likewise (a country's own forces acting on it: MORMIL MOR, its
// validation files inventing the countries). The bare country acting on its
// own role is a misreading of one party.
bool SelfEvent(const std::string& source, const std::string& target, Style style) {
  const bool country = style == Style::kTabari ? target.size() == 3 : ontology::IsCountryCode(target);
  if (style != Style::kDyad && source.size() > 3 && country && source.starts_with(target)) return false;
  return SameActor(source, target);
}

// Does an actor of `a` come from the very words an actor of `b` came from?
bool Mentioned(const std::vector<ActorRef>& a, const std::vector<ActorRef>& b) {
  return std::any_of(a.begin(), a.end(), [&](const ActorRef& x) {
    return x.first >= 0 && std::any_of(b.begin(), b.end(), [&](const ActorRef& y) {
             return x.first == y.first && x.last == y.last;
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
  const std::string& default_code = pred.code.empty() ? block.code : pred.code;
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
  if (pm.symmetric >= 0) {
    const int head = PhraseHead(t, pm.symmetric);
    const std::vector<ActorRef> parts = Resolve(t, head, *st);
    // "% * …": the parties act on each other; "* WITH %": the subject on each.
    const int subject = pm.symmetric > v ? coder::SourceOf(t, v) : -1;
    std::vector<ActorRef> sources = subject >= 0 && subject != head ? Resolve(t, subject, *st) : parts;
    if (sources.empty() || IsNull(sources[0].code)) sources = parts;  // "officials signed … between %"
    for (const ActorRef& a : sources)
      for (const ActorRef& b : parts)
        if (!SameActor(a.code, b.code) && !IsCodeless(code)) Emit(t, v, &a, &b, code, negated, st);
    return;
  }
  const std::string target_case = matched ? pm.pattern->target_case : "";
  std::vector<int> srcs;
  if (pm.source >= 0) srcs.push_back(PhraseHead(t, pm.source));
  else srcs = pred.noun ? std::vector<int>{coder::NounSourceOf(t, v, lex_.dicts.light_verbs)} : coder::SourcesOf(t, v);
  int src = srcs.front();
  std::vector<int> tgts;
  if (pm.target >= 0) tgts.push_back(PhraseHead(t, pm.target));
  else tgts = pred.noun ? coder::NounTargetsOf(t, v, src, target_case) : coder::TargetsOf(t, v, src, target_case);
  // A pattern making the clause's own subject the target ("NOTED + *":
  // "X noted that Y regretted …") leaves the source to the clause above.
  if (pm.target >= 0 && pm.source < 0 && tgts[0] == src && t.Rel(v) == "ccomp")
    src = (srcs = {coder::SourceOf(t, t[v].head)}).front();
  if (block.about_subject && pm.source < 0) {
    // A characterisation ("geïsoleerd", "aansprakelijk", "bemoeide zich")
    // is an event only as somebody's statement: "…, zei Kirby" makes Kirby
    // the source and the one characterised the target.
    const int speaker = Speaker(t, v);
    if (speaker < 0) return;
    tgts.insert(tgts.begin(), srcs.begin(), srcs.end());
    srcs = {speaker};
  }
  std::vector<ActorRef> sources, targets;
  for (int c : srcs)
    if (sources = Resolve(t, src = c, *st); !sources.empty() && !IsNull(sources[0].code)) break;
  // Two subjects joined by a conjunction are a coordination the parser
  // missed (next to each other they are an apposition: "minister Calimehtar").
  for (size_t k = 1; pm.source < 0 && srcs.size() > 1 && k < srcs.size() && src == srcs[0]; ++k)
    for (ActorRef& a : coder::ActorsOf(lex_, t, srcs[k], st->day))
      AddDistinct(std::move(a), &sources, Coordinated(t, srcs[0], srcs[k]));
  std::vector<ActorRef> role_only;  // "military exercises in Alaska": Alaska beats ---MIL
  for (int g : tgts) {
    targets = Resolve(t, g, *st);
    if (Mentioned(targets, sources)) targets.clear();  // a by-phrase the parser hung under an oblique
    if (!targets.empty() && !IsNull(targets[0].code)) break;
    if (role_only.empty()) role_only = std::move(targets);
    targets.clear();
  }
  if (targets.empty() && target_case.empty() && block.linear_target) targets = FirstActorAfter(t, v, src, st->day);
  if (targets.empty() && target_case.empty() && !block.linear_target)
    targets = ComplementSubject(t, v, src, st->day, style != Style::kDyad);
  if (targets.empty()) targets = std::move(role_only);
  // "Maduro noemde zijn tegenstanders …": a role owned by a possessive
  // pronoun belongs to the source's country.
  if (!sources.empty() && !IsNull(sources[0].code))
    for (ActorRef& g : targets)
      if (IsNull(g.code) && g.agent != nullptr && HasPossessivePronoun(t, g.head))
        g.code = coder::CombineCodes(sources[0].code.substr(0, 3), *g.agent);
  const bool reciprocal = sources.size() == 2 && IsPair(t, src) &&
                          (targets.empty() || InPair(targets, sources) ||
                           std::any_of(tgts.begin(), tgts.end(), [&](int g) { return IsReciprocal(t, g); }));
  if (reciprocal) targets = {sources[1], sources[0]};
  // "The US, Russia and Switzerland met": conjoined sources and no target
  // act on each other (every ordered pair) — for acts that take two sides
  // (meeting, negotiating, agreeing, cooperating); "how they attack" is not
  // an attack of one on the other.
  if (!reciprocal && targets.empty() && sources.size() >= 2 && !IsPair(t, src) && IsMutual(code)) targets = sources;
  if (options_.trace)
    options_.trace(fmt::format("  source {} -> [{}]; target {} -> [{}]{}", src >= 0 ? t[src].form : "-", Codes(sources),
                               tgts.empty() || tgts[0] < 0 ? "-" : t[tgts[0]].form, Codes(targets),
                               reciprocal ? " (reciprocal)" : ""));
  st->clauses.push_back({v, src, code, sources, targets, st->events.size(), st->events.size(), style != Style::kDyad,
                         Governs(t, v, pred)});
  // A role without a country as one side is PETRARCH's convention; dyad's
  // own dictionaries want two parties an analyst can place.
  const bool petrarch = style != Style::kDyad;
  // With PETRARCH's convention conjoined parties are a dyad when one pair
  // of them is ("clerics and lawmakers believe Iran …": the lawmakers are a
  // role, the clerics a group).
  const bool dyad_missing =
      sources.empty() || targets.empty() ||
      (petrarch ? !std::any_of(sources.begin(), sources.end(),
                               [&](const ActorRef& s) {
                                 return std::any_of(targets.begin(), targets.end(),
                                                    [&](const ActorRef& g) { return IsDyad(s.code, g.code); });
                               })
                : IsNull(sources[0].code) || IsNull(targets[0].code));
  if (options_.require_dyad && dyad_missing) return;
  if (sources.empty() && targets.empty()) return;
  const std::vector<const ActorRef*> ss = Pointers(sources), ts = Pointers(targets);
  for (size_t i = 0; i < ss.size(); ++i)
    for (size_t j = 0; j < ts.size(); ++j) {
      const ActorRef* s = ss[i];
      const ActorRef* g = ts[j];
      if (reciprocal && i != j) continue;  // A and B agreed: A->B, B->A
      if (s != nullptr && g != nullptr && SelfEvent(s->code, g->code, style)) continue;
      if (!IsCodeless(code)) Emit(t, v, s, g, code, negated, st);
      if (!IsCodeless(paired)) Emit(t, v, g, s, paired, negated, st);
    }
  st->clauses.back().end_event = st->events.size();
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

void CoderImpl::NoteMentions(const Tree& t, DocState* st) const {
  LearnNames(t, st);
  std::vector<int> all(t.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  for (const coder::PhraseMatch& m : lex_.actors.Scan(t, all)) {
    const std::string& code = lex_.dicts.actors[m.id].CodeOn(st->day);
    if (!code.empty() && code != "---")
      st->mentions.push_back({st->sentence, {code, all[m.begin], all[m.begin], all[m.end - 1]}});
  }
}

void CoderImpl::CodeSentence(const Tree& t, DocState* st) const {
  NoteMentions(t, st);
  st->clauses.clear();
  for (int v = 0; v < static_cast<int>(t.size()); ++v) {
    const std::string& u = t[v].upos;
    // Adjectives count as participles or as the predicate of a copula
    // ("Rusland is aansprakelijk"); only dictionary entries make them events.
    const bool participle =
        u == "ADJ" && (t[v].feats.find("VerbForm=Part") != std::string::npos || t.Child(v, "cop") >= 0);
    if (u != "VERB" && u != "NOUN" && !participle) continue;
    const std::string phrasal = PhrasalLemma(st->input->sentences[st->sentence], v, st->input->lang);
    std::string lower;
    Utf8LowerInto(phrasal, &lower);
    const std::vector<coder::PredicateRef> refs = lex_.PredicatesAt(t, v, lower);
    if (!refs.empty()) CodePredicate(t, v, Choose(t, v, refs), st);
    if (u == "VERB" && t.Child(v, "nsubj") >= 0)  // the subject becomes what later pronouns refer to
      for (int c : coder::SourcesOf(t, v))
        if (auto subj = coder::ActorsOf(lex_, t, c, st->day); !subj.empty() && !IsNull(subj[0].code)) {
          st->last_sources = subj;
          break;
        }
  }
  AddGovernors(t, st);
  Transform(t, st);
}

bool HasCodes(const std::vector<ActorRef>& actors) { return !actors.empty() && !IsNull(actors[0].code); }
bool IsParty(const std::vector<ActorRef>& actors) { return HasCodes(actors) || (!actors.empty() && IsRole(actors[0].code)); }

// Do all actors of `a` appear in `b` (by code)?
bool Among(const std::vector<ActorRef>& a, const std::vector<ActorRef>& b) {
  return std::all_of(a.begin(), a.end(), [&](const ActorRef& x) {
    return std::any_of(b.begin(), b.end(), [&](const ActorRef& y) { return x.code == y.code; });
  });
}

// Does the lower clause have a subject of its own, not the upper one's
// ("asked Obama to help", "claimed ISIL attacked")?
bool OwnSource(const Clause& u, const Clause& l) {
  return l.src >= 0 && l.src != u.src && HasCodes(l.sources) && !Among(l.sources, u.sources);
}

// A predicate governs by its lemma or by the dictionary word it was found
// as: a lemmatizer may leave a form ("pressured") the predicate knows.
bool CoderImpl::Governs(const Tree& t, int v, const coder::Predicate& pred) const {
  const auto& g = lex_.dicts.governors;
  return g.count(Utf8Lower(t[v].lemma)) > 0 || (pred.head < pred.words.size() && g.count(pred.words[pred.head]) > 0);
}

// Verbs that govern another predicate but coded nothing here ("said",
// "wants", "asked") still take part in nested events (Nested), as clauses
// with their `govern` code and no events of their own.
void CoderImpl::AddGovernors(const Tree& t, DocState* st) const {
  if (combinations_ == nullptr) return;
  for (int v = 0; v < static_cast<int>(t.size()); ++v) {
    if (t[v].upos != "VERB") continue;
    const std::string lemma = Utf8Lower(t[v].lemma);
    auto g = lex_.dicts.governors.find(lemma);
    if (g == lex_.dicts.governors.end() ||
        std::any_of(st->clauses.begin(), st->clauses.end(), [&](const Clause& c) { return c.v == v; }))
      continue;
    for (int s : coder::SourcesOf(t, v))
      if (std::vector<ActorRef> sources = Resolve(t, s, *st); IsParty(sources)) {
        const bool petrarch = options_.conventions == CoderOptions::Conventions::kPetrarch;
        st->clauses.push_back({v, s, g->second, std::move(sources), {}, st->events.size(), st->events.size(), petrarch, true});
        break;
      }
  }
}

// Applies the first transformation that `upper` reporting `lower` matches:
// codes its events and returns true (the caller drops the clauses' own).
bool CoderImpl::Transformed(const Tree& t, const Clause& u, const Clause& l, DocState* st) const {
  const bool present = l.src >= 0 && l.src != u.src;  // not the controller's
  for (const coder::VerbTransform& x : transforms_) {
    if ((!x.upper_code.empty() && x.upper_code != u.code) || (!x.lower_code.empty() && x.lower_code != l.code)) continue;
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
        if (s.code != g.code && !(options_.require_dyad && !IsDyad(s.code, g.code)))
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
  const std::vector<ActorRef>& targets = OwnSource(u, l) ? l.sources : l.targets;
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
  // a role may be the other actor here ("claimed that rebels attacked")
  const bool own = l.src >= 0 && l.src != u.src && IsParty(l.sources) && !Among(l.sources, u.sources);
  using Who = coder::Combinations::Who;
  const std::string code = combinations_->Combine(u.code, l.code, own ? Who::kOther : Who::kSame, u.petrarch);
  const std::vector<ActorRef>& targets = own ? l.sources : l.targets;
  if (code.empty() || targets.empty()) return false;
  EmitNested(t, l.v, u.sources, targets, code, u.petrarch, st);
  return true;
}

// The events of a nested pair: every source on every target that is
// another party and, when dyads are required, makes one (a role alone
// counts as a side only with PETRARCH's conventions).
void CoderImpl::EmitNested(const Tree& t, int v, const std::vector<ActorRef>& sources,
                           const std::vector<ActorRef>& targets, const std::string& code, bool petrarch,
                           DocState* st) const {
  for (const ActorRef& s : sources)
    for (const ActorRef& g : targets) {
      const bool placed = petrarch ? IsDyad(s.code, g.code) : !IsNull(s.code) && !IsNull(g.code);
      if (!SameActor(s.code, g.code) && (placed || !options_.require_dyad)) Emit(t, v, &s, &g, code, false, st);
    }
}

// "The US claimed that ISIL had attacked Iraq": a predicate whose clausal
// complement is coded may turn the two into one event (VerbTransform).
void CoderImpl::Transform(const Tree& t, DocState* st) const {
  if (transforms_.empty() && pico_.empty() && combinations_ == nullptr) return;
  std::vector<bool> drop(st->events.size(), false);
  std::set<int> reported;  // lower verbs a transformation consumed
  for (const Clause& l : st->clauses) {
    // "claimed that ISIL had attacked Iraq and taken Mosul": the claim
    // covers every conjunct of its complement.
    int first = l.v;
    for (int step = 0; step < 8 && t.Rel(first) == "conj" && t[first].head >= 0; ++step) first = t[first].head;
    const int head = t[first].head;
    const bool infinitive = head >= 0 && t.IsInfinitival(first);
    if (head < 0 || (t.Rel(first) != "ccomp" && !infinitive)) continue;
    for (const Clause& u : st->clauses) {
      if (u.v != head) continue;
      if (Transformed(t, u, l, st) || Combined(t, u, l, st) || Nested(t, u, l, st)) {
        for (const Clause* c : {&u, &l}) std::fill(drop.begin() + c->first_event, drop.begin() + c->end_event, true);
        reported.insert(l.v);
      } else if ((infinitive && u.petrarch && (!pico_.empty() || u.governs) && u.end_event > u.first_event) ||
                 (first != l.v && reported.count(first) > 0)) {
        // PETRARCH-2 nests the infinitive's event in the upper one ("pressured
        // Obama to help Iran", "would not allow Russia to help"): when the
        // two do not combine, only the upper event is coded. A conjunct of a
        // complement the upper verb turned into one event is claimed too.
        std::fill(drop.begin() + l.first_event, drop.begin() + l.end_event, true);
      }
      break;
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < st->events.size(); ++i) {
    if (i < drop.size() && drop[i]) continue;
    if (kept != i) st->events[kept] = std::move(st->events[i]);
    ++kept;
  }
  st->events.resize(kept);
}

std::vector<Event> CoderImpl::Code(const CodingInput& input) const {
  DocState st;
  st.input = &input;
  std::vector<Tree> trees;
  trees.reserve(input.sentences.size());
  for (const conllu::Sentence& s : input.sentences) trees.emplace_back(s, input.lang);
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

}  // namespace

Result<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options,
                                             const std::function<void(const Diagnostic&)>& on_warning) {
  coder::Lexicon lex;
  Status s = coder::LoadDictionaries(options, &lex.dicts, on_warning);
  if (!s.ok()) return s;
  lex.Compile();
  return std::unique_ptr<Coder>(new CoderImpl(std::move(lex), options));
}

}  // namespace dyad
