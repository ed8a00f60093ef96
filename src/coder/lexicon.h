// Dictionaries compiled for matching: phrase indexes keyed by first word
// (exact or stem) and a predicate index keyed by lemma and inflected form.
// Built once from a Dictionaries; read-only afterwards.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "coder/dictionary.h"
#include "coder/tree.h"

namespace dyad::coder {

// Does the dictionary word match the token (form, lemma, or their prefix
// for stems)?
bool WordMatches(const PhraseWord& word, const Token& token);
// Is `word` the part of hyphenated `form` before its first hyphen, with
// more after it ("vn" of "vn-resolutie", "government" of "government-held")?
bool IsHyphenPrefix(std::string_view word, std::string_view form);
// Also accepts TABARI's regular plural of a pattern word ("tie" ~ "ties").
bool PatternWordMatches(std::string_view word, const Token& token);

struct PhraseMatch {
  size_t begin = 0, end = 0;  // positions in the token sequence searched, [begin, end)
  uint32_t id = 0;
};

class PhraseIndex {
 public:
  void Add(const Phrase& phrase, uint32_t id);
  // The longest phrase starting at seq[at] (of equal ones the last added), matching words of `tree` at the
  // positions listed in `seq` (a gap may skip positions of seq only).
  bool LongestAt(const Tree& tree, std::span<const int> seq, size_t at, PhraseMatch* match) const;
  // Every match in `seq`, scanning left to right and taking the longest at
  // each start; matches do not overlap.
  std::vector<PhraseMatch> Scan(const Tree& tree, std::span<const int> seq) const;
  size_t size() const { return phrases_.size(); }

 private:
  struct Entry {
    Phrase phrase;
    uint32_t id;
  };
  // Calls fn(k) for every phrase whose first word may match `t` (a phrase
  // can come twice when the token's form and lemma both list it).
  template <typename Fn>
  void ForEachCandidate(const Token& t, Fn&& fn) const;
  size_t MatchFrom(const Tree& tree, std::span<const int> seq, size_t at, const Phrase& p) const;
  std::vector<Entry> phrases_;
  // Looked up with string_views of token text, without copies.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Map = std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>>;
  Map exact_, stems_;
  size_t min_stem_ = SIZE_MAX, max_stem_ = 0;
  // The first min_stem_ bytes of every stem: a word that starts with none
  // of them needs no look-up per prefix length (most words of a text).
  std::unordered_set<std::string, Hash, std::equal_to<>> stem_heads_;
};

struct PredicateRef {
  uint32_t block = 0;
  uint32_t predicate = 0;
  uint32_t word = 0;  // the predicate's word the token is (its head unless found by another word)
};

// Everything the coder looks up, with the dictionaries it came from.
struct Lexicon {
  Dictionaries dicts;
  PhraseIndex actors;    // id: index into dicts.actors
  PhraseIndex agents;    // id: index into dicts.agents
  PhraseIndex discards;  // id: index into dicts.discards
  // People (Actor::person) by surname, for "President Bush" on a date
  // (actors.cc, PersonByTitle): the last word of each name of several words
  // ("George W. Bush", "Bush senior", "Marcos Jr." -> "bush", "marcos"), the
  // first for names written family name first ("Kim Dae-jung"). A word that
  // is a phrase of its own of some actor ("Putin") is left out: the actor
  // index finds it. ids: indexes into dicts.actors, each once.
  std::unordered_map<std::string, std::vector<uint32_t>> surnames;
  std::vector<PhraseIndex> synset_indexes;  // by Element::synset; ids unused
  using PredicateIndex = std::unordered_map<std::string, std::vector<PredicateRef>>;
  PredicateIndex predicates;  // by word
  // Regular inflections of verbs ("jails", "jailed", "jailing"), looked up
  // in English text only when the lemma names no predicate (a parser's bad
  // lemma "jaile").
  PredicateIndex regular_forms;
  // Multi-word verbs by their other words, for a parser that took the head
  // for a noun and another word for the verb ("will not wire tap").
  PredicateIndex other_words;

  void Compile();
  // Predicates whose words match token `v` (its lemma, form or phrasal
  // lemma `phrasal`) and, for multi-word verbs, the words around it.
  std::vector<PredicateRef> PredicatesAt(const Tree& tree, int v, const std::string& phrasal) const;

 private:
  void IndexSurnames();
  void AddPredicates(const PredicateIndex& index, const Tree& tree, int v, const std::string& key,
                     std::vector<PredicateRef>* out) const;
};

}  // namespace dyad::coder
