// Inline treebanks for the syntax tests: CoNLL-U text -> Words.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/conllu.h"
#include "syntax/words.h"

namespace dyad::syntax::testing {

// The sentences of `text`; a malformed fixture fails the calling test.
inline std::vector<Words> ReadWords(const std::string& text) {
  auto sentences = conllu::ReadString(text);
  EXPECT_TRUE(sentences.ok()) << sentences.status().ToString();
  std::vector<Words> out;
  if (!sentences.ok()) return out;
  for (const auto& s : *sentences) out.push_back(FromConllu(s));
  return out;
}

}  // namespace dyad::syntax::testing
