// Scoring coded events against the hand-annotated gold of DYAD_DATA/eval
// (the rule is in its README and in dyad/eval.h; docs/scoring.md).
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "dyad/eval.h"

namespace dyad::eval {
namespace {

using nlohmann::json;

struct Event {
  std::string source, target, code, root;
  bool strong = true;  // system events count as strong; only gold can be optional
};

// Document id -> its events.
using Events = std::map<std::string, std::vector<Event>>;

// ---- Reading ----

// Calls `line_fn(number, line)` for every non-blank line of `path`.
Status ForEachLine(const std::string& path, const std::function<void(size_t, const std::string&)>& line_fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) line_fn(number, line);
  }
  return in.bad() ? Status::IoError("cannot read " + path) : Status::Ok();
}

// A non-empty string member.
Status GetString(const json& object, const char* key, std::string* out) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return Status::Invalid(fmt::format("\"{}\" must be a string", key));
  *out = it->get<std::string>();
  return out->empty() ? Status::Invalid(fmt::format("empty \"{}\"", key)) : Status::Ok();
}

// A document id: a non-empty string or a number.
Status GetId(const json& object, const char* key, std::string* id) {
  const auto it = object.find(key);
  if (it != object.end() && it->is_number_integer()) {
    *id = it->dump();
    return Status::Ok();
  }
  return GetString(object, key, id);
}

// "root" when present, else the code's first two digits ("1042" -> "10").
Status GetRoot(const json& object, Event* e) {
  const auto root = object.find("root");
  if (root != object.end() && !root->is_null()) return GetString(object, "root", &e->root);
  if (e->code.size() < 2) return Status::Invalid(fmt::format("code \"{}\" has no root", e->code));
  e->root = e->code.substr(0, 2);
  return Status::Ok();
}

Status GetStrength(const json& object, Event* e) {
  std::string strength;
  Status s = GetString(object, "strength", &strength);
  if (!s.ok()) return s;
  if (strength != "strong" && strength != "optional") {
    return Status::Invalid(fmt::format("\"strength\" must be strong or optional, not \"{}\"", strength));
  }
  e->strong = strength == "strong";
  return Status::Ok();
}

Result<Event> GetEvent(const json& object, bool gold) {
  if (!object.is_object()) return Status::Invalid("an event must be a JSON object");
  Event e;
  for (Status s : {GetString(object, "source", &e.source), GetString(object, "target", &e.target),
                   GetString(object, "code", &e.code)}) {
    if (!s.ok()) return s;
  }
  Status s = GetRoot(object, &e);
  if (s.ok() && gold) s = GetStrength(object, &e);
  return s.ok() ? Result<Event>(std::move(e)) : Result<Event>(s);
}

Result<json> ParseObject(const std::string& line) {
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::Corrupt("malformed JSON");
  if (!j.is_object()) return Status::Corrupt("not a JSON object");
  return j;
}

// The "events" array of a gold line; one bad event rejects them all.
Result<std::vector<Event>> GetGoldEvents(const json& object) {
  const auto events = object.find("events");
  if (events == object.end() || !events->is_array()) return Status::Invalid("\"events\" must be an array");
  std::vector<Event> parsed;
  for (size_t i = 0; i < events->size(); ++i) {
    Result<Event> e = GetEvent((*events)[i], /*gold=*/true);
    if (!e.ok()) return Status::Invalid(fmt::format("event {}: {}", i + 1, e.status().message()));
    parsed.push_back(std::move(*e));
  }
  return parsed;
}

// One gold line: {"id", "events": [...]}.
Status AddGoldLine(const std::string& line, Events* gold) {
  Result<json> j = ParseObject(line);
  if (!j.ok()) return j.status();
  std::string id;
  if (Status s = GetId(*j, "id", &id); !s.ok()) return s;
  if (gold->contains(id)) return Status::Invalid(fmt::format("document \"{}\" repeated", id));
  Result<std::vector<Event>> events = GetGoldEvents(*j);
  if (!events.ok()) return events.status();
  (*gold)[id] = std::move(*events);
  return Status::Ok();
}

// One system line: {"doc_id", "source", "target", "code", "root"}.
Status AddSystemLine(const std::string& line, Events* system) {
  Result<json> j = ParseObject(line);
  if (!j.ok()) return j.status();
  std::string id;
  if (Status s = GetId(*j, "doc_id", &id); !s.ok()) return s;
  Result<Event> e = GetEvent(*j, /*gold=*/false);
  if (!e.ok()) return e.status();
  (*system)[id].push_back(std::move(*e));
  return Status::Ok();
}

using LineReader = Status (*)(const std::string&, Events*);

// Reads `path` line by line; a line that fails is recorded in `problems`.
Result<Events> ReadEvents(const std::string& path, LineReader add, std::vector<std::string>* problems) {
  Events events;
  Status s = ForEachLine(path, [&](size_t number, const std::string& line) {
    if (Status bad = add(line, &events); !bad.ok()) {
      problems->push_back(fmt::format("{}:{}: {}", path, number, bad.message()));
    }
  });
  return s.ok() ? Result<Events>(std::move(events)) : Result<Events>(s);
}

// ---- Scoring ----

using Key = std::tuple<std::string, std::string, std::string>;

Key KeyOf(const Event& e, bool by_code) {
  return {e.source.substr(0, 3), e.target.substr(0, 3), by_code ? e.code : e.root};
}

struct Counts {
  size_t strong = 0, optional = 0, system = 0;
};

// Adds one document's multiset comparison to `score`.
void AddDocument(const std::vector<Event>& gold, const std::vector<Event>& system, bool by_code,
                 EventScore* score) {
  std::map<Key, Counts> counts;
  for (const Event& g : gold) {
    Counts& c = counts[KeyOf(g, by_code)];
    ++(g.strong ? c.strong : c.optional);
  }
  for (const Event& e : system) ++counts[KeyOf(e, by_code)].system;
  for (const auto& [key, c] : counts) {
    const size_t correct = std::min(c.system, c.strong);
    const size_t ignored = std::min(c.system - correct, c.optional);
    score->score.correct += correct;
    score->score.gold_total += c.strong;
    score->score.system_total += c.system - ignored;
    score->ignored += ignored;
  }
}

void Finish(Score* s) {
  if (s->system_total > 0) s->precision = static_cast<double>(s->correct) / s->system_total;
  if (s->gold_total > 0) s->recall = static_cast<double>(s->correct) / s->gold_total;
  const size_t both = s->gold_total + s->system_total;
  if (both > 0) s->f1 = 2.0 * s->correct / both;
}

EventScores Compare(const Events& gold, const Events& system) {
  EventScores scores;
  static const std::vector<Event> kNone;
  for (const auto& [id, gold_events] : gold) {
    const auto it = system.find(id);
    const std::vector<Event>& found = it == system.end() ? kNone : it->second;
    scores.documents_without_system_events += found.empty() ? 1 : 0;
    AddDocument(gold_events, found, /*by_code=*/false, &scores.roots);
    AddDocument(gold_events, found, /*by_code=*/true, &scores.codes);
  }
  for (const auto& [id, events] : system) scores.unscored_system_events += gold.contains(id) ? 0 : events.size();
  scores.gold_documents = gold.size();
  Finish(&scores.roots.score);
  Finish(&scores.codes.score);
  return scores;
}

// ---- Output ----

std::string TableRow(std::string_view name, const EventScore& s) {
  const Score& c = s.score;
  return fmt::format("{:<6} | {:>9.2f} | {:>6.2f} | {:>6.2f} | {:>4} | {:>6} | {:>7} | {:>7}\n", name,
                     100 * c.precision, 100 * c.recall, 100 * c.f1, c.gold_total, c.system_total, c.correct,
                     s.ignored);
}

nlohmann::ordered_json JsonScore(const EventScore& s) {
  const Score& c = s.score;
  return {{"precision", c.precision}, {"recall", c.recall}, {"f1", c.f1},       {"gold_total", c.gold_total},
          {"system_total", c.system_total}, {"correct", c.correct}, {"ignored", s.ignored}};
}

}  // namespace

Result<EventScores> ScoreEventFiles(const std::string& gold_path, const std::string& system_path) {
  std::vector<std::string> problems;
  Result<Events> gold = ReadEvents(gold_path, AddGoldLine, &problems);
  if (!gold.ok()) return gold.status();
  Result<Events> system = ReadEvents(system_path, AddSystemLine, &problems);
  if (!system.ok()) return system.status();
  EventScores scores = Compare(*gold, *system);
  scores.problems = std::move(problems);
  return scores;
}

std::string FormatEventTable(const EventScores& s) {
  std::string out = "Metric | Precision | Recall |     F1 | Gold | System | Correct | Ignored\n";
  out += "-------+-----------+--------+--------+------+--------+---------+--------\n";
  out += TableRow("Roots", s.roots) + TableRow("Codes", s.codes);
  out += fmt::format("Documents: {} in gold, {} without system events; {} system events outside them not scored\n",
                     s.gold_documents, s.documents_without_system_events, s.unscored_system_events);
  return out;
}

std::string FormatEventJson(const EventScores& s) {
  nlohmann::ordered_json j = {{"roots", JsonScore(s.roots)}, {"codes", JsonScore(s.codes)}};
  j["documents"] = {{"gold", s.gold_documents},
                    {"without_system_events", s.documents_without_system_events},
                    {"unscored_system_events", s.unscored_system_events}};
  j["problems"] = s.problems;
  return j.dump(2) + "\n";
}

}  // namespace dyad::eval
