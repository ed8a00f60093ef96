// Loading dictionaries: files, directories and dyad's compiled-in language
// data, each file read by the reader its kind calls for.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "coder/dictionary.h"
#include "dyad/coder.h"

namespace dyad::coder {

// dyad's own format (docs/dictionary-format.md).
ReadReport ReadDyadDictionary(std::string_view file, std::string_view text, Dictionaries* dicts);

// Reads one dictionary file of any known kind into *dicts.
Status LoadDictionaryFile(const std::string& path, Dictionaries* dicts,
                          const std::function<void(const Diagnostic&)>& on_warning);

// Everything CoderOptions names: built-in languages first, then the files
// and directories in order. Warnings go to on_warning; a file that cannot be
// read or whose kind is unknown is an error.
Status LoadDictionaries(const CoderOptions& options, Dictionaries* dicts,
                        const std::function<void(const Diagnostic&)>& on_warning);

// "1234 actors, 56 agents, …" for logs.
std::string Summary(const Dictionaries& dicts);

}  // namespace dyad::coder
