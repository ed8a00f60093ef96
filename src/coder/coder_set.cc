#include "dyad/coder_set.h"

namespace dyad {

Result<const Coder*> CoderSet::For(const std::string& lang) {
  const std::string key = builtin_ ? lang : "";
  auto it = coders_.find(key);
  if (it == coders_.end()) {
    CoderOptions o = options_;
    o.builtin_languages.clear();
    if (builtin_) o.builtin_languages = {lang};
    it = coders_.emplace(key, Coder::Create(o, on_warning_)).first;
  }
  if (!it->second.ok()) return it->second.status();
  return it->second->get();
}

}  // namespace dyad
