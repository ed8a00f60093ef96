// The JSON bodies of the HTTP API (docs/http-api.yaml gives their schemas).
// Field order is fixed (ordered_json) so responses read like the docs.
#pragma once

#include <nlohmann/json.hpp>

#include <span>
#include <string>

#include "dyad/store.h"

namespace dyad::server {

using Json = nlohmann::ordered_json;

// The JSONL event record of docs/events.md (EventToJson) preceded by the
// store's keys: {"id", "document_id", "doc_id", "sentence", ...}.
Json EventJson(const StoredEvent& event);
Json EventsJson(std::span<const StoredEvent> events);
Json BucketJson(const DyadBucket& bucket);
Json ActorJson(const ActorCount& actor);
Json EdgeJson(const DyadEdge& edge);
// The document with its sentences and `events` (its stored events).
Json DocumentJson(const StoredDocument& document, std::span<const StoredEvent> events);
// GET /api/info: version, schema version, counts and date range.
Json InfoJson(const StoreSummary& summary);

// Serialises for the wire: compact, invalid UTF-8 replaced (never thrown).
std::string Dump(const Json& json);
// {"error": message}
std::string ErrorBody(const std::string& message);

}  // namespace dyad::server
