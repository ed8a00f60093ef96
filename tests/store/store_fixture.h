// A small hand-written event store for tests of the store's readers (query,
// export, server): four documents (two Dutch, two English, dated in 2022,
// one at month precision) with their sentences and seven events between
// RUS, PRK, UKR, USAMIL and RUSGOV.
//
//   MakeTestStore(path)  creates (or replaces) the database at `path`.
//   TestDocuments()      what it holds, for expected values.
//   QueryInt/QueryText   one value of an SQL query, read through a
//                        read-only connection of its own (committed data).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad::testing {

struct TestDocument {
  Document document;
  std::vector<StoredSentence> sentences;
  std::vector<Event> events;
};

namespace fixture_detail {

inline Date D(int y, int m, int d) {
  Date date{y, m, d, Date::Precision::kDay};
  if (d == 0) date.precision = Date::Precision::kMonth;
  return date;
}

// A document whose text is its sentences joined by spaces; offsets follow.
inline TestDocument Doc(std::string id, std::string lang, Date date, std::vector<std::string> sentences) {
  TestDocument t;
  t.document.id = std::move(id);
  t.document.source = "fixture/" + t.document.id + ".txt";
  t.document.record = 1;
  t.document.lang = std::move(lang);
  t.document.date = date;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i > 0) t.document.text += ' ';
    const auto begin = static_cast<int64_t>(t.document.text.size());
    t.document.text += sentences[i];
    t.sentences.push_back({static_cast<int>(i), begin, static_cast<int64_t>(t.document.text.size()), sentences[i]});
  }
  return t;
}

// An event in sentence `s` of `t` (its text is the sentence's).
inline void Add(TestDocument& t, size_t s, Date date, std::string source, std::string target, std::string code,
                int quad, double goldstein, std::string plover = "") {
  Event e;
  e.doc_id = t.document.id;
  e.sentence = s;
  e.date = date;
  e.doc_date = t.document.date;
  e.source = std::move(source);
  e.target = std::move(target);
  e.root = code.substr(0, 2);
  e.code = std::move(code);
  e.quad = quad;
  e.goldstein = goldstein;
  e.plover_type = std::move(plover);
  e.lang = t.document.lang;
  e.text = t.sentences[s].text;
  t.events.push_back(std::move(e));
}

}  // namespace fixture_detail

inline std::vector<TestDocument> TestDocuments() {
  using fixture_detail::Add;
  using fixture_detail::D;
  using fixture_detail::Doc;
  std::vector<TestDocument> docs;
  docs.push_back(Doc("nl-waarschuwing", "nl", D(2022, 8, 15),
                     {"Rusland waarschuwde Noord-Korea op 10 augustus.",
                      "Noord-Korea prees Rusland om zijn steun.", "Het weer was goed."}));
  Add(docs.back(), 0, D(2022, 8, 10), "RUS", "PRK", "130", 3, -4.4, "THREATEN");
  Add(docs.back(), 1, D(2022, 8, 15), "PRK", "RUS", "051", 1, 3.4, "CONSULT");
  docs.push_back(Doc("en-accusation", "en", D(2022, 3, 2),
                     {"Ukraine accused North Korea of supplying weapons to Russia.", "The talks ended without a deal."}));
  Add(docs.back(), 0, D(2022, 3, 2), "UKR", "PRK", "112", 3, -2.0, "ACCUSE");
  Add(docs.back(), 0, D(2022, 3, 2), "UKR", "RUS", "112", 3, -2.0, "ACCUSE");
  docs.push_back(Doc("en-strike", "en", D(2022, 11, 0),
                     {"The US military struck Russian government positions.",
                      "Russian officials visited Pyongyang in November."}));
  Add(docs.back(), 0, D(2022, 11, 0), "USAMIL", "RUSGOV", "190", 4, -10.0, "ASSAULT");
  Add(docs.back(), 1, D(2022, 11, 0), "RUS", "PRK", "042", 1, 1.9, "CONSULT");
  docs.push_back(Doc("nl-overleg", "nl", D(2022, 12, 24),
                     {"Oekraïne en Noord-Korea spraken op kerstavond over gevangenen."}));
  Add(docs.back(), 0, D(2022, 12, 24), "UKR", "PRK", "036", 1, 4.0, "CONSULT");
  return docs;
}

inline constexpr int kTestStoreDocuments = 4;
inline constexpr int kTestStoreSentences = 8;
inline constexpr int kTestStoreEvents = 7;

// Removes the database at `path` with its WAL files.
inline void RemoveStore(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// The first column of the first row of `sql`; -1 (int) or "" (text) when
// there is none or the query fails.
inline int64_t QueryInt(const std::string& path, const std::string& sql) {
  store::Db db;
  store::Stmt st;
  if (!db.Open(path, true).ok() || !st.Prepare(db, sql).ok()) return -1;
  auto row = st.Step();
  return row.ok() && *row ? st.Int(0) : -1;
}
inline std::string QueryText(const std::string& path, const std::string& sql) {
  store::Db db;
  store::Stmt st;
  if (!db.Open(path, true).ok() || !st.Prepare(db, sql).ok()) return "";
  auto row = st.Step();
  return row.ok() && *row ? st.Text(0) : "";
}

// Creates the store at `path` (an existing file is replaced) holding
// TestDocuments(), written in one committed run.
inline Status MakeTestStore(const std::string& path) {
  RemoveStore(path);
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  if (!store.ok()) return store.status();
  auto run = (*store)->BeginRun({"MakeTestStore", "test", "fixture-coder", "hand-written", "none"});
  if (!run.ok()) return run.status();
  RunTotals totals;
  for (const TestDocument& t : TestDocuments()) {
    auto id = (*store)->Put(*run, t.document, t.sentences, t.events);
    if (!id.ok()) return id.status();
    ++totals.documents;
    totals.events += static_cast<int64_t>(t.events.size());
  }
  if (Status s = (*store)->FinishRun(*run, totals); !s.ok()) return s;
  return (*store)->Commit();
}

}  // namespace dyad::testing
