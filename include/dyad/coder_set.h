// One Coder per language, built on first use: dyad's own dictionaries are
// per language, so a batch of Dutch and English documents needs two coders.
// Shared by `dyad code` and ingestion.
//
// Not thread-safe (coders are created lazily); the Coders it hands out are
// immutable and may be shared by threads once created.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "dyad/coder.h"
#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad {

class CoderSet {
 public:
  // `options.builtin_languages` is ignored: with `builtin` each language's
  // coder loads dyad's dictionaries for that language (plus
  // options.dictionaries); without it one coder serves every language.
  CoderSet(CoderOptions options, bool builtin, std::function<void(const Diagnostic&)> on_warning)
      : options_(std::move(options)), builtin_(builtin), on_warning_(std::move(on_warning)) {}

  // The coder for `lang`. A dictionary error is returned every time the
  // language is asked for again, without reloading.
  Result<const Coder*> For(const std::string& lang);
  // Whether For(lang) has been asked before (so callers report an error once).
  bool Tried(const std::string& lang) const { return coders_.count(builtin_ ? lang : "") != 0; }

 private:
  CoderOptions options_;
  bool builtin_;
  std::function<void(const Diagnostic&)> on_warning_;
  std::map<std::string, Result<std::unique_ptr<Coder>>> coders_;
};

}  // namespace dyad
