// `dyad serve`: the JSON HTTP API and the web dashboard over an event store.
//
//   dyad serve --db FILE.db [--port 8080] [--host 127.0.0.1] [--web DIR] [--threads N] [--cache-mb N]
//
// Read-only: the store must exist (`dyad ingest` makes it) and is never
// written. --port 0 picks a free port; the start-up line names it. Stops
// cleanly on SIGINT and SIGTERM. Exit status: 0 after a signal, 1 when the
// store cannot be opened or the address not bound.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "dyad/server.h"
#include "dyad/status.h"

namespace dyad::cli {
namespace {

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

std::string Url(const std::string& host, int port) {
  const bool v6 = host.find(':') != std::string::npos;
  return "http://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port) + "/";
}

sigset_t StopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  return signals;
}

// Serves until SIGINT or SIGTERM. The signals are blocked in every thread
// (httplib's workers inherit the mask) and taken here with sigtimedwait, so
// Stop() runs in an ordinary thread, never in a signal handler.
int ServeUntilSignal(Server& server) {
  const sigset_t signals = StopSignals();
  std::atomic<bool> done{false};
  Status listened;
  std::thread listener([&] {
    listened = server.Listen();
    done = true;
  });
  const timespec tick{0, 200'000'000};
  int signal = -1;
  while (!done && signal < 0) signal = sigtimedwait(&signals, nullptr, &tick);
  server.Stop();
  listener.join();
  if (!listened.ok()) {
    std::fprintf(stderr, "dyad serve: error: %s\n", listened.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "dyad serve: stopped (%s)\n", signal == SIGINT ? "SIGINT" : "SIGTERM");
  return 0;
}

int Run(ServerOptions options) {
  const sigset_t signals = StopSignals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  if (options.web_dir.empty()) options.web_dir = DefaultWebDir();
  const std::string db = options.db, host = options.host;
  Server server(std::move(options));
  if (Status s = server.Start(); !s.ok()) {
    std::fprintf(stderr, "dyad serve: error: %s\n", s.ToString().c_str());
    return 1;
  }
  if (!IsLoopback(host))
    std::fprintf(stderr, "dyad serve: warning: listening on %s, not a loopback address: anyone who can reach this "
                 "machine can read the store (there is no authentication)\n", host.c_str());
  std::printf("dyad serve: %s (%lld events in %s)\n", Url(host, server.port()).c_str(),
              static_cast<long long>(server.events_at_start()), db.c_str());
  std::fflush(stdout);
  return ServeUntilSignal(server);
}

}  // namespace

void RegisterServe(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ServerOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the JSON HTTP API and the web dashboard over an event store");
  cmd->add_option("--db", options->db, "event store (made by `dyad ingest`; opened read-only)")->required();
  cmd->add_option("--port", options->port, "TCP port (default 8080; 0: any free port)")->check(CLI::Range(0, 65535));
  cmd->add_option("--host", options->host, "address to listen on (default 127.0.0.1)");
  cmd->add_option("--web", options->web_dir, "the built dashboard (default: $DYAD_WEB, else the build's web/)");
  cmd->add_option("--threads", options->threads, "worker threads: connections served at once (default 64)")
      ->check(CLI::Range(1, 1024));
  auto cache_mb = std::make_shared<size_t>(options->cache_bytes >> 20);
  cmd->add_option("--cache-mb", *cache_mb, "MB for API answers kept while the store is unchanged (default 64; 0: none)")
      ->check(CLI::Range(0, 65536));
  cmd->callback([options, cache_mb, exit_code] {
    options->cache_bytes = *cache_mb << 20;
    *exit_code = Run(*options);
  });
}

}  // namespace dyad::cli
