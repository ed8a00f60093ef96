// Opening a store, and the parts of the Store API that need no database.
#include <xxhash.h>

#include <fmt/format.h>

#include "store/sqlite_store.h"

namespace dyad {

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, Mode mode) {
  const bool read_only = mode == Mode::kReadOnly;
  auto db = std::make_unique<store::Db>();
  if (Status s = db->Open(path, read_only); !s.ok()) return s;
  if (read_only) {
    store::Stmt check;
    if (Status s = check.Prepare(*db, "PRAGMA user_version"); !s.ok()) return s;
    auto row = check.Step();
    if (!row.ok()) return row.status();
    const int64_t version = *row ? check.Int(0) : 0;
    if (version == 0) return Status::Invalid(path + ": not a dyad event store (run `dyad ingest --db` to create one)");
    if (version != store::CurrentSchemaVersion())
      return Status::Unsupported(fmt::format("{}: store schema version {}, this dyad reads {}{}", path, version,
                                             store::CurrentSchemaVersion(),
                                             version < store::CurrentSchemaVersion()
                                                 ? " (`dyad ingest --db` migrates it)" : ""));
  } else {
    // WAL: readers (dyad serve) run beside the writer; NORMAL sync is
    // durable at each commit's checkpoint boundary and safe against
    // process crashes (kill -9), which is what ingest guarantees.
    if (Status s = db->Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"); !s.ok()) return s;
    if (Status s = store::Migrate(*db); !s.ok()) return s;
  }
  if (Status s = db->Exec("PRAGMA foreign_keys = ON"); !s.ok()) return s;
  return std::unique_ptr<Store>(new store::SqliteStore(std::move(db), read_only));
}

int Store::SchemaVersion() { return store::CurrentSchemaVersion(); }

std::string Store::ContentHash(const Document& d) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  // The text and its date: the same article read again (from another file,
  // with another id) is the same document.
  XXH3_128bits_update(state, d.text.data(), d.text.size());
  XXH3_128bits_update(state, "\0", 1);
  const std::string date = d.date.ToString();
  XXH3_128bits_update(state, date.data(), date.size());
  const XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

Result<Granularity> ParseGranularity(std::string_view name) {
  if (name == "day") return Granularity::kDay;
  if (name == "week") return Granularity::kWeek;
  if (name == "month") return Granularity::kMonth;
  if (name == "year") return Granularity::kYear;
  return Status::Invalid(fmt::format("unknown period '{}': use day, week, month or year", name));
}

}  // namespace dyad
