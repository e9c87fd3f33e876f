#!/usr/bin/env python3
"""Makes a larger corpus of JSON Lines pages by recombining the paragraphs of vietnews-train (issue 14: search at 1M).

Each page takes the headline of one article and 3-8 paragraphs drawn from the whole corpus, so its words, lengths and
name frequencies are those of real Vietnamese news while its text is new. Deterministic for a seed. Streams: the
paragraphs are held in memory (about 1 GB for the 105k articles' 2.3M paragraphs is too much, so one paragraph in
`--keep` is sampled), the output is written line by line.

Usage: make-corpus.py SOURCE.jsonl.xz COUNT [--seed 14] [--keep 4] [--prefix gen] | xz -1 > pages-1m.jsonl.xz
"""
import argparse
import json
import lzma
import random
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", type=int, default=4, help="keep one paragraph in KEEP (memory bound)")
    parser.add_argument("--prefix", default="gen", help="page ids are PREFIX_NNNNNNN (another prefix: pages new to a store built from gen_ ones)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    titles, paragraphs = [], []
    opener = lzma.open if args.source.endswith(".xz") else open
    with opener(args.source, "rt", encoding="utf-8") as source:
        for line in source:
            text = json.loads(line).get("text") or ""
            parts = [p.strip() for p in text.split("\n") if p.strip()]
            if len(parts) < 2:
                continue
            titles.append(parts[0])
            paragraphs.extend(p for p in parts[1:] if rng.randrange(args.keep) == 0)
    out = sys.stdout
    for i in range(args.count):
        body = rng.sample(paragraphs, rng.randint(3, 8))
        year = rng.randint(2015, 2020)
        page = {
            "id": f"{args.prefix}_{i:07d}",
            "title": rng.choice(titles),
            "text": "\n\n".join(body),
            "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }
        out.write(json.dumps(page, ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main()
