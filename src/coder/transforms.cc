#include "coder/transforms.h"

#include <sstream>

#include "util/utf8.h"

namespace dyad::coder {
namespace {

// The code of the one-word predicate `verb` (its own, else its block's);
// "" when the dictionary has no such verb.
std::string VerbCode(const Dictionaries& d, const std::string& verb) {
  for (const VerbBlock& b : d.verbs)
    for (const Predicate& p : b.predicates)
      if (p.words.size() == 1 && p.words[0] == verb) return p.code.empty() ? b.code : p.code;
  return "";
}

bool IsVar(const std::string& s) { return s.size() == 1 && (std::islower(static_cast<unsigned char>(s[0])) || s == "." || s == "_"); }

// "a (a b ATTACK) SAY = a b 015" as the nine words a a b ATTACK SAY = a b 015.
bool Parse(const Dictionaries& d, const std::string& text, VerbTransform* out) {
  std::string body = text;
  for (char& c : body)
    if (c == '~' || c == '(' || c == ')') c = ' ';
  std::istringstream in(body);
  std::vector<std::string> w;
  for (std::string s; in >> s;) w.push_back(s);
  if (w.size() != 9 || w[5] != "=" || !IsVar(w[0]) || !IsVar(w[1]) || !IsVar(w[2]) || !IsVar(w[6]) || !IsVar(w[7]))
    return false;
  auto code = [&](const std::string& verb, std::string* c) {
    if (verb == "Q") return c->clear(), true;
    *c = VerbCode(d, Utf8Lower(verb));
    return !c->empty() && c->front() != '-';
  };
  out->upper_source = w[0][0];
  out->lower_source = w[1][0];
  out->lower_target = w[2][0];
  out->result_source = w[6][0];
  out->result_target = w[7][0];
  out->result_code = w[8] == "Q" ? "" : w[8];
  return code(w[3], &out->lower_code) && code(w[4], &out->upper_code);
}

}  // namespace

std::vector<VerbTransform> CompileTransforms(const Dictionaries& dicts) {
  std::vector<VerbTransform> out;
  for (const Transformation& t : dicts.transformations)
    if (VerbTransform v; Parse(dicts, t.text, &v)) out.push_back(v);
  return out;
}

}  // namespace dyad::coder
