// The store the query tests read: the shared test store (store_fixture.h,
// seven events in 2022) plus three documents that probe the edges of the
// queries, written through Store::Put in a second run:
//   en-newyear  2021-01-01 (ISO week 2020-W53)  RUSMIL -> PRK 191
//   en-yearend  2024-12-30 (ISO week 2025-W01)  PRK -> RUS 125, a sentence
//               with a comma and double quotes and the word "veto"
//   en-year     dated only to the year 2023     RUS -> PRK 071
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "store/store_fixture.h"
#include "test_util.h"

namespace dyad::testing {

inline constexpr int kQueryStoreEvents = kTestStoreEvents + 3;

inline std::vector<TestDocument> QueryExtraDocuments() {
  using fixture_detail::Add;
  using fixture_detail::D;
  using fixture_detail::Doc;
  std::vector<TestDocument> docs;
  docs.push_back(Doc("en-newyear", "en", D(2021, 1, 1), {"Russian warships blockaded North Korean ports."}));
  Add(docs.back(), 0, D(2021, 1, 1), "RUSMIL", "PRK", "191", 4, -9.5, "ASSAULT");
  docs.push_back(Doc("en-yearend", "en", D(2024, 12, 30),
                     {"Talks resumed.", "Pyongyang said \"no, never\", rejecting the Russian veto."}));
  Add(docs.back(), 1, D(2024, 12, 30), "PRK", "RUS", "125", 3, -5.0, "REJECT");
  const Date year{2023, 0, 0, Date::Precision::kYear};
  docs.push_back(Doc("en-year", "en", year, {"Russia supplied North Korea with oil during the year."}));
  Add(docs.back(), 0, year, "RUS", "PRK", "071", 2, 7.4, "AID");
  return docs;
}

// MakeTestStore(path) plus QueryExtraDocuments().
inline Status MakeQueryStore(const std::string& path) {
  if (Status s = MakeTestStore(path); !s.ok()) return s;
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  if (!store.ok()) return store.status();
  auto run = (*store)->BeginRun({"MakeQueryStore", "test", "fixture-coder", "hand-written", "none"});
  if (!run.ok()) return run.status();
  for (const TestDocument& t : QueryExtraDocuments())
    if (auto id = (*store)->Put(*run, t.document, t.sentences, t.events); !id.ok()) return id.status();
  if (Status s = (*store)->FinishRun(*run, {3, 0, 3, 0}); !s.ok()) return s;
  return (*store)->Commit();
}

// MakeQueryStore at a temporary path named after `name` and the process,
// removed again by the destructor; for a test suite's SetUpTestSuite.
class TempQueryStore {
 public:
  explicit TempQueryStore(const std::string& name)
      : path_(TempPath(name + "_" + std::to_string(::getpid()) + ".db")), status_(MakeQueryStore(path_)) {}
  ~TempQueryStore() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  const std::string& path() const { return path_; }
  const Status& status() const { return status_; }

 private:
  std::string path_;
  Status status_;
};

}  // namespace dyad::testing
