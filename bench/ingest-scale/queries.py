#!/usr/bin/env python3
"""Writes N realistic search queries (URL query strings for /api/search) drawn from a store's own titles.

A quarter are two or three words of a headline with their marks, a quarter the same folded (no marks, as people
type them), a quarter quoted phrases, and a quarter common cooperation words with a facet (partner, area, event
type). Deterministic for a seed. Usage: queries.py STORE.db N > queries.txt
"""
import random
import sqlite3
import sys
import unicodedata
import urllib.parse

COMMON = ["hợp tác", "đầu tư", "hội đàm", "ký kết", "thương mại", "giáo dục", "y tế", "quốc phòng", "du lịch", "lao động"]
FACETS = ["partner=US", "partner=CN", "partner=JP", "partner=KR", "partner=RU", "area=trade", "area=health",
          "area=education_training", "type=visit", "type=talks", "type=signing"]


def fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()


def main() -> None:
    db, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(14)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM pages WHERE title IS NOT NULL AND is_current = 1 ORDER BY id LIMIT 5000")]
    words = [[w.strip(".,:;!?\"'()“”") for w in t.split()] for t in titles]
    words = [[w for w in ws if len(w) > 1] for ws in words]
    words = [ws for ws in words if len(ws) >= 3]
    for i in range(count):
        ws = rng.choice(words)
        n = rng.randint(2, 3)
        start = rng.randrange(len(ws) - n + 1)
        phrase = " ".join(ws[start:start + n]).lower()
        kind = i % 4
        if kind == 0:
            q = {"q": phrase}
        elif kind == 1:
            q = {"q": fold(phrase)}
        elif kind == 2:
            q = {"q": f'"{phrase}"'}
        else:
            facet = rng.choice(FACETS).split("=")
            q = {"q": rng.choice(COMMON), facet[0]: facet[1]}
        print(urllib.parse.urlencode(q))


if __name__ == "__main__":
    main()
