// `dyad dict check` and `dyad dict stats` from the command line.
#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad {
namespace {

using testing::RunDyad;
using testing::WriteTemp;

TEST(DictCli, ShippedDictionariesCheckClean) {
  const auto run = RunDyad("dict check", "dict_check");
  EXPECT_EQ(run.status, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("\n0 problems\n"), std::string::npos) << run.out;
}

TEST(DictCli, ProblemsAreListedWithFileAndLineAndExitOne) {
  const std::string dict = WriteTemp("dict_cli_bad.dyad", "%dyad-dictionary 1\nverb 999: doen\n");
  const auto run = RunDyad("dict check --no-builtin --dict " + dict, "dict_bad");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find(dict + ":2: warning: '999' is not a CAMEO event code"), std::string::npos) << run.out;
}

TEST(DictCli, StatsCountPerRoot) {
  const std::string dict = WriteTemp("dict_cli_stats.dyad", "%dyad-dictionary 1\nverb 111: veroordelen\n  112: scherp\n");
  const auto run = RunDyad("dict stats --no-builtin --dict " + dict, "dict_stats");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("root 11: 2"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace dyad
