#include <gtest/gtest.h>

#include "dyad/document.h"

namespace dyad {
namespace {

Date Parsed(std::string_view s) {
  Result<Date> d = Date::Parse(s);
  EXPECT_TRUE(d.ok()) << s << ": " << d.status().ToString();
  return d.ok() ? *d : Date{};
}

TEST(Date, KeepsYearMonthAndDayPrecision) {
  EXPECT_EQ(Parsed("2022"), (Date{2022, 0, 0, Date::Precision::kYear}));
  EXPECT_EQ(Parsed("2022-08"), (Date{2022, 8, 0, Date::Precision::kMonth}));
  EXPECT_EQ(Parsed("2022-08-15"), (Date{2022, 8, 15, Date::Precision::kDay}));
}

TEST(Date, ParsesCompactPetrarchForm) {
  EXPECT_EQ(Parsed("20080804"), (Date{2008, 8, 4, Date::Precision::kDay}));
}

TEST(Date, IsoTimestampKeepsTheCalendarDay) {
  const Date day{2019, 3, 7, Date::Precision::kDay};
  EXPECT_EQ(Parsed("2019-03-07T10:15:00"), day);
  EXPECT_EQ(Parsed("2019-03-07T10:15:00+01:00"), day);
  EXPECT_EQ(Parsed("2019-03-07T23:59:59.123Z"), day);
  EXPECT_EQ(Parsed("2019-03-07 10:15"), day);
}

TEST(Date, RejectsOutOfRangeMonthAndDay) {
  Result<Date> month = Date::Parse("2022-13");
  ASSERT_FALSE(month.ok());
  EXPECT_NE(month.status().message().find("invalid month 13"), std::string::npos);
  EXPECT_FALSE(Date::Parse("2022-00").ok());
  EXPECT_FALSE(Date::Parse("2022-04-31").ok());
  EXPECT_FALSE(Date::Parse("20230229").ok());
  EXPECT_TRUE(Date::Parse("20240229").ok());  // leap year
  EXPECT_FALSE(Date::Parse("1900-02-29").ok());
  EXPECT_TRUE(Date::Parse("2000-02-29").ok());
  EXPECT_FALSE(Date::Parse("0000").ok());
}

TEST(Date, RejectsMalformedText) {
  for (std::string_view s : {"", "22", "121108", "2022-8", "2022/08/01", "2022-08-1", "08-2022",
                             "2019-03-07T", "2019-03-07Tnoon", "2019-03-07x", " 2022"}) {
    Result<Date> d = Date::Parse(s);
    EXPECT_FALSE(d.ok()) << "accepted \"" << s << "\"";
    EXPECT_EQ(d.status().code(), Code::kInvalidArgument) << s;
  }
}

TEST(Date, ToStringFollowsPrecision) {
  EXPECT_EQ(Date{}.ToString(), "");
  EXPECT_FALSE(Date{}.known());
  EXPECT_EQ((Date{987, 0, 0, Date::Precision::kYear}).ToString(), "0987");
  EXPECT_EQ(Parsed("2022-08").ToString(), "2022-08");
  EXPECT_EQ(Parsed("20080804").ToString(), "2008-08-04");
  EXPECT_EQ(Parsed("2019-03-07T10:15:00").ToString(), "2019-03-07");
}

}  // namespace
}  // namespace dyad
