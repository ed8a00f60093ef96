#include "store/sqlite.h"

#include <fmt/format.h>

namespace dyad::store {

Db::~Db() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Status Db::Open(const std::string& path, bool read_only) {
  path_ = path;
  const int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    Status s = db_ != nullptr ? Error("cannot open") : Status::IoError(path + ": cannot open database");
    if (read_only && sqlite3_errcode(db_) == SQLITE_CANTOPEN) s = Status::NotFound(path + ": no such database");
    return s;
  }
  // A busy writer makes readers (and a second writer) wait instead of fail.
  sqlite3_busy_timeout(db_, 10000);
  sqlite3_extended_result_codes(db_, 1);
  return Status::Ok();
}

Status Db::Exec(std::string_view sql) {
  char* message = nullptr;
  const std::string s(sql);
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return Status::Ok();
  std::string m = message != nullptr ? message : "unknown error";
  sqlite3_free(message);
  return Status::IoError(fmt::format("{}: {}", path_, m));
}

Status Db::Error(std::string_view what) const {
  const int code = db_ != nullptr ? sqlite3_errcode(db_) : SQLITE_ERROR;
  std::string m = fmt::format("{}: {}: {}", path_, what, db_ != nullptr ? sqlite3_errmsg(db_) : "no database");
  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) return Status::Corrupt(m);
  if ((code & 0xff) == SQLITE_ERROR) return Status::Invalid(m);  // e.g. an FTS5 syntax error
  return Status::IoError(m);
}

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(st_);
    db_ = o.db_;
    st_ = o.st_;
    o.st_ = nullptr;
  }
  return *this;
}

Stmt::~Stmt() { sqlite3_finalize(st_); }

Status Stmt::Prepare(const Db& db, std::string_view sql) {
  db_ = &db;
  sqlite3_finalize(st_);
  st_ = nullptr;
  if (sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st_,
                         nullptr) != SQLITE_OK)
    return db.Error("cannot prepare statement");
  return Status::Ok();
}

Stmt& Stmt::Bind(int i, int64_t v) {
  sqlite3_bind_int64(st_, i, v);
  return *this;
}
Stmt& Stmt::Bind(int i, double v) {
  sqlite3_bind_double(st_, i, v);
  return *this;
}
Stmt& Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::BindNull(int i) {
  sqlite3_bind_null(st_, i);
  return *this;
}

Result<bool> Stmt::Step() {
  const int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status s = db_->Error("query failed");
  sqlite3_reset(st_);
  return s;
}

Status Stmt::Run() {
  auto r = Step();
  Reset();
  return r.ok() ? Status::Ok() : r.status();
}

void Stmt::Reset() {
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
}

std::string Stmt::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, col));
  return p != nullptr ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(st_, col))) : std::string();
}

namespace {

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[(m - 1) % 12];
}

}  // namespace

int64_t DateKey(const Date& d) {
  if (!d.known()) return 0;
  const int m = d.precision >= Date::Precision::kMonth ? d.month : 1;
  const int day = d.precision == Date::Precision::kDay ? d.day : 1;
  return int64_t{d.year} * 10000 + m * 100 + day;
}

int64_t DateKeyEnd(const Date& d) {
  if (!d.known()) return 99991231;
  const int m = d.precision >= Date::Precision::kMonth ? d.month : 12;
  const int day = d.precision == Date::Precision::kDay ? d.day : DaysInMonth(d.year, m);
  return int64_t{d.year} * 10000 + m * 100 + day;
}

std::string PrecisionName(Date::Precision p) {
  switch (p) {
    case Date::Precision::kDay: return "day";
    case Date::Precision::kMonth: return "month";
    case Date::Precision::kYear: return "year";
    default: return "";
  }
}

Date DateFromStored(std::string_view text) {
  if (text.empty()) return {};
  auto d = Date::Parse(text);
  return d.ok() ? *d : Date{};
}

}  // namespace dyad::store
