// The syntax pipeline end to end: recipe -> training -> model file -> load ->
// annotation, on a toy treebank written for this test; and the shipped
// models' accuracy on a slice of their held-out test sets.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "dyad/conllu.h"
#include "dyad/data.h"
#include "dyad/eval.h"
#include "dyad/syntax.h"

namespace dyad {
namespace {

// Six small sentences (ours), every column filled, including a passive with
// obl:agent and a Dutch-style particle (compound:prt).
constexpr const char* kToyTreebank =
    "# text = Russia criticized the sanctions.\n"
    "1\tRussia\tRussia\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_\n"
    "2\tcriticized\tcriticize\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t4\tdet\t_\t_\n"
    "4\tsanctions\tsanction\tNOUN\tNNS\tNumber=Plur\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = Ukraine broke off relations.\n"
    "1\tUkraine\tUkraine\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_\n"
    "2\tbroke\tbreak\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n"
    "3\toff\toff\tADP\tRP\t_\t2\tcompound:prt\t_\t_\n"
    "4\trelations\trelation\tNOUN\tNNS\tNumber=Plur\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = The resolution was vetoed by Russia.\n"
    "1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n"
    "2\tresolution\tresolution\tNOUN\tNN\tNumber=Sing\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t4\taux:pass\t_\t_\n"
    "4\tvetoed\tveto\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tRussia\tRussia\tPROPN\tNNP\tNumber=Sing\t4\tobl:agent\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Kim met Putin in Moscow.\n"
    "1\tKim\tKim\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n"
    "3\tPutin\tPutin\tPROPN\tNNP\tNumber=Sing\t2\tobj\t_\t_\n"
    "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMoscow\tMoscow\tPROPN\tNNP\tNumber=Sing\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = The two countries expand their ties.\n"
    "1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t3\tdet\t_\t_\n"
    "2\ttwo\ttwo\tNUM\tCD\tNumForm=Word|NumType=Card\t3\tnummod\t_\t_\n"
    "3\tcountries\tcountry\tNOUN\tNNS\tNumber=Plur\t4\tnsubj\t_\t_\n"
    "4\texpand\texpand\tVERB\tVBP\tMood=Ind|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_\n"
    "5\ttheir\ttheir\tPRON\tPRP$\tPerson=3|Poss=Yes|PronType=Prs\t6\tnmod:poss\t_\t_\n"
    "6\tties\ttie\tNOUN\tNNS\tNumber=Plur\t4\tobj\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Pyongyang recognized Donetsk and Luhansk.\n"
    "1\tPyongyang\tPyongyang\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_\n"
    "2\trecognized\trecognize\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n"
    "3\tDonetsk\tDonetsk\tPROPN\tNNP\tNumber=Sing\t2\tobj\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tLuhansk\tLuhansk\tPROPN\tNNP\tNumber=Sing\t3\tconj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

// Unique per process: CTest runs the tests of this file in parallel
// processes, each training its own toy model.
std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("dyad_pipeline_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

// Trains a model on the toy treebank (once per test binary run).
const std::string& ToyModel() {
  static const std::string path = [] {
    std::string treebank = TempPath("toy.conllu"), model = TempPath("toy.dyadmodel");
    std::ofstream(treebank) << kToyTreebank;
    SyntaxRecipe r;
    r.lang = "en";
    r.train = {treebank};
    r.jackknife = 0;
    r.tagger_epochs = 10;
    r.parser_epochs = 20;
    r.source = "toy";
    Status s = TrainSyntaxModel(r, model, nullptr);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return model;
  }();
  return path;
}

std::vector<conllu::Sentence> Stripped(const std::vector<conllu::Sentence>& gold) {
  std::vector<conllu::Sentence> out = gold;
  for (auto& s : out) {
    for (auto& r : s.rows) r.lemma = r.upos = r.xpos = r.feats = r.head = r.deprel = "_";
  }
  return out;
}

TEST(SyntaxPipeline, LearnsToyTreebankToPerfectScores) {
  auto model = SyntaxModel::Load(ToyModel());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ((*model)->lang(), "en");
  auto gold = conllu::ReadString(kToyTreebank).value();
  auto system = Stripped(gold);
  for (auto& s : system) (*model)->Annotate(&s);
  auto scores = eval::EvaluateConllu(gold, system).value();
  for (const char* metric : {"UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS"}) {
    EXPECT_DOUBLE_EQ(scores.at(metric).f1, 1.0) << metric;
  }
}

TEST(SyntaxPipeline, BatchAnnotationEqualsOneByOne) {
  auto model = SyntaxModel::Load(ToyModel()).value();
  auto one = Stripped(conllu::ReadString(kToyTreebank).value());
  auto batch = one;
  for (auto& s : one) model->Annotate(&s);
  model->Annotate(std::span<conllu::Sentence>(batch));
  EXPECT_EQ(conllu::ToString(batch), conllu::ToString(one));
}

TEST(SyntaxPipeline, EmptyAndHugeSentencesGetValidTrees) {
  auto model = SyntaxModel::Load(ToyModel()).value();
  conllu::Sentence empty;
  model->Annotate(&empty);
  EXPECT_TRUE(empty.rows.empty());

  std::string big;
  for (int i = 1; i <= 2000; ++i) {
    big += std::to_string(i) + "\t" + (i % 3 ? "Russia" : "criticized") + "\t_\t_\t_\t_\t_\t_\t_\t_\n";
  }
  auto sents = conllu::ReadString(big + "\n").value();
  model->Annotate(&sents[0]);
  int roots = 0;
  for (const auto& r : sents[0].rows) {
    int head = std::stoi(r.head);
    EXPECT_TRUE(head >= 0 && head <= 2000);
    roots += head == 0;
  }
  EXPECT_EQ(roots, 1);
}

TEST(SyntaxPipeline, CorruptForeignAndMissingModelsAreCleanErrors) {
  std::string bytes;
  {
    std::ifstream in(ToyModel(), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::string path = TempPath("corrupt.dyadmodel");
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x20;
  std::ofstream(path, std::ios::binary) << flipped;
  auto m = SyntaxModel::Load(path);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find(path), std::string::npos);

  std::ofstream(path, std::ios::binary) << bytes.substr(0, bytes.size() / 3);
  EXPECT_FALSE(SyntaxModel::Load(path).ok());
  std::ofstream(path, std::ios::binary) << "";
  EXPECT_FALSE(SyntaxModel::Load(path).ok());
  std::remove(path.c_str());
  EXPECT_EQ(SyntaxModel::Load(path).status().code(), Code::kNotFound);
}

TEST(SyntaxPipeline, PhrasalLemmaJoinsDutchParticlesAndSpacesEnglishOnes) {
  auto nl = conllu::ReadString(
                "1\tZe\tze\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
                "2\tspraken\tspreken\tVERB\t_\t_\t0\troot\t_\t_\n"
                "3\tdat\tdat\tPRON\t_\t_\t2\tobj\t_\t_\n"
                "4\taf\taf\tADP\t_\t_\t2\tcompound:prt\t_\t_\n\n")
                .value();
  EXPECT_EQ(PhrasalLemma(nl[0], 1, "nl"), "afspreken");
  nl[0].rows[1].lemma = "af_spreken";  // current UD Dutch writes the particle into the lemma
  EXPECT_EQ(PhrasalLemma(nl[0], 1, "nl"), "afspreken");
  EXPECT_EQ(PhrasalLemma(nl[0], 0, "nl"), "ze");
  auto en = conllu::ReadString(kToyTreebank).value();
  EXPECT_EQ(PhrasalLemma(en[1], 1, "en"), "break off");
  EXPECT_EQ(PhrasalLemma(en[1], 99, "en"), "");
}

TEST(SyntaxRecipe, ErrorsNameTheLine) {
  std::string path = TempPath("bad.recipe");
  std::ofstream(path) << "lang nl\n# ok\ntrain x.conllu\njackknife many\n";
  auto r = ReadSyntaxRecipe(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(path + ":4:"), std::string::npos) << r.status().message();
  std::ofstream(path) << "lang nl\n";
  EXPECT_FALSE(ReadSyntaxRecipe(path).ok());
  std::ofstream(path) << "lang nl\ntrain a.conllu repeat=0\n";
  EXPECT_FALSE(ReadSyntaxRecipe(path).ok());
  std::ofstream(path) << "lang nl\ntrain a.conllu convert=nl-ud2017 repeat=2\ntrain b.conllu\n";
  auto ok = ReadSyntaxRecipe(path);
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->train_convert, (std::vector<std::string>{"nl-ud2017", ""}));
  EXPECT_EQ(ok->train_repeat, (std::vector<int>{2, 1}));
  std::remove(path.c_str());
}

TEST(SyntaxRecipe, ShippedRecipesParseAndNeverTrainOnHeldOutTests) {
  for (const char* lang : {"en", "nl"}) {
    auto r = ReadSyntaxRecipe(std::string(DYAD_TEST_DIR) + "/../lang/" + lang + "/syntax.recipe");
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->lang, lang);
    for (const auto& t : r->train) {
      EXPECT_EQ(t.find("en_ewt-ud-test"), std::string::npos);
      EXPECT_EQ(t.find("alpino-ud-test"), std::string::npos);
    }
  }
}

// The shipped models (trained by the build) on the first 500 sentences of
// their held-out test sets, gold tokenization. The floors sit about one
// point below what these slices measured when the floors were set (en UPOS
// 95.9, LAS 81.9; nl 94.1, 74.1): a drop below them is a regression in
// training or parsing, not noise.
void ExpectHeldOutScores(const std::string& lang, const std::string& test, double min_upos, double min_las) {
  auto model = SyntaxModel::ForLanguage(lang);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  auto path = DataPath(test);
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  auto gold = conllu::ReadFile(*path).value();
  gold.resize(std::min<size_t>(gold.size(), 500));
  auto system = Stripped(gold);
  for (auto& s : system) (*model)->Annotate(&s);
  auto scores = eval::EvaluateConllu(gold, system).value();
  EXPECT_GE(100 * scores.at("UPOS").f1, min_upos);
  EXPECT_GE(100 * scores.at("LAS").f1, min_las);
}

TEST(SyntaxModels, EnglishHeldOutSliceMeetsItsFloor) {
  ExpectHeldOutScores("en", "ud/en_ewt/en_ewt-ud-test.conllu", 95.0, 80.9);
}

TEST(SyntaxModels, DutchHeldOutSliceMeetsItsFloor) {
  ExpectHeldOutScores("nl", "ud/nl/nl_alpino-ud-test.conllu", 93.1, 73.1);
}

}  // namespace
}  // namespace dyad
