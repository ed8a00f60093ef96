// The HTTP API end to end: a dyad::Server in this process on a free loopback
// port, over the test store (tests/store/store_fixture.h) plus one Dutch
// document with diacritics, queried with httplib::Client.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <thread>

#include "dyad/server.h"
#include "store/store_fixture.h"
#include "test_util.h"

namespace dyad {
namespace {

using json = nlohmann::ordered_json;  // keeps the order fields arrive in
namespace fs = std::filesystem;

// Every document of the store: the fixture's and the one added here.
std::vector<testing::TestDocument> AllDocuments() {
  std::vector<testing::TestDocument> docs = testing::TestDocuments();
  docs.push_back(testing::fixture_detail::Doc("nl-graan", "nl", {2022, 7, 1, Date::Precision::kDay},
                                              {"België en Oekraïne tekenden een akkoord over graan.",
                                               "De reeën in de Ardennen merkten er niets van."}));
  docs.back().document.title = "Graanakkoord met België";
  docs.back().document.url = "https://example.org/graan";
  testing::fixture_detail::Add(docs.back(), 0, {2022, 7, 1, Date::Precision::kDay}, "BEL", "UKR", "057", 1, 8.0,
                               "AGREE");
  return docs;
}

std::vector<Event> AllEvents() {
  std::vector<Event> events;
  for (const auto& d : AllDocuments()) events.insert(events.end(), d.events.begin(), d.events.end());
  return events;
}

Status MakeStore(const std::string& path) {
  if (Status s = testing::MakeTestStore(path); !s.ok()) return s;
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  if (!store.ok()) return store.status();
  auto run = (*store)->BeginRun({"api_test", "test", "fixture-coder", "hand-written", "none"});
  if (!run.ok()) return run.status();
  const testing::TestDocument extra = AllDocuments().back();
  if (auto id = (*store)->Put(*run, extra.document, extra.sentences, extra.events); !id.ok()) return id.status();
  return (*store)->Commit();
}

// A built dashboard: index.html, hashed assets, other file types, and a
// secret beside (not inside) the directory, reachable only by traversal.
std::string MakeWebDir(const std::string& base) {
  const std::string web = base + "/web";
  fs::create_directories(web + "/assets");
  testing::WriteFileIn(base, "secret.txt", "SECRET-OUTSIDE-WEB\n");
  testing::WriteFileIn(web, "index.html", "<!doctype html><title>dyad dashboard</title><div id=app></div>\n");
  testing::WriteFileIn(web + "/assets", "index-3f2a9c1b.js", "console.log('dyad');\n");
  testing::WriteFileIn(web + "/assets", "index-77aa01ee.css", "body{margin:0}\n");
  testing::WriteFileIn(web, "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
  testing::WriteFileIn(web, "font.woff2", "wOF2");
  testing::WriteFileIn(web, "manifest.json", "{}\n");
  fs::create_symlink(base + "/secret.txt", web + "/link.txt");
  return web;
}

struct Reply {
  int status = 0;
  std::string type, cache, body;
  json body_json;
};

class ServerApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = testing::TempDir("dyad_server_api_" + std::to_string(::getpid()));
    db_ = dir_ + "/events.db";
    ASSERT_TRUE(MakeStore(db_).ok());
    ServerOptions options;
    options.db = db_;
    options.port = 0;
    options.web_dir = MakeWebDir(dir_);
    options.threads = 2;
    server_ = new Server(options);
    const Status started = server_->Start();
    ASSERT_TRUE(started.ok()) << started.ToString();
    listener_ = new std::thread([] { (void)server_->Listen(); });
  }
  static void TearDownTestSuite() {
    if (server_ != nullptr) server_->Stop();
    if (listener_ != nullptr) listener_->join();
    delete listener_;
    delete server_;
    fs::remove_all(dir_);
  }

  static Reply Get(const std::string& path) { return Call("GET", path); }
  static Reply Call(const std::string& method, const std::string& path) {
    httplib::Client client("127.0.0.1", server_->port());
    auto res = method == "GET" ? client.Get(path) : method == "HEAD" ? client.Head(path)
                                                                      : client.Post(path, "x=1", "text/plain");
    EXPECT_TRUE(res) << method << " " << path << ": " << httplib::to_string(res.error());
    if (!res) return {};
    Reply r{res->status, res->get_header_value("Content-Type"), res->get_header_value("Cache-Control"), res->body, {}};
    if (r.type.starts_with("application/json") && !r.body.empty()) r.body_json = json::parse(r.body);
    return r;
  }
  // A 400 whose error message starts with `start`.
  static void ExpectBadRequest(const std::string& path, const std::string& start) {
    const Reply r = Get(path);
    EXPECT_EQ(r.status, 400) << path << ": " << r.body;
    EXPECT_EQ(r.type, "application/json; charset=utf-8") << path;
    ASSERT_TRUE(r.body_json.contains("error")) << path << ": " << r.body;
    EXPECT_TRUE(r.body_json["error"].get<std::string>().starts_with(start)) << path << ": " << r.body;
  }

  static inline std::string dir_, db_;
  static inline Server* server_ = nullptr;
  static inline std::thread* listener_ = nullptr;
};

std::vector<std::string> Keys(const json& object) {
  std::vector<std::string> keys;
  for (auto it = object.begin(); it != object.end(); ++it) keys.push_back(it.key());
  return keys;
}

bool Pairs(const std::string& source, const std::string& target, const std::string& a, const std::string& b) {
  return (source.starts_with(a) && target.starts_with(b)) || (source.starts_with(b) && target.starts_with(a));
}

TEST_F(ServerApi, InfoCountsTheStore) {
  const Reply r = Get("/api/info");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.type, "application/json; charset=utf-8");
  EXPECT_EQ(r.body_json["version"], "0.1.0");
  EXPECT_EQ(r.body_json["schema_version"], Store::SchemaVersion());
  EXPECT_EQ(r.body_json["documents"], testing::kTestStoreDocuments + 1);
  EXPECT_EQ(r.body_json["events"], testing::kTestStoreEvents + 1);
  EXPECT_EQ(r.body_json["first_date"], "2022-03-02");
  EXPECT_EQ(r.body_json["last_date"], "2022-12-24");
}

TEST_F(ServerApi, EventsHaveTheRecordFieldsWithStoreKeys) {
  const Reply r = Get("/api/events");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body_json["total"], AllEvents().size());
  EXPECT_EQ(r.body_json["page"], 1);
  EXPECT_EQ(r.body_json["per_page"], 50);
  ASSERT_EQ(r.body_json["events"].size(), AllEvents().size());
  const std::vector<std::string> expected = {"id", "document_id", "doc_id", "sentence", "date", "doc_date",
                                             "source", "target", "code", "root", "quad", "goldstein", "plover",
                                             "lang", "text", "source_text", "target_text", "predicate_text"};
  for (const json& e : r.body_json["events"]) {
    EXPECT_EQ(Keys(e), expected) << e.dump();
    EXPECT_TRUE(e["id"].is_number_integer());
    EXPECT_EQ(Keys(e["plover"]), (std::vector<std::string>{"type", "mode", "context"}));
  }
}

TEST_F(ServerApi, BetweenReturnsOnlyThatDyad) {
  const Reply r = Get("/api/events?between=RUS,PRK");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto all = AllEvents();
  const auto expected = std::count_if(all.begin(), all.end(), [](const Event& e) {
    return Pairs(e.source, e.target, "RUS", "PRK");
  });
  ASSERT_GT(expected, 0);
  EXPECT_EQ(r.body_json["total"], expected);
  ASSERT_EQ(r.body_json["events"].size(), static_cast<size_t>(expected));
  for (const json& e : r.body_json["events"]) EXPECT_TRUE(Pairs(e["source"], e["target"], "RUS", "PRK")) << e.dump();
}

TEST_F(ServerApi, FiltersReachTheStore) {
  const Reply source = Get("/api/events?source=ukr&quad=3");
  ASSERT_EQ(source.status, 200) << source.body;
  EXPECT_EQ(source.body_json["total"], 2);
  for (const json& e : source.body_json["events"]) {
    EXPECT_EQ(e["source"], "UKR");
    EXPECT_EQ(e["quad"], 3);
  }
  const Reply dated = Get("/api/events?from=2022-08&to=2022-08");
  ASSERT_EQ(dated.status, 200) << dated.body;
  EXPECT_EQ(dated.body_json["total"], 2);
  for (const json& e : dated.body_json["events"]) EXPECT_TRUE(e["date"].get<std::string>().starts_with("2022-08"));
  const Reply code = Get("/api/events?code=19");
  ASSERT_EQ(code.status, 200) << code.body;
  ASSERT_EQ(code.body_json["total"], 1);
  EXPECT_EQ(code.body_json["events"][0]["source"], "USAMIL");
}

TEST_F(ServerApi, PagesPartitionTheEvents) {
  std::set<int64_t> ids;
  size_t seen = 0;
  for (int page = 1; page <= 4; ++page) {
    const Reply r = Get("/api/events?per_page=3&page=" + std::to_string(page));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.body_json["total"], AllEvents().size());
    EXPECT_EQ(r.body_json["page"], page);
    EXPECT_EQ(r.body_json["per_page"], 3);
    const size_t want = std::min<size_t>(3, AllEvents().size() - std::min(AllEvents().size(), seen));
    EXPECT_EQ(r.body_json["events"].size(), want) << "page " << page;
    for (const json& e : r.body_json["events"]) ids.insert(e["id"].get<int64_t>());
    seen += r.body_json["events"].size();
  }
  EXPECT_EQ(seen, AllEvents().size());
  EXPECT_EQ(ids.size(), AllEvents().size());
}

TEST_F(ServerApi, BadParametersAre400NamingThem) {
  ExpectBadRequest("/api/events?from=not-a-date", "from: not a date: not-a-date");
  ExpectBadRequest("/api/events?code=999", "code: ");
  ExpectBadRequest("/api/events?page=-1", "page: ");
  ExpectBadRequest("/api/events?per_page=10000", "per_page: ");
  ExpectBadRequest("/api/events?quad=7", "quad: ");
  ExpectBadRequest("/api/events?colour=red", "unknown parameter: colour");
  ExpectBadRequest("/api/events?between=RUS", "between: ");
  ExpectBadRequest("/api/dyads?a=RUS", "b: required");
  ExpectBadRequest("/api/dyads?a=RUS&b=PRK&by=fortnight", "by: ");
  ExpectBadRequest("/api/actors?limit=0", "limit: ");
  ExpectBadRequest("/api/network?level=planet", "level: ");
  ExpectBadRequest("/api/info?verbose=1", "unknown parameter: verbose");
  ExpectBadRequest("/api/documents/abc", "document id: not a number: abc");
}

TEST_F(ServerApi, FullTextSearchAndItsSyntaxErrors) {
  const Reply r = Get("/api/events?q=Oekra%C3%AFne");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body_json["total"], 2);  // "Oekraïne en Noord-Korea", "België en Oekraïne"
  for (const json& e : r.body_json["events"])
    EXPECT_NE(e["text"].get<std::string>().find("Oekraïne"), std::string::npos) << e.dump();
  ExpectBadRequest("/api/events?q=%22unterminated", "");
}

TEST_F(ServerApi, DutchTextSurvivesAsUtf8) {
  const Reply r = Get("/api/events?source=BEL");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.body_json["events"].size(), 1u);
  EXPECT_EQ(r.body_json["events"][0]["text"], "België en Oekraïne tekenden een akkoord over graan.");
  EXPECT_NE(r.body.find("Belgi\xC3\xAB en Oekra\xC3\xAFne"), std::string::npos) << "raw UTF-8, not \\u escapes";
  const Reply doc = Get("/api/documents/" + std::to_string(r.body_json["events"][0]["document_id"].get<int64_t>()));
  ASSERT_EQ(doc.status, 200) << doc.body;
  EXPECT_EQ(doc.body_json["title"], "Graanakkoord met België");
  EXPECT_EQ(doc.body_json["sentences"][1]["text"], "De reeën in de Ardennen merkten er niets van.");
}

TEST_F(ServerApi, DocumentHasSentencesAndItsEvents) {
  const Reply first = Get("/api/events?between=UKR,PRK&code=112");
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(first.body_json["events"].size(), 1u);
  const int64_t id = first.body_json["events"][0]["document_id"];
  const Reply r = Get("/api/documents/" + std::to_string(id));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Keys(r.body_json), (std::vector<std::string>{"id", "doc_id", "source", "url", "title", "date", "lang",
                                                          "sentences", "events"}));
  EXPECT_EQ(r.body_json["id"], id);
  EXPECT_EQ(r.body_json["doc_id"], "en-accusation");
  EXPECT_EQ(r.body_json["date"], "2022-03-02");
  EXPECT_EQ(r.body_json["lang"], "en");
  ASSERT_EQ(r.body_json["sentences"].size(), 2u);
  const json& s0 = r.body_json["sentences"][0];
  EXPECT_EQ(Keys(s0), (std::vector<std::string>{"index", "begin", "end", "text"}));
  EXPECT_EQ(s0["begin"], 0);
  EXPECT_EQ(s0["end"], s0["text"].get<std::string>().size());
  ASSERT_EQ(r.body_json["events"].size(), 2u);  // UKR->PRK and UKR->RUS, both in sentence 0
  for (const json& e : r.body_json["events"]) {
    EXPECT_EQ(e["document_id"], id);
    EXPECT_EQ(e["doc_id"], "en-accusation");
  }
}

TEST_F(ServerApi, UnknownDocumentsAndPathsAre404) {
  for (const char* path : {"/api/documents/999999", "/api/nothing", "/api", "/api/documents/", "/api/info/extra"}) {
    const Reply r = Get(path);
    EXPECT_EQ(r.status, 404) << path << ": " << r.body;
    EXPECT_TRUE(r.body_json.contains("error")) << path;
  }
}

TEST_F(ServerApi, DyadSeriesByMonth) {
  const Reply r = Get("/api/dyads?a=RUS&b=PRK&by=month");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body_json["a"], "RUS");
  EXPECT_EQ(r.body_json["b"], "PRK");
  EXPECT_EQ(r.body_json["by"], "month");
  int64_t events = 0;
  std::vector<std::string> periods;
  for (const json& b : r.body_json["series"]) {
    EXPECT_EQ(Keys(b), (std::vector<std::string>{"period", "events", "quad", "roots", "goldstein_sum",
                                                  "goldstein_mean", "documents"}));
    EXPECT_EQ(b["quad"].size(), 4u);
    events += b["events"].get<int64_t>();
    periods.push_back(b["period"]);
  }
  EXPECT_EQ(events, 3);
  EXPECT_TRUE(std::is_sorted(periods.begin(), periods.end()));
  EXPECT_NE(std::find(periods.begin(), periods.end(), "2022-08"), periods.end());
}

TEST_F(ServerApi, ActorsWithTheirCounts) {
  const Reply r = Get("/api/actors");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_FALSE(r.body_json["actors"].empty());
  const auto all = AllEvents();
  for (const json& a : r.body_json["actors"]) {
    EXPECT_EQ(Keys(a), (std::vector<std::string>{"code", "as_source", "as_target", "events"}));
    EXPECT_EQ(a["events"], a["as_source"].get<int64_t>() + a["as_target"].get<int64_t>());
  }
  const json& top = r.body_json["actors"][0];  // PRK: 4 events as target, 1 as source
  EXPECT_EQ(top["code"], "PRK");
  EXPECT_EQ(top["events"], 5);
  const Reply limited = Get("/api/actors?prefix=rus&limit=1");
  ASSERT_EQ(limited.status, 200) << limited.body;
  ASSERT_EQ(limited.body_json["actors"].size(), 1u);
  EXPECT_TRUE(limited.body_json["actors"][0]["code"].get<std::string>().starts_with("RUS"));
}

TEST_F(ServerApi, NetworkAtCountryAndActorLevel) {
  auto has_edge = [](const json& edges, const std::string& source, const std::string& target) {
    return std::any_of(edges.begin(), edges.end(),
                       [&](const json& e) { return e["source"] == source && e["target"] == target; });
  };
  const Reply country = Get("/api/network");
  ASSERT_EQ(country.status, 200) << country.body;
  for (const json& e : country.body_json["edges"])
    EXPECT_EQ(Keys(e), (std::vector<std::string>{"source", "target", "events", "goldstein_mean"}));
  EXPECT_TRUE(has_edge(country.body_json["edges"], "USA", "RUS")) << country.body;
  const Reply actor = Get("/api/network?level=actor&quad=4");
  ASSERT_EQ(actor.status, 200) << actor.body;
  ASSERT_EQ(actor.body_json["edges"].size(), 1u) << actor.body;
  EXPECT_TRUE(has_edge(actor.body_json["edges"], "USAMIL", "RUSGOV")) << actor.body;
}

TEST_F(ServerApi, OnlyGetAndHead) {
  const Reply post = Call("POST", "/api/events");
  EXPECT_EQ(post.status, 405);
  EXPECT_TRUE(post.body_json.contains("error"));
  const Reply head = Call("HEAD", "/api/info");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
}

TEST_F(ServerApi, StaticFilesWithTypesAndCaching) {
  const Reply index = Get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.type, "text/html; charset=utf-8");
  EXPECT_EQ(index.cache, "no-cache");
  EXPECT_NE(index.body.find("dyad dashboard"), std::string::npos);
  const Reply js = Get("/assets/index-3f2a9c1b.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.type, "application/javascript; charset=utf-8");
  EXPECT_EQ(js.cache, "public, max-age=31536000, immutable");
  EXPECT_EQ(Get("/assets/index-77aa01ee.css").type, "text/css; charset=utf-8");
  EXPECT_EQ(Get("/logo.svg").type, "image/svg+xml");
  EXPECT_EQ(Get("/font.woff2").type, "font/woff2");
  EXPECT_EQ(Get("/manifest.json").type, "application/json; charset=utf-8");
  EXPECT_EQ(Get("/assets/missing-00000000.js").status, 404);
}

TEST_F(ServerApi, UnknownPagesFallBackToIndex) {
  for (const char* path : {"/dyads/RUS/PRK", "/events", "/documents/3/"}) {
    const Reply r = Get(path);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_NE(r.body.find("dyad dashboard"), std::string::npos) << path;
    EXPECT_EQ(r.cache, "no-cache") << path;
  }
}

TEST_F(ServerApi, TraversalIsRefused) {
  for (const char* path : {"/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt",
                           "/assets/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/link.txt", "/./index.html"}) {
    const Reply r = Get(path);
    EXPECT_TRUE(r.status == 404 || r.status == 400) << path << ": " << r.status;
    EXPECT_EQ(r.body.find("SECRET-OUTSIDE-WEB"), std::string::npos) << path;
  }
}

TEST(ServerStart, PlaceholderWhenTheDashboardIsNotBuilt) {
  const std::string dir = testing::TempDir("dyad_server_placeholder_" + std::to_string(::getpid()));
  ASSERT_TRUE(testing::MakeTestStore(dir + "/events.db").ok());
  Server server({dir + "/events.db", "127.0.0.1", 0, dir + "/no-web", 1});
  ASSERT_TRUE(server.Start().ok());
  std::thread listener([&] { (void)server.Listen(); });
  httplib::Client client("127.0.0.1", server.port());
  auto res = client.Get("/");
  server.Stop();
  listener.join();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("not built"), std::string::npos) << res->body;
  EXPECT_NE(res->body.find("/api/events"), std::string::npos) << res->body;
  fs::remove_all(dir);
}

TEST(ServerStart, MissingStoreIsAnErrorAndNotCreated) {
  const std::string db = testing::TempPath("dyad_server_missing_" + std::to_string(::getpid()) + ".db");
  Server server({db, "127.0.0.1", 0, "", 1});
  const Status s = server.Start();
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(db), std::string::npos) << s.message();
  EXPECT_FALSE(fs::exists(db));
}

// The answer cache is invalidated by writes of other connections (here
// this test's own writer, as `dyad ingest` would be).
TEST(ServerStart, AnswersFollowWritesToTheStore) {
  const std::string dir = testing::TempDir("dyad_server_writes_" + std::to_string(::getpid()));
  const std::string db = dir + "/events.db";
  ASSERT_TRUE(testing::MakeTestStore(db).ok());
  Server server({db, "127.0.0.1", 0, "", 2});
  ASSERT_TRUE(server.Start().ok());
  std::thread listener([&] { (void)server.Listen(); });
  httplib::Client client("127.0.0.1", server.port());
  const auto total = [&] {
    auto res = client.Get("/api/events?source=BEL");
    return res && res->status == 200 ? json::parse(res->body)["total"].get<int>() : -1;
  };
  EXPECT_EQ(total(), 0);
  EXPECT_EQ(total(), 0);  // now from the cache
  {
    auto store = Store::Open(db, Store::Mode::kReadWrite);
    ASSERT_TRUE(store.ok());
    auto run = (*store)->BeginRun({"api_test", "test", "fixture-coder", "hand-written", "none"});
    ASSERT_TRUE(run.ok());
    const testing::TestDocument extra = AllDocuments().back();
    ASSERT_TRUE((*store)->Put(*run, extra.document, extra.sentences, extra.events).ok());
    ASSERT_TRUE((*store)->Commit().ok());
  }
  EXPECT_EQ(total(), 1);
  server.Stop();
  listener.join();
  fs::remove_all(dir);
}

TEST(ServerStart, StopBeforeListenReturns) {
  const std::string dir = testing::TempDir("dyad_server_stop_" + std::to_string(::getpid()));
  ASSERT_TRUE(testing::MakeTestStore(dir + "/events.db").ok());
  Server server({dir + "/events.db", "127.0.0.1", 0, "", 1});
  ASSERT_TRUE(server.Start().ok());
  server.Stop();
  EXPECT_TRUE(server.Listen().ok());  // returns at once instead of serving
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad
