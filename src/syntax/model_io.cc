#include "syntax/model_io.h"

#include <xxhash.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::syntax {
namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'M', 'O', 'D', 'L'};

template <typename T>
T Load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint64_t Checksum(std::string_view metadata, std::string_view payload) {
  XXH64_state_t* s = XXH64_createState();
  XXH64_reset(s, 0);
  XXH64_update(s, metadata.data(), metadata.size());
  XXH64_update(s, payload.data(), payload.size());
  uint64_t h = XXH64_digest(s);
  XXH64_freeState(s);
  return h;
}

}  // namespace

void ModelWriter::Strs(const std::vector<std::string>& v) {
  U32(static_cast<uint32_t>(v.size()));
  for (const auto& s : v) Str(s);
}

void ModelReader::Fail(std::string message) {
  if (status_.ok()) status_ = Status::Corrupt(message + " at payload byte " + std::to_string(pos_));
  pos_ = data_.size();
}

const char* ModelReader::Raw(size_t n) {
  if (!ok()) return nullptr;
  if (data_.size() - pos_ < n) {
    Fail("truncated model: need " + std::to_string(n) + " more bytes");
    return nullptr;
  }
  const char* p = data_.data() + pos_;
  pos_ += n;
  return p;
}

uint8_t ModelReader::U8() { const char* p = Raw(1); return p ? static_cast<uint8_t>(*p) : 0; }
uint32_t ModelReader::U32() { const char* p = Raw(4); return p ? Load<uint32_t>(p) : 0; }
uint64_t ModelReader::U64() { const char* p = Raw(8); return p ? Load<uint64_t>(p) : 0; }
int32_t ModelReader::I32() { const char* p = Raw(4); return p ? Load<int32_t>(p) : 0; }
float ModelReader::F32() { const char* p = Raw(4); return p ? Load<float>(p) : 0.f; }

std::string ModelReader::Str() {
  uint32_t n = Count(1);
  const char* p = Raw(n);
  return p ? std::string(p, n) : std::string();
}

std::vector<std::string> ModelReader::Strs() {
  std::vector<std::string> v(Count(4));
  for (auto& s : v) s = Str();
  return v;
}

uint32_t ModelReader::Count(size_t min_bytes) {
  uint32_t n = U32();
  if (ok() && min_bytes > 0 && n > (data_.size() - pos_) / min_bytes) {
    Fail("corrupt count " + std::to_string(n));
    return 0;
  }
  return n;
}

void ModelReader::Tag(std::string_view tag4) {
  const char* p = Raw(4);
  if (p && std::string_view(p, 4) != tag4) {
    Fail("expected section '" + std::string(tag4) + "', found '" + std::string(p, 4) + "'");
  }
}

Status WriteModelFile(const std::string& path, const ModelFile& model) {
  ModelWriter w;
  w.Raw(kMagic, sizeof kMagic);
  w.U32(kModelFormatVersion);
  w.Str(model.metadata);
  w.U64(model.payload.size());
  w.Raw(model.payload.data(), model.payload.size());
  w.U64(Checksum(model.metadata, model.payload));
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(path + ": cannot write model: " + std::strerror(errno));
    out.write(w.bytes().data(), static_cast<std::streamsize>(w.bytes().size()));
    if (!out.flush()) return Status::IoError(tmp + ": write failed");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status::IoError(path + ": cannot rename model into place: " + ec.message());
  return Status::Ok();
}

Result<ModelFile> ReadModelFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open model: " + std::strerror(errno));
  std::stringstream ss;
  ss << in.rdbuf();
  std::string bytes = std::move(ss).str();
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 8) != 0) {
    return Status::Corrupt(path + ": not a dyad model (bad magic)");
  }
  ModelReader r(std::string_view(bytes).substr(8));
  uint32_t version = r.U32();
  if (r.ok() && version != kModelFormatVersion) {
    return Status::Unsupported(path + ": model format version " + std::to_string(version) +
                               ", this dyad reads version " + std::to_string(kModelFormatVersion) +
                               "; retrain the model");
  }
  ModelFile model;
  model.metadata = r.Str();
  uint64_t n = r.U64();
  const char* payload = r.ok() && n <= bytes.size() ? r.Raw(n) : nullptr;
  uint64_t checksum = r.U64();
  if (!r.ok() || payload == nullptr) return Status::Corrupt(path + ": truncated model file");
  model.payload.assign(payload, n);
  if (checksum != Checksum(model.metadata, model.payload)) {
    return Status::Corrupt(path + ": checksum mismatch: the model file is corrupt or truncated");
  }
  return model;
}

}  // namespace dyad::syntax
