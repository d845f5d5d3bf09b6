#!/usr/bin/env python3
"""Validate crates/stages/data/kb/leaders.tsv (time-aware office holders).

Checks:
  * every data row has exactly 8 TAB-separated columns, none blank ('-' = empty);
  * country is 3 uppercase letters or a CAMEO IGO code (starts with IGO);
  * sector is '-' or uppercase letters; IGO rows have sector '-';
  * start/end are YYYY-MM-DD or YYYY-MM, parse as dates, start <= end;
    start is required, end '-' means still in office as of the header's date;
  * no two rows with the same name and role overlap in time
    (touching intervals, end == next start, are fine);
  * no alias equals another person's name or alias (case-insensitive),
    and no alias repeats the row's own name;
  * rows of one person (same name) carry the same alias set (warning only).

Usage: check_leaders.py [path/to/leaders.tsv]   (exit status 1 on errors)
"""
import calendar
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "crates/stages/data/kb/leaders.tsv"
DATE_RE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
NCOLS = 8


def parse_date(s, is_end):
    """Return a date; YYYY-MM is read as the first (start) or last (end) day of the month."""
    m = DATE_RE.match(s)
    if not m:
        raise ValueError(f"bad date {s!r}")
    y, mo = int(m.group(1)), int(m.group(2))
    if m.group(3):
        return dt.date(y, mo, int(m.group(3)))
    day = calendar.monthrange(y, mo)[1] if is_end else 1
    return dt.date(y, mo, day)


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    errors, warnings = [], []
    rows = []
    as_of = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            m = re.search(r"as of (\d{4}-\d{2}-\d{2})", line)
            if m:
                as_of = dt.date.fromisoformat(m.group(1))
            continue
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != NCOLS:
            errors.append(f"{lineno}: {len(cols)} columns, expected {NCOLS}")
            continue
        if any(c != c.strip() or c == "" for c in cols):
            errors.append(f"{lineno}: blank column or stray whitespace (use '-' for empty)")
            continue
        name, aliases, country, sector, role, start, end, note = cols
        if not (re.fullmatch(r"[A-Z]{3}", country) or re.fullmatch(r"IGO[A-Z]+", country)):
            errors.append(f"{lineno}: bad country {country!r}")
        if sector != "-" and not re.fullmatch(r"[A-Z]{3}", sector):
            errors.append(f"{lineno}: bad sector {sector!r}")
        if country.startswith("IGO") and sector != "-":
            errors.append(f"{lineno}: IGO row must have sector '-'")
        if role == "-":
            errors.append(f"{lineno}: role is empty")
        try:
            s = parse_date(start, False)
            e = None if end == "-" else parse_date(end, True)
        except ValueError as exc:
            errors.append(f"{lineno}: {exc}")
            continue
        if e is not None and s > e:
            errors.append(f"{lineno}: start {start} after end {end}")
        if as_of is not None and s > as_of:
            errors.append(f"{lineno}: start {start} after the file's as-of date {as_of}")
        if as_of is not None and e is not None and e > as_of + dt.timedelta(days=31):
            errors.append(f"{lineno}: end {end} after the file's as-of date {as_of}")
        alias_list = [] if aliases == "-" else aliases.split("|")
        if any(not a.strip() or a != a.strip() for a in alias_list):
            errors.append(f"{lineno}: empty or padded alias")
        if len({a.casefold() for a in alias_list}) != len(alias_list):
            errors.append(f"{lineno}: duplicate alias")
        if name.casefold() in {a.casefold() for a in alias_list}:
            errors.append(f"{lineno}: alias repeats the name {name!r}")
        rows.append((lineno, name, alias_list, country, role, s, e))

    if as_of is None:
        errors.append("header has no 'as of YYYY-MM-DD' date for open-ended rows")

    # same name + role must not overlap in time
    by_key = defaultdict(list)
    for r in rows:
        by_key[(r[1], r[4])].append(r)
    far = dt.date(9999, 12, 31)
    for (name, role), group in by_key.items():
        group.sort(key=lambda r: r[5])
        for a, b in zip(group, group[1:]):
            a_end = a[6] or far
            if b[5] < a_end:
                errors.append(f"{a[0]}/{b[0]}: {name} ({role}) terms overlap")

    # aliases must not collide with another person's name or alias
    owner = {}
    for lineno, name, alias_list, *_ in rows:
        for form in [name] + alias_list:
            key = form.casefold()
            other = owner.get(key)
            if other is None:
                owner[key] = (name, lineno)
            elif other[0] != name:
                errors.append(f"{lineno}: {form!r} of {name!r} also names {other[0]!r} (line {other[1]})")

    # consistency of alias sets across one person's rows (warning)
    alias_sets = defaultdict(set)
    for lineno, name, alias_list, *_ in rows:
        alias_sets[name].add(frozenset(alias_list))
    for name, sets in alias_sets.items():
        if len(sets) > 1:
            warnings.append(f"{name}: rows list different aliases")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{path.name}: {len(rows)} rows, {len(alias_sets)} people, "
          f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
