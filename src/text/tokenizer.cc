// Sentence grouping of the rule tokenizer's pieces, and the factory.
#include "dyad/tokenizer.h"

#include <algorithm>

#include "text/chars.h"
#include "text/rule_tokenizer.h"

namespace dyad {
namespace text {
namespace {

uint8_t FirstClass(std::string_view text, const Piece& p) {
  int n = 0;
  return ClassOf(DecodeAt(text, p.begin, &n));
}

bool IsEllipsis(std::string_view text, const Piece& p) {
  std::string_view s = text.substr(p.begin, p.end - p.begin);
  return s.size() >= 2 && (s.find("..") != std::string_view::npos || s.find("\xE2\x80\xA6") != std::string_view::npos);
}

// Closing marks that cannot open anything: '' ” » ) ].
bool IsUnambiguousCloser(std::string_view text, const Piece& p) {
  std::string_view s = text.substr(p.begin, p.end - p.begin);
  return s == "''" || s == ")" || s == "]" || s == "\xE2\x80\x9D" || s == "\xC2\xBB";
}

// ":)" and friends end the sentence they follow.
bool IsEmoticonLike(std::string_view text, const Piece& p) {
  int n = 0;
  return !(ClassOf(DecodeAt(text, p.begin, &n)) & kAlnum) && p.end - p.begin <= 4;
}

// Index of the first piece after i that is not a closing mark belonging to
// the sentence that ends at i: the candidate sentence start. Ambiguous
// quotes (" ') belong to it only when glued to it.
size_t SkipClosers(std::string_view text, const std::vector<Piece>& pieces, size_t i) {
  size_t j = i + 1;
  while (j < pieces.size() && !(pieces[j].flags & kParaBefore)) {
    const Piece& p = pieces[j];
    const bool glued = p.begin == pieces[j - 1].end;
    if (!(glued && (p.flags & (kCloser | kFinalPunct))) && !IsUnambiguousCloser(text, p) &&
        !(p.flags & kNoSplit && !(p.flags & kParaBefore) && IsEmoticonLike(text, p))) {
      break;
    }
    ++j;
  }
  return j;
}

// UD gives a sentence-final abbreviation's period to the sentence: "etc ."
// Titles and initials ("Mr.", "J.") keep theirs.
void SplitFinalAbbreviation(const Piece& last, Sentence* sent) {
  if (!(last.flags & kAbbrev) || last.abbrev == AbbrevKind::kTitle || last.end - last.begin < 3) return;
  Token period;
  period.begin = last.end - 1;
  period.end = last.end;
  period.space_after = sent->tokens.back().space_after;
  sent->tokens.back().end -= 1;
  sent->tokens.back().space_after = false;
  sent->tokens.push_back(period);
}

}  // namespace

std::vector<size_t> RuleTokenizer::SentenceStarts(std::string_view text,
                                                  const std::vector<Piece>& pieces) const {
  std::vector<size_t> starts;
  if (pieces.empty()) return starts;
  starts.push_back(0);
  size_t i = 0;
  while (i < pieces.size()) {
    const Piece& p = pieces[i];
    size_t next = i + 1;
    bool boundary = false;
    if (p.flags & (kFinalPunct | kAbbrev)) {
      next = SkipClosers(text, pieces, i);
      if (next < pieces.size() && !(pieces[next].flags & kParaBefore)) {
        const Piece& n = pieces[next];
        const uint8_t cls = FirstClass(text, n);
        const bool upper_like = !(cls & kLower);
        if (p.flags & kFinalPunct) {
          // Lowercase after ! ? or a split-off period still starts a sentence in
          // informal text; after an ellipsis it usually continues one.
          boundary = upper_like || !IsEllipsis(text, p);
        } else if (p.abbrev == AbbrevKind::kFinal) {
          boundary = (cls & kUpper) && rules_.sentence_starters.count(AsciiLower(text.substr(n.begin, n.end - n.begin)));
        }
      }
    }
    if (next < pieces.size() && (boundary || (pieces[next].flags & kParaBefore))) {
      starts.push_back(next);
    }
    for (size_t k = i + 1; k < next; ++k) {
      if (pieces[k].flags & kParaBefore) starts.push_back(k);
    }
    i = next;
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

void RuleTokenizer::Tokenize(std::string_view text, std::vector<Sentence>* out) const {
  std::vector<Piece> pieces;
  pieces.reserve(text.size() / 5 + 4);
  Split(text, &pieces);
  std::vector<size_t> starts = SentenceStarts(text, pieces);
  starts.push_back(pieces.size());
  for (size_t s = 0; s + 1 < starts.size(); ++s) {
    Sentence& sent = out->emplace_back();
    sent.tokens.reserve(starts[s + 1] - starts[s]);
    for (size_t k = starts[s]; k < starts[s + 1]; ++k) {
      const Piece& p = pieces[k];
      Token& tok = sent.tokens.emplace_back();
      tok.begin = p.begin;
      tok.end = p.end;
      tok.space_after = k + 1 == pieces.size() || pieces[k + 1].begin != p.end;
      if (p.split > 0) {
        tok.words = {std::string(text.substr(p.begin, p.split)),
                     std::string(text.substr(p.begin + p.split, p.end - p.begin - p.split))};
      }
    }
    SplitFinalAbbreviation(pieces[starts[s + 1] - 1], &sent);
    sent.begin = sent.tokens.front().begin;
    sent.end = sent.tokens.back().end;
  }
}

}  // namespace text

Result<std::shared_ptr<const Tokenizer>> Tokenizer::ForLanguage(std::string_view lang) {
  if (lang.empty()) return Status::Invalid("empty language code for the tokenizer");
  return std::shared_ptr<const Tokenizer>(
      std::make_shared<text::RuleTokenizer>(text::TokenizerRules::Load(lang)));
}

}  // namespace dyad
