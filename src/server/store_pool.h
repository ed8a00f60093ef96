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
  struct Item {
    std::unique_ptr<Store> store;
    int64_t seen_version = -1;  // its DataVersion() when last asked; -1: never
  };

  explicit StorePool(std::string path) : path_(std::move(path)) {}

  Result<Item> Take() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!idle_.empty()) {
        Item item = std::move(idle_.back());
        idle_.pop_back();
        return item;
      }
    }
    auto store = Store::Open(path_, Store::Mode::kReadOnly);
    if (!store.ok()) return store.status();
    return Item{std::move(*store)};
  }

  void Give(Item item) {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(std::move(item));
  }

 private:
  std::string path_;
  std::mutex mutex_;
  std::vector<Item> idle_;
};

// A store borrowed for one request, given back when this goes out of scope.
class PooledStore {
 public:
  explicit PooledStore(StorePool& pool) : pool_(pool) {}
  ~PooledStore() {
    if (item_.store) pool_.Give(std::move(item_));
  }
  PooledStore(const PooledStore&) = delete;
  PooledStore& operator=(const PooledStore&) = delete;

  Result<Store*> Get() {
    if (!item_.store) {
      auto item = pool_.Take();
      if (!item.ok()) return item.status();
      item_ = std::move(*item);
    }
    return item_.store.get();
  }

  // True when the database may have changed since this store last asked:
  // another connection committed, the store is new (nothing is known of
  // what came before it opened), or the question failed. Call after Get().
  bool Changed() {
    auto version = item_.store->DataVersion();
    const bool changed = !version.ok() || *version != item_.seen_version;
    item_.seen_version = version.ok() ? *version : -1;
    return changed;
  }

 private:
  StorePool& pool_;
  StorePool::Item item_;
};

}  // namespace dyad::server
