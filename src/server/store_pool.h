// Read-only stores for the server's worker threads. A request borrows one
// (a new one is opened when none is idle) and gives it back, so there are at
// most as many as threads and each is used by one thread at a time, as the
// Store contract asks.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::server {

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

// A store borrowed for one request, given back when this goes out of scope.
class PooledStore {
 public:
  explicit PooledStore(StorePool& pool) : pool_(pool) {}
  ~PooledStore() {
    if (store_) pool_.Give(std::move(store_));
  }
  PooledStore(const PooledStore&) = delete;
  PooledStore& operator=(const PooledStore&) = delete;

  Result<Store*> Get() {
    if (!store_) {
      auto store = pool_.Take();
      if (!store.ok()) return store.status();
      store_ = std::move(*store);
    }
    return store_.get();
  }

 private:
  StorePool& pool_;
  std::unique_ptr<Store> store_;
};

// Tells whether anyone committed to the store since the last question, from
// one connection of its own (PRAGMA data_version values mean something only
// per connection, so the pool's stores cannot answer it). Thread-safe; the
// question costs microseconds.
class StoreWatch {
 public:
  explicit StoreWatch(std::string path) : path_(std::move(path)) {}

  // True on the first call, after a commit by another connection, and when
  // the store cannot be asked (then the caller should assume a change).
  bool Changed() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!store_) {
      auto store = Store::Open(path_, Store::Mode::kReadOnly);
      if (!store.ok()) return true;
      store_ = std::move(*store);
    }
    auto version = store_->DataVersion();
    const bool changed = !version.ok() || *version != seen_;
    seen_ = version.ok() ? *version : -1;
    return changed;
  }

 private:
  std::string path_;
  std::mutex mutex_;
  std::unique_ptr<Store> store_;
  int64_t seen_ = -1;
};

}  // namespace dyad::server
