// JSON bodies of the HTTP API (json.h).
#include "server/json.h"

#include "dyad/coder.h"

#ifndef DYAD_VERSION
#define DYAD_VERSION "unknown"
#endif

namespace dyad::server {

Json EventJson(const StoredEvent& e) {
  Json j;
  j["id"] = e.id;
  j["document_id"] = e.document_id;
  // EventToJson is the one definition of the record (docs/events.md); its
  // fields follow the store's keys in their own order.
  Json record = Json::parse(EventToJson(e.event));
  for (auto& [key, value] : record.items()) j[key] = std::move(value);
  return j;
}

Json EventsJson(std::span<const StoredEvent> events) {
  Json list = Json::array();
  for (const StoredEvent& e : events) list.push_back(EventJson(e));
  return list;
}

Json BucketJson(const DyadBucket& b) {
  Json roots = Json::object();
  for (const auto& [root, n] : b.roots) roots[root] = n;
  return {{"period", b.period},         {"events", b.events},
          {"quad", b.quad},             {"roots", std::move(roots)},
          {"goldstein_sum", b.goldstein_sum}, {"goldstein_mean", b.goldstein_mean},
          {"documents", b.documents}};
}

Json ActorJson(const ActorCount& a) {
  return {{"code", a.code}, {"as_source", a.as_source}, {"as_target", a.as_target},
          {"events", a.as_source + a.as_target}};
}

Json EdgeJson(const DyadEdge& e) {
  return {{"source", e.source}, {"target", e.target}, {"events", e.events}, {"goldstein_mean", e.goldstein_mean}};
}

Json DocumentJson(const StoredDocument& d, std::span<const StoredEvent> events) {
  Json sentences = Json::array();
  for (const StoredSentence& s : d.sentences)
    sentences.push_back({{"index", s.index}, {"begin", s.begin}, {"end", s.end}, {"text", s.text}});
  return {{"id", d.id},       {"doc_id", d.doc_id}, {"source", d.source},           {"url", d.url},
          {"title", d.title}, {"date", d.date.ToString()}, {"lang", d.lang}, {"sentences", std::move(sentences)},
          {"events", EventsJson(events)}};
}

Json InfoJson(const StoreSummary& s) {
  return {{"version", DYAD_VERSION},       {"schema_version", Store::SchemaVersion()},
          {"documents", s.documents},      {"events", s.events},
          {"first_date", s.first.ToString()}, {"last_date", s.last.ToString()}};
}

std::string Dump(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string ErrorBody(const std::string& message) { return Dump(Json{{"error", message}}); }

}  // namespace dyad::server
