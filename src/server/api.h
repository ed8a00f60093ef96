// The /api endpoints as plain functions of (path, parameters, store), so
// they are tested and reasoned about without sockets. server.cc adds HTTP.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "dyad/store.h"
#include "server/request.h"

namespace dyad::server {

struct Reply {
  int status = 200;
  std::string body;  // JSON; {"error": ...} when status is not 200
};

// The store a request reads, opened on first use; an error when it cannot be.
using StoreSource = std::function<Result<Store*>()>;

// Answers GET `path` (under /api/) with `params`. 400 for bad parameters, 404
// for unknown endpoints and documents, 503 when the store cannot be opened,
// 500 when a query fails for another reason than its input.
Reply HandleApi(std::string_view path, const Params& params, const StoreSource& store);

// "/api/info", "/api/events", ...: the endpoints, for the placeholder page.
const std::vector<std::string>& ApiEndpoints();

}  // namespace dyad::server
