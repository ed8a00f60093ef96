// Internals shared by the document readers (reader*.cc); not a public API.
//
// Every format reads from a ByteSource, a forward-only window over a file
// descriptor or an in-memory buffer, so a file never has to be held whole:
// a reader asks for more bytes only until its current record is complete,
// and the window never grows past ReadOptions::max_record_bytes + 1.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "dyad/reader.h"

namespace dyad::reader_internal {

class ByteSource {
 public:
  // Reads `fd` (not owned). `known_size` is the file's size when it is a
  // regular file, 0 when unknown (pipes, stdin).
  ByteSource(int fd, size_t known_size) : fd_(fd), known_size_(known_size) {}
  // Serves `data`, which must outlive the source; everything is available.
  explicit ByteSource(std::string_view data)
      : data_(data.data()), end_(data.size()), known_size_(data.size()), eof_(true) {}

  std::string_view window() const { return {data_ + begin_, end_ - begin_}; }
  size_t offset() const { return offset_; }  // input offset of window()[0]
  size_t line() const { return line_; }      // 1-based line of window()[0]
  size_t known_size() const { return known_size_; }
  bool eof() const { return eof_; }
  const Status& status() const { return status_; }  // a read error, if any

  // Appends more input to the window without holding more than `limit`
  // bytes. Returns false when nothing was added: end of input, the limit, or
  // a read error (then eof() is true and status() says why).
  bool Fill(size_t limit);
  // Drops the first n bytes of the window, keeping offset() and line().
  void Consume(size_t n);

 private:
  void Reserve(size_t bytes);  // room for `bytes` of window at buffer start

  int fd_ = -1;
  std::unique_ptr<char[]> buffer_;
  size_t capacity_ = 0;
  const char* data_ = nullptr;
  size_t begin_ = 0, end_ = 0;  // the window is data_[begin_, end_)
  size_t offset_ = 0, line_ = 1;
  size_t known_size_ = 0;
  bool eof_ = false;
  Status status_;
};

// Where one input's documents and diagnostics go, and its names.
class Sink {
 public:
  Sink(std::string file, std::string source, std::string stem, const ReadOptions& options,
       const DocumentCallback& on_document, const DiagnosticCallback& on_diagnostic,
       ReadStats* stats);

  const std::string& file() const { return file_; }      // name in diagnostics
  const std::string& source() const { return source_; }  // Document::source
  const std::string& stem() const { return stem_; }      // id of a text document
  size_t max_record_bytes() const { return options_.max_record_bytes; }

  void Error(size_t line, std::string message) {
    Report(Diagnostic::Severity::kError, line, std::move(message));
  }
  void Warning(size_t line, std::string message) {
    Report(Diagnostic::Severity::kWarning, line, std::move(message));
  }
  void Emit(Document&& doc);

 private:
  void Report(Diagnostic::Severity severity, size_t line, std::string message);

  std::string file_, source_, stem_;
  const ReadOptions& options_;
  const DocumentCallback& on_document_;
  const DiagnosticCallback& on_diagnostic_;
  ReadStats* stats_;
};

// Checks that `record` (which starts on line `first_line` of its input) is
// free of NUL bytes and valid UTF-8; otherwise reports an error giving the
// line and byte column of the first bad byte and returns false.
bool CheckRecordBytes(std::string_view record, size_t first_line, Sink& sink);

// The error for a record longer than the limit, starting on `line`.
void ReportOversize(size_t line, std::string_view what, Sink& sink);

// The three formats. Each reads `in` to its end (its BOM already skipped)
// and reports through `sink`; none of them throws.
void ReadTextFormat(ByteSource& in, Sink& sink);
void ReadJsonlFormat(ByteSource& in, Sink& sink);
void ReadPetrarchFormat(ByteSource& in, Sink& sink);

// Text helpers shared by the formats.
inline bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
std::string_view Trim(std::string_view s);
// Decodes &amp; &lt; &gt; &quot; &apos; &#N; &#xH;. Anything else that
// starts with '&' is kept as written (tolerant of "AT&T").
std::string DecodeXmlEntities(std::string_view s);

}  // namespace dyad::reader_internal
