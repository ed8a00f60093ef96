// Query-string parsing and validation of the HTTP API (src/server/request.h),
// without sockets or a store.
#include "server/request.h"

#include <gtest/gtest.h>

namespace dyad::server {
namespace {

// The message of a failed parse, or "" when it succeeded.
template <typename T>
std::string ErrorOf(const Result<T>& r) {
  return r.ok() ? "" : r.status().message();
}

TEST(ServerRequest, EventsDefaultsAreFirstPageOfFifty) {
  auto r = ParseEventsRequest({});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->page, 1);
  EXPECT_EQ(r->per_page, 50);
  EXPECT_EQ(r->filter.limit, 50);
  EXPECT_EQ(r->filter.offset, 0);
  EXPECT_TRUE(r->filter.source.empty());
  EXPECT_FALSE(r->filter.from.has_value());
}

TEST(ServerRequest, EventsFiltersReachTheFilter) {
  auto r = ParseEventsRequest({{"source", "rus"}, {"target", "PRKgov"}, {"actor", "UKR"}, {"between", "RUS,prk"},
                               {"code", "04"}, {"quad", "1"}, {"from", "2022"}, {"to", "2022-08-15"},
                               {"q", "Noord-Korea OR Rusland"}, {"page", "3"}, {"per_page", "20"}});
  ASSERT_TRUE(r.ok()) << r.status().message();
  const EventFilter& f = r->filter;
  EXPECT_EQ(f.source, "RUS");
  EXPECT_EQ(f.target, "PRKGOV");
  EXPECT_EQ(f.actor, "UKR");
  EXPECT_EQ(f.between_a, "RUS");
  EXPECT_EQ(f.between_b, "PRK");
  EXPECT_EQ(f.code, "04");
  EXPECT_EQ(f.quad, 1);
  ASSERT_TRUE(f.from.has_value());
  EXPECT_EQ(f.from->precision, Date::Precision::kYear);
  ASSERT_TRUE(f.to.has_value());
  EXPECT_EQ(f.to->ToString(), "2022-08-15");
  EXPECT_EQ(f.text, "Noord-Korea OR Rusland");
  EXPECT_EQ(f.limit, 20);
  EXPECT_EQ(f.offset, 40);
}

TEST(ServerRequest, EmptyValuesFilterNothing) {
  auto r = ParseEventsRequest({{"source", ""}, {"from", ""}, {"quad", ""}, {"q", ""}});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->filter.source.empty());
  EXPECT_FALSE(r->filter.from.has_value());
  EXPECT_EQ(r->filter.quad, 0);
}

TEST(ServerRequest, BadEventsParametersNameThemselves) {
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"from", "not-a-date"}})),
            "from: not a date: not-a-date (use YYYY, YYYY-MM or YYYY-MM-DD)");
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"page", "-1"}})), "page: must be from 1 to 1000000000: -1");
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"page", "0"}})), "page: must be from 1 to 1000000000: 0");
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"per_page", "10000"}})), "per_page: must be from 1 to 500: 10000");
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"quad", "7"}})), "quad: must be from 1 to 4: 7");
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"quad", "one"}})), "quad: not an integer: one");
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"code", "999"}})), "code: not a CAMEO event code or a prefix of one: 999");
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"between", "RUS"}})),
            "between: expected two actor codes separated by a comma: RUS");
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"between", "RUS,PRK,UKR"}})),
            "between: expected two actor codes separated by a comma: RUS,PRK,UKR");
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"source", "RUS'--"}})),
            "source: not an actor code: RUS'-- (letters only, at most 15)");
}

TEST(ServerRequest, UnknownAndRepeatedParametersAreErrors) {
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"sauce", "RUS"}})),
            "unknown parameter: sauce (this endpoint takes: source, target, actor, between, code, quad, from, to, q, "
            "page, per_page)");
  EXPECT_EQ(ErrorOf(ParseActorsRequest({{"a", "1"}, {"b", "2"}})),
            "unknown parameters: a, b (this endpoint takes: prefix, limit)");
  EXPECT_EQ(ErrorOf(ParseEventsRequest({{"page", "1"}, {"page", "2"}})), "page: given more than once");
  EXPECT_EQ(ParseNoParams({{"x", "1"}}).message(), "unknown parameter: x (this endpoint takes: none)");
  EXPECT_TRUE(ParseNoParams({}).ok());
}

TEST(ServerRequest, DatesTakeThreeShapesOnly) {
  EXPECT_EQ(ParseDateParam("from", "2022")->ToString(), "2022");
  EXPECT_EQ(ParseDateParam("from", "2022-08")->ToString(), "2022-08");
  EXPECT_EQ(ParseDateParam("from", "2022-02-28")->ToString(), "2022-02-28");
  for (const char* bad : {"20220815", "2022-13", "2022-02-30", "22-08", "2022-8", "2022-08-15T10:00", "", "abcd"})
    EXPECT_FALSE(ParseDateParam("to", bad).ok()) << bad;
  EXPECT_EQ(ErrorOf(ParseDateParam("to", "2022-13")), "to: not a date: 2022-13 (use YYYY, YYYY-MM or YYYY-MM-DD)");
}

TEST(ServerRequest, ActorCodesAreLettersUpToFifteenUppercased) {
  EXPECT_EQ(*ParseActorParam("a", "rusGov"), "RUSGOV");
  EXPECT_EQ(*ParseActorParam("a", "ABCDEFGHIJKLMNO"), "ABCDEFGHIJKLMNO");
  EXPECT_FALSE(ParseActorParam("a", "ABCDEFGHIJKLMNOP").ok());
  EXPECT_FALSE(ParseActorParam("a", "RUS GOV").ok());
  EXPECT_FALSE(ParseActorParam("a", "RU5").ok());
  EXPECT_FALSE(ParseActorParam("a", "").ok());
  EXPECT_FALSE(ParseActorParam("a", "Ë").ok());
}

TEST(ServerRequest, EventCodesAreKnownCodesOrTheirPrefixes) {
  EXPECT_EQ(*ParseCodeParam("code", "036"), "036");
  EXPECT_EQ(*ParseCodeParam("code", "19"), "19");
  EXPECT_EQ(*ParseCodeParam("code", "863"), "0863");  // the ontology's repair of a lost leading zero
  EXPECT_EQ(*ParseCodeParam("code", "1"), "1");       // prefix of roots 10..19
  EXPECT_EQ(*ParseCodeParam("code", "08"), "08");
  for (const char* bad : {"999", "21", "0999", "12345", "1a", "", "-1"})
    EXPECT_FALSE(ParseCodeParam("code", bad).ok()) << bad;
}

TEST(ServerRequest, IntegersAreDecimalInRange) {
  EXPECT_EQ(*ParseIntParam("limit", "1000", 1, 1000), 1000);
  EXPECT_FALSE(ParseIntParam("limit", "1001", 1, 1000).ok());
  EXPECT_FALSE(ParseIntParam("limit", "10x", 1, 1000).ok());
  EXPECT_FALSE(ParseIntParam("limit", "+5", 1, 1000).ok());
  EXPECT_FALSE(ParseIntParam("limit", "99999999999999999999999", 1, 1000).ok());
}

TEST(ServerRequest, DyadsNeedBothActors) {
  auto q = ParseDyadsRequest({{"a", "rus"}, {"b", "PRK"}, {"by", "week"}, {"code", "03"}, {"quad", "1"}});
  ASSERT_TRUE(q.ok()) << q.status().message();
  EXPECT_EQ(q->a, "RUS");
  EXPECT_EQ(q->b, "PRK");
  EXPECT_EQ(q->by, Granularity::kWeek);
  EXPECT_EQ(q->code, "03");
  EXPECT_EQ(q->quad, 1);
  EXPECT_EQ(ParseDyadsRequest({{"a", "RUS"}, {"b", "PRK"}})->by, Granularity::kMonth);
}

TEST(ServerRequest, DyadsErrors) {
  EXPECT_EQ(ErrorOf(ParseDyadsRequest({{"a", "RUS"}})), "b: required (an actor code)");
  EXPECT_EQ(ErrorOf(ParseDyadsRequest({{"b", "RUS"}})), "a: required (an actor code)");
  EXPECT_EQ(ErrorOf(ParseDyadsRequest({{"a", "RUS"}, {"b", "PRK"}, {"by", "decade"}})),
            "by: unknown period 'decade': use day, week, month or year");
  EXPECT_EQ(ErrorOf(ParseDyadsRequest({{"a", "RUS"}, {"b", "PRK"}, {"page", "1"}})),
            "unknown parameter: page (this endpoint takes: a, b, by, from, to, quad, code)");
}

TEST(ServerRequest, ActorsAndNetwork) {
  auto a = ParseActorsRequest({{"prefix", "ru"}, {"limit", "5"}});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->prefix, "RU");
  EXPECT_EQ(a->limit, 5);
  EXPECT_EQ(ParseActorsRequest({})->limit, 100);
  EXPECT_EQ(ErrorOf(ParseActorsRequest({{"limit", "0"}})), "limit: must be from 1 to 1000: 0");

  auto n = ParseNetworkRequest({{"level", "actor"}, {"limit", "10"}, {"from", "2022-03"}, {"code", "1"}});
  ASSERT_TRUE(n.ok()) << n.status().message();
  EXPECT_EQ(n->country_level, 0);
  EXPECT_EQ(n->limit, 10);
  EXPECT_EQ(n->from->ToString(), "2022-03");
  EXPECT_EQ(n->code, "1");
  EXPECT_EQ(ParseNetworkRequest({})->country_level, 1);
  EXPECT_EQ(ErrorOf(ParseNetworkRequest({{"level", "city"}})), "level: must be country or actor: city");
}

TEST(ServerRequest, DocumentIdsArePositiveNumbers) {
  EXPECT_EQ(*ParseDocumentId("42"), 42);
  EXPECT_EQ(ErrorOf(ParseDocumentId("abc")), "document id: not a number: abc");
  EXPECT_FALSE(ParseDocumentId("-1").ok());
  EXPECT_FALSE(ParseDocumentId("0").ok());
  EXPECT_FALSE(ParseDocumentId("1.5").ok());
  EXPECT_FALSE(ParseDocumentId("99999999999999999999").ok());
}

}  // namespace
}  // namespace dyad::server
