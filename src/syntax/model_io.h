// Binary model files: a self-describing header and a checksummed payload.
//
// File layout (all integers little-endian):
//   8 bytes  magic "DYADMODL"
//   u32      format version (kModelFormatVersion)
//   u32      metadata length, then metadata: UTF-8 JSON (language, recipe,
//            data hash, options, trainer version, creation time …)
//   u64      payload length, then the payload
//   u64      XXH64 of metadata + payload
// Components serialize themselves into the payload with ModelWriter and read
// back with ModelReader, whose errors are sticky: read everything, then
// check status() once. See docs/model-format.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::syntax {

inline constexpr uint32_t kModelFormatVersion = 1;

class ModelWriter {
 public:
  void U8(uint8_t v) { buf_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) { Raw(&v, 4); }
  void U64(uint64_t v) { Raw(&v, 8); }
  void I32(int32_t v) { Raw(&v, 4); }
  void F32(float v) { Raw(&v, 4); }
  void Str(std::string_view s) { U32(static_cast<uint32_t>(s.size())); Raw(s.data(), s.size()); }
  void Strs(const std::vector<std::string>& v);
  // A 4-character section tag, checked by ModelReader::Tag on load, so a
  // component reading the wrong section fails with a clear message.
  void Tag(std::string_view tag4) { Raw(tag4.data(), 4); }
  void Raw(const void* p, size_t n) { buf_.append(static_cast<const char*>(p), n); }
  const std::string& bytes() const { return buf_; }
  std::string& bytes() { return buf_; }

 private:
  std::string buf_;
};

class ModelReader {
 public:
  explicit ModelReader(std::string_view bytes) : data_(bytes) {}
  uint8_t U8();
  uint32_t U32();
  uint64_t U64();
  int32_t I32();
  float F32();
  std::string Str();
  std::vector<std::string> Strs();
  void Tag(std::string_view tag4);
  // Reads n bytes; nullptr (and an error) if fewer remain.
  const char* Raw(size_t n);
  // A count read from the file, checked against what could possibly remain
  // (each element needs at least `min_bytes`), so corrupt counts cannot
  // trigger huge allocations.
  uint32_t Count(size_t min_bytes);
  void Fail(std::string message);
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  bool at_end() const { return pos_ == data_.size(); }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  Status status_;
};

struct ModelFile {
  std::string metadata;  // JSON
  std::string payload;
};

// Writes atomically (temporary file + rename).
Status WriteModelFile(const std::string& path, const ModelFile& model);
// Checks magic, version and checksum; errors name the path and what is wrong
// ("not a dyad model", "format version 3, this dyad reads 1", "checksum
// mismatch: file is corrupt or truncated").
Result<ModelFile> ReadModelFile(const std::string& path);

}  // namespace dyad::syntax
