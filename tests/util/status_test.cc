#include "dyad/status.h"

#include <gtest/gtest.h>

#include "dyad/data.h"

namespace dyad {
namespace {

TEST(Status, OkAndErrorsCarryCodeAndMessage) {
  EXPECT_TRUE(Status::Ok().ok());
  Status s = Status::NotFound("model.bin");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Code::kNotFound);
  EXPECT_EQ(s.ToString(), "not found: model.bin");
}

TEST(Result, HoldsValueOrStatus) {
  Result<int> good = 42;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 42);
  Result<int> bad = Status::Corrupt("bad checksum");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Code::kCorrupt);
}

TEST(DataPath, MissingDataNamesTheVariable) {
  Result<std::string> p = DataPath("no/such/file.conllu");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("DYAD_DATA"), std::string::npos);
}

}  // namespace
}  // namespace dyad
