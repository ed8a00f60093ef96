// The labelled dependency parser: learning, trees, persistence.
#include "syntax/parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "dyad/conllu.h"
#include "syntax/parser_tree.h"
#include "syntax/perceptron.h"

#include "syntax/words_fixture.h"
namespace dyad::syntax {
namespace {

// A toy treebank; columns are separated by single spaces here (ID FORM LEMMA
// UPOS XPOS FEATS HEAD DEPREL) and become CoNLL-U lines below.
constexpr const char* kToy = R"(
1 The the DET DT Definite=Def 2 det
2 dog dog NOUN NN Number=Sing 3 nsubj
3 chased chase VERB VBD VerbForm=Fin 0 root
4 the the DET DT Definite=Def 5 det
5 cat cat NOUN NN Number=Sing 3 obj
6 . . PUNCT . _ 3 punct

1 A a DET DT Definite=Ind 2 det
2 cat cat NOUN NN Number=Sing 3 nsubj
3 sleeps sleep VERB VBZ VerbForm=Fin 0 root
4 on on ADP IN _ 6 case
5 the the DET DT Definite=Def 6 det
6 mat mat NOUN NN Number=Sing 3 obl
7 . . PUNCT . _ 3 punct

1 She she PRON PRP Case=Nom 2 nsubj
2 gave give VERB VBD VerbForm=Fin 0 root
3 him he PRON PRP Case=Acc 2 iobj
4 a a DET DT Definite=Ind 5 det
5 book book NOUN NN Number=Sing 2 obj
6 . . PUNCT . _ 2 punct

1 The the DET DT Definite=Def 2 det
2 book book NOUN NN Number=Sing 4 nsubj:pass
3 was be AUX VBD VerbForm=Fin 4 aux:pass
4 written write VERB VBN VerbForm=Part 0 root
5 by by ADP IN _ 7 case
6 the the DET DT Definite=Def 7 det
7 dog dog NOUN NN Number=Sing 4 obl:agent
8 . . PUNCT . _ 4 punct

1 He he PRON PRP Case=Nom 2 nsubj
2 picked pick VERB VBD VerbForm=Fin 0 root
3 up up ADP RP _ 2 compound:prt
4 the the DET DT Definite=Def 6 det
5 big big ADJ JJ Degree=Pos 6 amod
6 dog dog NOUN NN Number=Sing 2 obj
7 and and CCONJ CC _ 8 cc
8 left leave VERB VBD VerbForm=Fin 2 conj
9 . . PUNCT . _ 2 punct

1 Dogs dog NOUN NNS Number=Plur 2 nsubj
2 say say VERB VBP VerbForm=Fin 0 root
3 that that SCONJ IN _ 5 mark
4 cats cat NOUN NNS Number=Plur 5 nsubj
5 sleep sleep VERB VBP VerbForm=Fin 2 ccomp
6 . . PUNCT . _ 2 punct
)";

std::string ToConlluText(const std::string& spaced) {
  std::istringstream in(spaced);
  std::string line, out;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (!out.empty() && out.back() != '\n') out += '\n';
      if (!out.empty() && out.substr(out.size() - 2) != "\n\n") out += '\n';
      continue;
    }
    std::istringstream cols(line);
    std::string col, row;
    while (cols >> col) row += (row.empty() ? "" : "\t") + col;
    out += row + "\t_\t_\n";
  }
  if (!out.empty() && out.substr(out.size() - 2) != "\n\n") out += '\n';
  return out;
}

std::vector<Words> Treebank(const std::string& spaced) { return testing::ReadWords(ToConlluText(spaced)); }

Parser TrainToy(const std::vector<Words>& train) {
  ParserOptions options;
  options.epochs = 15;
  std::vector<TrainProgress> seen;
  auto parser = Parser::Train(train, train, options,
                              [&](const TrainProgress& p) { seen.push_back(p); });
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  EXPECT_EQ(seen.size(), 15u);
  if (!seen.empty()) {
    EXPECT_EQ(seen.back().stage, "parser");
    EXPECT_EQ(seen.back().epoch, 15);
    EXPECT_GE(seen.back().dev_accuracy, 0);
  }
  return std::move(parser).value();
}

// Exactly one word attached to the root with deprel "root", heads in range,
// no cycles.
void ExpectTree(const Words& words) {
  std::vector<int> heads(words.size() + 1, -1);
  int roots = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    heads[i + 1] = words[i].head;
    if (words[i].head == 0) {
      ++roots;
      EXPECT_EQ(words[i].deprel, "root");
    } else {
      EXPECT_NE(words[i].deprel, "root");
    }
  }
  EXPECT_EQ(roots, 1);
  EXPECT_TRUE(IsTree(heads));
}

Words Unparsed(Words words) {
  for (Word& w : words) {
    w.head = -1;
    w.deprel.clear();
  }
  return words;
}

TEST(ParserTest, LearnsToyTreebank) {
  std::vector<Words> train = Treebank(kToy);
  ASSERT_EQ(train.size(), 6u);
  Parser parser = TrainToy(train);
  int words = 0, uas = 0, las = 0;
  for (const Words& gold : train) {
    Words parsed = Unparsed(gold);
    parser.Parse(&parsed);
    ExpectTree(parsed);
    for (size_t i = 0; i < gold.size(); ++i) {
      ++words;
      uas += parsed[i].head == gold[i].head;
      las += parsed[i].head == gold[i].head && parsed[i].deprel == gold[i].deprel;
    }
  }
  EXPECT_EQ(uas, words);
  EXPECT_EQ(las, words);
}

TEST(ParserTest, SaveLoadGivesIdenticalParses) {
  std::vector<Words> train = Treebank(kToy);
  Parser parser = TrainToy(train);
  ModelWriter out;
  parser.Save(&out);
  ModelReader in(out.bytes());
  auto loaded = Parser::Load(&in);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE(in.at_end());
  // Training sentences, plus an unseen recombination of their words.
  std::vector<Words> inputs = train;
  inputs.push_back(Treebank("1 She she PRON PRP Case=Nom 2 nsubj\n"
                            "2 chased chase VERB VBD VerbForm=Fin 0 root\n"
                            "3 a a DET DT Definite=Ind 5 det\n"
                            "4 big big ADJ JJ Degree=Pos 5 amod\n"
                            "5 cat cat NOUN NN Number=Sing 2 obj\n")[0]);
  for (const Words& gold : inputs) {
    Words a = Unparsed(gold), b = Unparsed(gold);
    parser.Parse(&a);
    loaded->Parse(&b);
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].head, b[i].head);
      EXPECT_EQ(a[i].deprel, b[i].deprel);
    }
  }
  // Saving the loaded parser gives a model of the same size (the byte order
  // of the perceptron's features follows its hash table, so it may differ).
  ModelWriter again;
  loaded->Save(&again);
  EXPECT_EQ(again.bytes().size(), out.bytes().size());
}

TEST(ParserTest, CorruptOrTruncatedModelsAreErrors) {
  Parser parser = TrainToy(Treebank(kToy));
  ModelWriter out;
  parser.Save(&out);
  const std::string& bytes = out.bytes();
  // Every truncation point (a stride keeps the test fast on large models).
  size_t stride = std::max<size_t>(1, bytes.size() / 2000);
  for (size_t len = 0; len < bytes.size(); len += stride) {
    ModelReader in(std::string_view(bytes).substr(0, len));
    EXPECT_FALSE(Parser::Load(&in).ok()) << "truncated to " << len;
  }
  auto load_patched = [&](size_t pos, uint32_t value) {
    std::string patched = bytes;
    std::memcpy(patched.data() + pos, &value, 4);
    ModelReader in(patched);
    return Parser::Load(&in);
  };
  EXPECT_FALSE(load_patched(0, 0x58585858).ok());  // section tag
  EXPECT_FALSE(load_patched(4, 99).ok());          // format version
  EXPECT_FALSE(load_patched(8, 0xFFFFFFF0u).ok());  // label count: no huge allocation
  EXPECT_FALSE(load_patched(8, 0).ok());            // no labels
  using namespace std::literals;
  ModelReader garbage("PARS\x01\0\0\0garbage garbage garbage"sv);
  EXPECT_FALSE(Parser::Load(&garbage).ok());
  // A perceptron with a different number of classes than the labels imply.
  ModelWriter mismatched;
  mismatched.Tag("PARS");
  mismatched.U32(1);
  mismatched.Strs({"root", "nsubj"});
  Perceptron(7).Save(&mismatched);  // unfinalized: saves an empty table
  ModelReader in(mismatched.bytes());
  EXPECT_FALSE(Parser::Load(&in).ok());
}

TEST(ParserTest, EmptySentenceIsANoOp) {
  Parser parser = TrainToy(Treebank(kToy));
  Words empty;
  parser.Parse(&empty);
  EXPECT_TRUE(empty.empty());
}

// A 2,000-word "sentence" (a run-on of the toy treebank) parses into one
// tree; that parsing takes 2n transitions is TransitionTest's
// AnyLegalSequenceEndsAfterTwoTransitionsPerWord, its speed bench/'s.
TEST(ParserTest, LongSentenceGivesATree) {
  Parser parser = TrainToy(Treebank(kToy));
  std::vector<Words> toy = Treebank(kToy);
  Words words;
  while (words.size() < 2000) {
    for (const Words& s : toy) {
      for (const Word& w : s) {
        if (words.size() < 2000) words.push_back(w);
      }
    }
  }
  words = Unparsed(words);
  parser.Parse(&words);
  ASSERT_EQ(words.size(), 2000u);
  ExpectTree(words);
}

TEST(ParserTest, SkipsBrokenTreesAndLiftsNonProjectiveOnes) {
  std::vector<Words> train = Treebank(kToy);
  std::vector<Words> bad = Treebank(
      // Two roots.
      "1 Dogs dog NOUN NNS _ 0 root\n2 sleep sleep VERB VBP _ 0 root\n\n"
      // A cycle.
      "1 Cats cat NOUN NNS _ 2 nsubj\n2 sleep sleep VERB VBP _ 3 root\n3 . . PUNCT . _ 2 punct\n\n"
      // Non-projective: hearing(2) -> on(5) crosses is(3) <- scheduled(4).
      "1 A a DET DT _ 2 det\n2 hearing hearing NOUN NN _ 4 nsubj:pass\n"
      "3 is be AUX VBZ _ 4 aux:pass\n4 scheduled schedule VERB VBN _ 0 root\n"
      "5 on on ADP IN _ 2 nmod\n6 the the DET DT _ 7 det\n7 issue issue NOUN NN _ 5 obj\n");
  ASSERT_EQ(bad.size(), 3u);
  train.insert(train.end(), bad.begin(), bad.end());
  Parser parser = TrainToy(train);
  for (const Words& s : train) {
    Words parsed = Unparsed(s);
    parser.Parse(&parsed);
    ExpectTree(parsed);
  }
}

TEST(ParserTest, TrainingWithoutAnyTreeIsAnError) {
  std::vector<Words> train = Treebank("1 Dogs dog NOUN NNS _ 0 root\n2 bark bark VERB VBP _ 0 root\n");
  auto parser = Parser::Train(train, {}, ParserOptions{}, nullptr);
  EXPECT_FALSE(parser.ok());
}

TEST(ParserTest, ParsesConcurrently) {
  std::vector<Words> train = Treebank(kToy);
  Parser parser = TrainToy(train);
  std::vector<Words> expected;
  for (const Words& s : train) {
    expected.push_back(Unparsed(s));
    parser.Parse(&expected.back());
  }
  std::vector<std::vector<Words>> results(2);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&parser, &train, &result] {
      for (int round = 0; round < 50; ++round) {
        result.clear();
        for (const Words& s : train) {
          result.push_back(Unparsed(s));
          parser.Parse(&result.back());
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& result : results) {
    ASSERT_EQ(result.size(), expected.size());
    for (size_t i = 0; i < result.size(); ++i) {
      for (size_t k = 0; k < result[i].size(); ++k) {
        EXPECT_EQ(result[i][k].head, expected[i][k].head);
        EXPECT_EQ(result[i][k].deprel, expected[i][k].deprel);
      }
    }
  }
}

TEST(ParserTest, UntrainedParserStillGivesATree) {
  Parser parser;
  Words words = Unparsed(Treebank(kToy)[0]);
  parser.Parse(&words);
  ExpectTree(words);
}

}  // namespace
}  // namespace dyad::syntax
