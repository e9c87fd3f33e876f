#!/usr/bin/env python3
"""Recall audit of events on the corpus (docs/accuracy.md, session 7).

From each page of a seeded random order of the pages of an extraction, draws one random sentence of its main text
that holds a cooperation-event word of facts.md (hội đàm, hội kiến, tiếp + a name, thăm, điện đàm, ký, hội thảo,
diễn đàn, viện trợ, trao tặng, cập cảng, chào xã giao, chào từ biệt, ...) and names a foreign state or organisation
(Data/countries.tsv, Data/blocs.tsv), and prints it with the events whose evidence is that sentence. A person judges
whether the sentence reports an event facts.md counts, and whether the extraction has it (here or elsewhere on the
page). The 24 dev-vietnews pages are left out.

  scripts/audit-recall.py --pred train.jsonl [-n 80] [--seed 2026]
"""
import argparse, glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "src", "HopTac.Core", "Data")
TRIGGER = re.compile(r"(?<!\w)(hội đàm|hội kiến|tiếp (?:ông |bà |ngài |đoàn )?[A-ZĐÀ-Ỹ]|thăm(?! dò| hỏi| khám| quan| nom)"
                     r"|điện đàm|ký kết|lễ ký|đã ký|hội thảo|diễn đàn|viện trợ|trao tặng|cập cảng|chào xã giao|chào từ biệt"
                     r"|hội nghị|tọa đàm|toạ đàm|gặp|công du|thiết lập quan hệ|nâng cấp quan hệ|làm việc với|hỗ trợ)(?!\w)", re.I)


def foreign_names():
    names = set()
    for name in ("countries.tsv", "blocs.tsv"):
        for line in open(os.path.join(DATA, name), encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if line.startswith(("#", "code")) or len(parts) < 2 or parts[0] in ("-", "VN"):
                continue
            names.update(x for x in parts[1].split("|") if len(x) > 2)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(x) for x in sorted(names, key=len, reverse=True)) + r")(?!\w)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", required=True)
    ap.add_argument("-n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    shared = os.environ.get("HOPTAC_SHARED", os.path.join(HERE, "..", "..", "shared"))
    dev = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(shared, "gold", "dev-vietnews", "*.json"))}
    foreign = foreign_names()
    pages = []
    with open(args.pred, encoding="utf-8") as f:
        for line in f:
            try:
                page = json.loads(line)
            except ValueError:
                continue  # a file still being written ends in a partial line
            m = re.search(r"(train_\d+)", page.get("source", ""))
            if m and m.group(1) not in dev and page.get("text"):
                pages.append(page)
    rng = random.Random(args.seed)
    rng.shuffle(pages)
    shown = 0
    for page in pages:
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ỹ\"“])|\n", page["text"]) if s.strip()]
        candidates = [s for s in sentences if TRIGGER.search(s) and foreign.search(s) and len(s) < 600]
        if not candidates:
            continue
        s = rng.choice(candidates)
        shown += 1
        print(f"### {shown} {os.path.basename(page['source'])} relevant={page.get('relevant')}")
        print(s)
        events = [e for e in page.get("events") or [] if isinstance(e.get("evidence"), str)
                  and (s[:50] in e["evidence"] or e["evidence"][:50] in s or s[-50:] in e["evidence"])]
        for e in events:
            print("  ->", json.dumps({k: e.get(k) for k in ("type", "date", "actors", "participants")}, ensure_ascii=False))
        if not events:
            print("  -> (none in this sentence)")
        if shown >= args.n:
            break


if __name__ == "__main__":
    main()
