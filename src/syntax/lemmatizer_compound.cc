#include "syntax/lemmatizer_compound.h"

#include <algorithm>
#include <map>

#include "syntax/perceptron.h"
#include "syntax/tagger_text.h"

namespace dyad::syntax {
namespace {

constexpr size_t kMinModifier = 2, kMinHead = 3;  // code points
// Linking elements between modifier and head ("opleiding-s-ploeg").
constexpr std::string_view kLinks[] = {"", "s", "en", "e"};

bool IsWordChars(std::string_view s) {
  return !s.empty() && std::none_of(s.begin(), s.end(), [](char c) {
    return c == '-' || c == '/' || c == '.' || c == ' ' || (c >= '0' && c <= '9');
  });
}

bool SplitsUnseen(std::string_view upos) { return upos == "NOUN" || upos == "ADJ" || upos == "VERB"; }

template <typename Set>
void SaveSet(const Set& set, ModelWriter* out) {
  std::vector<uint64_t> v(set.begin(), set.end());
  std::sort(v.begin(), v.end());
  out->U32(static_cast<uint32_t>(v.size()));
  for (uint64_t h : v) out->U64(h);
}

template <typename Set>
void LoadSet(ModelReader* in, Set* set) {
  uint32_t n = in->Count(8);
  set->reserve(n);
  for (uint32_t k = 0; k < n && in->ok(); ++k) set->insert(in->U64());
}

}  // namespace

void CompoundSplitter::Train(const std::vector<Words>& train) {
  std::map<std::string, int> split_counts;  // ordered: deterministic ids
  std::unordered_map<std::string, int> plain;
  for (const Words& sentence : train) {
    for (const Word& w : sentence) {
      if (w.lemma.size() < 2 || !IsWordChars(w.form) || w.upos == "PROPN") continue;
      if (w.lemma.find('_') == std::string::npos) {
        ++plain[w.lemma];
      } else {
        ++split_counts[w.lemma];
      }
    }
  }
  for (const auto& [split, n] : split_counts) {
    std::string joined;
    size_t start = 0;
    while (start <= split.size()) {
      size_t bar = std::min(split.find('_', start), split.size());
      std::string_view part = std::string_view(split).substr(start, bar - start);
      joined.append(part);
      if (bar == split.size()) {
        heads_.insert(HashString(part));
      } else {
        modifiers_.insert(HashString(part));
      }
      start = bar + 1;
    }
    split_of_[HashString(joined)] = static_cast<uint32_t>(splits_.size());
    splits_.push_back(split);
  }
  if (splits_.empty()) return;
  for (const auto& [lemma, n] : plain) {
    heads_.insert(HashString(lemma));
    if (!split_of_.contains(HashString(lemma))) whole_.insert(HashString(lemma));
  }
}

void CompoundSplitter::Apply(std::string_view upos, std::string* lemma) const {
  if (split_of_.empty() || lemma->find('_') != std::string::npos) return;
  const uint64_t h = HashString(*lemma);
  if (auto it = split_of_.find(h); it != split_of_.end()) {
    *lemma = splits_[it->second];
    return;
  }
  if (!SplitsUnseen(upos) || whole_.contains(h) || !IsWordChars(*lemma)) return;
  std::string split;
  if (SplitUnseen(*lemma, &split)) *lemma = std::move(split);
}

// Longest known head first; the rest must be a known modifier plus an
// optional linking element.
bool CompoundSplitter::SplitUnseen(std::string_view lemma, std::string* out) const {
  const size_t n = CountCodePoints(lemma);
  if (n < kMinModifier + kMinHead) return false;
  for (size_t head_cp = n - kMinModifier; head_cp >= kMinHead; --head_cp) {
    size_t cut = lemma.size() - SuffixBytes(lemma, head_cp);
    std::string_view head = lemma.substr(cut), rest = lemma.substr(0, cut);
    if (!heads_.contains(HashString(head))) continue;
    for (std::string_view link : kLinks) {
      if (rest.size() < link.size() || !rest.ends_with(link)) continue;
      std::string_view modifier = rest.substr(0, rest.size() - link.size());
      if (CountCodePoints(modifier) < kMinModifier || !modifiers_.contains(HashString(modifier))) continue;
      out->assign(modifier);
      out->push_back('_');
      out->append(head);
      return true;
    }
  }
  return false;
}

void CompoundSplitter::Save(ModelWriter* out) const {
  out->Strs(splits_);
  std::vector<std::pair<uint64_t, uint32_t>> v(split_of_.begin(), split_of_.end());
  std::sort(v.begin(), v.end());
  out->U32(static_cast<uint32_t>(v.size()));
  for (auto [h, id] : v) {
    out->U64(h);
    out->U32(id);
  }
  SaveSet(modifiers_, out);
  SaveSet(heads_, out);
  SaveSet(whole_, out);
}

CompoundSplitter CompoundSplitter::Load(ModelReader* in) {
  CompoundSplitter c;
  c.splits_ = in->Strs();
  uint32_t n = in->Count(12);
  for (uint32_t k = 0; k < n && in->ok(); ++k) {
    uint64_t h = in->U64();
    uint32_t id = in->U32();
    if (in->ok() && id >= c.splits_.size()) in->Fail("lemmatizer: compound entry out of range");
    c.split_of_[h] = id;
  }
  LoadSet(in, &c.modifiers_);
  LoadSet(in, &c.heads_);
  LoadSet(in, &c.whole_);
  return c;
}

}  // namespace dyad::syntax
