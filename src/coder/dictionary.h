// The in-memory form of coding dictionaries, whatever file format they came
// from (PETRARCH-1/TABARI verbs, PETRARCH-2 verbs, Phoenix actors, agents,
// discards, dyad's own lang/<iso> dictionaries). Readers fill a
// `Dictionaries`; the matcher (matcher.h) compiles it into indexes.
//
// Normalisation contract: every dictionary word is stored lower-case UTF-8
// (Utf8Lower), with '_' and blanks turned into word boundaries. A dictionary
// word matches a token when it equals the token's lower-cased FORM or LEMMA
// (or is a prefix of one of them when `stem` is set).
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "coder/closed_class.h"
#include "dyad/reader.h"  // Diagnostic
#include "dyad/status.h"

namespace dyad::coder {

// Dates inside dictionaries are days written as the integer YYYYMMDD.
inline constexpr int32_t kFirstDay = 0;
inline constexpr int32_t kLastDay = 99991231;

struct PhraseWord {
  std::string text;         // lower-case
  bool stem = false;        // prefix match (TABARI: last word without '_')
  bool gap_before = false;  // other words may precede it after the previous word
  // dyad dictionaries: an abbreviation written in capitals ("US", "VS",
  // "WHO") matches only the same capitals, not the word "us" or "who".
  bool cased = false;
  // matches the token's form only, not its lemma (a PETRARCH agent word
  // declared without plural, "POLICE {}", is not "polices")
  bool form_only = false;
};
using Phrase = std::vector<PhraseWord>;

// A code valid from `from` to `to`, both inclusive.
struct DatedCode {
  std::string code;
  int32_t from = kFirstDay;
  int32_t to = kLastDay;
  // The line's office comment, lower-cased ("president", "pm from
  // 2006-09-26"; lang/mul/people.txt's "Office comments" convention): a
  // title before a surname is compared with it (IsHeadOffice, actors.cc).
  std::string office;
};

struct Actor {
  std::vector<Phrase> phrases;   // the primary phrase first, then synonyms
  std::string code;              // used when no dated code applies ("" = none)
  std::vector<DatedCode> dated;  // the first one containing the date wins
  // dyad dictionaries: a person (an entry with dated roles), whom a title
  // with the surname alone may name (Lexicon::surnames). PETRARCH's dated
  // actors are not: their matching stays PETRARCH's.
  bool person = false;
  // dyad dictionaries: a capital or seat of power (`actor CODE seat:`),
  // whose name news writes for its country's or government's voice ("a
  // statement issued in Pyongyang"); other places (Geneva, Texas) are not.
  bool seat = false;
  std::string file;
  uint32_t line = 0;
  // The code valid on `day` (YYYYMMDD; 0 = date unknown: the default code).
  const std::string& CodeOn(int32_t day) const;
  // The dated role valid on `day`, the first containing it; nullptr when
  // none does or the date is unknown (0).
  const DatedCode* RoleOn(int32_t day) const;
};

struct Agent {
  Phrase phrase;
  std::string code;           // "GOV", "MED", …
  bool before_actor = false;  // "NGO~": prepended to the actor code
  std::string file;
  uint32_t line = 0;
};

struct Discard {
  Phrase phrase;
  bool story = false;  // '+': discard the whole document
  std::string file;
  uint32_t line = 0;
  // PETRARCH matches its discards against the text split at blanks: a
  // phrase glued to punctuation ("medal.") does not match there.
  bool blank_split = false;
};

// One element of a verb pattern, TABARI style.
enum class ElementKind : uint8_t {
  kWord,        // a word (text)
  kSynset,      // any phrase of the synset named text ("&CURRENCY" -> "currency")
  kSource,      // '$': the source actor is here
  kTarget,      // '+': the target actor is here
  kSymmetric,   // '%': a compound actor; events go both ways between its parts
  kSkipPhrase,  // '^': skip one noun phrase
};

struct Element {
  ElementKind kind = ElementKind::kWord;
  std::string text;
  // No word may come between this element and its neighbour on the verb's
  // side ('_' in TABARI patterns, words inside {…} in PETRARCH-2 ones).
  bool adjacent = false;
  // kSynset: its index in Lexicon::synset_indexes, set when compiling (-1:
  // unknown synset, never matches).
  int32_t synset = -1;
};

// An event code that codes no event: none given, "---" (explicitly none)
// or TABARI's "+++" (a complex event, left to the verb's own code).
inline bool IsCodeless(const std::string& code) { return code.empty() || code == "---" || code == "+++"; }

struct VerbPattern {
  std::vector<Element> before;  // sentence order; the last is nearest the verb
  std::vector<Element> after;   // sentence order; the first is nearest the verb
  std::string code;             // "---" = explicitly no event
  std::string paired;           // "[a:b]": b is also coded, target -> source
  // dyad's own dictionaries: the words must occur in the predicate's clause
  // in any order (Dutch verb-final clauses), not at linear positions.
  bool unordered = false;
  // dyad's own dictionaries: take the target from the oblique or nominal
  // dependent introduced by this preposition ("" = default target).
  std::string target_case;
  uint32_t line = 0;
};

// A verb (or multi-word verb, or eventive noun) of a block.
struct Predicate {
  std::vector<std::string> words;   // "cordon off" -> {"cordon", "off"}
  size_t head = 0;                  // index of the inflected word in `words`
  std::vector<std::string> forms;   // irregular forms of the head ({…}), lower-case
  std::string code;                 // own code, "" = the block's
  std::string paired;               // own "[a:b]" pair's b ("" = none)
  bool noun = false;                // an eventive noun (dyad dictionaries)
  uint32_t line = 0;
};

struct VerbBlock {
  std::vector<Predicate> predicates;
  std::string code;  // the block's code; "---" = no event for the bare verb
  std::string paired;  // "[a:b]" in the block header: b ("" = none)
  std::vector<VerbPattern> patterns;
  // dyad's `about` predicates ("geïsoleerd", "a threat"): inside reported
  // speech the speaker is the source and the predicate's subject the target.
  bool about_subject = false;
  // dyad's `mutual` predicates ("clash", "exchange fire"): conjoined
  // subjects with no target act on each other, as for the codes of acts
  // that take two sides (IsMutual).
  bool mutual = false;
  // The block's `target=P` ("" = none).
  std::string target_case;
  // TABARI/PETRARCH-1 blocks: with no grammatical target, the first actor
  // after the verb is the target (TABARI's linear rule, which their
  // patterns and the PETRARCH unit tests assume).
  bool linear_target = false;
  // PETRARCH-2 blocks: pattern words match nouns, adjectives and
  // prepositions of the verb's phrase, never another verb ("wants to help"
  // is no "* HELP"): the lower verb is coded on its own and combined.
  bool petrarch2 = false;
  std::string file;
  uint32_t line = 0;
};

struct Synset {
  std::vector<Phrase> phrases;
};

// PETRARCH-2 "~ a (a b ATTACK) SAY = a b 015" lines, kept verbatim; not yet
// applied by the coder.
struct Transformation {
  std::string text;
  uint32_t line = 0;
};

struct Dictionaries {
  std::vector<Actor> actors;
  std::vector<Agent> agents;
  std::vector<Discard> discards;
  std::vector<VerbBlock> verbs;
  std::map<std::string, Synset> synsets;  // keyed by lower-case name without '&'
  std::vector<Transformation> transformations;
  // dyad dictionaries: verbs of saying (reported speech) and words that make
  // a sentence continue the time of the one before ("later", "daarop").
  std::set<std::string> speech;
  std::set<std::string> sequels;
  // dyad dictionaries: light verbs whose eventive noun's source is their
  // subject ("voerden gesprekken", "held talks"), and the prepositions that
  // name a speaker ("volgens Nederland", "according to").
  std::set<std::string> light_verbs;
  std::set<std::string> attribution;
  // dyad dictionaries: nouns naming a protesting crowd ("rioters",
  // "betogers"); their material conflict is a violent protest (145), and a
  // state force's assault on them is violent repression (175).
  std::set<std::string> crowds;
  // dyad dictionaries: verbs that govern another predicate ("want", "ask"),
  // lemma -> the CAMEO code the nested-event rules read them as (030, 020)
  // when the verb has no coded entry of its own in the sentence.
  std::map<std::string, std::string> governors;
  // dyad dictionaries: closed-class words of the coder's grammar rules
  // (closed_class.h). The coder adds them to the built-in ones of the
  // text's language (BuiltinClosedClasses).
  ClosedClass closed;
  // PETRARCH-2 Internal Coding Ontology (PICO): CAMEO code -> PICO value.
  std::map<std::string, std::string> pico;
};

enum class DictKind {
  kPetrarchVerbs,   // PETRARCH-1 / TABARI verb patterns (CAMEO.verbpatterns.*)
  kPetrarch2Verbs,  // PETRARCH-2 verb patterns (CAMEO.2.0.txt)
  kActors,          // Phoenix / TABARI actors
  kAgents,
  kDiscards,
  kIssues,          // recognised and skipped: dyad does not code issues
  kPico,            // PETR.Internal.Coding.Ontology.txt
  kDyad,            // dyad's own format (docs/dictionary-format.md)
};

// What a reader did: entries loaded and lines skipped, each skip with a
// warning naming file:line.
struct ReadReport {
  size_t entries = 0;
  size_t skipped = 0;
  std::vector<Diagnostic> diagnostics;
};

// The kind of a dictionary file from its name (Phoenix.agents.txt, *.verbs*,
// CAMEO.2.0.txt, …) and, when the name says nothing, its content.
Result<DictKind> DetectDictKind(std::string_view path, std::string_view text);

// Each reader parses `text` (the content of `file`) and appends to `dicts`.
// A malformed line is skipped with a warning; nothing here throws.
ReadReport ReadPetrarchVerbs(std::string_view file, std::string_view text, Dictionaries* dicts);
ReadReport ReadPetrarch2Verbs(std::string_view file, std::string_view text, Dictionaries* dicts);
ReadReport ReadActors(std::string_view file, std::string_view text, Dictionaries* dicts);
ReadReport ReadAgents(std::string_view file, std::string_view text, Dictionaries* dicts);
ReadReport ReadDiscards(std::string_view file, std::string_view text, Dictionaries* dicts);
ReadReport ReadPico(std::string_view file, std::string_view text, Dictionaries* dicts);

// YYYYMMDD from a dictionary date "YYMMDD" or "YYYYMMDD" (exactly 6 or 8
// digits, a real calendar day). Two-digit years follow PETRARCH's
// dstr_to_ordate ("for consistency with KEDS and TABARI"): 00-30 -> 20xx,
// 31-99 -> 19xx.
Result<int32_t> ParseDictDate(std::string_view s);

}  // namespace dyad::coder
