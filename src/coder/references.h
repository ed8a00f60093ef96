// Who the arguments of a predicate are: actor codes compared and combined,
// references resolved (pronouns, "de twee landen", possessives), modality.
// Rules the coder applies between finding actors and emitting events.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coder/actors.h"
#include "coder/tree.h"

namespace dyad::coder {

bool IsNull(const std::string& actor);

// A role without a country ("---REB", "---LEG": "insurgents", "Congress");
// not a religion or group alone ("---MUS": "Muslims"), nor unaligned armed
// forces ("---UAF": "gunmen", "militants"): they name no party.
bool IsRole(const std::string& actor);

// Is source-target a dyad? Two actors, or a role and an actor: "Insurgents
// bombarded Syria" is ---REB SYR in PETRARCH-2's output, while a role
// acting on a role ("rebels attacked soldiers") names no party at all.
bool IsDyad(const std::string& s, const std::string& g);

// Climbs from a token inside a noun phrase to the phrase's head.
int PhraseHead(const Tree& t, int tok);

// An actor acting on itself: the same code, or a country and one of its
// own roles ("USA" and "USAGOV"), is no event between two parties.
bool SameActor(const std::string& a, const std::string& b);

bool Coordinated(const Tree& t, int a, int b);

// Adds a further actor unless it names one already there; of two codes for
// one party (DAG, DAGGOV) the more specific stays.
// With `new_party` false (an apposition: "Bree President Romendacil") it
// may only make a code more specific.
void AddDistinct(ActorRef a, std::vector<ActorRef>* actors, bool new_party);

// Codes whose act involves both sides alike: intent to cooperate (03),
// consult (04), material cooperation (06), diplomatic cooperation in
// general (050) and signing an agreement (057).
bool IsMutual(const std::string& code);

// "hij", "he", "she" stand for a person, so not for a country named before.
bool IsPersonal(const Tree& t, int i);
// A code naming a person or body with a role (RUSGOV), not a bare country.
bool IsPerson(const std::string& code);

// A modal of possibility in the main clause: the writer's speculation. In a
// reported clause ("kondigde aan dat het arbeiders kon sturen") it is an
// offer, which is an event.
bool IsHypothetical(const Tree& t, int v);

// An infinitive completing a noun of asking, planning or promising ("calls
// to withdraw", "pressure on Obama to help Iran"): an act not (yet) done,
// whose subject is not that noun.
bool IsUnrealisedComplement(const Tree& t, int v);

bool HasPossessivePronoun(const Tree& t, int i);

// For a pronoun subject of a complement clause ("Defensie laat weten dat
// het … heeft gevraagd", "the ministry said it would …"): the subject of the
// clause above, its nearest antecedent; -1 when there is none, it is a
// pronoun itself, or the two differ in number.
int ReportingSubject(const Tree& t, int pronoun);

// Third-person pronouns refer to actors named before; "ik", "we", "you"
// are the writer, the reader or the people quoted.
bool IsPronoun(const Tree& t, int i);

// A relative or interrogative pronoun without an antecedent ("Wie zich
// uitspreekt tegen …", "Whoever attacks …", "Who attacked …?"): it refers
// to no one, not to an actor named before. By PronType=Rel/Int, or the
// `free-relative` words for a tagger that gives no PronType.
bool IsFreeRelative(const Tree& t, int i);

// A `generic-head` pronoun heading a restrictive relative clause ("those
// who attacked …", "degenen die …", "iedereen die …"): whoever fits the
// clause, nobody specific, so never an actor named before.
bool IsGenericHead(const Tree& t, int i);

// The actors `antecedents`, named in another sentence,
// as the phrase `arg` of this sentence refers to them ("hij", "het land",
// "de twee leiders"): their token positions become those of the referring
// words, the evidence in this sentence; positions of another sentence are
// never read against this one's tree.
std::vector<ActorRef> Referred(const Tree& t, int arg, std::vector<ActorRef> antecedents);

// Does a determiner, number or adjective of `i` have its form in `words`,
// or, but for an adjective, its lemma ("tweede" is no "twee")?
bool HasModifier(const Tree& t, int i, const WordSet& words);

// "het land", "the country": the actor named last as a subject.
bool IsAnaphoric(const Tree& t, int i);
// A phrase with a definite article ("de president", "the minister").
bool IsDefinite(const Tree& t, int i);
// The last actor named before token `before` of sentence `sentence` whose
// code carries role `role` (RUSGOV for "GOV"); null if none.
const ActorRef* LastWithRole(const std::vector<std::pair<size_t, ActorRef>>& mentions, const std::string& role,
                             size_t sentence, int before);

// "de twee landen", "beide leiders", "both sides": refers to two actors.
bool IsPair(const Tree& t, int i);
// The party an actor code stands for, for pairs: its first three letters,
// a country (every IGO counts as one party).
std::string_view PartyOf(std::string_view code);

// The last two actors of different parties named before token `before` of
// sentence `sentence`: people ("de twee leiders") when `people`, else their
// countries ("de twee landen"). Never a party of `others`, the actors of
// the event's other role: "Z werd door de twee landen veroordeeld" does not
// pair Z with the last country named before it; but two parties named in
// the sentence itself before the pair are the pair.
std::vector<ActorRef> LastPair(const std::vector<std::pair<size_t, ActorRef>>& mentions, size_t sentence,
                               int before, bool people, const std::vector<ActorRef>& others);

// Do the targets only name the pair's own members (by country)?
bool InPair(const std::vector<ActorRef>& targets, const std::vector<ActorRef>& pair);

bool IsReciprocal(const Tree& t, int i);

std::string Codes(const std::vector<ActorRef>& actors);

// One pointer per actor; a single null when there are none (require_dyad
// off codes the event with "---").
std::vector<const ActorRef*> Pointers(const std::vector<ActorRef>& actors);

}  // namespace dyad::coder
