#include "syntax/particles.h"

#include <string>

namespace dyad::syntax {
namespace {

// For each word (0-based), the index of its first compound:prt dependent
// with a lemma, -1 if none. One pass, so sentences of any length stay linear.
std::vector<int> FirstParticles(const Words& words) {
  std::vector<int> first(words.size(), -1);
  for (size_t d = 0; d < words.size(); ++d) {
    const Word& w = words[d];
    const int h = w.head - 1;
    if (w.deprel == "compound:prt" && !w.lemma.empty() && h >= 0 && h < static_cast<int>(words.size()) &&
        first[h] < 0) {
      first[h] = static_cast<int>(d);
    }
  }
  return first;
}

// The particle prefix ("in_") of a word whose first particle is `p`.
std::string Prefix(const Words& words, int p) { return p < 0 ? "" : words[p].lemma + "_"; }

}  // namespace

bool ParticleJoinedLemmas(const std::vector<Words>& sentences) {
  size_t with_particle = 0, joined = 0;
  for (const Words& s : sentences) {
    const std::vector<int> first = FirstParticles(s);
    for (size_t i = 0; i < s.size(); ++i) {
      std::string prefix = Prefix(s, first[i]);
      if (prefix.empty()) continue;
      ++with_particle;
      joined += s[i].lemma.rfind(prefix, 0) == 0;
    }
  }
  return with_particle >= 20 && 2 * joined > with_particle;
}

void SplitParticleLemmas(Words* words) {
  const std::vector<int> first = FirstParticles(*words);
  for (size_t i = 0; i < words->size(); ++i) {
    std::string prefix = Prefix(*words, first[i]);
    std::string& lemma = (*words)[i].lemma;
    if (!prefix.empty() && lemma.size() > prefix.size() && lemma.rfind(prefix, 0) == 0) lemma.erase(0, prefix.size());
  }
}

void JoinParticleLemmas(Words* words) {
  const std::vector<int> first = FirstParticles(*words);
  for (size_t i = 0; i < words->size(); ++i) {
    std::string prefix = Prefix(*words, first[i]);
    std::string& lemma = (*words)[i].lemma;
    if (!prefix.empty() && lemma.rfind(prefix, 0) != 0) lemma.insert(0, prefix);
  }
}

}  // namespace dyad::syntax
