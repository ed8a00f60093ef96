// Reading documents: inputs, directories, format detection and the pieces
// every format shares (ByteSource, Sink, record checks). The formats live in
// reader_text.cc, reader_jsonl.cc and reader_petrarch.cc.
#include "dyad/reader.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "text/reader_internal.h"
#include "util/utf8.h"

namespace dyad {
namespace fs = std::filesystem;
using reader_internal::ByteSource;
using reader_internal::Sink;

namespace reader_internal {

// Reads come in chunks of at least this size; a window that must grow (a
// record longer than what is held) grows geometrically so that rescanning
// the window stays linear overall.
constexpr size_t kChunk = size_t{1} << 20;

bool ByteSource::Fill(size_t limit) {
  const size_t held = end_ - begin_;
  if (eof_ || held >= limit) return false;
  size_t want = std::max(kChunk, held);
  const size_t seen = offset_ + held;
  if (known_size_ > seen) want = std::max(want, known_size_ - seen);  // one read per file
  want = std::min(want, limit - held);
  Reserve(held + want);
  ssize_t n;
  do {
    n = ::read(fd_, buffer_.get() + end_, want);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) {
    if (n < 0) status_ = Status::IoError(std::strerror(errno));
    eof_ = true;
    return false;
  }
  end_ += static_cast<size_t>(n);
  return true;
}

void ByteSource::Reserve(size_t bytes) {
  const size_t held = end_ - begin_;
  if (bytes > capacity_) {
    auto bigger = std::make_unique<char[]>(bytes);  // NOLINT: no zero-fill needed
    if (held > 0) std::memcpy(bigger.get(), data_ + begin_, held);
    buffer_ = std::move(bigger);
    capacity_ = bytes;
  } else if (begin_ > 0 && held > 0) {
    std::memmove(buffer_.get(), data_ + begin_, held);
  }
  data_ = buffer_.get();
  begin_ = 0;
  end_ = held;
}

void ByteSource::Consume(size_t n) {
  n = std::min(n, end_ - begin_);
  line_ += static_cast<size_t>(std::count(data_ + begin_, data_ + begin_ + n, '\n'));
  begin_ += n;
  offset_ += n;
}

Sink::Sink(std::string file, std::string source, std::string stem, const ReadOptions& options,
           const DocumentCallback& on_document, const DiagnosticCallback& on_diagnostic,
           ReadStats* stats)
    : file_(std::move(file)),
      source_(std::move(source)),
      stem_(std::move(stem)),
      options_(options),
      on_document_(on_document),
      on_diagnostic_(on_diagnostic),
      stats_(stats) {}

void Sink::Emit(Document&& doc) {
  ++stats_->documents;
  if (on_document_) on_document_(std::move(doc));
}

void Sink::Report(Diagnostic::Severity severity, size_t line, std::string message) {
  ++(severity == Diagnostic::Severity::kError ? stats_->errors : stats_->warnings);
  if (on_diagnostic_) on_diagnostic_(Diagnostic{severity, file_, line, std::move(message)});
}

bool CheckRecordBytes(std::string_view record, size_t first_line, Sink& sink) {
  size_t bad = record.find('\0');
  const size_t utf = FindInvalidUtf8(record.substr(0, bad));
  std::string what = "NUL byte (binary data)";
  if (utf != std::string_view::npos) {
    bad = utf;
    what = fmt::format("invalid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(record[bad]));
  }
  if (bad == std::string_view::npos) return true;
  const LineColumn at = LineColumnAt(record, bad);
  const size_t line = first_line + at.line - 1;
  sink.Error(line, fmt::format("{} at line {}, byte column {}", what, line, at.column));
  return false;
}

void ReportOversize(size_t line, std::string_view what, Sink& sink) {
  sink.Error(line, fmt::format("{} is longer than the {}-byte limit (--max-record-bytes); skipped",
                               what, sink.max_record_bytes()));
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace reader_internal

namespace {

// Options, callbacks and running totals of one ReadDocuments call.
struct Batch {
  const ReadOptions& options;
  const DocumentCallback& on_document;
  const DiagnosticCallback& on_diagnostic;
  ReadStats stats;

  Sink MakeSink(const std::string& file, const std::string& source, const std::string& stem) {
    return Sink(file, source, stem, options, on_document, on_diagnostic, &stats);
  }
  Sink MakeSink(const std::string& path) {
    return MakeSink(path, path, fs::path(path).stem().string());
  }
};

// Binary data shows in the first bytes (as grep and git assume).
constexpr size_t kSniffBytes = 64u << 10;

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

InputFormat FormatFromExtension(std::string_view name) {
  const std::string ext = Lower(fs::path(name).extension().string());
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return InputFormat::kJsonl;
  if (ext == ".xml") return InputFormat::kPetrarchXml;
  return InputFormat::kAuto;
}

InputFormat FormatFromContent(std::string_view head) {
  const std::string_view t = reader_internal::Trim(head);
  if (!t.empty() && t.front() == '{') return InputFormat::kJsonl;
  if (!t.empty() && t.front() == '<') return InputFormat::kPetrarchXml;
  return InputFormat::kText;
}

// The explicit format, else the file extension, else the content.
InputFormat ResolveFormat(const ReadOptions& options, std::string_view name,
                          std::string_view head) {
  if (options.format != InputFormat::kAuto) return options.format;
  const InputFormat by_name = FormatFromExtension(name);
  return by_name != InputFormat::kAuto ? by_name : FormatFromContent(head);
}

// Reports an empty or binary input; true when the input is fit to read.
bool CheckStart(ByteSource& in, Sink& sink) {
  const std::string_view head = in.window();
  if (head.empty()) {
    if (in.status().ok()) sink.Error(0, "empty file");
    return false;
  }
  const size_t nul = head.substr(0, kSniffBytes).find('\0');
  if (nul == std::string_view::npos) return true;
  const LineColumn at = LineColumnAt(head, nul);
  sink.Error(at.line, fmt::format("binary file (NUL byte at line {}, byte column {}); skipped",
                                  at.line, at.column));
  return false;
}

// Reads one input from `in` with the format chosen for `name`.
void ReadStream(ByteSource& in, std::string_view name, const ReadOptions& options, Sink& sink) {
  // Enough to sniff (pipes deliver in pieces); each format reads on as needed.
  while (in.window().size() < kSniffBytes && in.Fill(kSniffBytes)) {
  }
  if (CheckStart(in, sink)) {
    if (in.window().starts_with("\xEF\xBB\xBF")) in.Consume(3);  // UTF-8 BOM
    switch (ResolveFormat(options, name, in.window().substr(0, kSniffBytes))) {
      case InputFormat::kJsonl: reader_internal::ReadJsonlFormat(in, sink); break;
      case InputFormat::kPetrarchXml: reader_internal::ReadPetrarchFormat(in, sink); break;
      default: reader_internal::ReadTextFormat(in, sink); break;
    }
  }
  if (!in.status().ok()) sink.Error(in.line(), "read error: " + in.status().message());
}

void ReadFile(const std::string& path, Batch& batch) {
  Sink sink = batch.MakeSink(path);
  ++batch.stats.files;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    sink.Error(0, fmt::format("cannot open: {}", std::strerror(errno)));
    return;
  }
  struct stat st {};
  const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  ByteSource in(fd, regular ? static_cast<size_t>(st.st_size) : 0);
  ReadStream(in, path, batch.options, sink);
  ::close(fd);
}

void ReadStdin(Batch& batch) {
  Sink sink = batch.MakeSink("<stdin>", "-", "stdin");
  ++batch.stats.files;
  ByteSource in(STDIN_FILENO, 0);
  ReadStream(in, "", batch.options, sink);  // no name: the content decides
}

bool IsHidden(const fs::path& p) { return p.filename().string().starts_with('.'); }

// The regular files below `dir`, in sorted path order, hidden entries (and
// everything below hidden directories) left out. Symlinked directories are
// not followed, so a link cycle cannot loop.
std::vector<fs::path> ListFiles(const std::string& dir, Sink& sink) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code ignored;  // a dangling symlink is just not a regular file
    if (IsHidden(it->path())) {
      if (it->is_directory(ignored)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ignored)) files.push_back(it->path());
  }
  if (ec) sink.Error(0, fmt::format("cannot list directory: {}", ec.message()));
  std::sort(files.begin(), files.end());
  return files;
}

void ReadInput(const std::string& input, Batch& batch) {
  if (input == "-") return ReadStdin(batch);
  std::error_code ec;
  const fs::file_status status = fs::status(input, ec);
  if (!fs::exists(status) || ec) {
    Sink sink = batch.MakeSink(input);
    sink.Error(0, !fs::exists(status) ? "no such file or directory"
                                      : fmt::format("cannot read: {}", ec.message()));
    return;
  }
  if (!fs::is_directory(status)) return ReadFile(input, batch);
  Sink dir_sink = batch.MakeSink(input);
  for (const fs::path& file : ListFiles(input, dir_sink)) ReadFile(file.string(), batch);
}

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "jsonl" || name == "ndjson") return InputFormat::kJsonl;
  if (name == "xml" || name == "petrarch") return InputFormat::kPetrarchXml;
  return Status::Invalid(
      fmt::format("unknown input format \"{}\" (expected auto, text, jsonl or xml)", name));
}

std::string Diagnostic::ToString() const {
  const char* kind = severity == Severity::kError ? "error" : "warning";
  if (line == 0) return fmt::format("{}: {}: {}", file, kind, message);
  return fmt::format("{}:{}: {}: {}", file, line, kind, message);
}

ReadStats ReadDocuments(const std::vector<std::string>& inputs, const ReadOptions& options,
                        const DocumentCallback& on_document,
                        const DiagnosticCallback& on_diagnostic) {
  Batch batch{options, on_document, on_diagnostic, {}};
  for (const std::string& input : inputs) ReadInput(input, batch);
  return batch.stats;
}

ReadStats ReadBuffer(std::string_view name, std::string_view data, const ReadOptions& options,
                     const DocumentCallback& on_document, const DiagnosticCallback& on_diagnostic) {
  Batch batch{options, on_document, on_diagnostic, {}};
  Sink sink = batch.MakeSink(std::string(name));
  ++batch.stats.files;
  ByteSource in(data);
  ReadStream(in, name, options, sink);
  return batch.stats;
}

}  // namespace dyad
