// What the store's read commands (dyad query, dyads, export) share: the
// --db and filter options, their validation, opening the store read-only
// and the exit status of an error. The commands open --db with
// Store::Mode::kReadOnly: a database that does not exist is not created.
//
// Usage errors (a malformed option, an unknown argument, a database that
// does not exist or is not a dyad store, a malformed full-text query) exit
// with status 2; failures while reading exit with 1.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::cli {

// Options as typed; numbers and dates stay strings so that a malformed one
// is reported by MakeFilter (exit 2), not by the option parser.
struct StoreArgs {
  std::string db;
  std::string source, target, actor, code, quad, from, to, text, limit, offset;
  std::vector<std::string> between;
  std::string format;
};

// Which options a command takes besides --db, --format and the dyad filters
// (--between, --code, --quad, --from, --to).
enum class FilterOptions { kDyad, kEvents };

// Adds the options; unknown arguments are collected (allow_extras) so that
// MakeFilter can reject them with status 2.
void AddStoreOptions(CLI::App* cmd, StoreArgs* args, FilterOptions which);

// The filter the options describe; Invalid naming the option when one is
// malformed, `formats` lacks --format, --db is missing or arguments are left
// over. `default_limit` applies without --limit (<= 0: all events).
Result<EventFilter> MakeFilter(const StoreArgs& args, const std::vector<std::string>& extras,
                               const std::vector<std::string>& formats, int64_t default_limit);

// Prints "dyad COMMAND: error: MESSAGE" on stderr; returns the exit status.
int Fail(const std::string& command, const Status& status);

}  // namespace dyad::cli
