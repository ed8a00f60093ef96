// Event dates from a sentence's time expressions ("gisteren", "in april",
// "May 12, 2021"), resolved against the document date with the precision the
// text gives. The word tables are lang/<iso>/dates.txt; docs/dates.md has the
// rules.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "dyad/document.h"

namespace dyad::coder {

// `words`: the sentence's tokens lower-cased (forms), in order. `lang`: "nl",
// "en" (others: only ISO dates YYYY-MM-DD). Returns the date of the first
// time expression of the sentence that counts (docs/dates.md), with its
// precision; doc_date when there is none, or when that expression cannot be
// resolved (a relative one and a document date unknown or too coarse for it).
Date EventDate(std::span<const std::string_view> words, std::string_view lang, const Date& doc_date);

// The tense of a sentence's main clause as the coder reads it (kPresent also
// covers the future: "Israël kiest op 9 april").
enum class Tense { kUnknown, kPast, kPresent };

// As EventDate, but nullopt when the sentence has no time expression at all
// (an expression that resolves to the document date, "vandaag", is one). In a
// clause of tense kPresent a month named without a year that lies after the
// document month is the coming one, not last year's (docs/dates.md).
std::optional<Date> FindEventDate(std::span<const std::string_view> words, std::string_view lang,
                                  const Date& doc_date, Tense tense = Tense::kUnknown);

// Is `lower` a month or weekday name of `lang` ("juli", "monday")? The
// coder uses it to see through time words the parser took for subjects.
bool IsCalendarWord(std::string_view lower, std::string_view lang);

}  // namespace dyad::coder
