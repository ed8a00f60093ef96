#include "coder/documents.h"

#include <string>
#include <vector>

#include "coder/actors.h"
#include "coder/dates.h"

namespace dyad::coder {
namespace {

// Is `v` a verb of issuing? A separable verb's lemma may be written with
// its particle apart ("uit_geven").
bool IssuesDocuments(const Tree& t, int v) {
  std::string lemma = t[v].lemma;
  std::erase(lemma, '_');
  return t.words().issue_verbs.contains(lemma);
}

// Has `v` an object? A day the parser took for one ("released Tuesday")
// is a time adverbial.
bool HasObject(const Tree& t, int v) {
  const int o = t.Child(v, "obj");
  return o >= 0 && !IsCalendarWord(t[o].lower, t.lang());
}

// A participle or relative clause on `n` whose verb issues a document
// ("released …", "that was published …", "uitgegeven"); or the verb the
// parser made `n` the active subject of, with no object: "A statement
// issued in Pyongyang accused …" read as a clause whose verb is "issued"
// (a statement issues nothing; the participle is the parser's slip), or
// the participle hung on that verb.
bool IsIssuing(const Tree& t, int n, int c) {
  if (c < 0 || !IssuesDocuments(t, c)) return false;
  const std::string_view rel = t.Rel(c);
  if (t[c].head == n) return rel == "acl" || rel == "amod";
  // A participle between the subject and its verb hung on the verb (acl
  // modifies nominals only: it is the subject's).
  if (t[n].head == t[c].head && rel == "acl") return n < c && c < t[c].head;
  return t[n].head == c && t[n].deprel == "nsubj" && !HasObject(t, c);
}

// The place phrase of issuing clause `c` ("in Kigali"), -1 if none.
int IssuePlace(const Tree& t, int c) {
  for (int p : t.children(c))
    if ((t.Rel(p) == "obl" || t.Rel(p) == "nmod") && t.words().issue_places.contains(t.CaseOf(p))) return p;
  return -1;
}

// Who the issuing clause `c` on `n` names as the issuer: its subject or
// by-phrase ("which Rwanda published", "released by HRW", "een door Iran
// verspreide verklaring"), -1 if none. A reduced participle's SourceOf is
// the noun (or misattached, the verb) it modifies, a relative pronoun's
// its antecedent: no issuer.
int ClauseAgent(const Tree& t, int n, int c) {
  if (const int s = SourceOf(t, c); s >= 0 && s != n && !t.IsVerbal(s)) return s;
  for (int a : t.children(c))
    if ((t.Rel(a) == "obl" || t.Rel(a) == "nmod") && t.words().agent_cases.contains(t.CaseOf(a))) return a;
  return -1;
}

}  // namespace

int IssuerOf(const Tree& t, int n, bool* place) {
  if (n < 0 || !t.words().document_nouns.contains(t[n].lemma)) return -1;
  std::vector<int> clauses = t.children(n);
  if (t[n].head >= 0) {
    clauses.push_back(t[n].head);
    for (int c : t.children(t[n].head)) clauses.push_back(c);
  }
  for (int c : clauses) {
    if (!IsIssuing(t, n, c)) continue;
    if (const int agent = ClauseAgent(t, n, c); agent >= 0) {
      *place = false;
      return agent;
    }
    if (const int p = IssuePlace(t, c); p >= 0) {
      *place = true;
      return p;
    }
  }
  return -1;
}

bool IsSeat(const Tree& t, int p, const ActorRef& a) {
  if (a.agent == nullptr && t.words().capital_nouns.contains(t[p].lemma)) return true;
  return a.actor != nullptr && a.actor->seat;
}

}  // namespace dyad::coder
