#include "util/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

constexpr size_t kValid = std::string_view::npos;

TEST(Utf8, AcceptsAsciiAndMultibyteText) {
  EXPECT_EQ(FindInvalidUtf8(""), kValid);
  EXPECT_EQ(FindInvalidUtf8("plain ASCII text that is longer than eight bytes"), kValid);
  EXPECT_EQ(FindInvalidUtf8("Oekraïne, €5, 北京, 😀 and U+10FFFF \xF4\x8F\xBF\xBF"), kValid);
  EXPECT_TRUE(IsValidUtf8("Noord-Korea"));
}

TEST(Utf8, ReportsOffsetOfFirstBadByteAfterAsciiFastPath) {
  const std::string prefix(37, 'x');  // several 8-byte words, then a tail
  EXPECT_EQ(FindInvalidUtf8(prefix + "\xFF" + "abc"), 37u);
  EXPECT_EQ(FindInvalidUtf8("ab\x80"), 2u);          // stray continuation byte
  EXPECT_EQ(FindInvalidUtf8("é\xC3\x28 tail"), 2u);  // lead byte, bad continuation
  EXPECT_FALSE(IsValidUtf8("abc\xFE"));
}

TEST(Utf8, RejectsOverlongSurrogateAndOutOfRangeForms) {
  EXPECT_EQ(FindInvalidUtf8("\xC0\x80"), 0u);          // overlong NUL
  EXPECT_EQ(FindInvalidUtf8("\xC1\xBF"), 0u);          // overlong ASCII
  EXPECT_EQ(FindInvalidUtf8("a\xE0\x80\x80"), 1u);     // overlong 3-byte
  EXPECT_EQ(FindInvalidUtf8("ab\xED\xA0\x80"), 2u);    // surrogate U+D800
  EXPECT_EQ(FindInvalidUtf8("\xF0\x80\x80\x80"), 0u);  // overlong 4-byte
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xF5\x80\x80\x80"), 0u);  // invalid lead
}

TEST(Utf8, RejectsSequenceTruncatedAtEnd) {
  EXPECT_EQ(FindInvalidUtf8("euro \xE2\x82"), 5u);
  EXPECT_EQ(FindInvalidUtf8("\xF0\x9F\x98"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xC3"), 0u);
}

TEST(Utf8, LineAtCountsNewlinesBeforeOffset) {
  const std::string_view text = "one\ntwo\n\nfour";
  EXPECT_EQ(LineAt(text, 0), 1u);
  EXPECT_EQ(LineAt(text, 3), 1u);  // the '\n' itself is still on line 1
  EXPECT_EQ(LineAt(text, 4), 2u);
  EXPECT_EQ(LineAt(text, 9), 4u);
  EXPECT_EQ(LineAt(text, 1000), 4u);  // clamped
}

TEST(Utf8, LineColumnAtGivesOneBasedByteColumn) {
  const std::string_view text = "ab\ncdé\xFF";
  const LineColumn at = LineColumnAt(text, FindInvalidUtf8(text));
  EXPECT_EQ(at.line, 2u);
  EXPECT_EQ(at.column, 5u);  // 'c', 'd', two bytes of 'é', then the bad byte
  EXPECT_EQ(LineColumnAt(text, 0).column, 1u);
}

TEST(Utf8, AppendUtf8EncodesAndRefusesSurrogates) {
  std::string out;
  EXPECT_TRUE(AppendUtf8(U'A', &out));
  EXPECT_TRUE(AppendUtf8(U'é', &out));
  EXPECT_TRUE(AppendUtf8(U'€', &out));
  EXPECT_TRUE(AppendUtf8(U'😀', &out));
  EXPECT_EQ(out, "Aé€😀");
  EXPECT_FALSE(AppendUtf8(0xD800, &out));
  EXPECT_FALSE(AppendUtf8(0x110000, &out));
  EXPECT_EQ(out, "Aé€😀");
}

}  // namespace
}  // namespace dyad
