// Closed-class words of a language that the coder's grammar rules read:
// "former", relative pronouns, negators, auxiliaries, determiners. They are
// language data (lang/<iso>/coder.txt, docs/language-data.md), not coded
// in C++; the Tree of a sentence carries those of its language.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>

namespace dyad::coder {

using WordSet = std::set<std::string, std::less<>>;

// Lower-case words, one set per role. Each comment names the coder.txt key
// and what of a token the rule compares: its lemma, its lower-cased form,
// or either; "case" is Tree::CaseOf (the lemmas of its case/mark words).
struct ClosedClass {
  WordSet former;             // `former` (amod lemma): a role held formerly is an elite (ELI)
  WordSet durations;          // `duration` (lemma): a noun of a span of time ("five years")
  WordSet duration_counts;    // `duration-count` (lemma): counts a duration as a number does
  WordSet relative_pronouns;  // `relative` (form of a PRON): stands for the noun its clause modifies
  WordSet free_relatives;     // `free-relative` (form of a PRON): without an antecedent, refers to no one
  WordSet generic_heads;      // `generic-head` (form of a PRON): heading a relative clause, refers to no one
  WordSet det_pronouns;       // `det-pronoun` (form): a subject pronoun a tagger may take for an article
  WordSet agent_cases;        // `agent-case` (case): names the agent of a passive or eventive noun
  WordSet genitive_cases;     // `genitive-case` (case): a noun's possessor ("van"), the source of an
                              // eventive noun whose entry names another target case
  WordSet locative_cases;     // `locative-case` (case): a place where an act of two sides happens, not its target
  WordSet negators;           // `negation` (form): negates its verb ("not", "niet")
  WordSet negative_dets;      // `negative-det` (form): negates the act on its noun ("no", "geen")
  WordSet verbal_attacks;     // `verbal-attack` (lemma): between named people, or on an IGO, criticism
  WordSet patient_verbs;      // `patient-verb` (lemma): needs an object; without one, auxiliary or
                              // clause mark, its subject is its patient ("soldiers killed in …")
  WordSet participle_tags;    // `participle-tag` (a '|'-separated field of the xpos): a past participle,
                              // whatever the features say ("VBN", Dutch "WW|vd|…": "vd")
  WordSet passive_aux;        // `passive-aux` (lemma): when listed, the only auxiliaries of a passive
  WordSet perfect_aux;        // `perfect-aux` (lemma): with a participle, a past event ("has said")
  WordSet possibility;        // `possibility` (aux lemma): the writer's speculation ("could")
  WordSet personal;           // `personal` (form): a pronoun that stands for a person
  WordSet pair;               // `pair` (form or lemma of a modifier): refers to the last two actors
  WordSet anaphoric_dets;     // `anaphoric-det` (form or lemma): "the" of "the country"
  WordSet anaphoric_nouns;    // `anaphoric-noun` (lemma): "country" of "the country"
  WordSet reciprocals;        // `reciprocal` (form): "each other"
  WordSet definite;           // `definite` (form or lemma of a modifier): a definite article
  WordSet infinitive_marks;   // `infinitive` (case): marks an infinitive clause ("to")
  WordSet intent_nouns;       // `intent-noun` (lemma): its infinitive is an act asked or planned, not done
  WordSet subject_control;    // `subject-control` (lemma): its infinitive is its subject's act, not its object's
  WordSet document_nouns;     // `document-noun` (lemma): a text that speaks ("report", "statement")
  WordSet issue_verbs;        // `issue-verb` (lemma): issues a document ("released", "verspreide")
  WordSet issue_places;       // `issue-place` (case): the place a document was issued in ("in")
  WordSet capital_nouns;      // `capital-noun` (lemma): a capital named by its country ("the Rwandan capital")
  WordSet head_titles;        // `head-title` (agent phrase, office comment words): a head of state's or
                              // government's title ("president", "premier"), which picks among people
                              // of one surname the one holding, or else formerly holding, such an office
};

// A coder.txt key and the set its words go to.
struct ClosedClassKey {
  std::string_view key;
  WordSet ClosedClass::*words;
};

// Every closed-class key, in the order of the struct.
std::span<const ClosedClassKey> ClosedClassKeys();

// Adds the words of `more` to *into, set by set.
void AddClosedClass(const ClosedClass& more, ClosedClass* into);

// The closed-class words of each language with a built-in
// lang/<iso>/coder.txt, by ISO code. The coder reads them for a text of that
// language whatever dictionaries it codes with (PETRARCH/Phoenix files have
// none): they describe the language, not a dictionary's coding.
std::map<std::string, ClosedClass, std::less<>> BuiltinClosedClasses();

}  // namespace dyad::coder
