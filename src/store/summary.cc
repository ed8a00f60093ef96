// Store::Summary (counts and date range, for GET /api/info) and
// Store::DataVersion (for the server's answer cache).
#include "store/sqlite_store.h"

namespace dyad::store {

Result<StoreSummary> SqliteStore::Summary() {
  // The latest event is the one whose period starts last (events_day index);
  // a month-precision event and a day inside that month compare by first day.
  Stmt st;
  if (Status s = st.Prepare(*db_,
                            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
                            " (SELECT date FROM events ORDER BY day_first, id LIMIT 1),"
                            " (SELECT date FROM events ORDER BY day_first DESC, id DESC LIMIT 1)");
      !s.ok())
    return s;
  auto row = st.Step();
  if (!row.ok()) return row.status();
  StoreSummary summary;
  summary.documents = st.Int(0);
  summary.events = st.Int(1);
  if (!st.IsNull(2)) summary.first = DateFromStored(st.Text(2));
  if (!st.IsNull(3)) summary.last = DateFromStored(st.Text(3));
  return summary;
}

Result<int64_t> SqliteStore::DataVersion() {
  Stmt st;
  if (Status s = st.Prepare(*db_, "PRAGMA data_version"); !s.ok()) return s;
  auto row = st.Step();
  if (!row.ok()) return row.status();
  return st.Int(0);
}

}  // namespace dyad::store
