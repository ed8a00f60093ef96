// Queries over the store. Placeholder until the query layer lands: every
// query reports that it is not implemented yet.
#include "store/sqlite_store.h"

namespace dyad::store {
namespace {
Status NotYet() { return Status::Unsupported("store queries are not implemented yet"); }
}  // namespace

Result<EventPage> SqliteStore::Events(const EventFilter&) { return NotYet(); }
Status SqliteStore::ForEachEvent(const EventFilter&, const std::function<bool(const StoredEvent&)>&) {
  return NotYet();
}
Result<std::vector<DyadBucket>> SqliteStore::Dyads(const DyadQuery&) { return NotYet(); }
Result<std::vector<ActorCount>> SqliteStore::Actors(const std::string&, int64_t) { return NotYet(); }
Result<std::vector<DyadEdge>> SqliteStore::Network(const NetworkQuery&) { return NotYet(); }
Result<StoredDocument> SqliteStore::GetDocument(int64_t) { return NotYet(); }

}  // namespace dyad::store
