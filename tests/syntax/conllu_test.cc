#include "dyad/conllu.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "dyad/data.h"
#include "test_util.h"

namespace dyad::conllu {
namespace {

// A token line from space-separated columns (fixture forms have no spaces).
std::string L(std::string columns) {
  std::replace(columns.begin(), columns.end(), ' ', '\t');
  return columns + "\n";
}

// Two sentences: a multi-word token, an empty node with enhanced DEPS.
const std::string kFixture =
    "# newdoc id = fixture-1\n"
    "# sent_id = 1\n"
    "# text = Wir gehen zum Markt.\n" +
    L("1 Wir wir PRON PPER Case=Nom|Number=Plur 2 nsubj 2:nsubj _") +
    L("2 gehen gehen VERB VVFIN Number=Plur 0 root 0:root _") +
    L("3-4 zum _ _ _ _ _ _ _ _") +
    L("3 zu zu ADP APPR _ 5 case 5:case _") +
    L("4 dem der DET ART Case=Dat 5 det 5:det _") +
    L("5 Markt Markt NOUN NN Case=Dat 2 obl 2:obl:zu SpaceAfter=No") +
    L("6 . . PUNCT $. _ 2 punct 2:punct _") +
    "\n"
    "# sent_id = 2\n"
    "# text = Sue likes coffee and Bill tea\n" +
    L("1 Sue Sue PROPN NNP _ 2 nsubj 2:nsubj|5.1:nsubj _") +
    L("2 likes like VERB VBZ _ 0 root 0:root _") +
    L("3 coffee coffee NOUN NN _ 2 obj 2:obj _") +
    L("4 and and CCONJ CC _ 5 cc 5.1:cc _") +
    L("5 Bill Bill PROPN NNP _ 3 conj 5.1:nsubj _") +
    L("5.1 likes like VERB VBZ _ _ _ 2:conj:and CopyOf=2") +
    L("6 tea tea NOUN NN _ 5 orphan 5.1:obj SpaceAfter=No") +
    "\n";

TEST(Conllu, FixtureRoundTripsAndParsesIds) {
  auto sentences = ReadString(kFixture, "fixture");
  ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
  ASSERT_EQ(sentences->size(), 2u);
  EXPECT_EQ(ToString(*sentences), kFixture);

  const Sentence& s = (*sentences)[0];
  EXPECT_EQ(s.line, 1u);
  EXPECT_EQ(s.Comment("text"), "Wir gehen zum Markt.");
  EXPECT_TRUE(s.HasComment("newdoc"));
  EXPECT_EQ(s.Comment("newdoc id"), "fixture-1");
  const Row& range = s.rows[2];
  EXPECT_EQ(range.kind, Row::Kind::kMultiword);
  EXPECT_EQ(range.start, 3);
  EXPECT_EQ(range.end, 4);
  EXPECT_EQ(s.Words().size(), 6u);
  EXPECT_EQ(s.Tokens().size(), 5u);  // Wir gehen zum Markt .
  EXPECT_FALSE(s.rows[5].SpaceAfter());

  const Sentence& t = (*sentences)[1];
  EXPECT_EQ(t.line, 12u);
  const Row& empty = t.rows[5];
  EXPECT_EQ(empty.kind, Row::Kind::kEmpty);
  EXPECT_EQ(empty.start, 5);
  EXPECT_EQ(empty.empty, 1);
  EXPECT_EQ(empty.Misc("CopyOf"), "2");
  EXPECT_EQ(t.Words().size(), 6u);
  EXPECT_EQ(t.Tokens().size(), 6u);
}

TEST(Conllu, ReaderStreamsTheSameSentences) {
  std::istringstream in(kFixture);
  Reader reader(in, "fixture");
  Sentence s;
  std::string written;
  size_t n = 0;
  while (true) {
    Result<bool> more = reader.Next(&s);
    ASSERT_TRUE(more.ok()) << more.status().ToString();
    if (!*more) break;
    ++n;
    std::ostringstream out;
    Write(s, out);
    written += out.str();
  }
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(written, kFixture);
}

TEST(Conllu, TokenTextFollowsSpaceAfter) {
  auto sentences = ReadString(kFixture);
  ASSERT_TRUE(sentences.ok());
  for (const Sentence& s : *sentences) EXPECT_EQ(TokenText(s), s.Comment("text"));
}

TEST(Conllu, TokenTextDecodesSpacesAfter) {
  std::string text = L("1 a a X _ _ 0 root _ SpacesAfter=\\u00A0") +
                     L("2 b b X _ _ 1 dep _ SpacesAfter=\\s\\s") + L("3 c c X _ _ 1 dep _ _") + "\n";
  auto sentences = ReadString(text);
  ASSERT_TRUE(sentences.ok());
  EXPECT_EQ(TokenText((*sentences)[0]), "a\u00A0b  c");
}

// "file:line:" prefix of the error for `text`.
std::string ErrorOf(const std::string& text) {
  auto r = ReadString(text, "bad.conllu");
  return r.ok() ? "(no error)" : r.status().message();
}

TEST(Conllu, MalformedLinesNameFileAndLine) {
  const std::string ok = L("1 a a X _ _ 0 root _ _");
  EXPECT_EQ(ErrorOf("# c\n" + ok + "2\tb\tb\n\n").substr(0, 15), "bad.conllu:3: e");
  EXPECT_NE(ErrorOf(ok + "2\tb\tb\n\n").find("found 3"), std::string::npos);
  EXPECT_NE(ErrorOf(ok + L("x b b X _ _ 1 dep _ _")).find("bad.conllu:2: bad ID 'x'"),
            std::string::npos);
  EXPECT_NE(ErrorOf(ok + "\n" + ok + L("3 c c X _ _ 1 dep _ _")).find("bad.conllu:4: word ID"),
            std::string::npos);
  EXPECT_NE(ErrorOf(ok + L("2-2 bb _ _ _ _ _ _ _ _")).find("bad.conllu:2: bad range"),
            std::string::npos);
  EXPECT_NE(ErrorOf(ok + L("2.1 e e X _ _ _ _ _ _")).find("bad.conllu:2: empty node"),
            std::string::npos);
  EXPECT_NE(ErrorOf(ok + "# late\n").find("bad.conllu:2: comment after"), std::string::npos);
  EXPECT_NE(ErrorOf("# only a comment\n\n").find("bad.conllu:2: sentence has"),
            std::string::npos);
  EXPECT_NE(ErrorOf(L("1 a a X _  0 root _ _")).find("empty column 6"), std::string::npos);
}

TEST(Conllu, ReaderReportsTheLineToo) {
  std::istringstream in(L("1 a a X _ _ 0 root _ _") + "\n" + L("1 a a X _ _ 0 root _ _") +
                        "1\ta\n\n");
  Reader reader(in, "stream");
  Sentence s;
  ASSERT_TRUE(reader.Next(&s).ok());
  Result<bool> bad = reader.Next(&s);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().substr(0, 9), "stream:4:");
}

TEST(Conllu, ToleratesMissingFinalBlankLineAndExtraBlankLines) {
  const std::string ok = L("1 a a X _ _ 0 root _ _");
  auto r = ReadString("\n" + ok + "\n\n\n" + ok);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[1].line, 6u);
  EXPECT_EQ(ToString(*r), ok + "\n" + ok + "\n");
}

TEST(Conllu, RawTextJoinsSentencesAndParagraphs) {
  std::string text =
      "# newdoc\n# text = Hi there.\n" + L("1 Hi hi X _ _ 0 root _ _") +
      L("2 there there X _ _ 1 dep _ SpaceAfter=No") + L("3 . . X _ _ 1 punct _ SpaceAfter=No") +
      "\n# text = \"Bye\n" + L("1 \" \" X _ _ 2 punct _ SpaceAfter=No") +
      L("2 Bye bye X _ _ 0 root _ SpaceAfter=No") +
      "\n# text = \"\n" + L("1 \" \" X _ _ 0 root _ _") +
      "\n# newpar id = p2\n# text = Next.\n" + L("1 Next next X _ _ 0 root _ SpaceAfter=No") +
      L("2 . . X _ _ 1 punct _ _") + "\n# text = End\n" + L("1 End end X _ _ 0 root _ _") + "\n";
  auto sentences = ReadString(text);
  ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
  EXPECT_EQ(RawText(*sentences), "Hi there.\"Bye\"\n\nNext. End\n");
  EXPECT_EQ(RawText({}), "");
}

TEST(Conllu, RawTextFallsBackToTokensWithoutTextComment) {
  auto sentences = ReadString(L("1 Ja ja X _ _ 0 root _ SpaceAfter=No") +
                              L("2 ! ! X _ _ 1 punct _ _") + "\n");
  ASSERT_TRUE(sentences.ok());
  EXPECT_EQ(RawText(*sentences), "Ja!\n");
}

std::vector<std::string> SharedConlluFiles() {
  std::vector<std::string> files;
  Result<std::string> root = DataPath("ud");
  if (!root.ok()) return files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(*root)) {
    if (e.path().extension() == ".conllu") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

using testing::Slurp;

TEST(Conllu, SharedTreebanksRoundTripByteForByte) {
  std::vector<std::string> files = SharedConlluFiles();
  if (files.empty()) GTEST_SKIP() << "no UD data under DYAD_DATA/ud";
  for (const std::string& path : files) {
    std::string original = Slurp(path);
    auto sentences = ReadFile(path);
    ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
    std::string written = ToString(*sentences);
    auto diff = std::mismatch(original.begin(), original.end(), written.begin(), written.end());
    EXPECT_TRUE(written == original)
        << path << " differs at byte " << (diff.first - original.begin());
  }
}

// "# text" equals the token forms joined per SpaceAfter/SpacesAfter, except
// in the 2017 partial Alpino upload, whose older annotation lacks
// SpaceAfter=No before some punctuation (76 sentences).
TEST(Conllu, SharedTreebanksTextMatchesTokens) {
  std::vector<std::string> files = SharedConlluFiles();
  if (files.empty()) GTEST_SKIP() << "no UD data under DYAD_DATA/ud";
  for (const std::string& path : files) {
    auto sentences = ReadFile(path);
    ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
    size_t mismatches = 0;
    for (const Sentence& s : *sentences) {
      if (s.HasComment("text") && s.Comment("text") != TokenText(s)) ++mismatches;
    }
    bool known = path.find("nl_alpino-ud-train-2017-10-partial") != std::string::npos;
    EXPECT_EQ(mismatches, known ? 76u : 0u) << path;
  }
}

// ---- the CLI ----

using testing::CliRun;
using testing::WriteTemp;

// `dyad ARGS` with stdout captured.
CliRun Dyad(const std::string& args) { return testing::RunDyad(args, "conllu_test"); }

TEST(ConlluCli, TextCheckAndUsage) {
  std::string good = WriteTemp("dyad_conllu_good.conllu", kFixture);
  std::string extra = WriteTemp("dyad_conllu_extra.conllu", kFixture + "\n");
  std::string broken = WriteTemp("dyad_conllu_broken.conllu", "1\ta\n\n");
  CliRun text = Dyad("conllu text " + good);
  EXPECT_EQ(text.status, 0);
  EXPECT_EQ(text.out, "Wir gehen zum Markt. Sue likes coffee and Bill tea\n");
  CliRun check = Dyad("conllu check " + good);
  EXPECT_EQ(check.status, 0);
  EXPECT_NE(check.out.find(good + ": ok, 2 sentences"), std::string::npos) << check.out;
  CliRun fails = Dyad("conllu check " + good + " " + extra);
  EXPECT_EQ(fails.status, 1);
  EXPECT_NE(fails.out.find(extra + ": FAIL: re-written text differs from line 22"),
            std::string::npos) << fails.out;
  CliRun malformed = Dyad("conllu check " + broken);
  EXPECT_EQ(malformed.status, 1);
  EXPECT_NE(malformed.out.find(broken + ":1: expected 10"), std::string::npos) << malformed.out;
  EXPECT_EQ(Dyad("conllu text " + broken).status, 1);
  EXPECT_EQ(Dyad("conllu").status, 2);
  EXPECT_EQ(Dyad("conllu text").status, 2);
  EXPECT_EQ(Dyad("conllu check").status, 2);
  EXPECT_EQ(Dyad("conllu check --bogus " + good).status, 2);
}

}  // namespace
}  // namespace dyad::conllu
