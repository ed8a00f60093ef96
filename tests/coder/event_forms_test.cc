// The CSV and PLOVER forms of an event (docs/events.md), on a hand-made
// event whose sentence needs CSV quoting.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "dyad/coder.h"

namespace dyad {
namespace {

Event Veto() {
  Event e;
  e.doc_id = "doc,1";
  e.sentence = 3;
  e.date = Date{2022, 5, 0, Date::Precision::kMonth};
  e.doc_date = Date{2022, 8, 15, Date::Precision::kDay};
  e.source = "RUSGOV";
  e.target = "IGOUNO";
  e.code = "129";
  e.root = "12";
  e.quad = 3;
  e.goldstein = -5.0;
  e.plover_type = "REJECT";
  e.plover_context = "diplomatic;legal";
  e.lang = "en";
  e.text = "Russia said \"no\", and vetoed\nthe resolution.";
  e.source_text = "Russia";
  e.target_text = "the resolution";
  e.predicate_text = "vetoed";
  e.negated = true;
  return e;
}

TEST(EventForms, CsvQuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(EventToCsv(Veto()),
            "\"doc,1\",3,2022-05,2022-08-15,RUSGOV,IGOUNO,129,12,3,-5,REJECT,,diplomatic;legal,en,"
            "\"Russia said \"\"no\"\", and vetoed\nthe resolution.\",Russia,the resolution,vetoed,true");
  Event plain = Veto();
  plain.negated = false;
  plain.doc_id = "doc-1";
  plain.text = "Plain.";
  plain.goldstein = 3.4;
  EXPECT_EQ(EventToCsv(plain),
            "doc-1,3,2022-05,2022-08-15,RUSGOV,IGOUNO,129,12,3,3.4,REJECT,,diplomatic;legal,en,Plain.,Russia,"
            "the resolution,vetoed,false");
}

TEST(EventForms, CsvHeaderNamesTheJsonlFieldsWithPloverFlattened) {
  EXPECT_EQ(EventCsvHeader(),
            "doc_id,sentence,date,doc_date,source,target,code,root,quad,goldstein,plover_type,plover_mode,"
            "plover_context,lang,text,source_text,target_text,predicate_text,negated");
}

TEST(EventForms, PloverUsesPloversFieldNames) {
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(EventToPlover(Veto()));
  EXPECT_EQ(j["id"], "doc,1-3");
  EXPECT_EQ(j["date"], "2022-05");
  EXPECT_EQ(j["event_type"], "REJECT");
  EXPECT_EQ(j["context"], "diplomatic;legal");
  EXPECT_EQ(j["actor"], "RUSGOV");
  EXPECT_EQ(j["actor_country"], "RUS");
  EXPECT_EQ(j["recipient_country"], "IGO");
  EXPECT_EQ(j["cameo_code"], "129");
  EXPECT_EQ(j["text"], Veto().text);
}

}  // namespace
}  // namespace dyad
