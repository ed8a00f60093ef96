// The API's answer cache (src/server/cache.h): what is kept, what is
// forgotten, and one computation for concurrent requests.
#include "server/cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace dyad::server {
namespace {

TEST(ServerCache, KeepsOkAnswers) {
  ReplyCache cache(1 << 20);
  int computed = 0;
  const auto answer = [&] { return Reply{200, "{\"n\":" + std::to_string(++computed) + "}"}; };
  EXPECT_EQ(cache.Get("/api/actors", answer).body, "{\"n\":1}");
  EXPECT_EQ(cache.Get("/api/actors", answer).body, "{\"n\":1}");
  EXPECT_EQ(cache.Get("/api/network", answer).body, "{\"n\":2}");
  EXPECT_EQ(computed, 2);
}

TEST(ServerCache, ErrorsAreNotKept) {
  ReplyCache cache(1 << 20);
  int computed = 0;
  const auto failing = [&] { return Reply{500, "{\"error\":\"" + std::to_string(++computed) + "\"}"}; };
  EXPECT_EQ(cache.Get("k", failing).status, 500);
  EXPECT_EQ(cache.Get("k", failing).body, "{\"error\":\"2\"}");
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(ServerCache, InvalidateForgetsEverything) {
  ReplyCache cache(1 << 20);
  int computed = 0;
  const auto answer = [&] { return Reply{200, std::to_string(++computed)}; };
  cache.Get("k", answer);
  cache.Invalidate();
  EXPECT_EQ(cache.bytes(), 0u);
  EXPECT_EQ(cache.Get("k", answer).body, "2");
}

TEST(ServerCache, AnswerComputedAcrossAnInvalidationIsNotKept) {
  ReplyCache cache(1 << 20);
  int computed = 0;
  const Reply first = cache.Get("k", [&] {
    cache.Invalidate();  // the store changed while this was computed
    return Reply{200, std::to_string(++computed)};
  });
  EXPECT_EQ(first.body, "1");
  EXPECT_EQ(cache.Get("k", [&] { return Reply{200, std::to_string(++computed)}; }).body, "2");
}

TEST(ServerCache, LeastRecentlyUsedLeavesFirst) {
  ReplyCache cache(30);  // key + body bytes: room for two of these
  int computed = 0;
  const auto answer = [&] { return Reply{200, std::string(10, 'x') + std::to_string(++computed)}; };
  cache.Get("a", answer);
  cache.Get("b", answer);
  cache.Get("a", answer);  // a is now the more recent
  cache.Get("c", answer);  // evicts b
  EXPECT_EQ(computed, 3);
  EXPECT_LE(cache.bytes(), 30u);
  cache.Get("a", answer);
  EXPECT_EQ(computed, 3);
  cache.Get("b", answer);
  EXPECT_EQ(computed, 4);
}

TEST(ServerCache, ConcurrentRequestsShareOneComputation) {
  ReplyCache cache(1 << 20);
  std::mutex mutex;
  std::condition_variable cv;
  bool release = false;
  std::atomic<int> computed{0};
  const auto slow = [&] {
    ++computed;
    std::unique_lock<std::mutex> lock(mutex);
    cv.wait(lock, [&] { return release; });
    return Reply{200, "slow"};
  };
  std::thread first([&] { EXPECT_EQ(cache.Get("k", slow).body, "slow"); });
  while (computed == 0) std::this_thread::yield();  // the first request is computing
  std::thread second([&] { EXPECT_EQ(cache.Get("k", slow).body, "slow"); });
  {
    std::lock_guard<std::mutex> lock(mutex);
    release = true;
  }
  cv.notify_all();
  first.join();
  second.join();
  EXPECT_EQ(computed, 1);
}

}  // namespace
}  // namespace dyad::server
