// `dyad serve`: a read-only JSON HTTP API over an event store, and the web
// dashboard's static files. Endpoints and their JSON: docs/http-api.md and
// docs/http-api.yaml (OpenAPI 3.0).
//
// Contracts:
//  - Read-only: the store is opened read-only (never created or migrated);
//    only GET and HEAD are answered, other methods get 405.
//  - Every worker thread uses its own Store (opened on first use and kept
//    for the next request), as the Store contract requires.
//  - API answers are cached until another connection (dyad ingest) commits
//    to the store: a request never sees data older than the last commit
//    before it began.
//  - Bad parameters are 400 with {"error": "..."} naming the parameter,
//    unknown /api paths and documents 404; 5xx only when the store fails.
//  - Static files come from `web_dir` only: paths that leave it are refused.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "dyad/status.h"

namespace dyad {

struct ServerOptions {
  std::string db;                 // event store (must exist)
  std::string host = "127.0.0.1";
  int port = 8080;                // 0: any free port (see Server::port())
  std::string web_dir;            // the built dashboard; "" or no index.html: a placeholder page
  int threads = 0;                // worker threads = connections served at once; 0: 64
  size_t cache_bytes = 64 << 20;  // answers kept while the store is unchanged; 0: no cache
};

// The dashboard directory when none is given: $DYAD_WEB if set, else the
// build tree's web/ (where the front end's build puts it).
std::string DefaultWebDir();

class Server {
 public:
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Opens the store once (so a missing or foreign file fails here, not on
  // the first request) and binds the address. Does not serve yet.
  Status Start();
  // The bound port, after Start().
  int port() const;
  // Events in the store when Start() opened it (for the start-up line).
  int64_t events_at_start() const;
  // Serves until Stop(); blocks the calling thread.
  Status Listen();
  // Makes Listen() return; callable from any thread, before or during
  // Listen(). Not async-signal-safe: call it from a thread that waited for
  // the signal (sigwait), not from a signal handler.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad
