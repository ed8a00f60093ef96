#include "coder/lexicon.h"

#include <algorithm>
#include <unordered_set>

namespace dyad::coder {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }

// Other words of a multi-word predicate: next to the word `at` the token
// `v` is (its head, normally) in the sentence, or (particles) attached to
// it in the tree. The head may be in one of its irregular forms.
bool OtherWordsMatch(const Tree& tree, int v, const Predicate& p, size_t at) {
  const int n = static_cast<int>(tree.size());
  for (size_t k = 0; k < p.words.size(); ++k) {
    if (k == at) continue;
    const int pos = v + static_cast<int>(k) - static_cast<int>(at);
    bool ok = pos >= 0 && pos < n &&
              (PatternWordMatches(p.words[k], tree[pos]) ||
               (k == p.head && std::find(p.forms.begin(), p.forms.end(), tree[pos].lower) != p.forms.end()));
    for (int c : tree.children(v))
      if (!ok && tree.Rel(c) == "compound" && PatternWordMatches(p.words[k], tree[c])) ok = true;
    if (!ok) return false;
  }
  return true;
}

}  // namespace

bool IsHyphenPrefix(std::string_view word, std::string_view form) {
  return form.size() > word.size() + 1 && form[word.size()] == '-' && StartsWith(form, word);
}

bool WordMatches(const PhraseWord& w, const Token& t) {
  if (w.cased) {  // "US" but not "us"; "VN-resolutie" still counts
    const size_t n = w.text.size();
    return t.lower.starts_with(w.text) && (t.lower.size() == n || t.lower[n] == '-') &&
           std::none_of(t.form.begin(), t.form.begin() + std::min(n, t.form.size()),
                        [](char c) { return c >= 'a' && c <= 'z'; });
  }
  if (t.lower == w.text || (t.lemma == w.text && !w.form_only)) return true;
  // The first part of a hyphenated compound: "VN-resolutie", "Pentagon-perschef".
  if (IsHyphenPrefix(w.text, t.lower)) return true;
  return w.stem && (StartsWith(t.lower, w.text) || StartsWith(t.lemma, w.text));
}

bool PatternWordMatches(std::string_view w, const Token& t) {
  if (t.lower == w || t.lemma == w) return true;
  // Regular plurals, as TABARI generates them for pattern nouns.
  std::string_view f = t.lower;
  if (f.size() == w.size() + 1 && f.back() == 's' && StartsWith(f, w)) return true;
  if (f.size() == w.size() + 2 && f.ends_with("es") && StartsWith(f, w)) return true;
  return w.ends_with('y') && f.size() == w.size() + 2 && f.ends_with("ies") && StartsWith(f, w.substr(0, w.size() - 1));
}

void PhraseIndex::Add(const Phrase& phrase, uint32_t id) {
  if (phrase.empty() || phrase[0].text.empty()) return;
  const uint32_t k = static_cast<uint32_t>(phrases_.size());
  phrases_.push_back({phrase, id});
  const PhraseWord& first = phrase[0];
  if (!first.stem) {
    exact_[first.text].push_back(k);
    // found from the first token a tokenizer splits "barad-dur" into
    if (const size_t hyphen = first.text.find('-', 1); hyphen != std::string::npos)
      exact_[first.text.substr(0, hyphen)].push_back(k);
    return;
  }
  stems_[first.text].push_back(k);
  max_stem_ = std::max(max_stem_, first.text.size());
  if (first.text.size() >= min_stem_) {
    stem_heads_.insert(first.text.substr(0, min_stem_));
    return;
  }
  min_stem_ = first.text.size();  // a shorter stem: every head shortens (rare)
  stem_heads_.clear();
  for (const auto& [stem, ids] : stems_) stem_heads_.insert(stem.substr(0, min_stem_));
}

template <typename Fn>
void PhraseIndex::ForEachCandidate(const Token& t, Fn&& fn) const {
  const size_t hyphen = t.lower.find_first_of("-_", 1);  // "VN-resolutie", "Dol_Amroth"
  const std::string_view head = hyphen == std::string::npos ? std::string_view() : std::string_view(t.lower).substr(0, hyphen);
  const std::string_view keys[] = {t.lower, t.lemma == t.lower ? std::string_view() : t.lemma, head};
  for (std::string_view key : keys) {
    if (key.empty()) continue;
    if (auto it = exact_.find(key); it != exact_.end())
      for (uint32_t k : it->second) fn(k);
    if (key.size() < min_stem_ || !stem_heads_.contains(key.substr(0, min_stem_))) continue;
    for (size_t len = min_stem_; len <= std::min(max_stem_, key.size()); ++len)
      if (auto it = stems_.find(key.substr(0, len)); it != stems_.end())
        for (uint32_t k : it->second) fn(k);
  }
}

namespace {

// Phrase words p[w..] against tokens seq[pos..]: how many words and how
// many tokens one comparison takes, {0, 0} when they differ. Besides one
// word to one token, a token written with underscores stands for the words
// it joins ("Dol_Amroth", the dictionaries' own notation), and a hyphenated
// word for the tokens a tokenizer split it into ("Barad - dur").
std::pair<size_t, size_t> MatchWord(const Tree& tree, std::span<const int> seq, size_t pos, const Phrase& p,
                                    size_t w) {
  const Token& t = tree[seq[pos]];
  if (WordMatches(p[w], t)) return {1, 1};
  if (t.lower.find('_', 1) != std::string::npos) {
    size_t k = w, start = 0;
    for (size_t end = 0; end != std::string::npos && k < p.size(); start = end + 1, ++k) {
      end = t.lower.find('_', start);
      if (std::string_view(t.lower).substr(start, end - start) != p[k].text) return {0, 0};
      if (end == std::string::npos) return {k + 1 - w, 1};
    }
    return {0, 0};
  }
  const std::string& word = p[w].text;
  if (word.find('-', 1) == std::string::npos) return {0, 0};
  // The hyphen itself may be left out of seq (a phrase without punctuation).
  std::string glued = t.lower;
  for (int i = seq[pos] + 1; i < static_cast<int>(tree.size()) && glued.size() < word.size(); ++i) {
    glued += tree[i].lower;
    if (glued != word) continue;
    size_t k = pos;
    while (k < seq.size() && seq[k] <= i) ++k;
    return seq[k - 1] == i ? std::pair<size_t, size_t>{1, k - pos} : std::pair<size_t, size_t>{0, 0};
  }
  return {0, 0};
}

}  // namespace

// Number of positions of seq the phrase spans from `at` (0 = no match).
size_t PhraseIndex::MatchFrom(const Tree& tree, std::span<const int> seq, size_t at, const Phrase& p) const {
  size_t pos = at;
  for (size_t w = 0; w < p.size();) {
    std::pair<size_t, size_t> n{0, 0};
    if (w > 0 && p[w].gap_before) {
      size_t q = pos;
      while (q < seq.size() && q < pos + 4 && (n = MatchWord(tree, seq, q, p, w)).first == 0) ++q;
      if (n.first == 0) return 0;
      pos = q;
    } else if (pos >= seq.size() || (n = MatchWord(tree, seq, pos, p, w)).first == 0) {
      return 0;
    }
    w += n.first;
    pos += n.second;
  }
  return pos - at;
}

bool PhraseIndex::LongestAt(const Tree& tree, std::span<const int> seq, size_t at, PhraseMatch* match) const {
  if (at >= seq.size()) return false;
  size_t best = 0;
  uint32_t best_k = 0;
  // Of equally long matches the phrase added last wins: PETRARCH-2 keeps
  // phrases in a trie where a repeated phrase replaces the earlier entry's
  // codes (PRESIDENT_BUSH names George W. Bush, listed after his father).
  ForEachCandidate(tree[seq[at]], [&](uint32_t k) {
    const size_t len = MatchFrom(tree, seq, at, phrases_[k].phrase);
    if (len > best || (len == best && len > 0 && k > best_k)) {
      best = len;
      best_k = k;
      *match = {at, at + len, phrases_[k].id};
    }
  });
  return best > 0;
}

std::vector<PhraseMatch> PhraseIndex::Scan(const Tree& tree, std::span<const int> seq) const {
  std::vector<PhraseMatch> out;
  for (size_t at = 0; at < seq.size();) {
    PhraseMatch m;
    if (LongestAt(tree, seq, at, &m)) {
      out.push_back(m);
      at = m.end;
    } else {
      ++at;
    }
  }
  return out;
}

namespace {

// The regular English inflections of a verb: -s, -ed, -ing, with the
// spelling rules news text follows (e dropped, y to ie, a final consonant
// doubled after one vowel: "planned").
std::vector<std::string> RegularForms(const std::string& verb) {
  if (verb.size() < 2) return {};
  const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  const char last = verb.back(), before = verb[verb.size() - 2];
  const std::string stem = verb.substr(0, verb.size() - 1);
  std::vector<std::string> out;
  if (last == 'y' && !vowel(before)) out = {stem + "ies", stem + "ied", verb + "ing"};
  else if (last == 'e') out = {verb + "s", verb + "d", (before == 'e' ? verb : stem) + "ing"};
  else if (last == 's' || last == 'x' || last == 'z' || verb.ends_with("ch") || verb.ends_with("sh"))
    out = {verb + "es", verb + "ed", verb + "ing"};
  else out = {verb + "s", verb + "ed", verb + "ing"};
  if (!vowel(last) && vowel(before) && (verb.size() < 3 || !vowel(verb[verb.size() - 3])) && last != 'w' &&
      last != 'x' && last != 'y')
    out.insert(out.end(), {verb + last + "ed", verb + last + "ing"});
  return out;
}

// Words after a name that tell namesakes apart: "Bush senior", "Marcos Jr.".
bool IsGenerational(std::string_view w) {
  for (std::string_view g : {"jr", "jr.", "junior", "sr", "sr.", "senior", "ii", "iii", "iv"})
    if (w == g) return true;
  return false;
}

// Countries whose people are named family name first in news of any
// language ("Kim Dae-jung", "Li Keqiang": "President Kim", "Premier Li").
bool FamilyNameFirst(std::string_view code) {
  for (std::string_view c : {"CHN", "HKG", "MAC", "TWN", "KOR", "PRK"})
    if (code.starts_with(c)) return true;
  return false;
}

}  // namespace

void Lexicon::IndexSurnames() {
  // PETRARCH's actor files (27k entries) have no people: no index to build.
  if (std::none_of(dicts.actors.begin(), dicts.actors.end(), [](const Actor& a) { return a.person; })) return;
  std::unordered_set<std::string_view> alone;  // words that are a phrase of their own
  for (const Actor& a : dicts.actors)
    for (const Phrase& p : a.phrases)
      if (p.size() == 1) alone.insert(p[0].text);
  for (uint32_t i = 0; i < dicts.actors.size(); ++i) {
    const Actor& a = dicts.actors[i];
    if (!a.person) continue;
    for (const Phrase& p : a.phrases) {
      size_t n = p.size();
      if (n < 2) continue;
      while (n > 1 && IsGenerational(p[n - 1].text)) --n;
      const PhraseWord& w = FamilyNameFirst(a.code) ? p[0] : p[n - 1];
      if (w.stem || w.text.empty() || alone.count(w.text) > 0) continue;
      std::vector<uint32_t>& ids = surnames[w.text];
      if (ids.empty() || ids.back() != i) ids.push_back(i);
    }
  }
}

void Lexicon::Compile() {
  for (size_t i = 0; i < dicts.actors.size(); ++i)
    for (const Phrase& p : dicts.actors[i].phrases) actors.Add(p, static_cast<uint32_t>(i));
  for (size_t i = 0; i < dicts.agents.size(); ++i) agents.Add(dicts.agents[i].phrase, static_cast<uint32_t>(i));
  for (size_t i = 0; i < dicts.discards.size(); ++i) discards.Add(dicts.discards[i].phrase, static_cast<uint32_t>(i));
  IndexSurnames();
  // Patterns find their synset by number while matching, not by name.
  std::unordered_map<std::string, int32_t> synset_ids;
  for (const auto& [name, synset] : dicts.synsets) {
    synset_ids[name] = static_cast<int32_t>(synset_indexes.size());
    synset_indexes.emplace_back();
    for (const Phrase& p : synset.phrases) synset_indexes.back().Add(p, 0);
  }
  for (VerbBlock& b : dicts.verbs)
    for (VerbPattern& p : b.patterns)
      for (std::vector<Element>* list : {&p.before, &p.after})
        for (Element& e : *list)
          if (e.kind == ElementKind::kSynset)
            if (auto it = synset_ids.find(e.text); it != synset_ids.end()) e.synset = it->second;
  for (size_t b = 0; b < dicts.verbs.size(); ++b) {
    const VerbBlock& block = dicts.verbs[b];
    for (size_t k = 0; k < block.predicates.size(); ++k) {
      const Predicate& p = block.predicates[k];
      if (p.words.empty()) continue;
      const PredicateRef ref{static_cast<uint32_t>(b), static_cast<uint32_t>(k), static_cast<uint32_t>(p.head)};
      predicates[p.words[p.head]].push_back(ref);
      for (size_t w = 0; w < p.words.size() && !p.noun; ++w)
        if (w != p.head) other_words[p.words[w]].push_back({ref.block, ref.predicate, static_cast<uint32_t>(w)});
      for (const std::string& f : p.forms) predicates[f].push_back(ref);
      if (!p.noun && p.forms.empty())
        for (const std::string& f : RegularForms(p.words[p.head])) regular_forms[f].push_back(ref);
    }
  }
}

std::vector<PredicateRef> Lexicon::PredicatesAt(const Tree& tree, int v, const std::string& phrasal) const {
  std::vector<PredicateRef> out;
  const Token& t = tree[v];
  // The form first: PETRARCH dictionaries list forms such as LEFT apart
  // from LEAVE.
  for (const std::string* key : {&t.lower, &phrasal, &t.lemma}) AddPredicates(predicates, tree, v, *key, &out);
  if (out.empty() && t.upos == "VERB" && tree.lang() == "en") AddPredicates(regular_forms, tree, v, t.lower, &out);
  if (out.empty() && t.upos == "VERB") AddPredicates(other_words, tree, v, t.lower, &out);
  return out;
}

void Lexicon::AddPredicates(const PredicateIndex& index, const Tree& tree, int v, const std::string& key,
                            std::vector<PredicateRef>* out) const {
  auto it = index.find(key);
  if (it == index.end()) return;
  const bool noun = tree[v].upos == "NOUN" || tree[v].upos == "PROPN";
  for (const PredicateRef& r : it->second) {
    const Predicate& p = dicts.verbs[r.block].predicates[r.predicate];
    if (p.noun != noun || !OtherWordsMatch(tree, v, p, r.word)) continue;
    if (std::none_of(out->begin(), out->end(),
                     [&](const PredicateRef& o) { return o.block == r.block && o.predicate == r.predicate; }))
      out->push_back(r);
  }
}

}  // namespace dyad::coder
