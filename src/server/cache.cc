// The API's answer cache (cache.h).
#include "server/cache.h"

#include <exception>

#include "server/json.h"

namespace dyad::server {

Reply ReplyCache::Get(const std::string& key, const std::function<Reply()>& compute) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (auto it = entries_.find(key); it != entries_.end()) {
    lru_.splice(lru_.begin(), lru_, it->second.lru);
    const std::shared_future<Reply> kept = it->second.reply;
    lock.unlock();
    return kept.get();  // waits while another request computes it
  }
  const uint64_t generation = generation_;
  std::promise<Reply> promise;
  lru_.push_front(key);
  entries_.emplace(key, Entry{promise.get_future().share(), generation, 0, lru_.begin()});
  lock.unlock();
  Reply reply;
  try {
    reply = compute();
  } catch (const std::exception& e) {  // never leave waiters a broken promise
    reply = {500, ErrorBody(std::string("internal error: ") + e.what())};
  }
  promise.set_value(reply);
  Keep(key, generation, reply);
  return reply;
}

// Keeps a computed answer, unless the store changed meanwhile or it is an error.
void ReplyCache::Keep(const std::string& key, uint64_t generation, const Reply& reply) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.generation != generation) return;  // invalidated or evicted
  if (reply.status != 200) {
    Erase(it);
    return;
  }
  it->second.bytes = key.size() + reply.body.size();
  bytes_ += it->second.bytes;
  while (bytes_ > max_bytes_ && !lru_.empty()) Erase(entries_.find(lru_.back()));
}

void ReplyCache::Erase(std::unordered_map<std::string, Entry>::iterator it) {
  bytes_ -= it->second.bytes;
  lru_.erase(it->second.lru);
  entries_.erase(it);
}

void ReplyCache::Invalidate() {
  std::lock_guard<std::mutex> lock(mutex_);
  ++generation_;
  entries_.clear();
  lru_.clear();
  bytes_ = 0;
}

size_t ReplyCache::bytes() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return bytes_;
}

}  // namespace dyad::server
