// Reading dated news documents from files, directories and stdin.
//
// Contract: a bad record (invalid UTF-8, binary data, malformed JSON/XML,
// oversize line, missing date) yields a Diagnostic naming file and
// line/record; reading goes on with the next record or file. Nothing here
// throws or exits.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad {

enum class InputFormat { kAuto, kText, kJsonl, kPetrarchXml };

// Parses "auto", "text", "jsonl", "xml"/"petrarch".
Result<InputFormat> ParseInputFormat(std::string_view name);

struct Diagnostic {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kError;
  std::string file;
  size_t line = 0;  // 1-based line or record number; 0 = whole file
  std::string message;
  // "file:line: error: message" (or "warning"), the form compilers use;
  // "file: error: message" when line is 0.
  std::string ToString() const;
};

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  // Records (a JSONL line, a text file, an XML record) longer than this are
  // rejected with a diagnostic instead of being loaded.
  size_t max_record_bytes = 32u << 20;
};

struct ReadStats {
  size_t files = 0;
  size_t documents = 0;
  size_t errors = 0;
  size_t warnings = 0;
};

using DocumentCallback = std::function<void(Document&&)>;
using DiagnosticCallback = std::function<void(const Diagnostic&)>;

// Reads every input in order: a file, a directory (recursively, in sorted
// path order, skipping hidden entries) or "-" for stdin.
ReadStats ReadDocuments(const std::vector<std::string>& inputs,
                        const ReadOptions& options,
                        const DocumentCallback& on_document,
                        const DiagnosticCallback& on_diagnostic);

// Reads one in-memory buffer as if it were the file `name`.
ReadStats ReadBuffer(std::string_view name, std::string_view data,
                     const ReadOptions& options,
                     const DocumentCallback& on_document,
                     const DiagnosticCallback& on_diagnostic);

}  // namespace dyad
