#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <xxhash.h>

#include <set>
#include <tuple>

#include "coder/events_internal.h"
#include "util/csv.h"
#include "dyad/ontology.h"

namespace dyad {
namespace coder {

void FillCodeFacts(Event* e) {
  const ontology::EventCode* c = ontology::FindEventCode(e->code);
  e->root = e->code.substr(0, 2);
  if (c == nullptr) return;
  e->root = c->root;
  e->quad = c->quad;
  e->goldstein = c->goldstein;
  e->plover_type = c->plover.type;
  e->plover_mode = c->plover.mode;
  e->plover_context = c->plover.context;
}

void Deduplicate(std::vector<Event>* events) {
  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;
  std::vector<Event> kept;
  for (Event& e : *events)
    if (seen.emplace(e.source, e.target, e.code, e.date.ToString()).second) kept.push_back(std::move(e));
  *events = std::move(kept);
}

}  // namespace coder

namespace {

// GDELT's ten actor columns: code, name, country, known group, ethnic,
// two religions, three types.
void AppendActor(const std::string& code, const std::string& name, std::string* out) {
  const std::vector<std::string> parts = ontology::SplitActorCode(code);
  std::vector<std::string> types;
  std::string group;
  for (const std::string& p : parts) {
    if (ontology::FindActorType(p) != nullptr && types.size() < 3) types.push_back(p);
    else if (p != ontology::CountryOf(code) && group.empty() && p.size() == 3) group = p;
  }
  types.resize(3);
  *out += fmt::format("\t{}\t{}\t{}\t{}\t\t\t", code == "---" ? "" : code, name, ontology::CountryOf(code), group);
  *out += fmt::format("\t{}\t{}\t{}", types[0], types[1], types[2]);
}

std::string SqlDate(const Date& d) { return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day); }

}  // namespace

std::string EventToJson(const Event& e) {
  nlohmann::ordered_json j;
  j["doc_id"] = e.doc_id;
  j["sentence"] = e.sentence;
  j["date"] = e.date.ToString();
  j["doc_date"] = e.doc_date.ToString();
  j["source"] = e.source;
  j["target"] = e.target;
  j["code"] = e.code;
  j["root"] = e.root;
  j["quad"] = e.quad;
  j["goldstein"] = e.goldstein;
  j["plover"] = {{"type", e.plover_type}, {"mode", e.plover_mode}, {"context", e.plover_context}};
  j["lang"] = e.lang;
  j["text"] = e.text;
  j["source_text"] = e.source_text;
  j["target_text"] = e.target_text;
  j["predicate_text"] = e.predicate_text;
  if (e.negated) j["negated"] = true;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string EventTsvHeader() {
  std::string h = "GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate";
  for (const char* a : {"Actor1", "Actor2"})
    for (const char* f : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
      h += fmt::format("\t{}{}", a, f);
  h += "\tIsRootEvent\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\tNumMentions"
       "\tNumSources\tNumArticles\tAvgTone";
  for (const char* g : {"Actor1Geo", "Actor2Geo", "ActionGeo"})
    for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"})
      h += fmt::format("\t{}_{}", g, f);
  return h + "\tDATEADDED\tSOURCEURL";
}

std::string EventToTsv(const Event& e) {
  const Date& d = e.date;
  // Stable across runs and machines, so exports can be joined later.
  const std::string key = fmt::format("{}\t{}\t{}\t{}\t{}", e.doc_id, e.sentence, e.source, e.target, e.code);
  const uint64_t id = XXH64(key.data(), key.size(), 0) & 0x7fffffffffffULL;
  std::string out = fmt::format("{}\t{}\t{:04}{:02}\t{:04}\t{:.4f}", id, SqlDate(d), d.year, d.month, d.year,
                                d.year + (std::max(d.month, 1) - 1) / 12.0 + (std::max(d.day, 1) - 1) / 365.0);
  AppendActor(e.source, e.source_text, &out);
  AppendActor(e.target, e.target_text, &out);
  out += fmt::format("\t1\t{}\t{}\t{}\t{}\t{}\t1\t1\t1\t", e.code, e.code.substr(0, 3), e.root, e.quad, e.goldstein);
  for (int i = 0; i < 24; ++i) out += '\t';
  out += fmt::format("\t{}\t{}", SqlDate(e.doc_date), e.doc_id);
  return out;
}

std::string EventToPlover(const Event& e) {
  nlohmann::ordered_json j;
  j["id"] = e.doc_id + "-" + std::to_string(e.sentence);
  j["date"] = e.date.ToString();
  j["event_type"] = e.plover_type;
  j["mode"] = e.plover_mode;
  j["context"] = e.plover_context;
  j["actor"] = e.source;
  j["actor_country"] = e.source.substr(0, 3);
  j["recipient"] = e.target;
  j["recipient_country"] = e.target.substr(0, 3);
  j["cameo_code"] = e.code;
  j["language"] = e.lang;
  j["text"] = e.text;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string EventCsvHeader() {
  return "doc_id,sentence,date,doc_date,source,target,code,root,quad,goldstein,plover_type,plover_mode,"
         "plover_context,lang,text,source_text,target_text,predicate_text,negated";
}

std::string EventToCsv(const Event& e) {
  return CsvRecord({e.doc_id, std::to_string(e.sentence), e.date.ToString(), e.doc_date.ToString(), e.source,
                    e.target, e.code, e.root, std::to_string(e.quad), fmt::format("{}", e.goldstein),
                    e.plover_type, e.plover_mode, e.plover_context, e.lang, e.text, e.source_text, e.target_text,
                    e.predicate_text, e.negated ? "true" : "false"});
}

}  // namespace dyad
