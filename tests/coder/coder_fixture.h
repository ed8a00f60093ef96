// Helpers for tests that run the event coder on hand-written parses, so that
// they do not depend on the statistical parser: CoNLL-U sentences from
// compact token specs, a Coder from dictionary files, events as short lines.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coder/dictionary.h"
#include "dyad/coder.h"
#include "dyad/conllu.h"
#include "dyad/document.h"
#include "test_util.h"

namespace dyad::testing {

// "vladimir poetin", "russisch*": the words of a dictionary phrase, stems
// marked.
inline std::string PhraseText(const coder::Phrase& phrase) {
  std::string out;
  for (const coder::PhraseWord& w : phrase) out += (out.empty() ? "" : " ") + w.text + (w.stem ? "*" : "");
  return out;
}

// One CoNLL-U sentence: "# text = TEXT" and one row per token spec
// "ID FORM LEMMA UPOS HEAD DEPREL [FEATS]" (blank-separated; XPOS, DEPS and
// MISC are "_").
inline std::string ParsedSentence(std::string_view text, const std::vector<std::string>& tokens) {
  std::string out = "# text = " + std::string(text) + "\n";
  for (const std::string& spec : tokens) {
    std::istringstream in(spec);
    std::string id, form, lemma, upos, head, deprel, feats = "_";
    in >> id >> form >> lemma >> upos >> head >> deprel >> feats;
    EXPECT_FALSE(deprel.empty()) << "token spec needs 6 fields: " << spec;
    out += ConlluRow(id + " " + form + " " + lemma + " " + upos + " _ " + feats + " " + head + " " + deprel + " _ _");
  }
  return out + "\n";
}

// "SUBJ VERB OBJ." parsed: proper-noun subject and object of VERB (whose
// lemma is LEMMA).
inline std::string Transitive(const std::string& subj, const std::string& verb, const std::string& lemma,
                              const std::string& obj) {
  return ParsedSentence(subj + " " + verb + " " + obj + ".",
                        {"1 " + subj + " " + subj + " PROPN 2 nsubj", "2 " + verb + " " + lemma + " VERB 0 root",
                         "3 " + obj + " " + obj + " PROPN 2 obj", "4 . . PUNCT 2 punct"});
}

// A Coder over `options`; dictionary warnings are appended to *warnings
// (one "file:line: warning: …" per line) when given, else they fail the test.
inline std::unique_ptr<Coder> MakeCoder(const CoderOptions& options, std::string* warnings = nullptr) {
  auto coder = Coder::Create(options, [&](const Diagnostic& d) {
    if (warnings != nullptr)
      *warnings += d.ToString() + "\n";
    else
      ADD_FAILURE() << "unexpected dictionary warning: " << d.ToString();
  });
  EXPECT_TRUE(coder.ok()) << coder.status().ToString();
  return coder.ok() ? std::move(*coder) : nullptr;
}

// Codes the sentences of `conllu` (ParsedSentence output, concatenated) as
// one document `doc_id` dated `date` in language `lang`.
inline std::vector<Event> CodeParsed(const Coder& coder, const std::string& conllu, const std::string& date,
                                     const std::string& lang = "en", const std::string& doc_id = "doc") {
  auto sentences = conllu::ReadString(conllu, doc_id);
  EXPECT_TRUE(sentences.ok()) << sentences.status().ToString();
  if (!sentences.ok()) return {};
  Document doc;
  doc.id = doc_id;
  doc.lang = lang;
  doc.date = Date::Parse(date).value();
  for (const conllu::Sentence& s : *sentences) doc.text += std::string(s.Comment("text")) + "\n";
  return coder.Code({&doc, lang, *sentences});
}

// "sentence source target code" per event of the sentences after the
// first (which names the actor a reference may pick up), with
// " | source_text | target_text" when `texts`.
inline std::vector<std::string> LaterEvents(const std::vector<Event>& events, bool texts = false) {
  std::vector<std::string> out;
  for (const Event& e : events)
    if (e.sentence > 0)
      out.push_back(std::to_string(e.sentence) + " " + e.source + " " + e.target + " " + e.code +
                    (texts ? " | " + e.source_text + " | " + e.target_text : ""));
  return out;
}

// CodeParsed with dyad's own dictionaries of `lang` only, dated 2019-03-01.
inline std::vector<Event> CodeBuiltin(const std::string& lang, const std::string& conllu) {
  CoderOptions options;
  options.builtin_languages = {lang};
  const std::unique_ptr<Coder> coder = MakeCoder(options);
  return coder == nullptr ? std::vector<Event>() : CodeParsed(*coder, conllu, "2019-03-01", lang);
}

// Small English dictionaries in PETRARCH/TABARI formats, for tests that
// code hand-written parses (tests/coder/coder_test.cc) or run small
// validation files (tests/cli/validate_cli_test.cc).
inline constexpr const char* kSmallActors =
    "RUSSIA_ [RUS]\n"
    "RUSSIAN_ [RUS]\n"
    "UKRAINE_ [UKR]\n"
    "UKRAINIAN_ [UKR]\n"
    "SERGEI_LAVROV_ [RUSGOV]\n"
    "VLADIMIR_PUTIN_\n"
    "+PUTIN_\n"
    "\t[RUSELI <990808]\n"
    "\t[RUSGOV >990809]\n";

inline constexpr const char* kSmallAgents =
    "GOVERNMENT [~GOV]\n"
    "MINISTER [~GOV]\n"
    "HUMAN_RIGHTS_GROUP [NGO~]\n";

inline constexpr const char* kSmallVerbs =
    "&WEAPON\n"
    "+RIFLE\n"
    "+HEAVY_ARTILLERY\n"
    "\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "--- CRITICIZE [111] ---\n"
    "CRITICIZE\n"
    "--- LEAVE [---] ---\n"
    "LEAVE\n"
    "- * FOR + [032:033]\n"
    "--- SIGN [---] ---\n"
    "SIGN\n"
    "- * AGREEMENT BETWEEN % [057]\n"
    "--- MEET [---] ---\n"
    "MEET\n"
    "- % * [036]\n"
    "--- PROMISE [030] ---\n"
    "PROMISE\n"
    "- * MILITARY_AID [0332]\n"
    "- * ECONOMIC AID [0331]\n"
    "--- SEND [---] ---\n"
    "SEND\n"
    "- * &WEAPON [072]\n"
    "--- RECEIVE [---] ---\n"
    "RECEIVE\n"
    "- + * AID FROM $ [071]\n";

inline constexpr const char* kSmallDiscards =
    "FOOTBALL\n"
    "+SECOND WORLD WAR_\n";

inline constexpr const char* kSmallEnglishFiles[] = {"small.actors.txt", "small.agents.txt", "small.verbs.txt",
                                                     "small.discards.txt"};

// Writes the small English dictionaries into `dir` as kSmallEnglishFiles.
inline void WriteSmallEnglishDictionaries(const std::string& dir) {
  for (auto [name, text] :
       {std::pair{kSmallEnglishFiles[0], kSmallActors}, std::pair{kSmallEnglishFiles[1], kSmallAgents},
        std::pair{kSmallEnglishFiles[2], kSmallVerbs}, std::pair{kSmallEnglishFiles[3], kSmallDiscards}})
    WriteFileIn(dir, name, text);
}

// "SOURCE TARGET CODE" per event, in order.
inline std::vector<std::string> Triples(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.source + " " + e.target + " " + e.code);
  return out;
}

}  // namespace dyad::testing
