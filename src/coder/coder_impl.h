// Internal to the coder: the per-document state and the CoderImpl class,
// shared by coder.cc (predicates, arguments, sentences) and coder_nested.cc
// (nested events: transformations, combinations). Not a public API.
#pragma once

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

namespace dyad::coder_impl {

using namespace coder;  // NOLINT: internal to the coder

// A coded predicate of the current sentence, for transformations.
struct Clause {
  int v = -1, src = -1;  // the predicate and its source's head
  std::string code;
  std::vector<ActorRef> sources, targets;
  size_t first_event = 0, end_event = 0;  // its events in DocState::events
  bool petrarch = false;                  // coded with PETRARCH's conventions
  bool governs = false;                   // a `govern` verb (CoderImpl::AddGovernors)
  bool negated = false;                   // "would not ask Russia to help": its nested act is negated too
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
  // The ActorRefs below keep the token positions of the sentence that named
  // them: Resolve hands them on only through Referred, which places them on
  // the referring words of the current sentence.
  std::vector<ActorRef> last_sources;  // subjects seen last, for pronouns
  size_t last_sources_sentence = 0;    // the sentence they were named in
  // Every actor named so far, in order, with its sentence.
  std::vector<std::pair<size_t, ActorRef>> mentions;
  coder::SetTime set_time;             // the last date a time expression gave
  // Names introduced with their role: "de Duitse ambassadeur, Daniel
  // Martin Kriener," makes "Kriener" DEUGOV for the rest of the story.
  std::map<std::string, std::string> local_names;
  // Surnames of listed people the story named in full: "Stef Blok" makes
  // "Blok" that person (an index into the actors) for the rest of the
  // story; -1 when two people of the story share the surname.
  std::map<std::string, int64_t> surnames;
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
  // The predicate's own code, else its block's ("verb 054: erkennen").
  const std::string& VerbCode() const { return pred->code.empty() ? block->code : pred->code; }
  // An eventive noun of two sides that names its partner's case ("noun 046
  // target=with mutual: talk"), no pattern matched: its target comes only
  // from that phrase (PartyPhrases), never from elsewhere in the clause.
  bool PartnerOnly() const { return !matched && pred->noun && block->mutual && !block->target_case.empty(); }
  std::tuple<size_t, size_t, bool> Rank() const {
    const coder::VerbPattern* p = matched ? pm.pattern : nullptr;
    return {pred->words.size(), p != nullptr ? p->before.size() + p->after.size() + 1 : 0, !IsCodeless(block->code)};
  }
};

// The parties of one predicate: the phrases that may name them, in order of
// preference, the source phrase taken, and the actors.
struct Parties {
  std::vector<int> srcs, tgts;
  int src = -1;
  std::vector<ActorRef> sources, targets;
  bool reciprocal = false;  // two sources acting on each other
};

// How a predicate's events are coded: its code and paired code (each "---"
// when none), negation and conventions.
struct Coding {
  const std::string& code;
  const std::string& paired;
  bool negated = false;
  Style style = Style::kDyad;
};

class CoderImpl : public Coder {
 public:
  CoderImpl(coder::Lexicon lex, CoderOptions options)
      : lex_(std::move(lex)),
        options_(std::move(options)),
        transforms_(coder::CompileTransforms(lex_.dicts)),
        pico_(lex_.dicts.pico),
        combinations_(options_.builtin_languages.empty() ? nullptr : &coder::Combinations::Builtin()),
        closed_(coder::BuiltinClosedClasses()),
        closed_other_(lex_.dicts.closed) {
    for (auto& [lang, words] : closed_) coder::AddClosedClass(lex_.dicts.closed, &words);
  }

  std::vector<Event> Code(const CodingInput& input) const override;
  std::string Summary() const override { return coder::Summary(lex_.dicts); }

 private:
  Discards FindDiscards(const Tree& t) const;
  void CodeSentence(const Tree& t, DocState* st) const;
  void NoteMentions(const Tree& t, DocState* st) const;
  void LearnNames(const Tree& t, DocState* st) const;
  void LearnSurname(const Tree& t, const std::vector<int>& seq, const coder::PhraseMatch& m, DocState* st) const;
  int Speaker(const Tree& t, int v) const;
  bool IsSpeech(const Tree& t, int x) const;
  // A phrase naming whose account this is ("volgens Britse media",
  // "according to Kyiv"): a speaker, never a party to the act.
  bool IsAttribution(const Tree& t, int x) const;
  bool IsBareGovernor(const Tree& t, const Clause& u) const;
  Choice Choose(const Tree& t, int v, const std::vector<coder::PredicateRef>& refs) const;
  std::vector<ActorRef> FirstActorAfter(const Tree& t, int v, int source, int32_t day) const;
  std::vector<ActorRef> ComplementSubject(const Tree& t, int v, int source, int32_t day, bool verbless) const;
  Style StyleOf(const coder::VerbBlock& block) const;
  void CodePredicate(const Tree& t, int v, const Choice& choice, DocState* st) const;
  void CodeSymmetric(const Tree& t, int v, int symmetric, const std::string& code, bool negated, DocState* st) const;
  bool PartyPhrases(const Tree& t, int v, const Choice& choice, Parties* p) const;
  void ResolveSources(const Tree& t, bool bound, const DocState& st, Parties* p) const;
  void ResolveTargets(const Tree& t, int v, const Choice& choice, Style style, const DocState& st, Parties* p) const;
  bool FindParties(const Tree& t, int v, const Choice& choice, Style style, const std::string& code,
                   const DocState& st, Parties* p) const;
  void EmitParties(const Tree& t, int v, const Parties& p, const Coding& c, DocState* st) const;
  bool NegatedCode(std::initializer_list<std::string> codes, std::string* code) const;
  // The actors of the phrase `arg`, or those it refers to (a pronoun, "het
  // land", a name learnt earlier); their token positions are always of `t`.
  // `others` are the actors of the event's other role, which a pair ("de
  // twee landen") never includes.
  std::vector<ActorRef> Resolve(const Tree& t, int arg, const DocState& st,
                                const std::vector<ActorRef>& others = {}) const;
  // Resolve for a source phrase; a document naming no author speaks for
  // its issuer (coder/documents.h): "a statement issued in Pyongyang" PRK.
  std::vector<ActorRef> ResolveSource(const Tree& t, int arg, const DocState& st) const;
  bool IsCrowd(const Tree& t, const ActorRef* a) const;
  std::string CrowdCode(const Tree& t, const ActorRef* s, const ActorRef* g, const std::string& code) const;
  void Emit(const Tree& t, int v, const ActorRef* s, const ActorRef* g, const std::string& code, bool negated,
            DocState* st) const;

  void Transform(const Tree& t, DocState* st) const;
  bool Transformed(const Tree& t, const Clause& upper, const Clause& lower, DocState* st) const;
  bool Combined(const Tree& t, const Clause& upper, const Clause& lower, DocState* st) const;
  bool Nested(const Tree& t, const Clause& upper, const Clause& lower, DocState* st) const;
  void EmitNested(const Tree& t, int v, const std::vector<ActorRef>& sources, const std::vector<ActorRef>& targets,
                  const std::string& code, bool petrarch, DocState* st, bool negated = false) const;
  bool Governs(const Tree& t, int v, const coder::Predicate& pred) const;
  bool Unrealising(const Tree& t, int v, const Clause* u) const;
  void AddGovernors(const Tree& t, DocState* st) const;
  const coder::ClosedClass& ClosedClassOf(std::string_view lang) const;

  coder::Lexicon lex_;
  CoderOptions options_;
  std::vector<coder::VerbTransform> transforms_;
  coder::Pico pico_;  // empty unless a PICO file was loaded
  const coder::Combinations* combinations_;  // dyad's nested-event rules, with the built-in languages
  // Closed-class words by language: the built-in ones of lang/<iso>/coder.txt
  // and those the dictionaries add; closed_other_ (the dictionaries' alone)
  // for a language without a built-in coder.txt.
  std::map<std::string, coder::ClosedClass, std::less<>> closed_;
  coder::ClosedClass closed_other_;
};

bool HasCodes(const std::vector<ActorRef>& actors);
bool IsParty(const std::vector<ActorRef>& actors);

// May `s` and `g` be the two sides of an event? Under PETRARCH's
// conventions a role without a country is a side (IsDyad); dyad's want two
// parties an analyst can place.
inline bool Placed(const std::string& s, const std::string& g, bool petrarch) {
  return petrarch ? IsDyad(s, g) : !IsNull(s) && !IsNull(g);
}

}  // namespace dyad::coder_impl

