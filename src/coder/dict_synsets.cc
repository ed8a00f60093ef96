// Verb-file synsets: collecting "&LABEL" / "+member" lines, expanding nested
// synsets and plurals, and resolving the synset names used in patterns.
#include <fmt/format.h>

#include "coder/dict_text.h"
#include "util/utf8.h"

namespace dyad::coder::dict_internal {
namespace {

constexpr int kMaxDepth = 16;               // nested synsets deeper than this: a cycle
constexpr size_t kMaxMemberPhrases = 4096;  // one member's expansions

bool IsSeparator(char c) { return c == '_' || IsBlank(c); }

// Member tokens: split at blanks and '_', an "&NAME" token kept whole.
std::vector<std::string_view> MemberTokens(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    if (IsSeparator(s[i])) {
      ++i;
      continue;
    }
    const bool synset = s[i] == '&';
    size_t j = i;
    while (j < s.size() && !IsBlank(s[j]) && (synset || s[j] != '_')) ++j;
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Appends every phrase of `sub` to every phrase of *acc.
void Product(const std::vector<Phrase>& sub, std::vector<Phrase>* acc) {
  std::vector<Phrase> next;
  for (const Phrase& head : *acc) {
    for (const Phrase& tail : sub) {
      if (next.size() >= kMaxMemberPhrases) break;
      Phrase p = head;
      p.insert(p.end(), tail.begin(), tail.end());
      next.push_back(std::move(p));
    }
  }
  *acc = std::move(next);
}

// The pieces of a synset element named "a_b_c" when only "a_b" (or "a") is
// a synset: the synset, then the remaining words, all joined.
bool SplitSynsetElement(const Dictionaries& dicts, const Element& e, bool before,
                        std::vector<Element>* out) {
  const std::string& key = e.text;
  for (size_t cut = key.rfind('_'); cut != std::string::npos && cut > 0;
       cut = key.rfind('_', cut - 1)) {
    if (!dicts.synsets.contains(key.substr(0, cut))) continue;
    std::vector<Element> pieces{Element{ElementKind::kSynset, key.substr(0, cut), true}};
    for (const PhraseWord& w : ParsePhrase(std::string_view(key).substr(cut + 1), false)) {
      pieces.push_back(Element{ElementKind::kWord, w.text, true});
    }
    // The original element's adjacency stays on its verb side.
    (before ? pieces.back() : pieces.front()).adjacent = e.adjacent;
    out->insert(out->end(), pieces.begin(), pieces.end());
    return true;
  }
  return false;
}

bool ResolveList(const Dictionaries& dicts, bool before, std::vector<Element>* list,
                 std::string* missing) {
  std::vector<Element> out;
  for (Element& e : *list) {
    if (e.kind != ElementKind::kSynset || dicts.synsets.contains(e.text)) {
      out.push_back(std::move(e));
    } else if (!SplitSynsetElement(dicts, e, before, &out)) {
      *missing = e.text;
      return false;
    }
  }
  *list = std::move(out);
  return true;
}

}  // namespace

std::string SynsetKey(std::string_view label) {
  if (label.starts_with('&')) label.remove_prefix(1);
  while (label.ends_with('_')) label.remove_suffix(1);
  return Utf8Lower(label);
}

void SynsetCollector::Open(std::string_view label, uint32_t line) {
  (void)line;
  current_ = SynsetKey(label);
  auto [it, added] = raw_.try_emplace(current_);
  if (added) order_.push_back(current_);
  it->second.no_plural = it->second.no_plural || label.ends_with('_');
}

void SynsetCollector::AddMember(std::string_view text, uint32_t line) {
  raw_[current_].members.push_back(Member{std::string(Trim(text)), line});
}

bool SynsetCollector::ExpandMember(const Raw& raw, const Member& m, const Dictionaries& dicts,
                                   int depth, std::vector<Phrase>* out) {
  const std::vector<std::string_view> tokens = MemberTokens(m.text);
  if (tokens.empty()) {
    Skip(report_, file_, m.line, "empty synset member");
    return false;
  }
  std::vector<Phrase> acc(1);
  for (std::string_view t : tokens) {
    if (!t.starts_with('&')) {
      for (Phrase& p : acc) p.push_back(PhraseWord{Utf8Lower(t), false, false});
      continue;
    }
    const std::vector<Phrase>* sub = Expand(SynsetKey(t), dicts, depth + 1);
    if (sub == nullptr) {
      Skip(report_, file_, m.line,
           fmt::format("synset member uses undefined (or cyclic) synset {}", t));
      return false;
    }
    Product(*sub, &acc);
  }
  const bool plural = !raw.no_plural && !m.text.ends_with('_') && !tokens.back().starts_with('&');
  for (Phrase& p : acc) {
    Phrase pl = plural ? p : Phrase();
    out->push_back(std::move(p));
    if (!plural) continue;
    pl.back().text = RegularPlural(pl.back().text);
    out->push_back(std::move(pl));
  }
  return true;
}

const std::vector<Phrase>* SynsetCollector::Expand(const std::string& name,
                                                   const Dictionaries& dicts, int depth) {
  if (auto it = done_.find(name); it != done_.end()) return &it->second;
  auto raw = raw_.find(name);
  if (raw == raw_.end()) {
    auto old = dicts.synsets.find(name);
    return old == dicts.synsets.end() ? nullptr : &old->second.phrases;
  }
  if (depth > kMaxDepth) return nullptr;  // a cycle: reported by the caller
  std::vector<Phrase> phrases;
  for (const Member& m : raw->second.members) {
    ExpandMember(raw->second, m, dicts, depth, &phrases);
  }
  return &(done_[name] = std::move(phrases));
}

size_t SynsetCollector::Resolve(Dictionaries* dicts) {
  for (const std::string& name : order_) Expand(name, *dicts, 0);
  for (const std::string& name : order_) dicts->synsets[name] = Synset{std::move(done_[name])};
  return order_.size();
}

bool ResolvePatternSynsets(const Dictionaries& dicts, VerbPattern* p, std::string* missing) {
  return ResolveList(dicts, true, &p->before, missing) &&
         ResolveList(dicts, false, &p->after, missing);
}

}  // namespace dyad::coder::dict_internal
