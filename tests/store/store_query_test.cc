// The store's queries over a hand-written store (query_fixture.h): every
// event filter, prefix and date-precision semantics, both directions of a
// dyad, paging with totals, full text, the dyad series' periods, the
// network, actor counts and documents.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/query_fixture.h"
#include "test_util.h"

namespace dyad {
namespace {

Date At(const char* text) { return *Date::Parse(text); }

class StoreQuery : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = new testing::TempQueryStore("dyad_store_query"); }
  static void TearDownTestSuite() { delete db_; }
  void SetUp() override {
    ASSERT_TRUE(db_->status().ok()) << db_->status().ToString();
    auto store = Store::Open(db_->path(), Store::Mode::kReadOnly);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
  }

  EventPage Query(EventFilter f) {
    auto page = store_->Events(f);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    return page.ok() ? *page : EventPage{};
  }
  int64_t Count(EventFilter f) { return Query(f).total; }
  // "SOURCE>TARGET:CODE" of each event of the page, in order.
  std::vector<std::string> Dyads(EventFilter f) {
    std::vector<std::string> out;
    for (const StoredEvent& e : Query(f).events)
      out.push_back(e.event.source + ">" + e.event.target + ":" + e.event.code);
    return out;
  }
  std::vector<DyadBucket> Series(Granularity by, int quad = 0) {
    auto series = store_->Dyads({"RUS", "PRK", by, {}, {}, quad, ""});
    EXPECT_TRUE(series.ok()) << series.status().ToString();
    return series.ok() ? *series : std::vector<DyadBucket>{};
  }
  static std::vector<std::string> Periods(const std::vector<DyadBucket>& series) {
    std::vector<std::string> out;
    for (const DyadBucket& b : series) out.push_back(b.period);
    return out;
  }

  static testing::TempQueryStore* db_;
  std::unique_ptr<Store> store_;
};

testing::TempQueryStore* StoreQuery::db_ = nullptr;

EventFilter All() {
  EventFilter f;
  f.limit = 0;
  return f;
}

TEST_F(StoreQuery, UnfilteredPageIsInDateOrderWithTheTotal) {
  EventPage page = Query(All());
  EXPECT_EQ(page.total, testing::kQueryStoreEvents);
  std::vector<std::string> dates;
  for (const StoredEvent& e : page.events) dates.push_back(e.event.date.ToString());
  // A month sorts at its first day, after that day's own events.
  EXPECT_EQ(dates, (std::vector<std::string>{"2021-01-01", "2022-03-02", "2022-03-02", "2022-08-10", "2022-08-15",
                                             "2022-11", "2022-11", "2022-12-24", "2023", "2024-12-30"}));
}

TEST_F(StoreQuery, EventsComeBackWithEveryFieldTheyWerePutWith) {
  EventFilter f = All();
  f.text = "veto";
  EventPage page = Query(f);
  ASSERT_EQ(page.events.size(), 1u);
  const Event want = testing::QueryExtraDocuments()[1].events[0];
  const Event& got = page.events[0].event;
  EXPECT_EQ(got.doc_id, "en-yearend");
  EXPECT_EQ(got.sentence, 1u);
  EXPECT_EQ(got.date, want.date);
  EXPECT_EQ(got.doc_date, want.doc_date);
  EXPECT_EQ(got.source + got.target + got.code + got.root, "PRKRUS12512");
  EXPECT_EQ(got.quad, 3);
  EXPECT_DOUBLE_EQ(got.goldstein, -5.0);
  EXPECT_EQ(got.plover_type, "REJECT");
  EXPECT_EQ(got.lang, "en");
  EXPECT_EQ(got.text, want.text);
  EXPECT_GT(page.events[0].id, 0);
  EXPECT_GT(page.events[0].document_id, 0);
}

TEST_F(StoreQuery, ActorCodesMatchAsPrefixes) {
  EventFilter f = All();
  f.source = "RUS";  // RUS and RUSMIL
  EXPECT_EQ(Count(f), 4);
  f.source = "RU";
  EXPECT_EQ(Count(f), 4);
  f.source = "RUSMIL";
  EXPECT_EQ(Dyads(f), std::vector<std::string>{"RUSMIL>PRK:191"});
  f.source = "RUSG";  // RUSGOV is only ever a target
  EXPECT_EQ(Count(f), 0);
  f = All();
  f.target = "RUS";  // RUS and RUSGOV
  EXPECT_EQ(Count(f), 4);
  f = All();
  f.actor = "RUS";
  EXPECT_EQ(Count(f), 8);
  f.actor = "USA";
  EXPECT_EQ(Dyads(f), std::vector<std::string>{"USAMIL>RUSGOV:190"});
}

TEST_F(StoreQuery, BetweenCountsBothDirections) {
  EventFilter f = All();
  f.between_a = "RUS", f.between_b = "PRK";
  const std::vector<std::string> forward = Dyads(f);
  EXPECT_EQ(forward, (std::vector<std::string>{"RUSMIL>PRK:191", "RUS>PRK:130", "PRK>RUS:051", "RUS>PRK:042",
                                               "RUS>PRK:071", "PRK>RUS:125"}));
  std::swap(f.between_a, f.between_b);
  EXPECT_EQ(Dyads(f), forward);
  f.between_a = "UKR", f.between_b = "RUS";
  EXPECT_EQ(Dyads(f), std::vector<std::string>{"UKR>RUS:112"});
}

TEST_F(StoreQuery, EventCodesMatchAsPrefixesAndQuadClassesExactly) {
  EventFilter f = All();
  f.code = "11";
  EXPECT_EQ(Count(f), 2);
  f.code = "112";
  EXPECT_EQ(Count(f), 2);
  f.code = "1";  // 112 112 125 130 190 191
  EXPECT_EQ(Count(f), 6);
  f.code = "0";  // 036 042 051 071
  EXPECT_EQ(Count(f), 4);
  f.code = "19";
  f.source = "USA";
  EXPECT_EQ(Dyads(f), std::vector<std::string>{"USAMIL>RUSGOV:190"});
  f = All();
  const std::vector<int64_t> per_quad = {3, 1, 4, 2};
  for (int q = 1; q <= 4; ++q) {
    f.quad = q;
    EXPECT_EQ(Count(f), per_quad[static_cast<size_t>(q - 1)]) << "quad " << q;
  }
  f.quad = 3, f.between_a = "PRK", f.between_b = "RUS";
  EXPECT_EQ(Dyads(f), (std::vector<std::string>{"RUS>PRK:130", "PRK>RUS:125"}));
}

TEST_F(StoreQuery, DatesCompareAtTheCoarserPrecision) {
  EventFilter f = All();
  f.from = At("2022-11-15");  // the 2022-11 events count: their month is not before November
  EXPECT_EQ(Count(f), 5);
  f = All();
  f.to = At("2022-11-01");  // 2022-11 counts too
  EXPECT_EQ(Count(f), 7);
  f.from = f.to = At("2023-06");  // the event dated only 2023
  EXPECT_EQ(Dyads(f), std::vector<std::string>{"RUS>PRK:071"});
  f.from = f.to = At("2022-08");  // a month holds its days
  EXPECT_EQ(Count(f), 2);
  f.from = f.to = At("2022-08-15");
  EXPECT_EQ(Dyads(f), std::vector<std::string>{"PRK>RUS:051"});
  f.from = f.to = At("2022");
  EXPECT_EQ(Count(f), 7);
  f.source = "RUS";  // dates checked inside the actor index
  EXPECT_EQ(Count(f), 2);
}

TEST_F(StoreQuery, PagesSplitTheOrderedEventsAndKeepTheTotal) {
  const EventPage all = Query(All());
  std::vector<int64_t> paged;
  EventFilter f;
  f.limit = 3;
  for (f.offset = 0; f.offset < 12; f.offset += 3) {
    EventPage page = Query(f);
    EXPECT_EQ(page.total, testing::kQueryStoreEvents);
    EXPECT_LE(page.events.size(), 3u);
    for (const StoredEvent& e : page.events) paged.push_back(e.id);
  }
  std::vector<int64_t> ids;
  for (const StoredEvent& e : all.events) ids.push_back(e.id);
  EXPECT_EQ(paged, ids);
  f.offset = 100;
  EventPage beyond = Query(f);
  EXPECT_TRUE(beyond.events.empty());
  EXPECT_EQ(beyond.total, testing::kQueryStoreEvents);
}

TEST_F(StoreQuery, ForEachEventStopsWhenTheCallbackSaysSo) {
  int seen = 0;
  Status s = store_->ForEachEvent(All(), [&seen](const StoredEvent&) { return ++seen < 4; });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(seen, 4);
}

TEST_F(StoreQuery, FullTextFindsEvidenceSentencesIgnoringDiacritics) {
  EventFilter f = All();
  f.text = "veto";
  EXPECT_EQ(Dyads(f), std::vector<std::string>{"PRK>RUS:125"});
  f.text = "Oekraine";  // the sentence says "Oekraïne"
  EXPECT_EQ(Dyads(f), std::vector<std::string>{"UKR>PRK:036"});
  f.text = "\"north korea\"";
  f.source = "UKR";
  EXPECT_EQ(Count(f), 2);
  f.text = "talks";  // only sentences without events say it
  f.source.clear();
  EXPECT_EQ(Count(f), 0);
}

TEST_F(StoreQuery, MalformedFullTextQueryIsInvalidAndNamesTheQuery) {
  for (const char* text : {"\"unbalanced", "AND", "veto OR"}) {
    EventFilter f = All();
    f.text = text;
    auto page = store_->Events(f);
    ASSERT_FALSE(page.ok()) << text;
    EXPECT_EQ(page.status().code(), Code::kInvalidArgument) << page.status().ToString();
    EXPECT_NE(page.status().message().find(text), std::string::npos) << page.status().ToString();
    Status s = store_->ForEachEvent(f, [](const StoredEvent&) { return true; });
    EXPECT_EQ(s.code(), Code::kInvalidArgument) << s.ToString();
  }
}

TEST_F(StoreQuery, MalformedFiltersAreInvalid) {
  EventFilter f;
  f.between_a = "RUS";
  EXPECT_EQ(store_->Events(f).status().code(), Code::kInvalidArgument);
  f = EventFilter();
  f.quad = 5;
  EXPECT_EQ(store_->Events(f).status().code(), Code::kInvalidArgument);
  f = EventFilter();
  f.from = Date{};
  EXPECT_EQ(store_->Events(f).status().code(), Code::kInvalidArgument);
  EXPECT_EQ(store_->Dyads({"RUS", "", Granularity::kMonth, {}, {}, 0, ""}).status().code(), Code::kInvalidArgument);
  NetworkQuery n;
  n.country_level = 2;
  EXPECT_EQ(store_->Network(n).status().code(), Code::kInvalidArgument);
}

TEST_F(StoreQuery, DyadSeriesByMonthCountsBothDirectionsPerPeriod) {
  const std::vector<DyadBucket> series = Series(Granularity::kMonth);
  // The event dated only 2023 counts in its first month.
  EXPECT_EQ(Periods(series), (std::vector<std::string>{"2021-01", "2022-08", "2022-11", "2023-01", "2024-12"}));
  ASSERT_EQ(series.size(), 5u);
  const DyadBucket& august = series[1];
  EXPECT_EQ(august.events, 2);
  EXPECT_EQ(august.quad, (std::array<int64_t, 4>{1, 0, 1, 0}));
  EXPECT_EQ(august.roots, (std::map<std::string, int64_t>{{"05", 1}, {"13", 1}}));
  EXPECT_DOUBLE_EQ(august.goldstein_sum, -1.0);
  EXPECT_DOUBLE_EQ(august.goldstein_mean, -0.5);
  EXPECT_EQ(august.documents, 1);  // both events are from one article
  EXPECT_EQ(series[2].events, 1);  // USAMIL -> RUSGOV in that month is another dyad
}

TEST_F(StoreQuery, DyadSeriesLabelsDaysIsoWeeksAndYears) {
  EXPECT_EQ(Periods(Series(Granularity::kDay)),
            (std::vector<std::string>{"2021-01-01", "2022-08-10", "2022-08-15", "2022-11-01", "2023-01-01",
                                      "2024-12-30"}));
  // 2021-01-01 is a Friday of 2020's 53rd week; 2023-01-01 a Sunday of
  // 2022-W52; 2024-12-30 the Monday of 2025's first week.
  EXPECT_EQ(Periods(Series(Granularity::kWeek)),
            (std::vector<std::string>{"2020-W53", "2022-W32", "2022-W33", "2022-W44", "2022-W52", "2025-W01"}));
  const std::vector<DyadBucket> years = Series(Granularity::kYear);
  EXPECT_EQ(Periods(years), (std::vector<std::string>{"2021", "2022", "2023", "2024"}));
  ASSERT_EQ(years.size(), 4u);
  EXPECT_EQ(years[1].events, 3);
  EXPECT_EQ(years[1].documents, 2);
}

TEST_F(StoreQuery, DyadSeriesFiltersByQuadCodeAndDates) {
  EXPECT_EQ(Periods(Series(Granularity::kYear, 3)), (std::vector<std::string>{"2022", "2024"}));
  auto coded = store_->Dyads({"PRK", "RUS", Granularity::kYear, At("2022"), At("2023"), 0, "0"});
  ASSERT_TRUE(coded.ok()) << coded.status().ToString();
  EXPECT_EQ(Periods(*coded), (std::vector<std::string>{"2022", "2023"}));
  EXPECT_EQ((*coded)[0].events, 2);  // 051 and 042
}

TEST_F(StoreQuery, NetworkCollapsesActorsToCountries) {
  auto edges = store_->Network(NetworkQuery{});
  ASSERT_TRUE(edges.ok()) << edges.status().ToString();
  std::vector<std::string> got;
  for (const DyadEdge& e : *edges) got.push_back(e.source + ">" + e.target + ":" + std::to_string(e.events));
  EXPECT_EQ(got, (std::vector<std::string>{"RUS>PRK:4", "PRK>RUS:2", "UKR>PRK:2", "UKR>RUS:1", "USA>RUS:1"}));
  EXPECT_NEAR((*edges)[0].goldstein_mean, (-4.4 + 1.9 - 9.5 + 7.4) / 4, 1e-9);
  NetworkQuery q;
  q.country_level = 0, q.from = At("2021"), q.to = At("2022-12"), q.quad = 4, q.limit = 1;
  edges = store_->Network(q);
  ASSERT_TRUE(edges.ok()) << edges.status().ToString();
  ASSERT_EQ(edges->size(), 1u);
  EXPECT_EQ((*edges)[0].source + ">" + (*edges)[0].target, "RUSMIL>PRK");
}

TEST_F(StoreQuery, ActorsAreCountedAsSourceAndTarget) {
  auto actors = store_->Actors("", 0);
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();
  std::vector<std::string> got;
  for (const ActorCount& a : *actors)
    got.push_back(a.code + ":" + std::to_string(a.as_source) + "/" + std::to_string(a.as_target));
  EXPECT_EQ(got, (std::vector<std::string>{"PRK:2/6", "RUS:3/3", "UKR:3/0", "RUSGOV:0/1", "RUSMIL:1/0",
                                           "USAMIL:1/0"}));
  actors = store_->Actors("RUS", 2);
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();
  ASSERT_EQ(actors->size(), 2u);
  EXPECT_EQ((*actors)[0].code, "RUS");
  EXPECT_EQ((*actors)[1].code, "RUSGOV");
}

TEST_F(StoreQuery, GetDocumentReturnsItsSentencesOrNotFound) {
  EventFilter f = All();
  f.text = "veto";
  EventPage page = Query(f);
  ASSERT_EQ(page.events.size(), 1u);
  auto doc = store_->GetDocument(page.events[0].document_id);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const testing::TestDocument want = testing::QueryExtraDocuments()[1];
  EXPECT_EQ(doc->doc_id, "en-yearend");
  EXPECT_EQ(doc->date, want.document.date);
  EXPECT_EQ(doc->lang, "en");
  ASSERT_EQ(doc->sentences.size(), want.sentences.size());
  for (size_t i = 0; i < want.sentences.size(); ++i) {
    EXPECT_EQ(doc->sentences[i].index, static_cast<int>(i));
    EXPECT_EQ(doc->sentences[i].text, want.sentences[i].text);
    EXPECT_EQ(doc->sentences[i].begin, want.sentences[i].begin);
    EXPECT_EQ(doc->sentences[i].end, want.sentences[i].end);
  }
  auto missing = store_->GetDocument(987654);
  EXPECT_EQ(missing.status().code(), Code::kNotFound);
  EXPECT_NE(missing.status().message().find("987654"), std::string::npos);
}

TEST_F(StoreQuery, DocumentIdSelectsTheEventsOfOneDocument) {
  EventFilter f = All();
  f.source = "USAMIL";
  const EventPage strike = Query(f);
  ASSERT_EQ(strike.events.size(), 1u);
  f = All();
  f.document_id = strike.events[0].document_id;
  EXPECT_EQ(Dyads(f), (std::vector<std::string>{"USAMIL>RUSGOV:190", "RUS>PRK:042"}));
}

TEST(StoreQueryOpen, ReadingADatabaseThatDoesNotExistDoesNotCreateIt) {
  const std::string path = testing::TempPath("dyad_store_query_missing_" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(path);
  auto store = Store::Open(path, Store::Mode::kReadOnly);
  EXPECT_EQ(store.status().code(), Code::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace dyad
