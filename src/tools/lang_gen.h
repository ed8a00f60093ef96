// Shared by the build-time generators of language data (countries.cc,
// localities.cc): reading gettext catalogues and writing names as the
// language's tokenizer will see them.
#pragma once

#include <unicode/unistr.h>

#include <map>
#include <string>

namespace dyad::gen {

std::string Utf8(const icu::UnicodeString& s);

// A GNU gettext .mo catalogue: msgid -> msgstr. Empty when unreadable.
std::map<std::string, std::string> ReadMo(const std::string& path);

// `name` with every hyphen a word of its own ("Guinea - Bissau"), as a
// tokenizer with `split_hyphens yes` sees it; unchanged when !split.
std::string SplitHyphens(const std::string& name, bool split);

// Catalogue forms ("Korea, Republic of", "Cocos (Keeling) Islands") and
// characters the dictionary syntax reserves are left out.
bool Usable(const std::string& name);

// The CAMEO/Phoenix country code of ISO 3166-1 alpha-2 `region`: its
// alpha-3 code except Kosovo (KSV) and the territories Phoenix codes under
// their state (Puerto Rico USAPRI, Mayotte FRA …).
std::string CameoCode(const std::string& region);

}  // namespace dyad::gen
