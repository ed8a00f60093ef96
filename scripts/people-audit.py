#!/usr/bin/env python3
"""Audit lang/mul/people.txt (issue 5): for each state that dominates
international news, which of five offices -- head of state (HoS), head of
government (HoG), foreign minister (FM), defence minister (DM) and UN
ambassador (UN) -- has no entry covering which days of 2000..today.

The offices are read from the comments of the dated lines, which follow
the convention in the file's header ("Office comments"):

  CODE FROM..TO  # office[, office DATES]...

A comment is a list of offices separated by `,`, `;` or `then`; offices
joined by `and` share their dates. Each office may carry dates:
`A..B` or `from A to B`; `from A` or a bare `A` (until the next office of the list begins);
`since A` (until the line ends); `to B` or `until B` (from the previous
office's end, or the line's start). When no office of the comment has
dates, each spans the whole line. Otherwise an office without dates runs from the
previous office's end (or the line's start) to the next dated office's
start (or the line's end); one introduced by `also` runs in parallel.
Parenthesised remarks and the `# check:` note are ignored. The country is
that of the line's code; ELI and OPP lines hold no office.

Usage: scripts/people-audit.py [--min-days N] [--summary] [FILE]
"""
import argparse
import datetime as dt
import re
import sys
from collections import defaultdict

# G20 states, the P5 and the states that dominate international news.
STATES = """
ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA
PRK UKR ISR PSE IRN IRQ SYR LBN JOR EGY ARE QAT KWT BHR OMN YEM AFG PAK VEN
CUB COL TWN MLI NER BFA TCD SDN ETH SOM NGA LBY BLR GEO ARM AZE POL HUN SRB
NLD BEL ESP PHL VNM MMR
""".split()

ROLES = ["HoS", "HoG", "FM", "DM", "UN"]

# Periods in which the head of state also heads the government (no separate
# head of government office), per state: [(from, to)], dates inclusive.
PRESIDENTIAL = {
    **{c: [("2000", "")] for c in "USA BRA ARG MEX IDN ZAF NGA PHL COL VEN IRN CHL".split()},
    "TUR": [("2018-07-09", "")],  # prime minister's office abolished
    "SAU": [("2000", "2022-09-26")],  # the king was prime minister
    "AFG": [("2001-12-22", "2021-08-14")],  # Karzai, Ghani (chief executive 2014-2020 aside)
    "CUB": [("2000", "2019-12-20")],  # the president headed the council of ministers
    "LBY": [("2000", "2011-10-20")],  # Gaddafi's jamahiriya: the general people's committee aside
    "OMN": [("2000", "")],  # the sultan is prime minister
    "PSE": [("2000", "2003-03-18")],  # no prime minister before Abbas
    "SDN": [("2000", "2017-02-28"),  # no prime minister from 1989 to 2017
            ("2019-04-12", "2019-08-20")],  # the military council ruled without one until Hamdok
    "SYR": [("2025-03-29", "")],  # no prime minister under the 2025 constitutional declaration
    "TCD": [("2018-05-04", "2021-04-25")],  # the 2018 constitution abolished the prime minister, restored by the 2021 junta
    "MMR": [("2011-03-30", "2016-03-29"),  # Thein Sein's presidency
            ("2021-02-01", "2021-07-31")],  # the junta's chairman; the prime minister's office created 2021-08-01
}

# States whose head of state is another state's: the British monarch.
SHARED_HEAD_OF_STATE = {"AUS": "GBR", "CAN": "GBR"}

# Offices that do not exist (the UN does not seat Taiwan; Palestine's
# observer mission counts as the UN ambassador).
# Known vacancies -- nobody held the office -- and periods in which the
# office did not exist (dates inclusive).
VACANT = {
    "LBN": {"HoS": [("2007-11-24", "2008-05-24"), ("2014-05-25", "2016-10-30"), ("2022-10-31", "2025-01-08")]},
    "CHN": {"DM": [("2023-10-24", "2023-12-28")]},
    # The Coalition Provisional Authority governed Iraq from Saddam's fall to
    # the interim government of 2004-06-28; the Governing Council named
    # ministers on 2003-09-01; the CPA dissolved the defence ministry and
    # re-founded it by its order 67 of 2004-03-21.
    "IRQ": {"HoS": [("2003-04-10", "2004-06-27")], "HoG": [("2003-04-10", "2004-06-27")],
            "FM": [("2003-04-10", "2003-08-31")], "DM": [("2003-04-10", "2004-03-20")]},
    # No government from 1991 to the Transitional National Government of the
    # Arta conference (president elected 2000-08-26, prime minister named 2000-10-08).
    # Nigeria's ministers leave with the president's term (05-29); the next
    # cabinet was sworn in months later.
    "NGA": {"FM": [("2015-05-30", "2015-11-10"), ("2023-05-30", "2023-08-20")],
            "DM": [("2015-05-30", "2015-11-10"), ("2019-05-30", "2019-08-20"), ("2023-05-30", "2023-08-20")]},
    # The Palestinian Authority had no foreign minister before Abbas's cabinet
    # (Nabil Shaath, 2003-04-29); the PLO's political department acted abroad.
    "PSE": {"FM": [("2000-01-01", "2003-04-28")]},
    "SOM": {r: [("2000-01-01", "2000-08-26")] for r in ("HoS", "FM", "DM", "UN")} | {"HoG": [("2000-01-01", "2000-10-07")]},
}

NOT_APPLICABLE = {("TWN", "UN"): "not a UN member", ("PSE", "DM"): "no defence ministry"}


def parse_day(text, end):
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as the first (or, with end, last) day."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        if not end:
            return dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(*parts)


MIN, MAX = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
DATE = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-[0-3]\d)?)?(?![\d])"
ONE = dt.timedelta(days=1)


def classify(office, country):
    """The audited roles an office names (a set, usually empty or one)."""
    o = " " + office.lower().strip() + " "
    roles = set()
    if re.search(r"(deputy|vice|shadow|former|assistant|under|spokes|acting as)[ -]", o) and not re.search(
            r"acting (president|prime)", o):
        deputy = True
    else:
        deputy = False
    if not deputy:
        if re.search(r"\b(un ambassador|ambassador to the un|permanent representative to the un|un observer)\b", o):
            roles.add("UN")
        if re.search(r"\b(foreign minister|foreign secretary|minister of foreign affairs|foreign affairs minister|"
                     r"external affairs minister|minister responsible for foreign affairs)\b", o) or (country == "USA" and "secretary of state" in o):
            roles.add("FM")
        if re.search(r"\b(defen[cs]e minister|defen[cs]e secretary|secretary of defen[cs]e|minister of defen[cs]e|"
                     r"secretary of war|minister of the armed forces|armed forces minister|"
                     r"minister of people's armed forces|minister responsible for defen[cs]e affairs)\b", o):
            roles.add("DM")
        if re.search(r"\b(prime minister|pm|premier|head of government|state counsellor|chief executive)\b", o) or (
                "chancellor" in o and "exchequer" not in o and "vice" not in o):
            roles.add("HoG")
        if re.search(r"\b(king|queen|emperor|emir|sultan|supreme leader|head of state|head of the junta|"
                     r"leader of north korea|chairman of the (state affairs|national defence) commission|"
                     r"chairman of the (military and )?sovereignty councils?|chairman of the presidential "
                     r"(leadership )?council|president of the presidential (leadership )?council)\b", o):
            roles.add("HoS")
        if re.search(r"(^|[^-\w])president\b", o) and not re.search(r"president of (the )?(?!the presidential)", o):
            if not re.search(r"\b(party|parliament|assembly|senate|court|bank|commission) president", o):
                roles.add("HoS")
    if "crown prince" in o:
        roles.discard("HoS")
    return roles


def offices_of_line(comment, start, end):
    """[(office text, from, to)] of a dated line's comment."""
    comment = comment.split("#")[0]
    comment = re.sub(r"\([^)]*\)", "", comment)
    groups = [g.strip() for g in re.split(r"[,;]|\bthen\b", comment) if g.strip()]
    parsed = []  # (offices, explicit from, explicit to, kind)
    for g in groups:
        frm = to = None
        kind = ""
        also = bool(re.match(r"also\b", g))
        m = re.search(rf"({DATE})?\.\.({DATE})?", g) or re.search(rf"\bfrom\s+({DATE})\s+to\s+({DATE})", g)
        if m:
            frm = parse_day(m.group(1), False) if m.group(1) else None
            to = parse_day(m.group(2), True) if m.group(2) else None
            kind = "range"
        elif m := re.search(rf"\bsince\s*({DATE})?", g):
            frm = parse_day(m.group(1), False) if m.group(1) else None
            kind = "since"
        elif m := re.search(rf"\b(?:to|until)\s+({DATE})", g):
            to = parse_day(m.group(1), True)
            kind = "to"
        elif m := re.search(rf"(?:\bfrom\s+)?({DATE})", g):
            frm = parse_day(m.group(1), False)
            kind = "from"
        text = re.sub(rf"\b(from|since|to|until|also)\b|{DATE}|\.\.", " ", g)
        offices = [t.strip() for t in re.split(r"\band\b", text) if t.strip()]
        parsed.append((offices, frm, to, kind, also))
    if all(p[1] is None and p[2] is None for p in parsed):
        return [(o, start, end) for p in parsed for o in p[0]]  # no dates: every office spans the line
    out = []
    prev_end = None
    for i, (offices, frm, to, kind, also) in enumerate(parsed):
        s = frm or (prev_end + ONE if prev_end and not also else start)
        if to is None:
            if kind == "since" or kind == "range":
                e = end
            else:
                e = end
                for later in parsed[i + 1:]:
                    if later[4]:
                        continue
                    if later[1] is not None:
                        e = later[1] - ONE
                        break
        else:
            e = to
        for o in offices:
            out.append((o, s, e))
        if not also:
            prev_end = e
    return out


def read(path):
    """[(entry name, code, office, from, to)] for every office line."""
    rows = []
    name = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("actor "):
            name = line.split(":", 1)[1].split("|")[0].strip()
            continue
        m = re.match(rf"^\s+([A-Z]{{3,}})\s+({DATE})?\.\.({DATE})?\s*(?:#(.*))?$", line)
        if not m or name is None:
            continue
        code, a, b, comment = m.groups()
        if code.endswith(("ELI", "OPP")) or not comment:
            continue
        start = parse_day(a, False) if a else MIN
        end = parse_day(b, True) if b else MAX
        for office, s, e in offices_of_line(comment, start, end):
            rows.append((name, code, office, max(s, start), min(e, end)))
    return rows


def gaps(intervals, lo, hi, min_days):
    """Uncovered stretches of [lo, hi] at least min_days long."""
    out, cur = [], lo
    for s, e in sorted(intervals):
        if s > cur and (s - cur).days >= min_days:
            out.append((cur, s - ONE))
        cur = max(cur, e + ONE)
        if cur > hi:
            break
    if cur <= hi and (hi - cur).days + 1 >= min_days:
        out.append((cur, hi))
    return out


def fmt(a, b):
    return f"{a:%Y-%m}..{b:%Y-%m}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default="lang/mul/people.txt")
    ap.add_argument("--min-days", type=int, default=60, help="ignore shorter gaps (acting office holders)")
    ap.add_argument("--summary", action="store_true", help="only the counts per role")
    ap.add_argument("--holders", metavar="CC", help="list the holders found for one state")
    args = ap.parse_args()
    lo, hi = dt.date(2000, 1, 1), min(dt.date.today(), dt.date(2026, 12, 31))
    cover = defaultdict(list)
    holders = defaultdict(list)
    for name, code, office, s, e in read(args.file):
        for role in classify(office, code[:3]):
            cover[(code[:3], role)].append((s, e))
            holders[(code[:3], role)].append((s, e, name))
    for c, periods in PRESIDENTIAL.items():
        for a, b in periods:
            pa, pb = parse_day(a, False), parse_day(b, True) if b else MAX
            for s, e in cover[(c, "HoS")]:
                if s <= pb and pa <= e:
                    cover[(c, "HoG")].append((max(s, pa), min(e, pb)))
    for c, roles in VACANT.items():
        for role, periods in roles.items():
            cover[(c, role)] += [(parse_day(a, False), parse_day(b, True)) for a, b in periods]
    for c, other in SHARED_HEAD_OF_STATE.items():
        cover[(c, "HoS")] += [(s, e) for s, e in cover[(other, "HoS")]]
    if args.holders:
        for role in ROLES:
            for s, e, n in sorted(holders[(args.holders, role)]):
                print(f"{args.holders} {role:3} {s}..{e} {n}")
        return 0
    counts = {r: [0, 0.0] for r in ROLES}
    lines = []
    for c in STATES:
        for role in ROLES:
            if (c, role) in NOT_APPLICABLE:
                continue
            g = gaps(cover[(c, role)], lo, hi, args.min_days)
            if g:
                days = sum((b - a).days + 1 for a, b in g)
                counts[role][0] += 1
                counts[role][1] += days / 365.25
                lines.append(f"{c} {role:3} " + " ".join(fmt(a, b) for a, b in g))
    if not args.summary:
        print("# gaps (state, role, uncovered months) -- offices no entry covers, holders unknown or not yet listed")
        print("\n".join(lines))
        print()
    print(f"# {len(STATES)} states, {lo}..{hi}, gaps of {args.min_days}+ days")
    print("role  states-with-gaps  gap-years")
    for r in ROLES:
        print(f"{r:5} {counts[r][0]:16d} {counts[r][1]:10.1f}")
    print(f"all   {sum(v[0] for v in counts.values()):16d} {sum(v[1] for v in counts.values()):10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
