#!/usr/bin/env python3
"""Validate Herald's event data files in crates/stages/data/events/.

Checks cameo.tsv, patterns.tsv and irregular_verbs.tsv: column counts, code formats,
Goldstein range, quad class vs root, PLOVER types, pattern codes known, duplicate rows.
Usage: python3 scripts/events/check.py [DATA_DIR]   (exit status 1 on any error)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "crates", "stages", "data", "events"))

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
PREPOSITIONS = {
    "about", "against", "at", "behind", "between", "by", "for", "from", "in", "into", "of",
    "on", "outside", "over", "through", "to", "upon", "with",
}
WORD = re.compile(r"^[a-z][a-z'.-]*$")
CODE = re.compile(r"^(0[1-9]|1[0-9]|20)([0-9]{1,2})?$")

errors = []
warnings = []


def err(path, lineno, msg):
    errors.append("%s:%d: %s" % (os.path.basename(path), lineno, msg))


def read_rows(path, ncols_min, ncols_max=None):
    """Yield (lineno, fields) for data lines; check the header comment and column count."""
    ncols_max = ncols_max or ncols_min
    if not os.path.exists(path):
        errors.append("%s: missing" % path)
        return
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if not lines or not lines[0].startswith("#"):
        err(path, 1, "file must start with '#' comment lines")
    for i, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not (ncols_min <= len(fields) <= ncols_max):
            err(path, i, "expected %s columns, got %d" % (
                ncols_min if ncols_min == ncols_max else "%d-%d" % (ncols_min, ncols_max), len(fields)))
            continue
        if any(f.strip() == "" or f != f.strip() for f in fields):
            err(path, i, "empty field or stray whitespace (use '-' for empty)")
            continue
        yield i, fields


def quad_for_root(root):
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


def check_cameo(path):
    codes = {}
    for i, (code, name, gold, quad, ptype, pmode) in read_rows(path, 6):
        if not CODE.match(code):
            err(path, i, "bad code %r" % code)
            continue
        if code in codes:
            err(path, i, "duplicate code %s" % code)
        root = int(code[:2])
        try:
            g = float(gold)
            if not -10.0 <= g <= 10.0:
                err(path, i, "goldstein %s out of [-10,10]" % gold)
        except ValueError:
            err(path, i, "goldstein %r is not a number" % gold)
        if quad != str(quad_for_root(root)):
            err(path, i, "quad_class %s inconsistent with root %02d (want %d)" % (quad, root, quad_for_root(root)))
        if ptype not in PLOVER_TYPES:
            err(path, i, "unknown PLOVER type %r" % ptype)
        if pmode != "-" and not WORD.match(pmode):
            err(path, i, "plover_mode %r must be one lower-case token or '-'" % pmode)
        codes[code] = i
    # hierarchy: every root has its x0 code, every sub-code has its parent
    for code, i in codes.items():
        if len(code) == 3 and code[:2] not in codes:
            err(path, i, "root %s missing for %s" % (code[:2], code))
        if len(code) == 4 and code[:3] not in codes:
            err(path, i, "base code %s missing for %s" % (code[:3], code))
    for r in range(1, 21):
        root = "%02d" % r
        if root not in codes:
            errors.append("cameo.tsv: root %s missing" % root)
        if root + "0" not in codes:
            errors.append("cameo.tsv: base code %s0 missing" % root)
    return codes


def check_patterns(path, codes):
    seen = {}
    used = set()
    n = 0
    for i, (code, pos, head, particle, target, cue, note) in read_rows(path, 7):
        n += 1
        # 'none' marks a sense that reports no event ("kick off" a campaign)
        if code != "none" and code not in codes:
            err(path, i, "code %s not in cameo.tsv" % code)
        used.add(code)
        if pos not in ("V", "N"):
            err(path, i, "pos must be V or N, got %r" % pos)
        if not WORD.match(head):
            err(path, i, "head %r must be one lower-case word" % head)
        if particle != "-" and not all(WORD.match(w) for w in particle.split(" ")):
            err(path, i, "bad particle %r" % particle)
        if target != "-":
            for t in target.split("|"):
                t = t.removesuffix("!")
                if t not in ("OBJ", "NOOBJ", "DOBJ") and t.removeprefix("<") not in PREPOSITIONS:
                    err(path, i, "bad target element %r" % t)
        if cue != "-":
            # '!' opens a list of direct objects that turn the row away;
            # its entries marked '^' are words right before the head
            negative = cue.startswith("!")
            for c in cue.removeprefix("!").split("|"):
                if negative:
                    c = c.removeprefix("^")
                # one word, or two in a row ("sanctions relief")
                words = c.split(" ")
                if len(words) > 2 or not all(WORD.match(w) for w in words):
                    err(path, i, "bad cue word %r" % c)
        key = (code, pos, head, particle, target, cue)
        if key in seen:
            err(path, i, "duplicate of line %d" % seen[key])
        seen[key] = i
    unused = sorted(c for c in codes if len(c) > 2 and c not in used)
    if unused:
        warnings.append("patterns.tsv: %d codes have no pattern: %s" % (len(unused), " ".join(unused)))
    return n, seen


def check_irregular(path):
    lemmas = {}
    n = 0
    for i, fields in read_rows(path, 3, 5):
        n += 1
        lemma = fields[0]
        if not WORD.match(lemma):
            err(path, i, "bad lemma %r" % lemma)
        if lemma in lemmas:
            err(path, i, "duplicate lemma %s (line %d)" % (lemma, lemmas[lemma]))
        lemmas[lemma] = i
        for f in fields[1:]:
            if f != "-" and not all(WORD.match(x) for x in f.split("|")):
                err(path, i, "bad form %r" % f)
        if fields[1] == "-" or fields[2] == "-":
            err(path, i, "past and past participle are required")
        for f in fields[3:]:
            if "|" in f:
                err(path, i, "third_person/ing take one form, not alternatives: %r" % f)
    return n, lemmas


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIR
    codes = check_cameo(os.path.join(d, "cameo.tsv"))
    npat, keys = check_patterns(os.path.join(d, "patterns.tsv"), codes)
    nirr, lemmas = check_irregular(os.path.join(d, "irregular_verbs.tsv"))
    if not os.path.exists(os.path.join(d, "README.md")):
        errors.append("README.md missing")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print("cameo.tsv: %d codes; patterns.tsv: %d rows; irregular_verbs.tsv: %d lemmas" % (len(codes), npat, nirr))
    if errors:
        print("FAILED (%d errors)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
