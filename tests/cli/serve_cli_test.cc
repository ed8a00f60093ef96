// `dyad serve` as a process: the start-up line, answering, a clean stop on
// SIGTERM and SIGINT, and refusing a missing store.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <httplib.h>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "store/store_fixture.h"
#include "test_util.h"

namespace dyad {
namespace {

// A `dyad serve` process; killed when a failed assertion leaves it running.
struct Child {
  pid_t pid = -1;
  std::string first_line;  // what it printed first on stdout
  Child() = default;
  Child(Child&& o) noexcept : pid(std::exchange(o.pid, -1)), first_line(std::move(o.first_line)) {}
  ~Child() {
    if (pid <= 0) return;
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
  }
};

// Starts `dyad serve ARGS...` with stdout on a pipe and stderr into
// `err_path`, and waits for its first line.
Child StartServe(const std::vector<std::string>& args, const std::string& err_path) {
  int out[2];
  if (::pipe(out) != 0) return {};
  Child child;
  child.pid = ::fork();
  if (child.pid == 0) {
    ::dup2(out[1], STDOUT_FILENO);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (err >= 0) ::dup2(err, STDERR_FILENO);
    ::close(out[0]);
    ::close(out[1]);
    std::vector<char*> argv = {const_cast<char*>(DYAD_BINARY), const_cast<char*>("serve")};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(DYAD_BINARY, argv.data());
    ::_exit(127);
  }
  ::close(out[1]);
  char c;
  while (::read(out[0], &c, 1) == 1 && c != '\n') child.first_line += c;
  ::close(out[0]);
  return child;
}

int WaitExit(Child& child) {
  int status = 0;
  ::waitpid(child.pid, &status, 0);
  child.pid = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class ServeCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::TempDir("dyad_serve_cli_" + std::to_string(::getpid()));
    db_ = dir_ + "/events.db";
    ASSERT_TRUE(testing::MakeTestStore(db_).ok());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Starts the server, checks its start-up line and an answer, stops it with `signal`.
  void ServeAndStop(int signal) {
    Child child = StartServe({"--db", db_, "--port", "0", "--web", dir_}, dir_ + "/serve.err");
    ASSERT_GT(child.pid, 0);
    std::smatch m;
    const std::regex line(R"(dyad serve: http://127\.0\.0\.1:(\d+)/ \((\d+) events in (.*)\))");
    ASSERT_TRUE(std::regex_match(child.first_line, m, line)) << child.first_line;
    EXPECT_EQ(m[2], std::to_string(testing::kTestStoreEvents));
    EXPECT_EQ(m[3], db_);
    httplib::Client client("127.0.0.1", std::stoi(m[1]));
    auto res = client.Get("/api/info");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    ::kill(child.pid, signal);
    EXPECT_EQ(WaitExit(child), 0);
    EXPECT_NE(testing::Slurp(dir_ + "/serve.err").find("stopped"), std::string::npos);
  }

  std::string dir_, db_;
};

TEST_F(ServeCli, StopsCleanlyOnSigterm) { ServeAndStop(SIGTERM); }

TEST_F(ServeCli, StopsCleanlyOnSigint) { ServeAndStop(SIGINT); }

TEST_F(ServeCli, RefusesAMissingStoreWithoutCreatingIt) {
  const std::string missing = dir_ + "/missing.db";
  const testing::CliRun run = testing::RunDyad("serve --db " + missing + " --port 0", "serve_missing");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find(missing), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST_F(ServeCli, RefusesAFileThatIsNotAStore) {
  const std::string text = testing::WriteFileIn(dir_, "notes.db", "not a database\n");
  const testing::CliRun run = testing::RunDyad("serve --db " + text + " --port 0", "serve_foreign");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find(text), std::string::npos) << run.err;
  EXPECT_EQ(testing::Slurp(text), "not a database\n");
}

TEST_F(ServeCli, WarnsWhenListeningBeyondLoopback) {
  Child child = StartServe({"--db", db_, "--port", "0", "--host", "0.0.0.0"}, dir_ + "/serve.err");
  ASSERT_GT(child.pid, 0);
  EXPECT_NE(child.first_line.find("http://0.0.0.0:"), std::string::npos) << child.first_line;
  ::kill(child.pid, SIGTERM);
  EXPECT_EQ(WaitExit(child), 0);
  EXPECT_NE(testing::Slurp(dir_ + "/serve.err").find("warning: listening on 0.0.0.0"), std::string::npos);
}

}  // namespace
}  // namespace dyad
