// PETRARCH-2 verb transformations, the "~" lines of CAMEO.2.0.txt:
// "~ a (a b ATTACK) SAY = a b 015" says that when a predicate coded like
// SAY, with source a, reports an event coded like ATTACK from a to b, the
// two become the one event a -> b 015 ("A said A attacked B": A claims
// responsibility). The format is documented in dictionaries-format.rst.
#pragma once

#include <string>
#include <vector>

#include "coder/dictionary.h"

namespace dyad::coder {

struct VerbTransform {
  char upper_source = 'a';
  // A letter binds the lower event's actor ('a' = the upper source again);
  // '.' = any, present or not; '_' = not present (an infinitive's
  // controller, no target).
  char lower_source = '.', lower_target = '.';
  std::string lower_code, upper_code;  // the verbs' codes; "" = any verb (Q)
  char result_source = 'a', result_target = 'b';
  std::string result_code;  // "" = the lower event's code (Q)
};

// The transformations of `dicts`, in file order. A verb is named by a
// predicate of the verb dictionary (SAY -> the code of "say"); lines that
// are malformed or name no known verb are left out.
std::vector<VerbTransform> CompileTransforms(const Dictionaries& dicts);

}  // namespace dyad::coder
