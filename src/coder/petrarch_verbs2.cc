// PETRARCH-2 verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.2.0.txt).
// Synsets, blocks, verbs and '~' transformations are read as in PETRARCH-1
// (petrarch_verbs.cc); only the pattern syntax differs:
//
//   - [pre nouns] [pre preps] * [post nouns] [post preps] [code]
//
// mapped onto the same linear Element lists: "(PREP NOUN)" -> PREP, NOUN with
// a gap between; "{FINANCIAL AID}" -> adjacent words; a bare word or synset
// -> an element with a gap; '$', '+', '^', '%' as in TABARI patterns.
#include <fmt/format.h>

#include "coder/dict_text.h"

namespace dyad::coder {
namespace dict_internal {
namespace {

bool IsGroupChar(char c) { return c == '(' || c == ')' || c == '{' || c == '}'; }

// Tracks the (...) and {...} a pattern body is inside of.
struct Groups {
  bool paren = false;
  bool brace = false;
  bool brace_first = false;  // the next word is the first inside {...}

  Status Enter(char c) {
    switch (c) {
      case '(':
        if (paren || brace) return Status::Invalid("nested '(' in pattern");
        paren = true;
        break;
      case ')':
        if (!paren || brace) return Status::Invalid("unbalanced '()' in pattern");
        paren = false;
        break;
      case '{':
        if (brace) return Status::Invalid("nested '{' in pattern");
        brace = brace_first = true;
        break;
      default:  // '}'
        if (!brace) return Status::Invalid("unbalanced '{}' in pattern");
        brace = false;
    }
    return Status::Ok();
  }
};

Status AddWord(std::string_view word, Groups* groups, std::vector<PatternToken>* out) {
  if (word == "*" && (groups->paren || groups->brace)) {
    return Status::Invalid("'*' inside (...) or {...}");
  }
  const size_t first = out->size();
  SplitUnderscoreTokens(word, out);
  if (out->size() > first && groups->brace && !groups->brace_first) (*out)[first].joined = true;
  groups->brace_first = false;
  return Status::Ok();
}

Status TokenizePetrarch2(std::string_view body, std::vector<PatternToken>* out) {
  Groups groups;
  size_t i = 0;
  while (i < body.size()) {
    const char c = body[i];
    if (IsBlank(c)) {
      ++i;
      continue;
    }
    if (IsGroupChar(c)) {
      if (Status s = groups.Enter(c); !s.ok()) return s;
      ++i;
      continue;
    }
    // PETRARCH-2 splits at '*' wherever it is: "*SCEPTICAL" is "* SCEPTICAL".
    size_t j = i + 1;
    while (c != '*' && j < body.size() && !IsBlank(body[j]) && !IsGroupChar(body[j]) &&
           body[j] != '*') {
      ++j;
    }
    if (Status s = AddWord(body.substr(i, j - i), &groups, out); !s.ok()) return s;
    i = j;
  }
  if (groups.paren) return Status::Invalid("unbalanced '()' in pattern");
  if (groups.brace) return Status::Invalid("unbalanced '{}' in pattern");
  return Status::Ok();
}

}  // namespace
}  // namespace dict_internal

ReadReport ReadPetrarch2Verbs(std::string_view file, std::string_view text, Dictionaries* dicts) {
  return dict_internal::ReadVerbFile(file, text, dicts, dict_internal::TokenizePetrarch2);
}

}  // namespace dyad::coder
