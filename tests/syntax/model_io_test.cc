#include "syntax/model_io.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace dyad::syntax {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("dyad_model_io_" + name)).string();
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void Spit(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST(ModelIo, WriterAndReaderRoundTripEveryType) {
  ModelWriter w;
  w.Tag("TEST");
  w.U8(7);
  w.U32(70000);
  w.U64(1ULL << 40);
  w.I32(-5);
  w.F32(0.25f);
  w.Str("Noord-Korea");
  w.Strs({"a", "", "ß"});
  ModelReader r(w.bytes());
  r.Tag("TEST");
  EXPECT_EQ(r.U8(), 7);
  EXPECT_EQ(r.U32(), 70000u);
  EXPECT_EQ(r.U64(), 1ULL << 40);
  EXPECT_EQ(r.I32(), -5);
  EXPECT_EQ(r.F32(), 0.25f);
  EXPECT_EQ(r.Str(), "Noord-Korea");
  EXPECT_EQ(r.Strs(), (std::vector<std::string>{"a", "", "ß"}));
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.at_end());
}

TEST(ModelIo, WrongSectionAndHugeCountsAreErrorsNotAllocations) {
  ModelWriter w;
  w.Tag("AAAA");
  ModelReader r(w.bytes());
  r.Tag("BBBB");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("expected section 'BBBB'"), std::string::npos);

  ModelWriter big;
  big.U32(0xffffffffu);  // a string claiming 4 GiB
  ModelReader r2(big.bytes());
  EXPECT_EQ(r2.Str(), "");
  EXPECT_FALSE(r2.ok());
}

TEST(ModelIo, FileRoundTripKeepsMetadataAndPayload) {
  std::string path = TempPath("ok");
  ASSERT_TRUE(WriteModelFile(path, {"{\"kind\":\"syntax\"}", std::string("\0payload", 8)}).ok());
  auto m = ReadModelFile(path);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->metadata, "{\"kind\":\"syntax\"}");
  EXPECT_EQ(m->payload, std::string("\0payload", 8));
  std::remove(path.c_str());
}

TEST(ModelIo, CorruptTruncatedForeignAndFutureFilesAreNamedErrors) {
  std::string path = TempPath("bad");
  ASSERT_TRUE(WriteModelFile(path, {"{}", std::string(1000, 'x')}).ok());
  std::string good = Slurp(path);

  std::string flipped = good;
  flipped[good.size() / 2] ^= 1;
  Spit(path, flipped);
  auto m = ReadModelFile(path);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("checksum"), std::string::npos);
  EXPECT_NE(m.status().message().find(path), std::string::npos);

  Spit(path, good.substr(0, good.size() - 20));
  EXPECT_FALSE(ReadModelFile(path).ok());

  Spit(path, "this is not a model at all");
  m = ReadModelFile(path);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("not a dyad model"), std::string::npos);

  std::string future = good;
  future[8] = 99;  // format version
  Spit(path, future);
  m = ReadModelFile(path);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("format version 99"), std::string::npos);

  std::remove(path.c_str());
  EXPECT_EQ(ReadModelFile(path).status().code(), Code::kNotFound);
}

}  // namespace
}  // namespace dyad::syntax
