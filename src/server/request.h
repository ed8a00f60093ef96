// Query strings of the HTTP API turned into store queries, with validation.
// Pure functions (no HTTP, no store) so they are tested on their own.
//
// Every error is an Invalid status whose message starts with the parameter's
// name ("from: not a date: 2022-13"); the server answers it with 400.
// Unknown parameters and parameters given twice are errors too: a typo
// should not silently widen a query.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::server {

// Decoded query parameters, as httplib::Params holds them.
using Params = std::multimap<std::string, std::string>;

inline constexpr int64_t kMaxPerPage = 500;
inline constexpr int64_t kMaxLimit = 1000;

// GET /api/events: source, target, actor, between=A,B, code, quad, from, to,
// q, page (>= 1), per_page (1..500).
struct EventsRequest {
  EventFilter filter;  // limit/offset set from page and per_page
  int64_t page = 1, per_page = 50;
};
Result<EventsRequest> ParseEventsRequest(const Params& params);

// GET /api/dyads: a, b (required), by, from, to, quad, code.
Result<DyadQuery> ParseDyadsRequest(const Params& params);

// GET /api/actors: prefix, limit (1..1000).
struct ActorsRequest {
  std::string prefix;
  int64_t limit = 100;
};
Result<ActorsRequest> ParseActorsRequest(const Params& params);

// GET /api/network: from, to, quad, code, level=country|actor, limit (1..1000).
Result<NetworkQuery> ParseNetworkRequest(const Params& params);

// Endpoints without parameters (GET /api/info, /api/documents/{id}).
Status ParseNoParams(const Params& params);

// The {id} of /api/documents/{id}: a positive decimal number.
Result<int64_t> ParseDocumentId(std::string_view text);

// Single values, exposed for the tests. `name` prefixes the messages.
// YYYY, YYYY-MM or YYYY-MM-DD.
Result<Date> ParseDateParam(std::string_view name, std::string_view value);
// Letters only, at most 15, returned in upper case.
Result<std::string> ParseActorParam(std::string_view name, std::string_view value);
// A CAMEO event code or a prefix of one, in canonical form ("863" -> "0863").
Result<std::string> ParseCodeParam(std::string_view name, std::string_view value);
// A decimal integer in [min, max].
Result<int64_t> ParseIntParam(std::string_view name, std::string_view value, int64_t min, int64_t max);

}  // namespace dyad::server
