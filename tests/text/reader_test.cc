#include "dyad/reader.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "dyad/data.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Everything one read produced.
struct Collected {
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  ReadStats stats;

  std::vector<Diagnostic> Errors() const {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : diags) {
      if (d.severity == Diagnostic::Severity::kError) out.push_back(d);
    }
    return out;
  }
  std::vector<std::string> Ids() const {
    std::vector<std::string> ids;
    for (const Document& d : docs) ids.push_back(d.id);
    return ids;
  }
};

Collected Buffer(std::string_view name, std::string_view data, ReadOptions options = {}) {
  Collected c;
  c.stats = ReadBuffer(
      name, data, options, [&](Document&& d) { c.docs.push_back(std::move(d)); },
      [&](const Diagnostic& d) { c.diags.push_back(d); });
  return c;
}

Collected Files(const std::vector<std::string>& inputs, ReadOptions options = {}) {
  Collected c;
  c.stats = ReadDocuments(
      inputs, options, [&](Document&& d) { c.docs.push_back(std::move(d)); },
      [&](const Diagnostic& d) { c.diags.push_back(d); });
  return c;
}

bool Contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

// A fresh directory under the system temp dir, removed afterwards.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("dyad-reader-test-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(counter++) + "-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& relative, std::string_view content) const {
    const fs::path p = path_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary)
        .write(content.data(), static_cast<std::streamsize>(content.size()));
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

// ---- Plain text -----------------------------------------------------------

TEST(ReaderText, DateHeaderOnTheSameLine) {
  const std::string data = " date 2022-08 Zeeland kreeg gisteren een storm.\nTweede regel.\n";
  Collected c = Buffer("dir/kust-bericht.txt", data);
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "kust-bericht");
  EXPECT_EQ(d.source, "dir/kust-bericht.txt");
  EXPECT_EQ(d.date, (Date{2022, 8, 0, Date::Precision::kMonth}));
  EXPECT_EQ(d.text, "Zeeland kreeg gisteren een storm.\nTweede regel.\n");
  EXPECT_EQ(d.text_offset, data.find("Zeeland"));
  EXPECT_EQ(d.record, 1u);
  EXPECT_TRUE(c.diags.empty());
}

TEST(ReaderText, DateHeaderOnItsOwnLineWithTextBelow) {
  const std::string data = "\n date 2021-03-04\n\n   The harbour reopened on Monday.\n";
  Collected c = Buffer("haven.txt", data);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].date.precision, Date::Precision::kDay);
  EXPECT_EQ(c.docs[0].date.ToString(), "2021-03-04");
  EXPECT_EQ(c.docs[0].text, "The harbour reopened on Monday.\n");
  EXPECT_EQ(c.docs[0].record, 4u);
  EXPECT_EQ(c.docs[0].text_offset, data.find("The harbour"));
}

TEST(ReaderText, YearOnlyHeaderAfterBomKeepsYearPrecision) {
  Collected c = Buffer("jaar.txt", "\xEF\xBB\xBF\tdate 1999 Een oud bericht.");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].date, (Date{1999, 0, 0, Date::Precision::kYear}));
  EXPECT_EQ(c.docs[0].text, "Een oud bericht.");
  EXPECT_EQ(c.docs[0].text_offset, 14u);  // offsets count the BOM's 3 bytes
}

TEST(ReaderText, NoHeaderWarnsAndKeepsWholeFileWithUnknownDate) {
  const std::string data = "Date palms grew well this year.\nA second line.\n";
  Collected c = Buffer("palms.txt", data);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_FALSE(c.docs[0].date.known());
  EXPECT_EQ(c.docs[0].text, data);
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.diags[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(c.stats.warnings, 1u);
  EXPECT_EQ(c.stats.errors, 0u);
  EXPECT_TRUE(c.diags[0].ToString().starts_with("palms.txt:1: warning: ")) << c.diags[0].ToString();
}

TEST(ReaderText, InvalidMonthInHeaderIsAnErrorNamingFileAndLine) {
  Collected c = Buffer("fout.txt", "\n\ndate 2022-13 Iets gebeurde.\n");
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.Errors().size(), 1u);
  const std::string msg = c.Errors()[0].ToString();
  EXPECT_TRUE(msg.starts_with("fout.txt:3: error: ")) << msg;
  EXPECT_TRUE(Contains(msg, "invalid month 13")) << msg;
}

TEST(ReaderText, HeaderWithoutTextIsAnError) {
  Collected c = Buffer("leeg.txt", "date 2020-01-01\n\n");
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.Errors().size(), 1u);
  EXPECT_TRUE(Contains(c.Errors()[0].message, "no text")) << c.Errors()[0].message;
}

// ---- JSONL -----------------------------------------------------------------

TEST(ReaderJsonl, NumberIdsBecomeStringsAndPublishedAtGivesTheDate) {
  Collected c = Buffer("feed.jsonl",
                       "{\"id\": 4711, \"title\": \"Kop\", \"text\": \"Romp.\", "
                       "\"published_at\": \"2019-03-07T10:15:00\", \"lang\": \"nl\", "
                       "\"url\": \"https://example.org/a\"}\n");
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "4711");
  EXPECT_EQ(d.title, "Kop");
  EXPECT_EQ(d.text, "Romp.");
  EXPECT_EQ(d.lang, "nl");
  EXPECT_EQ(d.url, "https://example.org/a");
  EXPECT_EQ(d.date, (Date{2019, 3, 7, Date::Precision::kDay}));
  EXPECT_EQ(d.record, 1u);
  EXPECT_TRUE(c.diags.empty());
}

TEST(ReaderJsonl, DateFieldWinsAndBlankLinesAreSkipped) {
  Collected c = Buffer("feed.jsonl",
                       "\n  \n{\"id\": \"a\", \"text\": \"Eerste.\", \"date\": \"2020-02\"}\r\n"
                       "\n{\"id\": \"b\", \"text\": \"Tweede.\", \"date\": \"2021\"}");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].record, 3u);
  EXPECT_EQ(c.docs[0].date.precision, Date::Precision::kMonth);
  EXPECT_EQ(c.docs[1].record, 5u);  // last line has no '\n'
  EXPECT_EQ(c.docs[1].date.precision, Date::Precision::kYear);
  EXPECT_TRUE(c.diags.empty());
}

TEST(ReaderJsonl, MalformedLineInTheMiddleIsReportedAndTheOthersAreRead) {
  Collected c = Buffer("mix.jsonl",
                       "{\"id\": 1, \"text\": \"een\", \"date\": \"2020-01-01\"}\n"
                       "{\"id\": 2, \"text\": \"twee\", \n"
                       "{\"id\": 3, \"text\": \"drie\", \"date\": \"2020-01-03\"}\n");
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"1", "3"}));
  ASSERT_EQ(c.Errors().size(), 1u);
  EXPECT_EQ(c.Errors()[0].line, 2u);
  EXPECT_TRUE(c.Errors()[0].ToString().starts_with("mix.jsonl:2: error: malformed JSON"))
      << c.Errors()[0].ToString();
  EXPECT_EQ(c.docs[1].record, 3u);
}

TEST(ReaderJsonl, RecordWithoutTextOrIdIsAnErrorNamingItsLine) {
  Collected c = Buffer("gaps.jsonl",
                       "{\"id\": \"x\", \"title\": \"geen tekst\", \"date\": \"2020\"}\n"
                       "{\"text\": \"geen id\", \"date\": \"2020\"}\n"
                       "[1, 2]\n"
                       "{\"id\": \"ok\", \"text\": \"wel\", \"date\": \"2020\"}\n");
  EXPECT_EQ(c.Ids(), std::vector<std::string>{"ok"});
  ASSERT_EQ(c.Errors().size(), 3u);
  EXPECT_EQ(c.Errors()[0].line, 1u);
  EXPECT_TRUE(Contains(c.Errors()[0].message, "\"text\""));
  EXPECT_EQ(c.Errors()[1].line, 2u);
  EXPECT_TRUE(Contains(c.Errors()[1].message, "\"id\""));
  EXPECT_EQ(c.Errors()[2].line, 3u);
}

TEST(ReaderJsonl, MissingDateWarnsAndBadDateIsAnError) {
  Collected c = Buffer("dates.jsonl",
                       "{\"id\": \"a\", \"text\": \"zonder datum\"}\n"
                       "{\"id\": \"b\", \"text\": \"slecht\", \"date\": \"2020-02-30\"}\n");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_FALSE(c.docs[0].date.known());
  EXPECT_EQ(c.stats.warnings, 1u);
  ASSERT_EQ(c.Errors().size(), 1u);
  EXPECT_EQ(c.Errors()[0].line, 2u);
  EXPECT_TRUE(Contains(c.Errors()[0].message, "invalid day 30")) << c.Errors()[0].message;
}

TEST(ReaderJsonl, InvalidUtf8InOneRecordGivesLineAndByteColumn) {
  Collected c = Buffer("utf.jsonl",
                       "{\"id\": 1, \"text\": \"goed\", \"date\": \"2020\"}\n"
                       "{\"id\": 2, \"text\": \"fo\xC3\x28ut\", \"date\": \"2020\"}\n"
                       "{\"id\": 3, \"text\": \"ook goed\", \"date\": \"2020\"}\n");
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"1", "3"}));
  ASSERT_EQ(c.Errors().size(), 1u);
  EXPECT_EQ(c.Errors()[0].ToString(),
            "utf.jsonl:2: error: invalid UTF-8 (byte 0xC3) at line 2, byte column 22");
}

// ---- PETRARCH XML ------------------------------------------------------------

TEST(ReaderPetrarch, NormalFormKeepsAttributesCodingsTextAndParse) {
  const std::string data =
      "# a comment line outside any element\n"
      "<Sentences>\n"
      "<Sentence date = \"20100523\" id =\"T-1\" category='TEST' sentence = \"True\">\n"
      "<EventCoding sourcecode=\"AAA\" targetcode=\"BBB\" eventcode=\"043\"></EventCoding>\n"
      "<EventCoding noevents=\"True\"/>\n"
      "<Text>\n  Greenland &amp; Iceland   signed a\n   &quot;fish&quot; deal &#8364;5 "
      "&#x41;.\n</Text>\n"
      "<Parse>\n(ROOT (S (NP (NNP Greenland)) (CC &amp;)))\n</Parse>\n"
      "</Sentence>\n"
      "</Sentences>\n";
  Collected c = Buffer("suite.xml", data);
  ASSERT_EQ(c.docs.size(), 1u) << (c.diags.empty() ? "" : c.diags[0].ToString());
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "T-1");
  EXPECT_EQ(d.record, 1u);
  EXPECT_EQ(d.date, (Date{2010, 5, 23, Date::Precision::kDay}));
  EXPECT_EQ(d.attributes.at("category"), "TEST");
  EXPECT_EQ(d.attributes.at("sentence"), "True");
  EXPECT_EQ(d.attributes.at("date"), "20100523");
  EXPECT_EQ(d.text, "Greenland & Iceland signed a \"fish\" deal €5 A.");
  EXPECT_EQ(d.parse, "(ROOT (S (NP (NNP Greenland)) (CC &)))");
  ASSERT_EQ(d.codings.size(), 2u);
  EXPECT_EQ(d.codings[0].at("eventcode"), "043");
  EXPECT_EQ(d.codings[0].at("sourcecode"), "AAA");
  EXPECT_EQ(d.codings[1].at("noevents"), "True");
  EXPECT_EQ(d.text_offset, data.find("\n  Greenland"));
  EXPECT_TRUE(c.diags.empty());
}

TEST(ReaderPetrarch, SelfClosedSentenceTakesItsFollowingSiblings) {
  const std::string data =
      "<Sentences>\n"
      "<Sentence category=\"X\" date=\"20120101\" id=\"S1\"/>\n"
      "<EventCoding eventcode=\"010\" sourcecode=\"NOR\" targetcode=\"SWE\" />\n"
      "<Text>\nNorway spoke to Sweden.\n</Text>\n"
      "<Parse>\n1\tNorway\tNorway\tPROPN\n</Parse></Sentence>\n\n"
      "<Sentence category=\"X\" date=\"20120102\" id=\"S2\"/>\n"
      "<EventCoding noevents=\"True\" />\n"
      "<Text>Sweden listened.</Text>\n"
      "<Sentence category=\"X\" date=\"20120103\" id=\"S3\"/>\n"
      "<Text>Finland waited.</Text>\n"
      "</Sentences>\n";
  Collected c = Buffer("gsr.xml", data);
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"S1", "S2", "S3"}));
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].codings.size(), 1u);
  EXPECT_EQ(c.docs[0].codings[0].at("targetcode"), "SWE");
  EXPECT_EQ(c.docs[0].parse, "1\tNorway\tNorway\tPROPN");  // verbatim, trimmed
  EXPECT_EQ(c.docs[1].text, "Sweden listened.");
  EXPECT_EQ(c.docs[1].codings.size(), 1u);
  EXPECT_TRUE(c.docs[2].codings.empty());
  EXPECT_EQ(c.docs[2].record, 3u);
  EXPECT_TRUE(c.diags.empty());
}

TEST(ReaderPetrarch, CommentedOutElementsAndSentencesAreIgnored) {
  Collected c = Buffer("comments.xml",
                       "<!-- <Sentence id=\"ghost\" date=\"20000101\"> -->\n"
                       "<Sentence id=\"real\" date=\"20000101\">\n"
                       "<!-- an <EventCoding eventcode=\"999\"/> in a comment -->\n"
                       "<Text>Real text.</Text>\n"
                       "<Parse>kept</Parse>\n"
                       "<!---\n<Parse>dropped</Parse>-->\n"
                       "</Sentence>\n");
  ASSERT_EQ(c.Ids(), std::vector<std::string>{"real"});
  EXPECT_TRUE(c.docs[0].codings.empty());
  EXPECT_EQ(c.docs[0].parse, "kept");
  EXPECT_TRUE(c.diags.empty());
}

TEST(ReaderPetrarch, MalformedRecordsAreErrorsAtTheirFirstLineAndOthersRead) {
  Collected c =
      Buffer("broken.xml",
             "<Sentences>\n"
             "<Sentence id=\"no-text\" date=\"20010101\">\n<Parse>x</Parse>\n</Sentence>\n"
             "<Sentence id=\"bad-date\" date=\"20011301\">\n<Text>t</Text>\n</Sentence>\n"
             "<Sentence date=\"20010101\">\n<Text>no id</Text>\n</Sentence>\n"
             "<Sentence id=\"open\" date=\"20010101\">\n<Text>never closed\n</Sentence>\n"
             "<Sentence id=\"good\" date=\"20010101\">\n<Text>fine</Text>\n</Sentence>\n"
             "<Sentence id=\"attr\" date=20010101>\n<Text>x</Text>\n</Sentence>\n"
             "</Sentences>\n");
  // A bad date is a warning: the record is kept with its date unknown.
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"bad-date", "good"}));
  EXPECT_FALSE(c.docs[0].date.known());
  EXPECT_TRUE(std::any_of(c.diags.begin(), c.diags.end(), [](const Diagnostic& d) {
    return d.severity == Diagnostic::Severity::kWarning && d.line == 5 && Contains(d.message, "invalid month 13");
  }));
  EXPECT_EQ(c.docs[1].record, 5u);
  const std::vector<Diagnostic> errors = c.Errors();
  ASSERT_EQ(errors.size(), 4u);
  const size_t lines[] = {2, 8, 11, 17};
  const char* words[] = {"no <Text>", "without an id", "unterminated <Text>", "without quotes"};
  for (size_t i = 0; i < errors.size(); ++i) {
    EXPECT_EQ(errors[i].line, lines[i]) << errors[i].ToString();
    EXPECT_TRUE(Contains(errors[i].message, words[i])) << errors[i].ToString();
    EXPECT_EQ(errors[i].file, "broken.xml");
  }
}

// ---- Bad input -------------------------------------------------------------------

TEST(ReaderBadInput, BinaryFileIsRejected) {
  constexpr char kGif[] = "GIF89a\x01\x00\x00\x00 more";
  Collected c = Buffer("image.txt", std::string_view(kGif, sizeof kGif - 1));
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.Errors().size(), 1u);
  EXPECT_TRUE(Contains(c.Errors()[0].ToString(), "image.txt:1: error: binary file"))
      << c.Errors()[0].ToString();
}

TEST(ReaderBadInput, EmptyFileIsAnError) {
  TempDir dir;
  const std::string empty = dir.Write("leeg.txt", "");
  const std::string next = dir.Write("vol.txt", "date 2020 Tekst.");
  Collected c = Files({empty, next});
  EXPECT_EQ(c.Ids(), std::vector<std::string>{"vol"});
  ASSERT_EQ(c.Errors().size(), 1u);
  EXPECT_EQ(c.Errors()[0].file, empty);
  EXPECT_EQ(c.Errors()[0].message, "empty file");
  EXPECT_EQ(c.stats.files, 2u);
}

TEST(ReaderBadInput, NonexistentPathIsAnErrorAndTheBatchGoesOn) {
  TempDir dir;
  const std::string missing = dir.path() + "/nergens.txt";
  const std::string next = dir.Write("er.txt", "date 2020 Wel.");
  Collected c = Files({missing, next});
  EXPECT_EQ(c.Ids(), std::vector<std::string>{"er"});
  ASSERT_EQ(c.Errors().size(), 1u);
  EXPECT_EQ(c.Errors()[0].file, missing);
  EXPECT_TRUE(Contains(c.Errors()[0].ToString(), "nergens.txt: error: no such file"))
      << c.Errors()[0].ToString();
}

TEST(ReaderBadInput, OversizeRecordsInABufferAreSkippedIndividually) {
  ReadOptions small;
  small.max_record_bytes = 60;
  Collected jsonl = Buffer("k.jsonl",
                           "{\"id\": 1, \"text\": \"" + std::string(80, 'x') +
                               "\"}\n"
                               "{\"id\": 2, \"text\": \"kort\", \"date\": \"2020\"}\n",
                           small);
  EXPECT_EQ(jsonl.Ids(), std::vector<std::string>{"2"});
  ASSERT_EQ(jsonl.Errors().size(), 1u);
  EXPECT_EQ(jsonl.Errors()[0].line, 1u);
  EXPECT_TRUE(Contains(jsonl.Errors()[0].message, "60-byte limit"));
  Collected xml = Buffer("k.xml",
                         "<Sentence id=\"big\" date=\"2020\"><Text>" + std::string(80, 'y') +
                             "</Text></Sentence>\n<Sentence id=\"small\" date=\"2020\">"
                             "<Text>z</Text></Sentence>\n",
                         small);
  EXPECT_EQ(xml.Ids(), std::vector<std::string>{"small"});
  EXPECT_EQ(xml.Errors().size(), 1u);
  Collected text = Buffer("k.txt", "date 2020 " + std::string(80, 'w'), small);
  EXPECT_TRUE(text.docs.empty());
  EXPECT_EQ(text.Errors().size(), 1u);
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Writes `bytes` of 'a' (in 1 MiB pieces, so the test itself stays small)
// between `head` and `tail`.
std::string WriteHugeFile(const TempDir& dir, const std::string& name, const std::string& head,
                          size_t bytes, const std::string& tail) {
  const std::string path = dir.Write(name, head);
  std::ofstream out(path, std::ios::binary | std::ios::app);
  const std::string chunk(1 << 20, 'a');
  for (size_t done = 0; done < bytes; done += chunk.size()) out.write(chunk.data(), chunk.size());
  out << tail;
  return path;
}

constexpr size_t kHundredMb = 100u << 20;

TEST(ReaderBadInput, HundredMegabyteSingleLineTextFileIsRejectedWithoutLoadingIt) {
  TempDir dir;
  const std::string huge = WriteHugeFile(dir, "huge.txt", "date 2020 ", kHundredMb, "");
  const std::string next = dir.Write("volgende.txt", "date 2020-05 Daarna.");
  const long before = PeakRssKb();
  Collected c = Files({huge, next});
  EXPECT_LT(PeakRssKb() - before, 16 * 1024);  // not even the 32 MiB limit is read
  EXPECT_EQ(c.Ids(), std::vector<std::string>{"volgende"});
  ASSERT_EQ(c.Errors().size(), 1u);
  EXPECT_EQ(c.Errors()[0].file, huge);
  EXPECT_EQ(c.Errors()[0].line, 1u);
  EXPECT_TRUE(Contains(c.Errors()[0].message, "limit")) << c.Errors()[0].message;
}

TEST(ReaderBadInput, HundredMegabyteJsonlLineIsSkippedToTheNextLine) {
  TempDir dir;
  const std::string huge =
      WriteHugeFile(dir, "huge.jsonl", "{\"id\": 1, \"text\": \"", kHundredMb,
                    "\"}\n{\"id\": 2, \"text\": \"na\", \"date\": \"2020\"}\n");
  const std::string next =
      dir.Write("next.jsonl", "{\"id\": 3, \"text\": \"x\", \"date\": \"2020\"}");
  const long before = PeakRssKb();
  Collected c = Files({huge, next});
  // The window stops at max_record_bytes (32 MiB): far less than the line.
  EXPECT_LT(PeakRssKb() - before, 48 * 1024);
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"2", "3"}));
  ASSERT_EQ(c.Errors().size(), 1u);
  EXPECT_TRUE(c.Errors()[0].ToString().starts_with(huge + ":1: error: line is longer than"))
      << c.Errors()[0].ToString();
  EXPECT_EQ(c.docs[0].record, 2u);
}

// ---- Files, directories, detection, streaming --------------------------------

TEST(ReaderFiles, DirectoriesAreReadRecursivelyInSortedOrderSkippingHidden) {
  TempDir dir;
  dir.Write("b.txt", "date 2020 B.");
  dir.Write("a/z.txt", "date 2020 Z.");
  dir.Write("a/c.jsonl",
            "{\"id\": \"c1\", \"text\": \"C.\", \"date\": \"2020\"}\n"
            "{\"id\": \"c2\", \"text\": \"C.\", \"date\": \"2020\"}\n");
  dir.Write("a/sub/y.txt", "date 2020 Y.");
  dir.Write(".hidden.txt", "date 2020 H.");
  dir.Write(".git/x.txt", "date 2020 X.");
  dir.Write("a/.cache/w.txt", "date 2020 W.");
  Collected c = Files({dir.path()});
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"c1", "c2", "y", "z", "b"}));
  EXPECT_EQ(c.stats.files, 4u);
  EXPECT_TRUE(c.diags.empty());
}

TEST(ReaderFiles, FormatComesFromExtensionThenContentUnlessForced) {
  TempDir dir;
  const std::string json =
      dir.Write("notes", "  {\"id\": \"j\", \"text\": \"J.\", \"date\": \"2020\"}\n");
  const std::string xml =
      dir.Write("suite.dat", "<Sentence id=\"x\" date=\"2020\"><Text>X.</Text></Sentence>");
  const std::string ndjson =
      dir.Write("feed.NDJSON", "{\"id\": \"n\", \"text\": \"N.\", \"date\": \"2020\"}");
  const std::string text = dir.Write("brief", "date 2020 {not json}");
  Collected c = Files({json, xml, ndjson, text});
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"j", "x", "n", "brief"}));
  ReadOptions forced;
  forced.format = InputFormat::kText;
  Collected t = Files({json}, forced);
  ASSERT_EQ(t.docs.size(), 1u);
  EXPECT_EQ(t.docs[0].id, "notes");
  EXPECT_EQ(t.stats.warnings, 1u);  // as text it has no date header
}

TEST(ReaderFiles, StreamingInSmallWindowsGivesTheSameDocumentsAsOneBuffer) {
  constexpr int kRecords = 2000;  // files well past the 64 KiB first read
  std::string jsonl, xml = "<!-- header comment\n# hash line -->\n<Sentences>\n";
  for (int i = 0; i < kRecords; ++i) {
    const std::string words(static_cast<size_t>(i % 37) * 3, 'w');
    jsonl +=
        "{\"id\": " + std::to_string(i) + ", \"text\": \"t" + words + "\", \"date\": \"2020\"}\n";
    xml += "<Sentence id=\"s" + std::to_string(i) +
           "\" date=\"20200101\">\n<!-- note -->\n"
           "<Text>\n" +
           words + " x\n</Text>\n</Sentence>\n";
  }
  TempDir dir;
  ReadOptions small;
  small.max_record_bytes = 300;  // windows of ~300 bytes: many refills and seams
  for (const auto& [name, content] : {std::pair{"s.jsonl", jsonl}, std::pair{"s.xml", xml}}) {
    Collected whole = Buffer(name, content);
    Collected streamed = Files({dir.Write(name, content)}, small);
    ASSERT_EQ(whole.docs.size(), size_t{kRecords}) << name;
    ASSERT_EQ(streamed.docs.size(), size_t{kRecords}) << name;
    EXPECT_TRUE(streamed.diags.empty()) << streamed.diags[0].ToString();
    for (size_t i = 0; i < kRecords; ++i) {
      EXPECT_EQ(streamed.docs[i].id, whole.docs[i].id);
      EXPECT_EQ(streamed.docs[i].text, whole.docs[i].text);
      EXPECT_EQ(streamed.docs[i].text_offset, whole.docs[i].text_offset);
    }
  }
}

TEST(ReaderFiles, ParseInputFormatNamesAndDiagnosticForm) {
  EXPECT_EQ(*ParseInputFormat("xml"), InputFormat::kPetrarchXml);
  EXPECT_EQ(*ParseInputFormat("petrarch"), InputFormat::kPetrarchXml);
  EXPECT_EQ(*ParseInputFormat("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(*ParseInputFormat("text"), InputFormat::kText);
  EXPECT_EQ(*ParseInputFormat("auto"), InputFormat::kAuto);
  EXPECT_FALSE(ParseInputFormat("csv").ok());
  Diagnostic d{Diagnostic::Severity::kError, "a.jsonl", 7, "boom"};
  EXPECT_EQ(d.ToString(), "a.jsonl:7: error: boom");
}

// ---- The shared data -----------------------------------------------------------

TEST(ReaderSharedData, DutchCorpusReadsAllDocumentsWithDayDates) {
  Result<std::string> path = DataPath("corpora/nl/dpgmedia2019-articles.jsonl");
  if (!path.ok()) GTEST_SKIP() << path.status().ToString();
  // Reading speed is measured by bench/ (BM_ReadDutchCorpus), not here: a
  // timed test fails on a busy machine.
  Collected c = Files({*path});
  EXPECT_EQ(c.docs.size(), 1438u);
  EXPECT_TRUE(c.diags.empty()) << c.diags[0].ToString();
  size_t with_text = 0;
  for (const Document& d : c.docs) {
    EXPECT_EQ(d.date.precision, Date::Precision::kDay) << d.id;
    with_text += d.text.empty() ? 0 : 1;
  }
  EXPECT_EQ(with_text, 1398u);  // 40 articles have an empty "text": read as is
}

TEST(ReaderSharedData, PetrarchValidationFilesGiveTheirRecordCounts) {
  struct Expect {
    const char* file;
    size_t docs, errors, codings, empty_texts;
  };
  // PETR2_GSR_validation.xml has one record with date="121108", PETRARCH's
  // YYMMDD (2012-11-08). Some TEST_* records have an empty <Text>, kept as
  // such.
  const Expect expected[] = {
      {"GigaWord.sample.PETR.xml", 76, 0, 0, 9},
      {"PETR.UnitTest.records.xml", 284, 0, 385, 0},
      {"PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml", 284, 0, 375, 0},
      {"PETR2_GSR_validation.xml", 78, 0, 92, 1}};
  for (const Expect& e : expected) {
    Result<std::string> path = DataPath(std::string("petrarch/validation/") + e.file);
    if (!path.ok()) GTEST_SKIP() << path.status().ToString();
    Collected c = Files({*path});
    EXPECT_EQ(c.docs.size(), e.docs) << e.file;
    EXPECT_EQ(c.stats.errors, e.errors) << e.file;
    size_t codings = 0, empty_texts = 0;
    for (const Document& d : c.docs) {
      codings += d.codings.size();
      empty_texts += d.text.empty() ? 1 : 0;
      EXPECT_FALSE(d.parse.empty()) << e.file << " " << d.id;
      EXPECT_EQ(d.date.precision, Date::Precision::kDay) << e.file << " " << d.id;
    }
    EXPECT_EQ(codings, e.codings) << e.file;
    EXPECT_EQ(empty_texts, e.empty_texts) << e.file;
  }
}

// ---- The command line ------------------------------------------------------------

// Runs a shell command; returns its stdout and sets *status to its exit code.
std::string RunCommand(const std::string& command, int* status) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  const int raw = ::pclose(pipe);
  *status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return out;
}

TEST(ReaderCli, ReadsTheSeedArticleWithMonthPrecision) {
  Result<std::string> path = DataPath("examples/seed-nl.txt");
  if (!path.ok()) GTEST_SKIP() << path.status().ToString();
  int status = -1;
  const std::string out = RunCommand(std::string(DYAD_BINARY) + " read '" + *path + "'", &status);
  EXPECT_EQ(status, 0);
  EXPECT_TRUE(out.starts_with("{\"id\":\"seed-nl\",")) << out.substr(0, 200);
  EXPECT_TRUE(Contains(out, "\"date\":\"2022-08\",\"date_precision\":\"month\""));
  EXPECT_TRUE(Contains(out, "\"text\":\"Noord-Korea en Rusland"));
}

TEST(ReaderCli, StdinIsSniffedAndExitStatusesFollowTheContract) {
  const std::string dyad = DYAD_BINARY;
  int status = -1;
  std::string out = RunCommand(
      "printf '{\"id\": 5, \"text\": \"via stdin\", \"date\": \"2021\"}\\n' | " + dyad + " read -",
      &status);
  EXPECT_EQ(status, 0);
  EXPECT_TRUE(Contains(out, "\"id\":\"5\",\"source\":\"-\"")) << out;
  out = RunCommand("printf 'date 2021 tekst' | " + dyad + " read - 2>/dev/null", &status);
  EXPECT_TRUE(Contains(out, "\"id\":\"stdin\"")) << out;
  RunCommand(
      "head -c 5000 /dev/zero | tr '\\0' a | " + dyad + " read --max-record-bytes 1K - 2>/dev/null",
      &status);
  EXPECT_EQ(status, 1);
  RunCommand(dyad + " read --input-format csv x 2>/dev/null", &status);
  EXPECT_EQ(status, 2);
  RunCommand(dyad + " read 2>/dev/null", &status);
  EXPECT_EQ(status, 2);
  RunCommand(dyad + " read --bogus x 2>/dev/null", &status);
  EXPECT_EQ(status, 2);
}

}  // namespace
}  // namespace dyad
