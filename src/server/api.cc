// The /api endpoints (api.h).
#include "server/api.h"

#include <fmt/format.h>

#include "server/json.h"

namespace dyad::server {
namespace {

constexpr std::string_view kDocuments = "/api/documents/";

Reply Error(int status, const std::string& message) { return {status, ErrorBody(message)}; }

// A failed store query: bad input the parser could not see (an FTS5 syntax
// error) is the client's; anything else is the server's.
Reply QueryError(const Status& s) {
  switch (s.code()) {
    case Code::kInvalidArgument: return Error(400, s.message());
    case Code::kNotFound: return Error(404, s.message());
    case Code::kUnsupported: return Error(501, s.message());
    default: return Error(500, s.message());
  }
}

std::string_view GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kDay: return "day";
    case Granularity::kWeek: return "week";
    case Granularity::kMonth: return "month";
    case Granularity::kYear: return "year";
  }
  return "";
}

Reply Info(Store& store) {
  auto summary = store.Summary();
  if (!summary.ok()) return QueryError(summary.status());
  return {200, Dump(InfoJson(*summary))};
}

Reply Events(Store& store, const EventsRequest& r) {
  auto page = store.Events(r.filter);
  if (!page.ok()) return QueryError(page.status());
  return {200, Dump({{"total", page->total}, {"page", r.page}, {"per_page", r.per_page},
                     {"events", EventsJson(page->events)}})};
}

Reply Dyads(Store& store, const DyadQuery& q) {
  auto series = store.Dyads(q);
  if (!series.ok()) return QueryError(series.status());
  Json list = Json::array();
  for (const DyadBucket& b : *series) list.push_back(BucketJson(b));
  return {200, Dump({{"a", q.a}, {"b", q.b}, {"by", GranularityName(q.by)}, {"series", std::move(list)}})};
}

Reply Actors(Store& store, const ActorsRequest& r) {
  auto actors = store.Actors(r.prefix, r.limit);
  if (!actors.ok()) return QueryError(actors.status());
  Json list = Json::array();
  for (const ActorCount& a : *actors) list.push_back(ActorJson(a));
  return {200, Dump({{"actors", std::move(list)}})};
}

Reply Network(Store& store, const NetworkQuery& q) {
  auto edges = store.Network(q);
  if (!edges.ok()) return QueryError(edges.status());
  Json list = Json::array();
  for (const DyadEdge& e : *edges) list.push_back(EdgeJson(e));
  return {200, Dump({{"edges", std::move(list)}})};
}

Reply Document(Store& store, int64_t id) {
  auto document = store.GetDocument(id);
  if (!document.ok())
    return document.status().code() == Code::kNotFound ? Error(404, fmt::format("no document {}", id))
                                                       : QueryError(document.status());
  EventFilter filter;
  filter.document_id = id;
  filter.limit = 0;
  auto events = store.Events(filter);
  if (!events.ok()) return QueryError(events.status());
  return {200, Dump(DocumentJson(*document, events->events))};
}

// Parses the request with `parse`, then answers it from the store with `answer`.
template <typename Parse, typename Answer>
Reply Run(const StoreSource& source, Parse parse, Answer answer) {
  auto request = parse();
  if (!request.ok()) return Error(400, request.status().message());
  auto store = source();
  if (!store.ok()) return Error(503, store.status().message());
  return answer(**store, *request);
}

Result<bool> NoParams(const Params& params) {
  if (Status s = ParseNoParams(params); !s.ok()) return s;
  return true;
}

Result<int64_t> DocumentRequest(std::string_view id_text, const Params& params) {
  if (Status s = ParseNoParams(params); !s.ok()) return s;
  return ParseDocumentId(id_text);
}

}  // namespace

const std::vector<std::string>& ApiEndpoints() {
  static const std::vector<std::string> kEndpoints = {"/api/info",   "/api/events",  "/api/dyads",
                                                      "/api/actors", "/api/network", "/api/documents/{id}"};
  return kEndpoints;
}

Reply HandleApi(std::string_view path, const Params& p, const StoreSource& store) {
  if (path == "/api/info") return Run(store, [&] { return NoParams(p); }, [](Store& s, bool) { return Info(s); });
  if (path == "/api/events") return Run(store, [&] { return ParseEventsRequest(p); }, Events);
  if (path == "/api/dyads") return Run(store, [&] { return ParseDyadsRequest(p); }, Dyads);
  if (path == "/api/actors") return Run(store, [&] { return ParseActorsRequest(p); }, Actors);
  if (path == "/api/network") return Run(store, [&] { return ParseNetworkRequest(p); }, Network);
  if (path.starts_with(kDocuments) && path.size() > kDocuments.size() &&
      path.find('/', kDocuments.size()) == std::string_view::npos)
    return Run(store, [&] { return DocumentRequest(path.substr(kDocuments.size()), p); }, Document);
  return Error(404, fmt::format("no such endpoint: {} (see {})", path, fmt::join(ApiEndpoints(), ", ")));
}

}  // namespace dyad::server
