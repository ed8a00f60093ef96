// Language identification: CLD2 combined with the function-word model of
// text/langid_model.h. See docs/langid.md for the method and its figures.
#include "dyad/langid.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <fstream>
#include <limits>

#include "text/langid_model.h"

namespace dyad {
namespace {

using langid::kModelLanguages;
using langid::kNumModelLanguages;
using langid::ModelIndex;
using langid::WordEvidence;
using Scores = std::array<double, kNumModelLanguages>;

// Only this much of a text is examined: the language of a longer document
// is settled long before, and the cost stays bounded.
constexpr size_t kMaxBytes = 1u << 20;

// Weights of the combination, chosen on the UD dev sets (en_ewt, nl_alpino,
// nl_lassysmall), never on the test sets. Units are natural-log odds.
//
// score(L) = log-likelihood of the words under L's function-word list
//          + kLogPrior[L]
//          + kCld2Weight * log(max(CLD2's share of the text for L, kCld2Floor))
constexpr double kCld2Weight = 1.0;
constexpr double kCld2Floor = 0.1;
// Prior odds, in kModelLanguages order (en nl de es fr it pt af): this is a
// Dutch/English news engine, and Afrikaans is rarely the right answer when
// the function words look Dutch.
constexpr Scores kLogPrior = {0, 0, -2, -2, -2, -2, -2, -4};
// Extra prior for LangIdOptions::context: a little more than CLD2's term
// can shift (log 10 = 2.3), so context outweighs CLD2's reading of names,
// but less than one frequent function word of another language (4-6).
constexpr double kContextBonus = 3.0;
// CLD2 labels short Dutch text Afrikaans or Frisian, German text
// Luxembourgish: such a share also counts this much for the neighbour.
constexpr double kCloseShare = 0.5;
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kCloseLanguages = {{
    {"af", "nl"}, {"fy", "nl"}, {"lb", "de"}}};
// A reliable CLD2 answer outside the modelled languages (Swedish, Polish…)
// is taken when fewer than this fraction of the words are function words
// of the best modelled language (real Dutch or English has 40–70 %)...
constexpr double kForeignMaxCoverage = 0.2;
// ... and the text has at least this many lowercase words: on a list of
// names ("Tariq Hamid, 24, Leeds LS6") CLD2 reports where the names
// come from (Malay, Welsh…), not the language of the text. (Its shares for
// the modelled languages stay in the combination even then: on the dev sets
// they still help, e.g. Dutch place names.)
constexpr int kForeignMinLowercase = 2;
// Without a single function word, CLD2 alone must be reliable, see at least
// this many words, and find them this typical of the language (random
// letters score 30-70, real sentences several hundred or more).
constexpr int kMinWordsForCld2Alone = 2;
constexpr double kMinCld2Score = 100;
// A margin of e^3 (~20:1) between the best and the runner-up is "reliable".
constexpr double kReliableMargin = 3.0;

struct Cld2Answer {
  std::string top = "und";
  bool reliable = false;
  double score = 0;  // CLD2's normalized score of `top`: ~1000 for ordinary
                     // text, tens for gibberish
  std::array<std::pair<std::string, int>, 3> top3;  // (ISO code, percent)
};

// CLD2's codes mostly are ISO 639-1 already; the exceptions are old codes,
// script variants and pseudo-languages.
std::string IsoFromCld2(CLD2::Language lang) {
  std::string_view code = CLD2::LanguageCode(lang);
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "zh-Hant") return "zh";
  if (code == "sr-ME") return "sr";
  if (code.empty() || code == "un" || code == "xxx" || code.starts_with("xx-") ||
      code.starts_with("zz") || code == "tlh") {
    return "und";
  }
  return std::string(code);
}

Cld2Answer RunCld2(std::string_view text) {
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3];
  double normalized3[3];
  int text_bytes = 0;
  int valid_prefix = 0;
  bool reliable = false;
  // Best effort: without it CLD2 answers "unknown" for most sentences; we
  // judge its answer ourselves.
  CLD2::Language top = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &hints,
      CLD2::kCLDFlagBestEffort, language3, percent3, normalized3, nullptr, &text_bytes,
      &reliable, &valid_prefix);
  Cld2Answer answer;
  answer.top = IsoFromCld2(top);
  answer.reliable = reliable && answer.top != "und";
  answer.score = normalized3[0];
  for (int i = 0; i < 3; ++i) answer.top3[i] = {IsoFromCld2(language3[i]), percent3[i]};
  return answer;
}

// Cuts `text` to at most kMaxBytes without splitting a UTF-8 sequence.
std::string_view Prefix(std::string_view text) {
  if (text.size() <= kMaxBytes) return text;
  size_t end = kMaxBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

bool Allowed(std::string_view lang, const LangIdOptions& options) {
  if (options.candidates.empty()) return true;
  return std::find(options.candidates.begin(), options.candidates.end(), lang) !=
         options.candidates.end();
}

// Share of the text CLD2 gives each modelled language, neighbours included.
Scores Cld2Shares(const Cld2Answer& cld) {
  Scores share{};
  for (const auto& [lang, percent] : cld.top3) {
    if (int m = ModelIndex(lang); m >= 0) share[m] += percent / 100.0;
    for (const auto& [from, to] : kCloseLanguages) {
      if (lang == from) share[ModelIndex(to)] += kCloseShare * percent / 100.0;
    }
  }
  return share;
}

// Combined scores; languages that are not allowed get -infinity. `cld` is
// null when CLD2 was not consulted.
Scores Combine(const WordEvidence& ev, const Cld2Answer* cld, const LangIdOptions& options) {
  const bool use_cld2 = cld != nullptr && cld->top != "und";
  const Scores share = use_cld2 ? Cld2Shares(*cld) : Scores{};
  const int context = ModelIndex(options.context);
  Scores score;
  for (size_t l = 0; l < kNumModelLanguages; ++l) {
    if (!Allowed(kModelLanguages[l], options)) {
      score[l] = -std::numeric_limits<double>::infinity();
      continue;
    }
    score[l] = ev.log_likelihood[l] + kLogPrior[l];
    if (static_cast<int>(l) == context) score[l] += kContextBonus;
    if (use_cld2) score[l] += kCld2Weight * std::log(std::max(share[l], kCld2Floor));
  }
  return score;
}

// True when the function words do not point to any modelled language, so a
// reliable CLD2 answer outside them may stand.
bool WeakWordEvidence(const WordEvidence& ev) {
  if (ev.words == 0) return true;
  size_t best = 0;
  for (size_t l = 1; l < kNumModelLanguages; ++l) {
    if (ev.log_likelihood[l] > ev.log_likelihood[best]) best = l;
  }
  return static_cast<double>(ev.hits[best]) / ev.words < kForeignMaxCoverage;
}

// Whether a reliable CLD2 answer outside the modelled languages may stand:
// the text has real (lowercase) words, and few of them are function words.
bool ForeignPossible(const WordEvidence& ev) {
  return ev.lowercase >= kForeignMinLowercase && WeakWordEvidence(ev);
}

// Whitespace-separated words, as the accuracy requirement counts them.
size_t CountWords(std::string_view s) {
  size_t words = 0;
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && space(s[i])) ++i;
    if (i < s.size()) ++words;
    while (i < s.size() && !space(s[i])) ++i;
  }
  return words;
}

LanguageGuess Und() { return {"und", 0.0, false}; }

size_t Best(const Scores& score) {
  size_t best = 0;
  for (size_t l = 1; l < kNumModelLanguages; ++l) {
    if (score[l] > score[best]) best = l;
  }
  return best;
}

// Best score minus the runner-up's (infinite if there is no runner-up).
double Margin(const Scores& score) {
  const size_t best = Best(score);
  double runner_up = -std::numeric_limits<double>::infinity();
  for (size_t l = 0; l < kNumModelLanguages; ++l) {
    if (l != best) runner_up = std::max(runner_up, score[l]);
  }
  return score[best] - runner_up;
}

// The best modelled language by `score`, with a softmax confidence.
LanguageGuess PickModelled(const Scores& score, const WordEvidence& ev, const Cld2Answer* cld) {
  const size_t best = Best(score);
  if (std::isinf(score[best])) return Und();  // no modelled language allowed
  double sum = 0;
  for (size_t l = 0; l < kNumModelLanguages; ++l) {
    if (!std::isinf(score[l])) sum += std::exp(score[l] - score[best]);
  }
  LanguageGuess guess;
  guess.lang = std::string(kModelLanguages[best]);
  guess.confidence = 1.0 / sum;
  const bool cld_agrees = cld != nullptr && cld->reliable && cld->top == guess.lang;
  guess.reliable = (ev.hits[best] >= 2 || cld_agrees) && Margin(score) >= kReliableMargin;
  return guess;
}

// CLD2 costs about 10 µs a call however short the text, as much as all the
// rest. It is skipped when it cannot change the answer: no CLD2 answer
// outside the modelled languages could be taken (the function words are
// strong), and its term in Combine, at most kCld2Weight * -log(kCld2Floor)
// between two languages, is smaller than the margin without it. (The
// answer is the same; confidence and `reliable` then rest on the words.)
bool WordsDecide(const WordEvidence& ev, const Scores& words_only) {
  if (ev.matched == 0 || ForeignPossible(ev) || std::isinf(words_only[Best(words_only)])) {
    return false;
  }
  return Margin(words_only) > kCld2Weight * -std::log(kCld2Floor);
}

}  // namespace

LanguageGuess IdentifyLanguage(std::string_view text) { return IdentifyLanguage(text, {}); }

LanguageGuess IdentifyLanguage(std::string_view text, const LangIdOptions& options) {
  text = Prefix(text);
  if (options.cld2_only) {
    const Cld2Answer cld = RunCld2(text);
    if (cld.top == "und" || !Allowed(cld.top, options)) return Und();
    return {cld.top, cld.top3[0].second / 100.0, cld.reliable};
  }
  const WordEvidence ev = langid::ScoreWords(text);
  const Scores words_only = Combine(ev, nullptr, options);
  if (WordsDecide(ev, words_only)) return PickModelled(words_only, ev, nullptr);
  const Cld2Answer cld = RunCld2(text);
  // No function word and no confident CLD2 answer: empty text, numbers, a
  // lone word, gibberish, or a language neither model knows well.
  if (ev.matched == 0 && (!cld.reliable || ev.words < kMinWordsForCld2Alone ||
                          cld.score < kMinCld2Score)) {
    return Und();
  }
  if (cld.reliable && ModelIndex(cld.top) < 0 && Allowed(cld.top, options) &&
      ForeignPossible(ev)) {
    return {cld.top, cld.top3[0].second / 100.0, true};
  }
  return PickModelled(Combine(ev, &cld, options), ev, &cld);
}

Result<LangIdEvaluation> EvaluateLangIdConllu(const std::string& path, std::string_view lang,
                                              size_t min_words, const LangIdOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  static constexpr std::string_view kPrefix = "# text = ";
  LangIdEvaluation eval;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.starts_with(kPrefix)) continue;
    std::string_view sentence = std::string_view(line).substr(kPrefix.size());
    if (CountWords(sentence) < min_words) continue;
    const LanguageGuess guess = IdentifyLanguage(sentence, options);
    ++eval.total;
    ++eval.predicted[guess.lang];
    if (guess.lang == lang) {
      ++eval.correct;
    } else {
      eval.errors.emplace_back(guess.lang, std::string(sentence));
    }
  }
  if (in.bad()) return Status::IoError("error reading " + path);
  return eval;
}

}  // namespace dyad
