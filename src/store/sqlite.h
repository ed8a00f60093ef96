// Thin RAII over the SQLite C API: a connection and prepared statements that
// report errors as Status values naming the database. Internal to src/store.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::store {

class Db {
 public:
  Db() = default;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db();

  Status Open(const std::string& path, bool read_only);
  // Runs one or more statements without results.
  Status Exec(std::string_view sql);
  // "path: what: sqlite's message".
  Status Error(std::string_view what) const;
  sqlite3* get() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// A prepared statement. Bind indexes are 1-based (SQLite's); column indexes
// 0-based. Step() returns true while there is a row.
class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&& o) noexcept : db_(o.db_), st_(o.st_) { o.st_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  ~Stmt();

  Status Prepare(const Db& db, std::string_view sql);
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, double v);
  Stmt& Bind(int i, std::string_view v);  // copied (SQLITE_TRANSIENT)
  Stmt& BindNull(int i);
  Result<bool> Step();
  // Step() expecting no row (INSERT/UPDATE/DELETE), then Reset().
  Status Run();
  void Reset();

  int64_t Int(int col) const { return sqlite3_column_int64(st_, col); }
  double Real(int col) const { return sqlite3_column_double(st_, col); }
  std::string Text(int col) const;
  bool IsNull(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  bool prepared() const { return st_ != nullptr; }

 private:
  const Db* db_ = nullptr;
  sqlite3_stmt* st_ = nullptr;
};

// The schema version this build writes and reads (PRAGMA user_version).
int CurrentSchemaVersion();
// Creates the schema or migrates an older one, in one transaction. A newer
// version, or a database with tables but no dyad schema, is an error.
Status Migrate(Db& db);

// Date helpers shared by writer and queries: a date's first day as
// YYYYMMDD (month/year precision: first of the period), and its precision
// as stored ("day", "month", "year", "").
int64_t DateKey(const Date& date);
int64_t DateKeyEnd(const Date& date);  // last day of the period, YYYYMMDD
std::string PrecisionName(Date::Precision p);
Date DateFromStored(std::string_view text);

}  // namespace dyad::store
