// The store's schema and its migrations (docs/store.md describes each table).
//
// PRAGMA user_version holds the schema version and PRAGMA application_id
// marks the file as a dyad store. Migration i takes version i to i+1; all
// pending ones run in one transaction, so a failed upgrade leaves the old
// database untouched.
#include <fmt/format.h>

#include <array>
#include <string_view>

#include "store/sqlite.h"

namespace dyad::store {
namespace {

constexpr int64_t kApplicationId = 0x64796164;  // "dyad"

constexpr std::string_view kV1 = R"sql(
CREATE TABLE runs (
  id            INTEGER PRIMARY KEY,
  started       TEXT NOT NULL,          -- ISO 8601, UTC
  finished      TEXT,                   -- NULL while running or when killed
  command       TEXT NOT NULL DEFAULT '',
  dyad_version  TEXT NOT NULL DEFAULT '',
  coder         TEXT NOT NULL DEFAULT '', -- fingerprint of dictionaries + models
  dictionaries  TEXT NOT NULL DEFAULT '',
  models        TEXT NOT NULL DEFAULT '',
  documents     INTEGER NOT NULL DEFAULT 0,
  skipped       INTEGER NOT NULL DEFAULT 0,
  events        INTEGER NOT NULL DEFAULT 0,
  failures      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE documents (
  id             INTEGER PRIMARY KEY,
  doc_id         TEXT NOT NULL,         -- the document's own id
  source         TEXT NOT NULL DEFAULT '',
  record         INTEGER NOT NULL DEFAULT 0,
  url            TEXT NOT NULL DEFAULT '',
  title          TEXT NOT NULL DEFAULT '',
  date           TEXT NOT NULL DEFAULT '', -- as precise as known: 2022, 2022-08, 2022-08-15
  date_precision TEXT NOT NULL DEFAULT '',
  lang           TEXT NOT NULL DEFAULT '',
  content_hash   TEXT NOT NULL UNIQUE,
  coder          TEXT NOT NULL DEFAULT '',
  run_id         INTEGER REFERENCES runs(id)
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE TABLE sentences (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,         -- 0-based, as events.sentence
  begin       INTEGER NOT NULL,         -- byte offsets in the document text
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  UNIQUE (document_id, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence_id    INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  sentence       INTEGER NOT NULL,      -- 0-based index in the document
  date           TEXT NOT NULL DEFAULT '',
  date_precision TEXT NOT NULL DEFAULT '',
  day_first      INTEGER NOT NULL,      -- YYYYMMDD: first day of the date's period
  day_last       INTEGER NOT NULL,      -- YYYYMMDD: last day of the date's period
  doc_date       TEXT NOT NULL DEFAULT '',
  source         TEXT NOT NULL,
  target         TEXT NOT NULL,
  code           TEXT NOT NULL,
  root           TEXT NOT NULL,
  quad           INTEGER NOT NULL,
  goldstein      REAL NOT NULL,
  plover_type    TEXT NOT NULL DEFAULT '',
  plover_mode    TEXT NOT NULL DEFAULT '',
  plover_context TEXT NOT NULL DEFAULT '',
  lang           TEXT NOT NULL DEFAULT '',
  source_text    TEXT NOT NULL DEFAULT '',
  target_text    TEXT NOT NULL DEFAULT '',
  predicate_text TEXT NOT NULL DEFAULT '',
  negated        INTEGER NOT NULL DEFAULT 0,
  run_id         INTEGER REFERENCES runs(id)
);
-- Indexes for the queries (docs/store-queries.md): document and sentence
-- for the writer's deletes and the cascades; the date index gives date
-- order and date ranges; the two actor indexes answer every actor, dyad
-- and code filter within the index (prefix range on the first column, the
-- rest checked in the index), so only matching events are read.
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_sentence ON events(sentence_id);
CREATE INDEX events_day ON events(day_first, day_last);
CREATE INDEX events_source ON events(source, target, day_first, day_last, code);
CREATE INDEX events_target ON events(target, source, day_first, day_last, code);
CREATE TABLE failures (
  id       INTEGER PRIMARY KEY,
  run_id   INTEGER REFERENCES runs(id),
  source   TEXT NOT NULL,
  record   INTEGER NOT NULL DEFAULT 0,
  doc_id   TEXT NOT NULL DEFAULT '',
  message  TEXT NOT NULL
);
-- Every field of an event's JSONL record (docs/events.md), for sqlite3 users.
CREATE VIEW event_records AS
  SELECT e.id, d.doc_id, e.sentence, e.date, e.doc_date, e.source, e.target, e.code, e.root,
         e.quad, e.goldstein, e.plover_type, e.plover_mode, e.plover_context, e.lang,
         s.text, e.source_text, e.target_text, e.predicate_text, e.negated, e.document_id
  FROM events e JOIN documents d ON d.id = e.document_id JOIN sentences s ON s.id = e.sentence_id;
)sql";

// Version 2: the writer indexes new sentences in sentences_fts itself. With
// the insert trigger every sentence INSERT is a multi-row statement that
// opens a statement savepoint, and FTS5 flushes its pending index to a new
// segment at each savepoint: ingesting was 3x slower in the store.
constexpr std::string_view kV2 = R"sql(
DROP TRIGGER sentences_ai;
)sql";

// Index i holds the SQL taking schema version i to i+1.
constexpr std::array<std::string_view, 2> kMigrations = {kV1, kV2};

Result<int64_t> Pragma(Db& db, const char* name) {
  Stmt st;
  if (Status s = st.Prepare(db, fmt::format("PRAGMA {}", name)); !s.ok()) return s;
  auto row = st.Step();
  if (!row.ok()) return row.status();
  return *row ? st.Int(0) : 0;
}

Result<bool> HasTables(Db& db) {
  Stmt st;
  if (Status s = st.Prepare(db, "SELECT count(*) FROM sqlite_schema"); !s.ok()) return s;
  auto row = st.Step();
  if (!row.ok()) return row.status();
  return st.Int(0) > 0;
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(kMigrations.size()); }

Status Migrate(Db& db) {
  auto version = Pragma(db, "user_version");
  if (!version.ok()) return version.status();
  auto app = Pragma(db, "application_id");
  if (!app.ok()) return app.status();
  auto tables = HasTables(db);
  if (!tables.ok()) return tables.status();
  if (*tables && *app != kApplicationId)
    return Status::Invalid(db.path() + ": not a dyad event store (it has other tables)");
  if (*version > CurrentSchemaVersion())
    return Status::Unsupported(fmt::format("{}: store schema version {} is newer than this dyad's ({})",
                                           db.path(), *version, CurrentSchemaVersion()));
  if (*version == CurrentSchemaVersion()) return Status::Ok();
  if (Status s = db.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  for (int64_t v = *version; v < CurrentSchemaVersion(); ++v)
    if (Status s = db.Exec(kMigrations[static_cast<size_t>(v)]); !s.ok()) {
      (void)db.Exec("ROLLBACK");
      return Status::IoError(fmt::format("migrating to schema version {}: {}", v + 1, s.message()));
    }
  const std::string set = fmt::format("PRAGMA application_id = {}; PRAGMA user_version = {}; COMMIT",
                                      kApplicationId, CurrentSchemaVersion());
  if (Status s = db.Exec(set); !s.ok()) {
    (void)db.Exec("ROLLBACK");
    return s;
  }
  return Status::Ok();
}

}  // namespace dyad::store
