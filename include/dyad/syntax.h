// Morphosyntactic analysis: UPOS/XPOS/FEATS tagging, lemmatization and
// labelled dependency parsing with dyad's own models, one per language,
// trained from Universal Dependencies treebanks (see docs/syntax.md).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/status.h"

namespace dyad {

// A trained model for one language: tagger, lemmatizer and parser.
// Immutable after loading; one instance may be shared by threads.
class SyntaxModel {
 public:
  // Loads a model file; a missing, foreign, corrupt or version-mismatched
  // file is a clean error naming the path.
  static Result<std::shared_ptr<const SyntaxModel>> Load(const std::string& path);
  // The model for `lang` in ModelDirectory() ("<dir>/<lang>.dyadmodel").
  static Result<std::shared_ptr<const SyntaxModel>> ForLanguage(std::string_view lang);

  virtual ~SyntaxModel() = default;
  virtual const std::string& lang() const = 0;
  // The model's metadata: JSON with the recipe, data hash, options, trainer
  // version and training scores.
  virtual const std::string& metadata() const = 0;
  // Fills LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL of the word rows of
  // `sentence` from their FORMs; comments, ranges and MISC are kept.
  virtual void Annotate(conllu::Sentence* sentence) const = 0;
  // The same for many sentences (a document); faster than one at a time,
  // because each component runs over the whole batch while its weights are
  // in the CPU caches.
  virtual void Annotate(std::span<conllu::Sentence> sentences) const = 0;
};

// Where models are found: $DYAD_MODELS, else the build's model directory.
std::string ModelDirectory();

// The full lemma of a verb with the particles attached to it by
// compound:prt. Languages that write separable verbs as one word (nl, de,
// af) join them: Dutch "spraken … af" -> "afspreken", "kondigde … aan" ->
// "aankondigen"; others append them with a space: English "broke off" ->
// "break off". Without a particle it is the LEMMA itself. `word` is the
// 0-based index into sentence.Words().
std::string PhrasalLemma(const conllu::Sentence& sentence, size_t word, std::string_view lang);
// The same with `words` = sentence.Words(), for a caller asking of many words.
std::string PhrasalLemma(std::span<const conllu::Row* const> words, size_t word, std::string_view lang);

// How to train a model; written as a recipe file (lang/<iso>/syntax.recipe,
// format in docs/syntax.md) so the exact model can be rebuilt.
struct SyntaxRecipe {
  std::string lang;
  std::vector<std::string> train;  // CoNLL-U paths, relative to DYAD_DATA or absolute
  std::vector<std::string> train_convert;  // per train file: "" or a conversion ("nl-ud2017")
  std::vector<int> train_repeat;           // per train file: copies in the training set (in-domain weight)
  std::string dev;                 // optional: scored after every epoch
  bool dedupe = true;              // drop training sentences whose text was seen before
  int tagger_epochs = 0;           // 0 = the component's default
  int lemmatizer_epochs = 0;
  int parser_epochs = 0;
  int jackknife = 5;               // folds for predicted training tags; 0 = gold tags
  uint64_t seed = 1;
  std::string source;              // the recipe text, stored in the model
};

Result<SyntaxRecipe> ReadSyntaxRecipe(const std::string& path);

struct TrainEvent {
  std::string stage;  // "tagger", "lemmatizer", "parser", "jackknife 2/5", …
  int epoch = 0, epochs = 0;
  double train_accuracy = 0, dev_accuracy = -1, seconds = 0;
  std::string message;  // a line of information instead of an epoch, if set
};

// A hash of everything that determines the model: trainer version, recipe
// and the bytes of every data file.
Result<std::string> SyntaxRecipeHash(const SyntaxRecipe& recipe);

// Trains and writes the model to `output`. `progress` may be null.
Status TrainSyntaxModel(const SyntaxRecipe& recipe, const std::string& output,
                        const std::function<void(const TrainEvent&)>& progress);

// True when `path` holds a model trained by this trainer version from
// exactly this recipe and data (its stored hash equals SyntaxRecipeHash).
bool SyntaxModelIsCurrent(const std::string& path, const SyntaxRecipe& recipe);

}  // namespace dyad
