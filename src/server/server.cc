// dyad::Server: cpp-httplib glue around the API (api.cc) and the static
// files (static_files.cc).
#include "dyad/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

#include "dyad/store.h"
#include "server/api.h"
#include "server/cache.h"
#include "server/json.h"
#include "server/static_files.h"
#include "server/store_pool.h"

#ifndef DYAD_WEB_DEFAULT
#define DYAD_WEB_DEFAULT "web"
#endif

namespace dyad {
namespace {

// httplib serves a connection on one thread until it closes, so threads
// bound the connections served at once; more wait in a queue, unanswered
// (wrk -c50, answers not cached: 16 threads p99 1.2 s, 64 threads 43 ms). Many
// requests per keep-alive connection spare reconnections.
constexpr int kDefaultThreads = 64;
constexpr size_t kKeepAliveRequests = 100;
constexpr const char* kJson = "application/json; charset=utf-8";

// httplib's listening socket with a longer accept queue: 0.11 listens with a
// backlog of 5, and a full queue drops new connections' SYNs, which clients
// retry only after 1, 3, 7 s (seen under wrk -c50 as p99 latencies of
// seconds). Linux lets listen() be called again to change the backlog.
class HttpServer : public httplib::Server {
 public:
  bool WidenBacklog() { return ::listen(svr_sock_, SOMAXCONN) == 0; }
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

// The cache key of a request: its path and decoded parameters, each
// length-prefixed so that no two requests share one.
std::string CacheKey(const httplib::Request& req) {
  std::string key = req.path;
  for (const auto& [name, value] : req.params)
    key += fmt::format("\n{}:{}={}:{}", name.size(), name, value.size(), value);
  return key;
}

}  // namespace

std::string DefaultWebDir() {
  const char* env = std::getenv("DYAD_WEB");
  return env != nullptr && *env != '\0' ? std::string(env) : std::string(DYAD_WEB_DEFAULT);
}

struct Server::Impl {
  explicit Impl(ServerOptions o)
      : options(std::move(o)), pool(options.db), watch(options.db), cache(options.cache_bytes) {}

  void HandleGet(const httplib::Request& req, httplib::Response& res) {
    if (IsApiPath(req.path)) {
      const server::Reply reply = AnswerApi(req);
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

  // Answers from the cache while no other connection has committed since;
  // a pool store is taken only to compute an answer.
  server::Reply AnswerApi(const httplib::Request& req) {
    server::PooledStore store(pool);
    const auto answer = [&] { return server::HandleApi(req.path, req.params, [&] { return store.Get(); }); };
    if (options.cache_bytes == 0) return answer();
    if (watch.Changed()) cache.Invalidate();
    return cache.Get(CacheKey(req), answer);
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
  server::StorePool pool;
  server::StoreWatch watch;
  server::ReplyCache cache;
  HttpServer http;
  int port = 0;
  int64_t events_at_start = 0;
  std::atomic<bool> listening{false}, stopping{false};
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Server::~Server() { Stop(); }

Status Server::Start() {
  {
    server::PooledStore store(impl_->pool);
    auto opened = store.Get();
    if (!opened.ok()) return opened.status();
    auto summary = (*opened)->Summary();
    if (!summary.ok()) return summary.status();
    impl_->events_at_start = summary->events;
  }
  impl_->Configure();
  const ServerOptions& o = impl_->options;
  impl_->port = o.port == 0 ? impl_->http.bind_to_any_port(o.host) : o.port;
  if (impl_->port <= 0 || (o.port != 0 && !impl_->http.bind_to_port(o.host, o.port)) ||
      !impl_->http.WidenBacklog())
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
