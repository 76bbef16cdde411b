#!/usr/bin/env python3
"""A peer for the search benchmark: what a user might write with the standard
library. For each quote, every turn of the record is scanned with
difflib.SequenceMatcher over words; the turn whose matching blocks cover most
of the quote's words wins.

usage: difflib_peer.py RECORD.jsonl QUOTES.jsonl OUT.jsonl
RECORD.jsonl: one {"speaker", "text"} per turn; QUOTES.jsonl: {"id", "text"};
OUT.jsonl: {"id", "turn", "score", "seconds"} per quote.
"""
import difflib
import json
import re
import sys
import time

WORD = re.compile(r"[\w']+")


def words(s):
    return WORD.findall(s.lower().replace("\u2019", "'"))


def main():
    rec_path, quotes_path, out_path = sys.argv[1:4]
    turns = [words(json.loads(line)["text"]) for line in open(rec_path, encoding="utf-8")]
    with open(quotes_path, encoding="utf-8") as qf, open(out_path, "w", encoding="utf-8") as out:
        for line in qf:
            q = json.loads(line)
            qw = words(q["text"])
            t0 = time.perf_counter()
            best, best_turn = -1.0, -1
            sm = difflib.SequenceMatcher(autojunk=False)
            sm.set_seq2(qw)
            for i, tw in enumerate(turns):
                sm.set_seq1(tw)
                matched = sum(b.size for b in sm.get_matching_blocks())
                score = matched / max(len(qw), 1)
                if score > best:
                    best, best_turn = score, i
            dt = time.perf_counter() - t0
            out.write(json.dumps({"id": q["id"], "turn": best_turn, "score": best, "seconds": dt}) + "\n")
            out.flush()  # a run cut short by its time budget keeps what it finished


if __name__ == "__main__":
    main()
