#include "syntax/particles.h"

#include <string>

namespace dyad::syntax {
namespace {

// The particle prefix ("in_") of word `i`, "" if it has no compound:prt
// dependent. The first particle wins (two are rare and then unordered).
std::string ParticlePrefix(const Words& words, size_t i) {
  for (const Word& d : words) {
    if (d.head == static_cast<int>(i) + 1 && d.deprel == "compound:prt" && !d.lemma.empty()) return d.lemma + "_";
  }
  return "";
}

}  // namespace

bool ParticleJoinedLemmas(const std::vector<Words>& sentences) {
  size_t with_particle = 0, joined = 0;
  for (const Words& s : sentences) {
    for (size_t i = 0; i < s.size(); ++i) {
      std::string prefix = ParticlePrefix(s, i);
      if (prefix.empty()) continue;
      ++with_particle;
      joined += s[i].lemma.rfind(prefix, 0) == 0;
    }
  }
  return with_particle >= 20 && 2 * joined > with_particle;
}

void SplitParticleLemmas(Words* words) {
  for (size_t i = 0; i < words->size(); ++i) {
    std::string prefix = ParticlePrefix(*words, i);
    std::string& lemma = (*words)[i].lemma;
    if (!prefix.empty() && lemma.size() > prefix.size() && lemma.rfind(prefix, 0) == 0) lemma.erase(0, prefix.size());
  }
}

void JoinParticleLemmas(Words* words) {
  for (size_t i = 0; i < words->size(); ++i) {
    std::string prefix = ParticlePrefix(*words, i);
    std::string& lemma = (*words)[i].lemma;
    if (!prefix.empty() && lemma.rfind(prefix, 0) != 0) lemma.insert(0, prefix);
  }
}

}  // namespace dyad::syntax
