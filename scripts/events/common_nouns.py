#!/usr/bin/env python3
"""Derive crates/stages/data/events/common_nouns.tsv from CoNLL-2003's part-of-speech tags.

A lowercase word that the Penn Treebank tags of the CoNLL-2003 training set mark as a
common noun (NN or NNS) at least 90% of the at least 3 times it occurs. The events stage
reads an event noun right before such a word as a modifier in a compound ("rescue
workers", "riot police", "threat level"), not as an event. Only the word list enters the
repository, no text.

Usage: python3 scripts/events/common_nouns.py [TOKENS_JSONL] [OUT_TSV]
  defaults: ../shared/train/conll2003_train_tokens.jsonl,
            crates/stages/data/events/common_nouns.tsv
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
MIN_COUNT = 3
MIN_SHARE = 0.9


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        ROOT, "..", "shared", "train", "conll2003_train_tokens.jsonl")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        ROOT, "crates", "stages", "data", "events", "common_nouns.tsv")
    tags = collections.defaultdict(collections.Counter)
    with open(src, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            for s in doc["sentences"]:
                for word, pos in zip(s["tokens"], s["pos"]):
                    if word.isascii() and word.isalpha() and word.islower() and len(word) >= 3:
                        tags[word][pos] += 1
    nouns = []
    for word, c in tags.items():
        n = sum(c.values())
        # A word in -ed is a participle mistagged ("abducted"), unless short ("bed").
        if word.endswith("ed") and len(word) > 5:
            continue
        if n >= MIN_COUNT and (c["NN"] + c["NNS"]) / n >= MIN_SHARE:
            nouns.append(word)
    nouns.sort()
    with open(out, "w", encoding="utf-8") as f:
        f.write("# common_nouns.tsv -- lowercase words that are almost always common nouns.\n")
        f.write("# Source: derived by scripts/events/common_nouns.py from the Penn Treebank part-of-speech\n")
        f.write("#   tags of the CoNLL-2003 English training set (eng.train, Reuters news of 1996, as kept in\n")
        f.write("#   ZhixiuYe/HSCRF-pytorch at 86bb64890317b74517c5ad44b47c66635df327d8): a word tagged NN or\n")
        f.write(f"#   NNS in at least {MIN_SHARE:.0%} of its at least {MIN_COUNT} occurrences (no -ed participles).\n")
        f.write("#   Word list only.\n")
        f.write("# Columns: word\n")
        for w in nouns:
            f.write(w + "\n")
    print(f"{len(nouns)} nouns -> {out}")


if __name__ == "__main__":
    main()
