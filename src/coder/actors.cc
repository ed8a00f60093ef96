#include "coder/actors.h"

#include <algorithm>
#include <initializer_list>

#include "coder/dates.h"
#include "coder/references.h"
#include "dyad/ontology.h"

namespace dyad::coder {
namespace {

constexpr int kMaxClimb = 8;  // bounds the walk up the tree (parses may be cyclic)

bool In(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

bool IsRelativePronoun(const Tree& t, int i) {
  if (t[i].feats.find("PronType=Rel") != std::string::npos) return true;
  return t[i].upos == "PRON" && t.words().relative_pronouns.contains(t[i].lower);
}

// A relative pronoun stands for the noun its clause modifies.
int Antecedent(const Tree& t, int arg, int v) {
  if (arg < 0 || !IsRelativePronoun(t, arg)) return arg;
  return t.Rel(v) == "acl" && t[v].head >= 0 ? t[v].head : arg;
}

bool IsAgentCase(const Tree& t, int i) { return t.words().agent_cases.contains(t.CaseOf(i)); }

int AgentPhrase(const Tree& t, int v) {
  int agent = t.Child(v, "obl:agent");
  if (agent >= 0) return agent;
  for (int c : t.children(v)) {
    if (t.IsClauseRel(c)) continue;
    if ((t.Rel(c) == "obl" || t.Rel(c) == "nmod") && IsAgentCase(t, c)) return c;
    // "by Russia yesterday" parsed as a compound under "yesterday",
    // "opposed earlier by Osgiliath" with the by-phrase under "earlier"
    for (int d : t.children(c))
      if (t[d].deprel == "obl:agent" || IsAgentCase(t, d)) return d;
  }
  return -1;
}

// A `det-pronoun` ("het", "it") before `i` that the parser made its
// determiner; -1 if none.
int DetPronoun(const Tree& t, int i) {
  for (int c : t.children(i))
    if (t.Rel(c) == "det" && c < i && t.words().det_pronouns.contains(t[c].lower)) return c;
  return -1;
}

}  // namespace

bool IsDuration(const Tree& t, int i) {
  if (!t.words().durations.contains(t[i].lemma)) return false;
  for (int c : t.children(i))  // "five years", "several years", "enkele jaren"
    if (t.Rel(c) == "nummod" || t.words().duration_counts.contains(t[c].lemma)) return true;
  return false;
}

namespace {

// Could `c` be the subject by its place: before the auxiliary or right
// after it ("hebben de VN …verboden")? "heeft Poetin de regering
// bekritiseerd": the phrase further on is the object.
bool InSubjectPlace(const Tree& t, int v, int c) {
  const int aux = t.Child(v, "aux");
  return aux < 0 || t.Phrase(c).front() <= aux + 1;
}

// "dat het Noord-Koreaanse arbeiders kon sturen": a subject pronoun the
// tagger took for the article of a plural noun, which it cannot be (no
// "het arbeiders", no "this troops"), is the subject; the noun is the
// object. Else `subject` itself.
int PronounBeforePlural(const Tree& t, int subject) {
  // Taggers give the number the article suggests ("het wapens": Sing); a
  // noun longer than its lemma is inflected, so plural, all the same.
  const Token& n = t[subject];
  const bool plural = n.feats.find("Number=Plur") != std::string::npos ||
                      (n.upos == "NOUN" && n.lower.size() > n.lemma.size() && n.lower.starts_with(n.lemma));
  const int pronoun = plural ? DetPronoun(t, subject) : -1;
  return pronoun >= 0 ? pronoun : subject;
}

// The subject of `v`; of two (a misparse), the one that is not a bare
// determiner, number or duration.
int Subject(const Tree& t, int v) {
  int found = -1;
  for (int c : t.children(v)) {
    if (t[c].deprel != "nsubj" && t[c].deprel != "csubj" && (t.Rel(c) != "nsubj" || t.IsPassive(v))) continue;
    if (t[c].deprel == "nsubj:pass" && !InSubjectPlace(t, v, c)) continue;
    if (found < 0 || t[found].upos == "DET" || t[found].upos == "NUM" || IsDuration(t, found)) found = c;
  }
  // "De regering heeft haar steun uitgesproken" with the subject hung on
  // the auxiliary.
  for (int a : t.children(v))
    if (found < 0 && t.Rel(a) == "aux" && a > 0)
      for (int c : t.children(a))
        if (found < 0 && t[c].deprel == "nsubj") found = c;
  return found < 0 ? found : PronounBeforePlural(t, found);
}

// Is one of `a` and `b` a name right after the other's phrase ("Deputy
// Prime Minister Telemar": an apposition)? "heeft Guaidó de uitzetting
// veroordeeld" is subject and object.
bool Apposition(const Tree& t, int a, int b) {
  if (a > b) std::swap(a, b);
  return t.Phrase(a).back() + 1 == t.Phrase(b).front() && t[b].upos == "PROPN";
}

// A nominal subject of `v` besides `s`, neither coordinated with it nor in
// apposition (a clause has one subject: the other is what the parser
// misread), -1 if none.
int OtherSubject(const Tree& t, int v, int s) {
  for (int c : t.children(v))
    if (c != s && t.Rel(c) == "nsubj" && !t.IsPassive(v) && t[c].upos != "PRON" && !Coordinated(t, s, c) &&
        !Apposition(t, s, c) && !IsDuration(t, c))
      return c;
  return -1;
}

bool Contains(const PhraseMatch& m, size_t pos) { return pos >= m.begin && pos < m.end; }

// The token of a match that the rest of the match hangs from.
int Anchor(const Tree& t, const std::vector<int>& seq, const PhraseMatch& m) {
  for (size_t k = m.begin; k < m.end; ++k) {
    const int h = t[seq[k]].head;
    if (h < 0 || h < seq[m.begin] || h > seq[m.end - 1]) return seq[k];
  }
  return seq[m.begin];
}

// The head of the name or compound `i` is part of.
int NominalHead(const Tree& t, int i) {
  for (int step = 0; step < kMaxClimb && t[i].head >= 0 && In(t.Rel(i), {"compound", "flat", "fixed"}); ++step)
    i = t[i].head;
  return i;
}

// The match that names the head, else the first one, unless that is the
// possessor of another: "leaders of Egypt's Muslim Brotherhood" are the
// Brotherhood's, which Egypt only modifies.
const PhraseMatch* Pick(const Tree& t, const std::vector<int>& seq, const std::vector<PhraseMatch>& ms,
                        size_t head_pos, const PhraseMatch* avoid) {
  const PhraseMatch* first = nullptr;
  for (const PhraseMatch& m : ms) {
    if (avoid != nullptr && m.begin < avoid->end && avoid->begin < m.end) continue;
    if (Contains(m, head_pos)) return &m;
    if (first == nullptr) first = &m;
  }
  if (first == nullptr) return nullptr;
  const int a = Anchor(t, seq, *first);
  if (t[a].deprel != "nmod:poss") return first;
  for (const PhraseMatch& m : ms)
    if (&m != first && NominalHead(t, Anchor(t, seq, m)) == t[a].head) return &m;
  return first;
}

// An agent describes an actor when they are one noun phrase: the same
// token, or one modifying the other ("Israeli troops", "the US leader",
// "Gondor's Prime Minister", "minister of Arnor").
bool SameNounPhrase(const Tree& t, int actor, int agent) {
  actor = NominalHead(t, actor);  // "dissidents from Egypt assylum"
  agent = NominalHead(t, agent);
  return actor == agent || t[actor].head == agent || t[agent].head == actor ||
         (t[actor].head >= 0 && t[actor].head == t[agent].head && t.Rel(actor) != "conj" && t.Rel(agent) != "conj");
}

// A role held formerly ("former security officials", "voormalige
// ministers"): CAMEO codes former officials as elites (ELI), whatever role
// they had.
bool IsFormer(const Tree& t, int role) {
  for (int c : t.children(role))
    if (t.Rel(c) == "amod" && t.words().former.contains(t[c].lemma)) return true;
  return false;
}

std::string AddElite(const std::string& code) { return code.ends_with("ELI") ? code : code + "ELI"; }

// A further role of the same phrase: added unless the code has it.
std::string AppendAgent(const std::string& code, const Agent& agent) {
  if (HasPart(code, agent.code) || code.starts_with(agent.code)) return code;
  return agent.before_actor ? agent.code + code : code + agent.code;
}

// Does the person hold an office on `day`: a dated role containing it that
// names someone and is no former official's (ELI)?
bool IsOffice(const DatedCode& d) { return !d.code.empty() && d.code != "---" && !HasPart(d.code, "ELI"); }

bool InOffice(const Actor& a, int32_t day) {
  const DatedCode* d = a.RoleOn(day);
  return d != nullptr && IsOffice(*d);
}

// A word of a written name: capitalised ("Bush", "W.", "Ávila").
bool IsNameWord(const Token& tok) {
  if (tok.form.empty() || (tok.form[0] >= 'a' && tok.form[0] <= 'z')) return false;
  return tok.upos == "PROPN" || (tok.form[0] >= 'A' && tok.form[0] <= 'Z');
}

// Is `word` in one of the person's names ("george" of "George W. Bush")?
bool NameHasWord(const Actor& a, std::string_view word) {
  for (const Phrase& p : a.phrases)
    for (const PhraseWord& w : p)
      if (w.text == word) return true;
  return false;
}

bool InMatch(const std::vector<PhraseMatch>& ms, size_t pos) {
  return std::any_of(ms.begin(), ms.end(), [&](const PhraseMatch& m) { return Contains(m, pos); });
}

// Does an office comment (DatedCode::office) name the office of a head of
// state or government: a `head-title` phrase as whole words of one of its
// offices (split at ',' and ';'), with no "deputy" or "vice" before it in
// that office ("deputy pm", "vice president"; "vice-president" is one word
// and no "president")? The comments are English in every language's data
// (lang/mul/people.txt, "Office comments"), so these two words are fixed.
bool IsHeadOffice(std::string_view comment, const WordSet& heads) {
  for (size_t start = 0; start <= comment.size();) {
    const size_t end = std::min(comment.find_first_of(",;", start), comment.size());
    std::string office = " ";  // its words one blank apart, blank-padded
    for (size_t i = start; i < end;) {
      const size_t blank = std::min(comment.find(' ', i), end);
      if (blank > i) office.append(comment.substr(i, blank - i)).push_back(' ');
      i = blank + 1;
    }
    const size_t cut = std::min(office.find(" deputy "), office.find(" vice "));
    for (const std::string& head : heads)
      if (office.find(" " + head + " ") < cut) return true;
    start = end + 1;
  }
  return false;
}

// What a title before a surname asks of a person's dated role.
struct Title {
  bool head = false;    // a head of state's or government's (`head-title`)
  bool former = false;  // "former President Bush", "former president"
  std::string role;     // else the agent's role code ("LEG" for "Senator")
};

Title TitleOf(const Lexicon& lex, const Tree& t, const std::vector<int>& seq, const PhraseMatch& m) {
  const Agent& agent = lex.dicts.agents[m.id];
  Title title;
  title.former = agent.code.starts_with("ELI") || HasPart(agent.code, "ELI") || IsFormer(t, Anchor(t, seq, m));
  if (!title.former) title.role = agent.code;
  std::string words;  // the office: "president" of "former president"
  for (const PhraseWord& w : agent.phrase)
    if (!words.empty() || !t.words().former.contains(w.text)) words += (words.empty() ? "" : " ") + w.text;
  title.head = t.words().head_titles.contains(words);
  return title;
}

// Is the dated role an office of the title's kind: a head's office for a
// head's title, else one whose code has the title's role?
bool Holds(const DatedCode& d, const Title& title, const WordSet& heads) {
  if (!IsOffice(d)) return false;
  return title.head ? IsHeadOffice(d.office, heads) : !title.role.empty() && HasPart(d.code, title.role);
}

// Among the people of one surname (`ids`), the one a title names on `day`,
// or nullptr (none or several): the one holding the title's kind of office
// then (unless the title is a former one), else the one who held it before
// and does not now ("President Clinton" in 2010: Bill, not Hillary, then
// secretary of state), else, as if the title said nothing, the one in any
// office ("President Castro" in 2007 names neither Fidel nor Raúl).
const uint32_t* PickByTitle(const Lexicon& lex, const std::vector<const uint32_t*>& ids, const Title& title,
                            const WordSet& heads, int32_t day) {
  const uint32_t* now = nullptr;
  const uint32_t* before = nullptr;
  const uint32_t* serving = nullptr;
  int n_now = 0, n_before = 0, n_serving = 0;
  for (const uint32_t* id : ids) {
    const Actor& a = lex.dicts.actors[*id];
    const DatedCode* on = a.RoleOn(day);
    if (on != nullptr && Holds(*on, title, heads)) {
      now = id, ++n_now;
      continue;
    }
    if (std::any_of(a.dated.begin(), a.dated.end(), [&](const DatedCode& d) { return d.to < day && Holds(d, title, heads); }))
      before = id, ++n_before;
    if (InOffice(a, day)) serving = id, ++n_serving;
  }
  if (!title.former && n_now > 0) return n_now == 1 ? now : nullptr;
  if (n_before > 0) return n_before == 1 ? before : nullptr;
  return !title.former && n_serving == 1 ? serving : nullptr;
}

// "President Bush", "president Bush", "Secretary of State Rice" on `day`:
// a title (an agent of the phrase) right before names that end in a listed
// surname (Lexicon::surnames) names one person of that surname
// (PickByTitle), when the other names before it are his ("President George
// Bush", not "Governor Jeb Bush"). Nothing when the date is unknown.
// *out: the surname.
bool PersonByTitle(const Lexicon& lex, const Tree& t, const std::vector<int>& seq,
                   const std::vector<PhraseMatch>& agents, int32_t day, PhraseMatch* out) {
  if (day == 0 || lex.surnames.empty()) return false;
  for (const PhraseMatch& m : agents) {
    size_t end = m.end;  // the names right after the title
    while (end < seq.size() && seq[end] == seq[end - 1] + 1 && IsNameWord(t[seq[end]]) && !InMatch(agents, end))
      ++end;
    if (end == m.end) continue;
    const auto it = lex.surnames.find(t[seq[end - 1]].lower);
    if (it == lex.surnames.end()) continue;
    std::vector<const uint32_t*> named;
    for (const uint32_t& id : it->second) {
      bool given = true;
      for (size_t k = m.end; given && k + 1 < end; ++k) given = NameHasWord(lex.dicts.actors[id], t[seq[k]].lower);
      if (given) named.push_back(&id);
    }
    const uint32_t* found = PickByTitle(lex, named, TitleOf(lex, t, seq, m), t.words().head_titles, day);
    if (found != nullptr) {
      *out = {end - 1, end, *found};
      return true;
    }
  }
  return false;
}

bool ActorOfPhrase(const Lexicon& lex, const Tree& t, int head, int32_t day, ActorRef* out) {
  const std::vector<int> seq = t.Phrase(head);
  const size_t head_pos = std::find(seq.begin(), seq.end(), head) - seq.begin();
  const std::vector<PhraseMatch> actors = lex.actors.Scan(t, seq);
  const PhraseMatch* actor = nullptr;
  std::string code;
  for (const PhraseMatch* m = Pick(t, seq, actors, head_pos, nullptr); m != nullptr;) {
    code = lex.dicts.actors[m->id].CodeOn(day);
    if (!code.empty() && code != "---") {
      actor = m;
      break;
    }
    code.clear();
    m = nullptr;  // a null-coded actor names no one
  }
  std::vector<PhraseMatch> agents = lex.agents.Scan(t, seq);
  // Agents count in the actor's own noun phrase only ("resumption of ties
  // with Osgiliath …, the official news agency said" is no OSGGOV).
  std::erase_if(agents, [&](const PhraseMatch& m) {
    const int a = Anchor(t, seq, m);
    // "a government-held part", "rebel-held towns" (one token): a role that
    // is the first part of an adjective says who holds the thing, not who
    // it is.
    const Phrase& role = lex.dicts.agents[m.id].phrase;
    if (m.end - m.begin == 1 && a != head && t[a].upos == "ADJ" && role.size() == 1 &&
        IsHyphenPrefix(role[0].text, t[a].lower))
      return true;
    // The phrase's own head may be an agent whatever actor its modifiers
    // name ("leaders of Egypt's Muslim Brotherhood").
    if (NominalHead(t, a) == head) return false;
    if (actor == nullptr) return t[a].head != head;
    // An adjective on the name describes the country, not the people
    // ("dissidents from military-ruled Myanmar" are no MIL).
    const int named = Anchor(t, seq, *actor);
    return (t[a].head == named && t.Rel(a) == "amod") || !SameNounPhrase(t, named, a);
  });
  PhraseMatch person;  // a surname after a title
  if (actor == nullptr && PersonByTitle(lex, t, seq, agents, day, &person)) {
    actor = &person;
    code = lex.dicts.actors[person.id].CodeOn(day);
  }
  const PhraseMatch* agent = Pick(t, seq, agents, head_pos, actor);
  if (actor == nullptr && agent == nullptr) return false;
  if (agent != nullptr) code = actor != nullptr ? code : "---";
  // Every agent of the phrase adds its code, in text order, as PETRARCH
  // assigns them ("exiled leaders of Egypt's Muslim Brotherhood": EGYOPPMUS).
  // A person's own role stays (CombineCodes); the roles of one phrase add up.
  bool added = false;
  for (const PhraseMatch& m : agents)
    if (actor == nullptr || m.end <= actor->begin || actor->end <= m.begin) {
      const Agent& role = lex.dicts.agents[m.id];
      if (IsFormer(t, Anchor(t, seq, m))) code = AddElite(code);
      else code = added ? AppendAgent(code, role) : CombineCodes(code, role);
      added = true;
    }
  size_t first = SIZE_MAX, last = 0;
  for (const PhraseMatch* m : {actor, agent})
    if (m != nullptr) first = std::min(first, m->begin), last = std::max(last, m->end - 1);
  *out = {code, head, seq[first], seq[last], Anchor(t, seq, actor != nullptr ? *actor : *agent),
          agent != nullptr ? &lex.dicts.agents[agent->id] : nullptr, agent != nullptr ? Anchor(t, seq, *agent) : -1,
          actor != nullptr ? &lex.dicts.actors[actor->id] : nullptr};
  return true;
}

// Does `code` name a role after its root ("RUSGOV", "IGOUNOMIL")?
bool HasRole(const std::string& code) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    const ontology::ActorType* type = ontology::FindActorType(std::string_view(code).substr(i, 3));
    if (type != nullptr && type->kind == ontology::ActorKind::kRole) return true;
  }
  return false;
}

// `i` if verbal, else the nearest verbal token above it (-1 if none).
int ClauseAbove(const Tree& t, int i) {
  for (int step = 0; step < kMaxClimb && i >= 0 && !t.IsVerbal(i); ++step) i = t[i].head;
  return i >= 0 && t.IsVerbal(i) ? i : -1;
}

}  // namespace

bool HasPart(std::string_view code, std::string_view part) {
  for (size_t i = 3; i + part.size() <= code.size(); i += 3)
    if (code.compare(i, part.size(), part) == 0) return true;
  return false;
}

std::string CombineCodes(const std::string& actor, const Agent& agent) {
  // An actor already coded with a role (a person: RUSGOV) keeps it; an
  // organisation is no role ("UN troops": IGOUNO + MIL).
  if (actor.size() >= 6 && actor.substr(0, 3) != "---" && HasRole(actor)) return actor;
  if (actor.size() > 3 && HasPart(actor, agent.code)) return actor;
  return agent.before_actor ? agent.code + (actor == "---" ? "" : actor) : actor + agent.code;
}

int AdjectiveClause(const Tree& t, int v) {
  if (t.Rel(v) != "acl" || t[v].head < 0 || t[t[v].head].upos != "ADJ") return -1;
  return ClauseAbove(t, t[v].head);
}

namespace {

// "De Verenigde Staten (VS) dreigen …" parsed as a verbless sentence whose
// root is the name, the verb hung on the bracketed abbreviation as
// parataxis: the root noun phrase is the verb's subject. -1 unless `u`
// is a nominal of the root's phrase and the root is no verb.
int NominalRootSubject(const Tree& t, int u) {
  for (int step = 0; step < kMaxClimb && u >= 0 && !t.IsVerbal(u); ++step) {
    if (t[u].head < 0) return u;
    if (!In(t.Rel(u), {"nmod", "appos", "flat"})) return -1;
    u = t[u].head;
  }
  return -1;
}

}  // namespace

int SourceOf(const Tree& t, int v) {
  for (int step = 0, from = -1; step < kMaxClimb && v >= 0; ++step) {
    // "Obama is scheduled to attend", "Obama was urged by X to help": the
    // passive's subject controls its infinitive.
    if (from >= 0 && t.IsInfinitival(from) && t.IsPassive(v))
      if (const int s = t.Child(v, "nsubj:pass"); s >= 0) return Antecedent(t, s, v);
    if (t.IsPassive(v)) return AgentPhrase(t, v);
    int s = Subject(t, v);
    if (s < 0) s = DetPronoun(t, v);  // sentence-initial "Het erkende …", the pronoun hung on the verb
    // "Afgelopen juli erkende Noord-Korea Donetsk": the month is no subject;
    // after the inversion the real one is what the parser made the object.
    // A second subject the parser gave the verb is then the real one.
    if (s >= 0 && IsCalendarWord(t[s].lower, t.lang())) {
      if (const int other = OtherSubject(t, v, s); other >= 0) s = other;
      else if (t.Child(v, "obj") > v) s = t.Child(v, "obj");
    }
    if (s >= 0) return Antecedent(t, s, v);
    const int u = t[v].head;
    if (u < 0) return -1;
    const std::string_view rel = t.Rel(v);
    // "troops stationed in …", relative clauses without a subject; an
    // infinitive completing an adjective ("nearer to accord") has the
    // subject of the adjective's clause.
    if (rel == "acl") {
      if ((v = AdjectiveClause(t, v)) < 0) return u;
      continue;
    }
    if (t.IsInfinitival(v) && !t.words().subject_control.contains(t[u].lemma)) {
      // object control: "urged Gondor to …" (parsers also label it iobj);
      // "promised Gondor to …" is the promiser's act
      if (const int obj = t.Child(u, "obj"); obj >= 0) return obj;
      if (const int iobj = t.Child(u, "iobj"); iobj >= 0) return iobj;
      // raising from a passive: "Gollum was seen to break into …"
      if (const int s = t.Child(u, "nsubj:pass"); s >= 0) return Antecedent(t, s, u);
    }
    if (rel == "parataxis") return NominalRootSubject(t, u);
    if (!In(rel, {"xcomp", "conj", "advcl", "ccomp"})) return -1;
    from = v;
    // A verb conjoined to a noun is a clause coordination the parser
    // attached low ("condemned an attack … on Thursday and promised aid"):
    // it shares the subject of the clause that noun is in.
    v = rel == "conj" && t[v].upos == "VERB" ? ClauseAbove(t, u) : u;
  }
  return -1;
}

std::vector<int> SourcesOf(const Tree& t, int v) {
  std::vector<int> out{SourceOf(t, v)};
  if (out[0] < 0 || t[out[0]].head != v) return out;
  for (int c : t.children(v))
    if (c != out[0] && (t[c].deprel == "nsubj" || t[c].deprel == "csubj") && !IsDuration(t, c)) out.push_back(c);
  // "the news agency WFNA said" misparsed as a relative clause of "agency"
  if (t.Rel(v) == "acl" && t[v].head >= 0) out.push_back(t[v].head);
  return out;
}

std::vector<int> TargetsOf(const Tree& t, int v, int source, const std::string& target_case) {
  std::vector<int> out;
  const int agent = AgentPhrase(t, v);
  if (t.IsPassive(v) && target_case.empty())
    if (const int s = t.Child(v, "nsubj:pass"); s >= 0) out.push_back(Antecedent(t, s, v));
  if (t.IsReducedPassive(v) && target_case.empty()) out.push_back(t[v].head);  // "men sought in …"
  const int obj = t.Child(v, "obj");
  if (obj >= 0 && target_case.empty()) out.push_back(Antecedent(t, obj, v));
  // "De premier zou … president Trump ontmoeten", "Rusland heeft Venezuela
  // geld geleend": a second subject is the object the parser missed.
  // So in a verb cluster: "Zweden zal Oekraïne blijven steunen", with both
  // names subjects of "blijven" and "steunen" its infinitive.
  if (target_case.empty() && source >= 0 && t[source].upos != "PRON") {
    const bool cluster =
        t.Rel(v) == "xcomp" && t[v].head >= 0 && t[source].head == t[v].head && t.Rel(source) == "nsubj";
    if (const int holder = cluster ? t[v].head : v; t[source].head == holder)
      if (const int other = OtherSubject(t, holder, source); other >= 0) out.push_back(other);
  }
  if (const int iobj = t.Child(v, "iobj"); iobj >= 0 && target_case.empty()) out.push_back(iobj);
  std::vector<int> mods;
  for (int c : t.children(v))
    if ((t.Rel(c) == "obl" || t.Rel(c) == "nmod") && c != agent) mods.push_back(c);
  // Nominal modifiers of the object's phrase; with a pattern's preposition
  // also those of the passive subject and the obliques, where the pattern's
  // noun often stands ("evidence against X was presented", "advised against
  // travel to X").
  std::vector<int> holders{obj};
  if (!target_case.empty()) {
    if (t.IsPassive(v)) holders.push_back(t.Child(v, "nsubj:pass"));
    for (int c : t.children(v))
      if (t.Rel(c) == "obl" && c != agent) holders.push_back(c);
  }
  for (int h : holders)
    if (h >= 0)
      for (int c : t.children(h))
        if (t.Rel(c) == "nmod" && t[c].deprel != "nmod:poss") mods.push_back(c);
  // Obliques after the verb first: one before it is more often a fronted
  // time or place than the target.
  std::stable_partition(mods.begin(), mods.end(), [&](int c) { return c > v; });
  for (int c : mods)  // "raids in which …": a relative pronoun is no target
    if ((target_case.empty() || t.CaseOf(c) == target_case) && !IsRelativePronoun(t, c)) out.push_back(c);
  // "steunde Noord-Korea Rusland": subject and object glued as one name.
  if ((obj < 0 || obj == source) && source >= 0 && target_case.empty())
    for (int c : t.children(source))
      if (t.Rel(c) == "flat" && t[c].upos == "PROPN") out.push_back(c);
  std::erase(out, source);
  return out;
}

int NounSourceOf(const Tree& t, int n, const std::set<std::string>& light, const std::vector<std::string>& own_words,
                 const std::string& target_case) {
  // With its target named by another preposition, a noun's genitive is its
  // agent ("de eis van X aan Y", "het bezoek van X aan Y"); alone it may be
  // its patient ("de arrestatie van X"), so only then.
  const WordSet& genitive = t.words().genitive_cases;
  const bool genitive_source = !target_case.empty() && !genitive.contains(target_case);
  auto own = [&](int c) {
    return std::find(own_words.begin(), own_words.end(), t[c].lower) != own_words.end() ||
           std::find(own_words.begin(), own_words.end(), t[c].lemma) != own_words.end();
  };
  for (int c : t.children(n)) {
    const std::string_view rel = t.Rel(c);
    if (rel == "compound" && own(c)) continue;
    if (t[c].deprel == "nmod:poss" || rel == "amod" || rel == "compound") return c;
    if (rel == "nmod" && IsAgentCase(t, c)) return c;
    if (rel == "nmod" && genitive_source && genitive.contains(t.CaseOf(c))) return c;
    if (rel == "nsubj") return c;  // "Blok is op bezoek in Australië" with the noun as predicate
  }
  const int u = t[n].head;
  if (u < 0 || !In(t.Rel(n), {"obj", "obl", "xcomp"})) return -1;
  const std::string& verb = t[u].lemma;
  if (light.count(verb) > 0 || (t.Rel(n) == "obj" && light.empty())) return SourceOf(t, u);
  return -1;
}

std::vector<int> NounTargetsOf(const Tree& t, int n, int source, const std::string& target_case) {
  std::vector<int> out;
  for (int c : t.children(n)) {
    if (c == source || t.Rel(c) != "nmod") continue;
    if (target_case.empty() ? !IsAgentCase(t, c) : t.CaseOf(c) == target_case) out.push_back(c);
  }
  // "het bezoek van X aan Y" with "aan Y" attached to the genitive X.
  if (!target_case.empty() && source >= 0 && t[source].head == n && t.Rel(source) == "nmod")
    for (int c : t.children(source))
      if (t.Rel(c) == "nmod" && t.CaseOf(c) == target_case) out.push_back(c);
  const int u = t[n].head;
  if (u < 0 || t.Rel(n) != "obj") return out;
  for (int c : t.children(u))  // "legde sancties op aan Rusland"
    if (c != source && In(t.Rel(c), {"obl", "iobj"}) && (target_case.empty() || t.CaseOf(c) == target_case))
      out.push_back(c);
  return out;
}

// TABARI compound codes ("FRO/BIL/SAM") name one actor per code.
void AddSplit(const ActorRef& a, std::vector<ActorRef>* out) {
  size_t start = 0;
  for (size_t slash = a.code.find('/'); ; slash = a.code.find('/', start)) {
    ActorRef part = a;
    part.code = a.code.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (!part.code.empty()) out->push_back(std::move(part));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
}

// The countries of out[first..], unless `countries` holds some already.
void NoteCountries(const std::vector<ActorRef>& out, size_t first, std::vector<std::string>* countries) {
  if (!countries->empty()) return;
  for (size_t k = first; k < out.size(); ++k)
    if (!out[k].code.starts_with("---") && out[k].code.size() >= 3 &&
        std::find(countries->begin(), countries->end(), out[k].code.substr(0, 3)) == countries->end())
      countries->push_back(out[k].code.substr(0, 3));
}

std::vector<ActorRef> ActorsOf(const Lexicon& lex, const Tree& tree, int head, int32_t day) {
  std::vector<ActorRef> out;
  if (head < 0) return out;
  // The countries of the first conjunct naming any, for roles named alone
  // after it: "Danish media and government", "lawmakers and officials in
  // Fornost and Gondor" (the officials are of both).
  std::vector<std::string> countries;
  for (int c : tree.Conjuncts(head)) {
    ActorRef a;
    if (!ActorOfPhrase(lex, tree, c, day, &a)) continue;
    if (a.code.starts_with("---") && !countries.empty() && a.agent != nullptr) {
      for (const std::string& country : countries) {
        a.code = CombineCodes(country, *a.agent);
        AddSplit(a, &out);
      }
      continue;
    }
    const size_t first = out.size();
    AddSplit(a, &out);
    // "ties with Mordor, Rohan and Bree": the actor named inside the phrase
    // brings its own conjuncts.
    const int anchor = a.anchor;
    // "Fornost and Gondor legislators": both LEG, when the role is the
    // phrase's head and the countries modify it.
    const Agent* shared = a.agent_anchor == c ? a.agent : nullptr;
    for (int k : anchor == c || anchor < 0 ? std::vector<int>() : tree.Conjuncts(anchor)) {
      if (k == anchor || !ActorOfPhrase(lex, tree, k, day, &a)) continue;
      if (a.agent == nullptr && shared != nullptr) a.code = CombineCodes(a.code, *shared);
      AddSplit(a, &out);
    }
    NoteCountries(out, first, &countries);
  }
  return out;
}

}  // namespace dyad::coder
