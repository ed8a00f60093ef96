// Answers of the API kept while the store does not change: aggregates over a
// large store take seconds (GET /api/network over 1M events: ~2 s), and a
// dashboard asks the same questions again and again.
//
// The server calls Invalidate() when a store's DataVersion() shows another
// connection committed (dyad ingest writing beside the server); an answer
// computed across an invalidation is not kept. Concurrent requests for the
// same uncached key wait for one computation instead of each running it.
// Only 200 answers are kept, least recently used first out past the budget.
#pragma once

#include <cstdint>
#include <functional>
#include <future>
#include <list>
#include <mutex>
#include <string>
#include <unordered_map>

#include "server/api.h"

namespace dyad::server {

class ReplyCache {
 public:
  explicit ReplyCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  // The answer for `key`: kept, being computed by another request, or
  // `compute()`'s.
  Reply Get(const std::string& key, const std::function<Reply()>& compute);
  // Forgets every answer (the store changed).
  void Invalidate();
  size_t bytes() const;

 private:
  struct Entry {
    std::shared_future<Reply> reply;
    uint64_t generation = 0;
    size_t bytes = 0;  // 0 while being computed
    std::list<std::string>::iterator lru;
  };
  void Keep(const std::string& key, uint64_t generation, const Reply& reply);
  void Erase(std::unordered_map<std::string, Entry>::iterator it);

  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> lru_;  // most recently used first
  uint64_t generation_ = 0;     // bumped by Invalidate()
  size_t bytes_ = 0;
  const size_t max_bytes_;
};

}  // namespace dyad::server
