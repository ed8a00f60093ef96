// Arguments of a predicate from the dependency tree, and the actor codes of
// a noun phrase (actors, agents, dated roles, conjunctions).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "coder/lexicon.h"
#include "coder/tree.h"

namespace dyad::coder {

struct ActorRef {
  std::string code;   // "RUSGOV"; "---GOV" for an agent without a country
  int head = -1;      // the token the phrase was found for
  int first = -1, last = -1;  // token span of the text that named it
  int anchor = -1;            // the token that phrase hangs from
  const Agent* agent = nullptr;  // the role combined into `code`, if any
  int agent_anchor = -1;         // the token the role's words hang from
  const Actor* actor = nullptr;  // the dictionary actor the phrase named, if any
};

// The source head of predicate `v` by grammar: its subject, or the
// passive's agent phrase, or (no subject) the controller / first conjunct's
// subject / the noun a participle or relative clause modifies. -1 if none.
int SourceOf(const Tree& tree, int v);
// A counted span of time ("almost five years after …", "twee jaar na
// …", "for two years"): a time adverbial, not a party, when the parser
// makes it a subject or it has a number.
bool IsDuration(const Tree& tree, int i);
// For an infinitive completing an adjective ("is inching nearer to
// accord", "ready to sign"): the verb of the adjective's clause, else -1.
int AdjectiveClause(const Tree& tree, int v);
// SourceOf, and when the parser gave `v` more than one subject, the others
// too (best first), for the caller to take the first naming an actor.
std::vector<int> SourcesOf(const Tree& tree, int v);
// Heads that may hold the target, best first: the passive subject, object,
// indirect object, obliques and the object's nominal modifiers. With
// `target_case` only the obliques/modifiers with that preposition.
std::vector<int> TargetsOf(const Tree& tree, int v, int source, const std::string& target_case);
// For an eventive noun: the actor modifying it (possessive, adjective,
// compound, "door"/"by" phrase, or the subject of the verb it is the object of).
// Only light verbs lend their subject (`light`: "voerden gesprekken");
// "hieven de sancties op" does not make the lifter the sanctioner.
// `own_words`: the words of a compound predicate ("travel warning"), whose
// modifiers are the predicate itself, not its source.
// `target_case`: the preposition the noun's entry names for its target
// ("bezoek" aan); when it is not a genitive case, the noun's genitive
// phrase is its source ("het bezoek van Xi aan Italië").
int NounSourceOf(const Tree& tree, int n, const std::set<std::string>& light,
                 const std::vector<std::string>& own_words = {}, const std::string& target_case = {});
std::vector<int> NounTargetsOf(const Tree& tree, int n, int source, const std::string& target_case);

// Actors named by the phrase headed by `head` and by its conjuncts, coded
// for `day` (YYYYMMDD, 0 = unknown). Empty when no actor or agent is found.
std::vector<ActorRef> ActorsOf(const Lexicon& lex, const Tree& tree, int head, int32_t day);

// Is `part` one of the three-letter blocks of `code` after its root
// ("MIL" of "IGOUNOMIL", not of "MILGOV")?
bool HasPart(std::string_view code, std::string_view part);

// Combines an actor code and an agent ("~GOV" after, "NGO~" before).
std::string CombineCodes(const std::string& actor, const Agent& agent);

}  // namespace dyad::coder
