#include "coder/closed_class.h"

#include <array>

#include "coder/load.h"
#include "util/lang_data.h"

namespace dyad::coder {

std::span<const ClosedClassKey> ClosedClassKeys() {
  using C = ClosedClass;
  // to_array counts the keys: a fixed size would value-initialise missing ones.
  static constexpr auto kKeys = std::to_array<ClosedClassKey>({
      {"former", &C::former},
      {"duration", &C::durations},
      {"duration-count", &C::duration_counts},
      {"relative", &C::relative_pronouns},
      {"free-relative", &C::free_relatives},
      {"generic-head", &C::generic_heads},
      {"det-pronoun", &C::det_pronouns},
      {"agent-case", &C::agent_cases},
      {"genitive-case", &C::genitive_cases},
      {"locative-case", &C::locative_cases},
      {"negation", &C::negators},
      {"negative-det", &C::negative_dets},
      {"patient-verb", &C::patient_verbs},
      {"verbal-attack", &C::verbal_attacks},
      {"participle-tag", &C::participle_tags},
      {"passive-aux", &C::passive_aux},
      {"perfect-aux", &C::perfect_aux},
      {"possibility", &C::possibility},
      {"personal", &C::personal},
      {"pair", &C::pair},
      {"anaphoric-det", &C::anaphoric_dets},
      {"anaphoric-noun", &C::anaphoric_nouns},
      {"reciprocal", &C::reciprocals},
      {"definite", &C::definite},
      {"infinitive", &C::infinitive_marks},
      {"intent-noun", &C::intent_nouns},
      {"subject-control", &C::subject_control},
      {"document-noun", &C::document_nouns},
      {"issue-verb", &C::issue_verbs},
      {"issue-place", &C::issue_places},
      {"capital-noun", &C::capital_nouns},
      {"head-title", &C::head_titles},
  });
  return kKeys;
}

void AddClosedClass(const ClosedClass& more, ClosedClass* into) {
  for (const ClosedClassKey& k : ClosedClassKeys()) {
    const WordSet& words = more.*k.words;
    (into->*k.words).insert(words.begin(), words.end());
  }
}

std::map<std::string, ClosedClass, std::less<>> BuiltinClosedClasses() {
  constexpr std::string_view kFile = "/coder.txt";
  std::map<std::string, ClosedClass, std::less<>> out;
  for (const LangFile& f : LangFiles()) {
    if (!f.path.ends_with(kFile) || f.path.find('/') != f.path.size() - kFile.size()) continue;
    // The file's other entries (speech, govern, …) are read and dropped;
    // `dyad dict check` reports any malformed line of it.
    Dictionaries scratch;
    ReadDyadDictionary("lang/" + std::string(f.path), f.data, &scratch);
    out[std::string(f.path.substr(0, f.path.size() - kFile.size()))] = std::move(scratch.closed);
  }
  return out;
}

}  // namespace dyad::coder
