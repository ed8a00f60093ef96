// `dyad parse`, `dyad train` and `dyad model-info` from the command line.
#include <gtest/gtest.h>

#include "dyad/conllu.h"
#include "dyad/data.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing::RunDyad;

TEST(ParseCli, SeedArticleGetsOneTreePerSentence) {
  auto seed = DataPath("examples/seed-nl.txt");
  ASSERT_TRUE(seed.ok()) << seed.status().ToString();
  auto run = RunDyad("parse " + *seed, "parse_seed");
  ASSERT_EQ(run.status, 0) << run.err;
  auto sents = conllu::ReadString(run.out).value();
  EXPECT_EQ(sents.size(), 23u);
  for (const auto& s : sents) {
    int roots = 0;
    for (const auto* w : s.Words()) {
      EXPECT_NE(w->upos, "_");
      EXPECT_NE(w->deprel, "_");
      roots += w->head == "0";
    }
    EXPECT_EQ(roots, 1) << s.Comment("text");
  }
  EXPECT_NE(run.out.find("# lang = nl"), std::string::npos);
}

TEST(ParseCli, ConlluInputKeepsTokensAndComments) {
  std::string in = testing::WriteTemp("dyad_parse_in.conllu",
                                      "# sent_id = x1\n# text = Rusland steunt Noord-Korea.\n"
                                      "1\tRusland\t_\t_\t_\t_\t_\t_\t_\t_\n"
                                      "2\tsteunt\t_\t_\t_\t_\t_\t_\t_\t_\n"
                                      "3\tNoord-Korea\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                                      "4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  auto run = RunDyad("parse --lang nl --input-format conllu " + in, "parse_conllu");
  ASSERT_EQ(run.status, 0) << run.err;
  auto sents = conllu::ReadString(run.out).value();
  ASSERT_EQ(sents.size(), 1u);
  EXPECT_EQ(sents[0].Comment("sent_id"), "x1");
  ASSERT_EQ(sents[0].rows.size(), 4u);
  EXPECT_EQ(sents[0].rows[2].form, "Noord-Korea");
  EXPECT_EQ(sents[0].rows[2].misc, "SpaceAfter=No");
  EXPECT_EQ(sents[0].rows[1].upos, "VERB");
}

TEST(ParseCli, MissingOrCorruptModelIsAClearErrorWithStatus1) {
  std::string bad = testing::WriteTemp("dyad_parse_bad.dyadmodel", "DYADMODL garbage");
  std::string text = testing::WriteTemp("dyad_parse_text.txt", "date 2022-07\n\nRusland steunt Noord-Korea.\n");
  auto run = RunDyad("parse --lang nl --model " + bad + " " + text, "parse_bad");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find(bad), std::string::npos) << run.err;
  auto info = RunDyad("model-info " + bad, "parse_info_bad");
  EXPECT_EQ(info.status, 1);
  auto usage = RunDyad("train -o x.dyadmodel", "train_usage");
  EXPECT_EQ(usage.status, 2);
  EXPECT_NE(usage.err.find("--recipe"), std::string::npos);
}

TEST(ParseCli, EmptyInputGivesNoOutput) {
  std::string empty = testing::WriteTemp("dyad_parse_empty.conllu", "");
  auto run = RunDyad("parse --lang en --input-format conllu " + empty, "parse_empty");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "");
}

}  // namespace
}  // namespace dyad
