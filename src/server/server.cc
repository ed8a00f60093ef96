// dyad::Server: cpp-httplib glue around the API (api.cc) and the static
// files (static_files.cc).
#include "dyad/server.h"

#include <httplib.h>

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

#include "dyad/store.h"
#include "server/api.h"
#include "server/json.h"
#include "server/static_files.h"

#ifndef DYAD_WEB_DEFAULT
#define DYAD_WEB_DEFAULT "web"
#endif

namespace dyad {
namespace {

// httplib serves a connection on one thread until it closes, so threads
// bound the connections served at once; more wait in a queue, unanswered.
// Each reconnection passes httplib's listen backlog of 5, where a busy
// machine drops SYNs (1 s, 3 s, 7 s retransmits): hence many keep-alive
// requests per connection, and threads for wrk's 50 connections (measured
// on two loaded cores: 16 threads x 5 requests p99 0.1-3 s, 64 x 100 p99
// 0.07 s at the same throughput). A thread's pool store opens only when
// requests overlap that much.
constexpr int kDefaultThreads = 64;
constexpr size_t kKeepAliveRequests = 100;
constexpr const char* kJson = "application/json; charset=utf-8";

// Read-only stores for the worker threads: a request takes one (opening a
// new one when none is idle) and gives it back, so there are at most as many
// as threads and each is used by one thread at a time.
class StorePool {
 public:
  explicit StorePool(std::string path) : path_(std::move(path)) {}

  Result<std::unique_ptr<Store>> Take() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!idle_.empty()) {
        std::unique_ptr<Store> store = std::move(idle_.back());
        idle_.pop_back();
        return store;
      }
    }
    return Store::Open(path_, Store::Mode::kReadOnly);
  }

  void Give(std::unique_ptr<Store> store) {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(std::move(store));
  }

 private:
  std::string path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Store>> idle_;
};

// A body with a known end: httplib reads it before routing.
bool HasBody(const httplib::Request& req) {
  return req.has_header("Transfer-Encoding") ||
         (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0");
}

void Refuse(const httplib::Request& req, httplib::Response& res) {
  res.status = 405;
  res.set_header("Allow", "GET, HEAD");
  res.set_content(server::ErrorBody(fmt::format("{} not allowed: the API is read-only (GET, HEAD)", req.method)),
                  kJson);
}

bool IsApiPath(const std::string& path) { return path == "/api" || path.starts_with("/api/"); }

// A store taken from the pool for the length of one request.
class PooledStore {
 public:
  explicit PooledStore(StorePool& pool) : pool_(pool) {}
  ~PooledStore() {
    if (store_) pool_.Give(std::move(store_));
  }
  Result<Store*> Get() {
    if (!store_) {
      auto opened = pool_.Take();
      if (!opened.ok()) return opened.status();
      store_ = std::move(*opened);
    }
    return store_.get();
  }

 private:
  StorePool& pool_;
  std::unique_ptr<Store> store_;
};

}  // namespace

std::string DefaultWebDir() {
  const char* env = std::getenv("DYAD_WEB");
  return env != nullptr && *env != '\0' ? std::string(env) : std::string(DYAD_WEB_DEFAULT);
}

struct Server::Impl {
  explicit Impl(ServerOptions o) : options(std::move(o)), pool(options.db) {}

  void HandleGet(const httplib::Request& req, httplib::Response& res) {
    if (IsApiPath(req.path)) {
      PooledStore store(pool);
      const server::Reply reply = server::HandleApi(req.path, req.params, [&] { return store.Get(); });
      res.status = reply.status;
      res.set_header("Cache-Control", "no-cache");
      res.set_content(reply.body, kJson);
      return;
    }
    server::StaticReply reply = server::ServeStatic(options.web_dir, req.path);
    res.status = reply.status;
    res.set_header("Cache-Control", reply.cache_control);
    res.set_content(std::move(reply.body), reply.content_type.c_str());
  }

  void Configure() {
    http.new_task_queue = [n = options.threads > 0 ? options.threads : kDefaultThreads] {
      return new httplib::ThreadPool(static_cast<size_t>(n));
    };
    // Headers and body go out in separate writes: without TCP_NODELAY each
    // answer waits for the client's delayed ACK (~40 ms on Linux).
    http.set_tcp_nodelay(true);
    http.set_keep_alive_max_count(kKeepAliveRequests);
    http.set_default_headers({{"X-Content-Type-Options", "nosniff"}});
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (req.method == "GET" || req.method == "HEAD") {
        HandleGet(req, res);
      } else if (!HasBody(req)) {
        Refuse(req, res);
      } else {
        return httplib::Server::HandlerResponse::Unhandled;
      }
      return httplib::Server::HandlerResponse::Handled;
    });
    // Requests with a body reach these once httplib has read it, so the
    // connection stays in step. (httplib would wait for the end of the
    // connection to read a POST without Content-Length: hence the check.)
    http.Post(".*", Refuse).Put(".*", Refuse).Patch(".*", Refuse).Delete(".*", Refuse).Options(".*", Refuse);
    // Errors httplib answers itself (malformed requests) get a body too.
    http.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request&, httplib::Response& res) {
          if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          res.set_content(server::ErrorBody(fmt::format("HTTP status {}", res.status)), kJson);
          return httplib::Server::HandlerResponse::Handled;
        }));
  }

  ServerOptions options;
  StorePool pool;
  httplib::Server http;
  int port = 0;
  int64_t events_at_start = 0;
  std::atomic<bool> listening{false}, stopping{false};
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Server::~Server() { Stop(); }

Status Server::Start() {
  auto store = impl_->pool.Take();
  if (!store.ok()) return store.status();
  auto summary = (*store)->Summary();
  if (!summary.ok()) return summary.status();
  impl_->events_at_start = summary->events;
  impl_->pool.Give(std::move(*store));
  impl_->Configure();
  const ServerOptions& o = impl_->options;
  impl_->port = o.port == 0 ? impl_->http.bind_to_any_port(o.host) : o.port;
  if (impl_->port <= 0 || (o.port != 0 && !impl_->http.bind_to_port(o.host, o.port)))
    return Status::IoError(fmt::format("cannot listen on {}:{} (address in use, or not this machine's?)", o.host,
                                       o.port));
  return Status::Ok();
}

int Server::port() const { return impl_->port; }
int64_t Server::events_at_start() const { return impl_->events_at_start; }

Status Server::Listen() {
  impl_->listening = true;
  const bool ok = impl_->stopping || impl_->http.listen_after_bind();
  impl_->listening = false;
  if (!ok) return Status::IoError(fmt::format("serving on port {} failed", impl_->port));
  return Status::Ok();
}

void Server::Stop() {
  impl_->stopping = true;
  // httplib's stop() only acts once its accept loop runs: wait for Listen()
  // to get there (or to give up) first.
  while (impl_->listening && !impl_->http.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  impl_->http.stop();
}

}  // namespace dyad
