// Event pages, event streams and documents from the store (the contracts
// are in include/dyad/store.h; indexes and plans: docs/store-queries.md).
// Aggregates (dyads, network, actors) are in aggregate.cc.
#include <fmt/format.h>

#include <algorithm>

#include "store/sqlite_store.h"
#include "store/where.h"

namespace dyad::store {
namespace {

constexpr std::string_view kEventColumns =
    "e.id, e.document_id, d.doc_id, e.sentence, e.date, e.doc_date, e.source, e.target, e.code, e.root, e.quad,"
    " e.goldstein, e.plover_type, e.plover_mode, e.plover_context, e.lang, s.text, e.source_text, e.target_text,"
    " e.predicate_text, e.negated";

StoredEvent EventFromRow(const Stmt& st) {
  StoredEvent r{st.Int(0), st.Int(1), {}};
  Event& e = r.event;
  e.doc_id = st.Text(2);
  e.sentence = static_cast<size_t>(st.Int(3));
  e.date = DateFromStored(st.Text(4));
  e.doc_date = DateFromStored(st.Text(5));
  e.source = st.Text(6);
  e.target = st.Text(7);
  e.code = st.Text(8);
  e.root = st.Text(9);
  e.quad = static_cast<int>(st.Int(10));
  e.goldstein = st.Real(11);
  e.plover_type = st.Text(12);
  e.plover_mode = st.Text(13);
  e.plover_context = st.Text(14);
  e.lang = st.Text(15);
  e.text = st.Text(16);
  e.source_text = st.Text(17);
  e.target_text = st.Text(18);
  e.predicate_text = st.Text(19);
  e.negated = st.Int(20) != 0;
  return r;
}

// SQLite reports a malformed FTS5 query as a plain SQL error (Invalid);
// name the query the caller wrote.
Status NameQuery(const Status& s, const EventFilter& f) {
  if (s.code() != Code::kInvalidArgument || f.text.empty()) return s;
  return Status::Invalid(fmt::format("full-text query '{}': {}", f.text, s.message()));
}

}  // namespace

Status SqliteStore::ForEachEvent(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& each) {
  Where where;
  if (Status s = AddEventTerms(filter, &where); !s.ok()) return s;
  // Date order: first day, last day (a day before its month), id — the
  // order of events_day, so an unfiltered export streams without sorting.
  // The page is chosen on event ids alone and joined to its documents and
  // sentences afterwards, so a sort moves ids, not sentences; the CROSS
  // JOINs keep the page as the outer loop, in its order.
  const std::string sql = fmt::format(
      "SELECT {} FROM (SELECT e.id FROM events e{} ORDER BY e.day_first, e.day_last, e.id LIMIT ? OFFSET ?) p"
      " CROSS JOIN events e ON e.id = p.id CROSS JOIN documents d ON d.id = e.document_id"
      " CROSS JOIN sentences s ON s.id = e.sentence_id",
      kEventColumns, where.Sql());
  Stmt st;
  if (Status s = st.Prepare(*db_, sql); !s.ok()) return NameQuery(s, filter);
  const int next = where.Bind(st);
  st.Bind(next, filter.limit > 0 ? filter.limit : int64_t{-1}).Bind(next + 1, std::max<int64_t>(filter.offset, 0));
  for (;;) {
    Result<bool> row = st.Step();
    if (!row.ok()) return NameQuery(row.status(), filter);
    if (!*row || !each(EventFromRow(st))) return Status::Ok();
  }
}

Result<EventPage> SqliteStore::Events(const EventFilter& filter) {
  Where where;
  if (Status s = AddEventTerms(filter, &where); !s.ok()) return s;
  Stmt count;
  if (Status s = count.Prepare(*db_, "SELECT count(*) FROM events e" + where.Sql()); !s.ok())
    return NameQuery(s, filter);
  where.Bind(count);
  Result<bool> row = count.Step();
  if (!row.ok()) return NameQuery(row.status(), filter);
  EventPage page;
  page.total = count.Int(0);
  Status s = ForEachEvent(filter, [&page](const StoredEvent& e) {
    page.events.push_back(e);
    return true;
  });
  if (!s.ok()) return s;
  return page;
}

Result<StoredDocument> SqliteStore::GetDocument(int64_t id) {
  Result<std::optional<StoredDocument>> found = FindDocument(find_id_, "id", [id](Stmt& st) { st.Bind(1, id); });
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound(fmt::format("{}: no document {}", db_->path(), id));
  StoredDocument doc = std::move(**found);
  Stmt st;
  if (Status s = st.Prepare(*db_, "SELECT idx, begin, end, text FROM sentences WHERE document_id = ? ORDER BY idx");
      !s.ok())
    return s;
  st.Bind(1, id);
  for (;;) {
    Result<bool> next = st.Step();
    if (!next.ok()) return next.status();
    if (!*next) return doc;
    doc.sentences.push_back({static_cast<int>(st.Int(0)), st.Int(1), st.Int(2), st.Text(3)});
  }
}

}  // namespace dyad::store
