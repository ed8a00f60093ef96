// CoNLL-U reading and writing. Fields are kept as text so that writing a
// sentence back reproduces its lines byte for byte; only the ID is parsed.
#include "dyad/conllu.h"

#include <charconv>
#include <fstream>
#include <iterator>
#include <optional>

namespace dyad::conllu {
namespace {

constexpr int kColumns = 10;

// Parses all of `text` as a non-negative decimal integer (digits only).
bool ParseInt(std::string_view text, int* value) {
  if (text.empty() || text[0] < '0' || text[0] > '9') return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return ec == std::errc() && end == text.data() + text.size();
}

// Fills kind/start/end/empty from row->id.
Status ParseId(Row* row) {
  std::string_view id = row->id;
  size_t sep = id.find_first_of("-.");
  if (sep == std::string_view::npos) {
    row->kind = Row::Kind::kWord;
    if (ParseInt(id, &row->start) && row->start > 0) {
      row->end = row->start;
      return Status::Ok();
    }
  } else {
    int first = 0, second = 0;
    if (ParseInt(id.substr(0, sep), &first) && ParseInt(id.substr(sep + 1), &second)) {
      row->start = first;
      if (id[sep] == '-') {
        row->kind = Row::Kind::kMultiword;
        row->end = second;
      } else {
        row->kind = Row::Kind::kEmpty;
        row->end = first;
        row->empty = second;
      }
      return Status::Ok();
    }
  }
  return Status::Corrupt("bad ID '" + row->id + "'");
}

// Checks that `row` may follow a sentence prefix with `words` words (see ReadFile).
Status CheckOrder(int words, const Row& row) {
  switch (row.kind) {
    case Row::Kind::kWord:
      if (row.start == words + 1) return Status::Ok();
      return Status::Corrupt("word ID '" + row.id + "' out of order, expected " +
                             std::to_string(words + 1));
    case Row::Kind::kMultiword:
      if (row.start == words + 1 && row.end > row.start) return Status::Ok();
      return Status::Corrupt("bad range ID '" + row.id + "' after word " +
                             std::to_string(words));
    case Row::Kind::kEmpty:
      if (row.start == words && row.empty > 0) return Status::Ok();
      return Status::Corrupt("empty node ID '" + row.id + "' does not follow word " +
                             std::to_string(row.start));
  }
  return Status::Ok();
}

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// The comment body after '#' without leading blanks; the end is kept, so a
// value keeps any trailing space it was written with.
std::string_view CommentBody(std::string_view line) {
  return TrimLeft(line.substr(1));
}

// Builds one sentence from its lines; shared by Reader and ReadString.
class SentenceBuilder {
 public:
  SentenceBuilder(const std::string& name, Sentence* out) : name_(name), out_(out) {}

  // Adds a non-blank line numbered `line_no`.
  Status Add(std::string_view line, size_t line_no) {
    if (out_->comments.empty() && out_->rows.empty()) out_->line = line_no;
    Status s = AddLine(line);
    if (s.ok()) return s;
    return Status::Corrupt(name_ + ":" + std::to_string(line_no) + ": " + s.message());
  }
  bool empty() const { return out_->comments.empty() && out_->rows.empty(); }
  // Starts the next sentence in `out`.
  void Reset(Sentence* out) {
    out_ = out;
    words_ = 0;
  }
  // A sentence must have at least one token line.
  Status Finish(size_t line_no) const {
    if (!out_->rows.empty()) return Status::Ok();
    return Status::Corrupt(name_ + ":" + std::to_string(line_no) +
                           ": sentence has comments but no token lines");
  }

 private:
  Status AddLine(std::string_view line) {
    if (line.back() == '\r') return Status::Corrupt("CR line ending (only \\n is supported)");
    if (line.front() == '#') {
      if (!out_->rows.empty()) return Status::Corrupt("comment after token lines");
      out_->comments.emplace_back(line);
      return Status::Ok();
    }
    Row row;
    if (Status s = ParseRow(line, &row); !s.ok()) return s;
    if (Status s = CheckOrder(words_, row); !s.ok()) return s;
    if (row.kind == Row::Kind::kWord) ++words_;
    out_->rows.push_back(std::move(row));
    return Status::Ok();
  }

  const std::string& name_;
  Sentence* out_;
  int words_ = 0;
};

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    *out += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
  } else {  // \uXXXX gives at most 16 bits
    *out += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
             static_cast<char>(0x80 | (c & 0x3F))};
  }
}

// The text of a one-letter escape "\c" in SpacesAfter, nullptr if none.
const char* SimpleEscape(char c) {
  switch (c) {
    case 's': return " ";
    case 't': return "\t";
    case 'n': return "\n";
    case 'r': return "\r";
    case 'p': return "|";
    case '\\': return "\\";
    default: return nullptr;
  }
}

// Decodes the escapes of MISC SpacesAfter: \s \t \n \r \p (|) \\ and \uXXXX.
// Anything else is kept as written.
std::string UnescapeSpaces(std::string_view v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    const char* simple = nullptr;
    unsigned code = 0;
    if (v[i] != '\\' || i + 1 == v.size()) {
      out.push_back(v[i]);
    } else if ((simple = SimpleEscape(v[i + 1])) != nullptr) {
      out += simple;
      ++i;
    } else if (v[i + 1] == 'u' && i + 6 <= v.size() &&
               std::from_chars(v.data() + i + 2, v.data() + i + 6, code, 16).ptr == v.data() + i + 6) {
      AppendUtf8(code, &out);
      i += 5;
    } else {
      out.push_back(v[i]);
    }
  }
  return out;
}

// The text between a token and the next one in its sentence.
std::string SpacingAfter(const Row& token) {
  std::string_view spaces = token.Misc("SpacesAfter");
  if (!spaces.empty()) return UnescapeSpaces(spaces);
  return token.SpaceAfter() ? " " : "";
}

void AppendRow(const Row& r, std::string* out) {
  for (const std::string* f : {&r.id, &r.form, &r.lemma, &r.upos, &r.xpos, &r.feats,
                               &r.head, &r.deprel, &r.deps}) {
    out->append(*f);
    out->push_back('\t');
  }
  out->append(r.misc);
  out->push_back('\n');
}

}  // namespace

std::string_view Row::Misc(std::string_view key) const {
  std::string_view rest = misc;
  while (!rest.empty()) {
    size_t bar = rest.find('|');
    std::string_view item = rest.substr(0, bar);
    if (item.size() > key.size() && item.substr(0, key.size()) == key && item[key.size()] == '=') {
      return item.substr(key.size() + 1);
    }
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  return {};
}

bool Sentence::HasComment(std::string_view key) const {
  for (const std::string& line : comments) {
    std::string_view body = CommentBody(line);
    if (body.substr(0, key.size()) != key) continue;
    if (body.size() == key.size() || body[key.size()] == ' ' || body[key.size()] == '=') {
      return true;
    }
  }
  return false;
}

std::string_view Sentence::Comment(std::string_view key) const {
  for (const std::string& line : comments) {
    std::string_view body = CommentBody(line);
    if (body.substr(0, key.size()) != key) continue;
    std::string_view rest = TrimLeft(body.substr(key.size()));
    if (!rest.empty() && rest.front() == '=') {
      // Only blanks right after '=' are dropped: the value is kept as written.
      rest.remove_prefix(1);
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      return rest;
    }
  }
  return {};
}

std::vector<const Row*> Sentence::Words() const {
  std::vector<const Row*> words;
  words.reserve(rows.size());
  for (const Row& r : rows) {
    if (r.kind == Row::Kind::kWord) words.push_back(&r);
  }
  return words;
}

std::vector<const Row*> Sentence::Tokens() const {
  std::vector<const Row*> tokens;
  int covered_to = 0;  // last word id inside the current range
  for (const Row& r : rows) {
    if (r.kind == Row::Kind::kEmpty) continue;
    if (r.kind == Row::Kind::kWord && r.start <= covered_to) continue;
    if (r.kind == Row::Kind::kMultiword) covered_to = r.end;
    tokens.push_back(&r);
  }
  return tokens;
}

Status ParseRow(std::string_view line, Row* row) {
  std::string* fields[kColumns] = {&row->id,   &row->form, &row->lemma, &row->upos,
                                   &row->xpos, &row->feats, &row->head, &row->deprel,
                                   &row->deps, &row->misc};
  int n = 0;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    if (n < kColumns) fields[n]->assign(line.substr(pos, tab - pos));
    ++n;
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  if (n != kColumns) {
    return Status::Corrupt("expected 10 tab-separated columns, found " + std::to_string(n));
  }
  for (int i = 0; i < kColumns; ++i) {
    if (fields[i]->empty()) return Status::Corrupt("empty column " + std::to_string(i + 1));
  }
  return ParseId(row);
}

Result<bool> Reader::Next(Sentence* sentence) {
  *sentence = Sentence();
  SentenceBuilder builder(name_, sentence);
  std::string line;
  while (std::getline(in_, line)) {
    ++line_;
    if (line.empty()) {
      if (builder.empty()) continue;  // extra blank line
      if (Status s = builder.Finish(line_); !s.ok()) return s;
      return true;
    }
    if (Status s = builder.Add(line, line_); !s.ok()) return s;
  }
  if (in_.bad()) return Status::IoError(name_ + ": read failed");
  if (builder.empty()) return false;
  if (Status s = builder.Finish(line_); !s.ok()) return s;
  return true;
}

Result<std::vector<Sentence>> ReadString(std::string_view text, std::string name) {
  std::vector<Sentence> sentences;
  Sentence current;
  SentenceBuilder builder(name, &current);
  size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty()) {
      if (Status s = builder.Add(line, line_no); !s.ok()) return s;
      continue;
    }
    if (builder.empty()) continue;  // extra blank line
    if (Status s = builder.Finish(line_no); !s.ok()) return s;
    sentences.push_back(std::move(current));
    current = Sentence();
    builder.Reset(&current);
  }
  if (builder.empty()) return sentences;
  if (Status s = builder.Finish(line_no); !s.ok()) return s;
  sentences.push_back(std::move(current));
  return sentences;
}

Result<std::vector<Sentence>> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::string data;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    data.resize(static_cast<size_t>(size));
    in.read(data.data(), size);
  } else {
    data.assign(std::istreambuf_iterator<char>(in), {});  // pipes report no size
  }
  if (in.bad()) return Status::IoError(path + ": read failed");
  return ReadString(data, path);
}

void AppendTo(const Sentence& sentence, std::string* out) {
  for (const std::string& c : sentence.comments) {
    out->append(c);
    out->push_back('\n');
  }
  for (const Row& r : sentence.rows) AppendRow(r, out);
  out->push_back('\n');
}

void Write(const Sentence& sentence, std::ostream& out) {
  std::string text;
  AppendTo(sentence, &text);
  out << text;
}

std::string ToString(const std::vector<Sentence>& sentences) {
  std::string out;
  for (const Sentence& s : sentences) AppendTo(s, &out);
  return out;
}

std::string SentenceText(const Sentence& sentence) {
  const std::string_view text = sentence.Comment("text");
  return text.empty() ? TokenText(sentence) : std::string(text);
}

namespace {
// "BEGIN:END" of a token's TokenRange; nullopt when absent or malformed.
std::optional<std::pair<size_t, size_t>> TokenRange(const Row& row) {
  const std::string_view range = row.Misc("TokenRange");
  const size_t colon = range.find(':');
  size_t begin = 0, end = 0;
  if (colon == std::string_view::npos) return std::nullopt;
  if (std::from_chars(range.data(), range.data() + colon, begin).ec != std::errc() ||
      std::from_chars(range.data() + colon + 1, range.data() + range.size(), end).ec != std::errc())
    return std::nullopt;
  return std::pair{begin, end};
}
}  // namespace

std::pair<size_t, size_t> ByteRange(const Sentence& sentence) {
  const std::vector<const Row*> tokens = sentence.Tokens();
  if (tokens.empty()) return {0, 0};
  const auto first = TokenRange(*tokens.front()), last = TokenRange(*tokens.back());
  if (!first || !last) return {0, 0};
  return {first->first, last->second};
}

std::string TokenText(const Sentence& sentence) {
  std::string text;
  std::vector<const Row*> tokens = sentence.Tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    text.append(tokens[i]->form);
    if (i + 1 < tokens.size()) text.append(SpacingAfter(*tokens[i]));
  }
  return text;
}

std::string RawText(const std::vector<Sentence>& sentences) {
  std::string raw;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    if (i > 0) {
      const Sentence& prev = sentences[i - 1];
      std::vector<const Row*> prev_tokens = prev.Tokens();
      if (s.HasComment("newpar") || s.HasComment("newdoc")) {
        raw.append("\n\n");
      } else if (prev_tokens.empty() || prev_tokens.back()->SpaceAfter()) {
        raw.push_back(' ');
      }
    }
    raw.append(s.HasComment("text") ? std::string(s.Comment("text")) : TokenText(s));
  }
  if (!raw.empty()) raw.push_back('\n');
  return raw;
}

}  // namespace dyad::conllu
