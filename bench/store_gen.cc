#include "store_gen.h"

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <numeric>
#include <algorithm>
#include <random>
#include <sstream>
#include <vector>

#include "dyad/ontology.h"
#include "dyad/store.h"

namespace dyad::bench {
namespace {

// Roughly by how often news names them; the rank sets the Zipf weight.
constexpr const char* kCountries =
    "USA RUS CHN UKR GBR FRA DEU ISR IRN TUR IND PRK KOR JPN SYR IRQ AFG PAK SAU EGY PSE ITA ESP CAN AUS BRA MEX "
    "NLD BEL POL VEN NGA ZAF KEN ETH SDN LBY YEM LBN JOR QAT ARE KWT BHR OMN AZE ARM GEO BLR KAZ UZB TKM KGZ TJK "
    "MNG VNM THA MMR PHL IDN MYS SGP TWN HKG BGD LKA NPL CUB COL PER CHL ARG BOL ECU URY PRY NIC HND GTM SLV PAN "
    "HTI DOM JAM SWE NOR FIN DNK ISL IRL PRT GRC CYP MLT AUT CHE CZE SVK HUN ROU BGR SRB HRV BIH SVN MKD ALB MNE "
    "KSV MDA LTU LVA EST DZA MAR TUN MRT MLI NER TCD CMR CAF COD COG AGO ZMB ZWE MOZ TZA UGA RWA BDI SOM DJI ERI "
    "SSD GHA CIV SEN GIN SLE LBR BFA TGO BEN GAB NAM BWA MDG NZL PNG FJI";
constexpr const char* kAgents = "GOV MIL OPP REB COP JUD LEG BUS MED CVL EDU HLH LAB SPY PTY";
constexpr const char* kInternational = "IGOUNO IGOEUREEC IGONAT IGOAFRAU NGOAMN NGOHRW";
// Share of events per CAMEO root 01..20, in per mille (GDELT-like).
constexpr int kRootWeights[20] = {80, 70, 60, 200, 100, 25, 15, 25, 10, 20, 60, 30, 20, 20, 10, 20, 50, 50, 70, 5};
constexpr const char* kFiller =
    "the said on in of and to a minister president government officials talks meeting week year country "
    "capital border forces security statement told reporters spokesman ministry foreign defence agreement "
    "economic trade oil gas energy prices election parliament opposition protest police army troops attack "
    "killed wounded city region north south east west state media agency report according sources visit "
    "leaders summit nuclear missile program sanctions aid humanitarian refugees crisis peace ceasefire war "
    "conflict negotiations deal support relations cooperation diplomatic embassy ambassador council united "
    "nations resolution vote veto court trial rights human freedom press journalists arrested released "
    "prisoners hostages border crossing military exercise drills navy air strike drone bombing rebels "
    "militants groups allies partners economy growth bank loan investment infrastructure pipeline port "
    "visit monday tuesday wednesday thursday friday saturday sunday earlier later today yesterday";

std::vector<std::string> Words(const char* text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::discrete_distribution<size_t> Zipf(size_t n, double s) {
  std::vector<double> w(n);
  for (size_t i = 0; i < n; ++i) w[i] = 1.0 / std::pow(static_cast<double>(i + 1), s);
  return std::discrete_distribution<size_t>(w.begin(), w.end());
}

class Generator {
 public:
  explicit Generator(uint64_t seed)
      : rng_(seed), countries_(Words(kCountries)), agents_(Words(kAgents)), igos_(Words(kInternational)),
        filler_(Words(kFiller)), country_(Zipf(countries_.size(), 1.0)), filler_word_(Zipf(filler_.size(), 0.8)),
        root_(std::begin(kRootWeights), std::end(kRootWeights)) {
    for (const ontology::EventCode& c : ontology::EventCodes()) by_root_[std::stoi(c.root) - 1].push_back(&c);
  }

  // One document with its sentences and 1-3 events, numbered `n`.
  void Next(int64_t n, Document* doc, std::vector<StoredSentence>* sentences, std::vector<Event>* events) {
    doc->id = fmt::format("gen-{}", n);
    doc->source = "synthetic";
    doc->record = static_cast<size_t>(n);
    doc->lang = "en";
    doc->date = RandomDay();
    const int n_sentences = Uniform(3, 7), n_events = Uniform(1, 3);
    std::vector<std::string> texts(static_cast<size_t>(n_sentences));
    for (std::string& t : texts) t = Filler(Uniform(10, 25));
    std::vector<size_t> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng_);
    events->clear();
    for (int i = 0; i < n_events; ++i) {  // in distinct sentences
      Event e = RandomEvent(*doc);
      e.sentence = order[static_cast<size_t>(i)];
      texts[e.sentence] = fmt::format("{} {} {} {}.", e.source_text, e.predicate_text, e.target_text, Filler(8));
      events->push_back(std::move(e));
    }
    Assemble(texts, doc, sentences);
    for (Event& e : *events) e.text = texts[e.sentence];
  }

 private:
  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

  Date RandomDay() {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int y = Uniform(2015, 2024), m = Uniform(1, 12);
    return Date{y, m, Uniform(1, kDays[m - 1]), Date::Precision::kDay};
  }

  std::string Filler(int words) {
    std::string out;
    for (int i = 0; i < words; ++i) out += (i == 0 ? "" : " ") + filler_[filler_word_(rng_)];
    return out;
  }

  std::string Actor() {
    if (Uniform(0, 99) < 3) return igos_[static_cast<size_t>(Uniform(0, static_cast<int>(igos_.size()) - 1))];
    std::string code = countries_[country_(rng_)];
    if (Uniform(0, 1) == 1) code += agents_[static_cast<size_t>(Uniform(0, static_cast<int>(agents_.size()) - 1))];
    return code;
  }

  Event RandomEvent(const Document& doc) {
    Event e;
    e.doc_id = doc.id;
    e.doc_date = doc.date;
    e.date = doc.date;
    const int p = Uniform(0, 99);
    if (p < 8) e.date = Date{doc.date.year, doc.date.month, 0, Date::Precision::kMonth};
    else if (p < 10) e.date = Date{doc.date.year, 0, 0, Date::Precision::kYear};
    e.source = Actor();
    do e.target = Actor();
    while (e.target.substr(0, 3) == e.source.substr(0, 3) && Uniform(0, 9) < 8);
    const auto& codes = by_root_[root_(rng_)];
    const ontology::EventCode& c = *codes[static_cast<size_t>(Uniform(0, static_cast<int>(codes.size()) - 1))];
    e.code = c.code, e.root = c.root, e.quad = c.quad, e.goldstein = c.goldstein;
    e.plover_type = c.plover.type, e.plover_mode = c.plover.mode, e.plover_context = c.plover.context;
    e.lang = "en";
    e.source_text = e.source, e.target_text = e.target, e.predicate_text = c.name;
    return e;
  }

  static void Assemble(const std::vector<std::string>& texts, Document* doc, std::vector<StoredSentence>* out) {
    out->clear();
    doc->text.clear();
    for (size_t i = 0; i < texts.size(); ++i) {
      if (i > 0) doc->text += ' ';
      const auto begin = static_cast<int64_t>(doc->text.size());
      doc->text += texts[i];
      out->push_back({static_cast<int>(i), begin, static_cast<int64_t>(doc->text.size()), texts[i]});
    }
  }

  std::mt19937_64 rng_;
  std::vector<std::string> countries_, agents_, igos_, filler_;
  std::discrete_distribution<size_t> country_, filler_word_, root_;
  std::map<int, std::vector<const ontology::EventCode*>> by_root_;
};

}  // namespace

Result<GenStats> GenerateStore(const std::string& path, const GenOptions& options) {
  if (std::error_code ec; std::filesystem::exists(path, ec))
    return Status::Invalid(path + ": exists; the generator only creates new stores");
  const auto start = std::chrono::steady_clock::now();
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  if (!store.ok()) return store.status();
  Result<int64_t> run = (*store)->BeginRun({"dyad_gen_events", "", "synthetic", "", ""});
  if (!run.ok()) return run.status();
  Generator gen(options.seed);
  GenStats stats;
  Document doc;
  std::vector<StoredSentence> sentences;
  std::vector<Event> events;
  while (stats.events < options.events) {
    gen.Next(stats.documents, &doc, &sentences, &events);
    if (auto id = (*store)->Put(*run, doc, sentences, events); !id.ok()) return id.status();
    ++stats.documents;
    stats.sentences += static_cast<int64_t>(sentences.size());
    stats.events += static_cast<int64_t>(events.size());
    if (stats.documents % options.batch == 0)
      if (Status s = (*store)->Commit(); !s.ok()) return s;
  }
  if (Status s = (*store)->FinishRun(*run, {stats.documents, 0, stats.events, 0}); !s.ok()) return s;
  if (Status s = (*store)->Commit(); !s.ok()) return s;
  store->reset();  // closes the database, checkpointing the WAL
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::error_code ec;
  stats.bytes = static_cast<int64_t>(std::filesystem::file_size(path, ec));
  return stats;
}

}  // namespace dyad::bench
