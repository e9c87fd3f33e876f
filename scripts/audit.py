#!/usr/bin/env python3
"""Corpus audit of extracted facts (docs/accuracy.md says how it is used).

Reads the JSON Lines that `hoptac extract` writes for the vietnews-train pages and prints, for one fact kind,
a seeded random sample of facts with their evidence sentences (to be judged by hand), or the most frequent values.
The 24 dev-vietnews pages are left out: they are scored against gold, and their odd half is held out.

  scripts/audit.py sample events    --pred train.jsonl [-n 100] [--seed 12] [--stable]
  scripts/audit.py top    people    --pred train.jsonl [-n 300]
  scripts/audit.py count            --pred train.jsonl
  scripts/audit.py interval K N      # Wilson 95% interval for K right out of N
"""
import argparse, collections, glob, hashlib, json, math, os, random, re, sys

KINDS = ("events", "people", "agreements", "figures", "areas", "organizations", "authors")
HERE = os.path.dirname(os.path.abspath(__file__))


def dev_ids():
    shared = os.environ.get("HOPTAC_SHARED", os.path.join(HERE, "..", "..", "shared"))
    return {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(shared, "gold", "dev-vietnews", "train_*.json"))}


def pages(pred):
    skip = dev_ids()
    with open(pred, encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)
            m = re.search(r"(train_\d+)", page.get("source", ""))
            if m and m.group(1) in skip:
                continue
            yield page


def facts(pred, kind):
    for page in pages(pred):
        for i, fact in enumerate(page.get(kind) or []):
            yield page, i, fact


def key(kind, fact):
    if kind == "events":
        return fact.get("type")
    if kind == "people":
        return f'{fact.get("name")} ({fact.get("country")})'
    if kind == "agreements":
        return fact.get("title") or fact.get("type")
    if kind == "figures":
        return fact.get("unit")
    if kind in ("areas", "authors"):
        return fact if isinstance(fact, str) else json.dumps(fact, ensure_ascii=False)
    return fact.get("name") if isinstance(fact, dict) else str(fact)


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=("sample", "top", "count", "interval"))
    ap.add_argument("args", nargs="*")
    ap.add_argument("--pred")
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=12)
    # --stable ranks every fact by a hash of the seed, its page and its value and keeps the n lowest, so two builds'
    # extractions of the same pages give the same sample wherever they give the same facts (a fair before/after ratio:
    # the facts only one build gives are the difference). Reservoir sampling (the default) diverges after the first
    # fact one build drops.
    ap.add_argument("--stable", action="store_true")
    a = ap.parse_args()
    if a.cmd == "interval":
        k, n = int(a.args[0]), int(a.args[1])
        lo, hi = wilson(k, n)
        print(f"{k}/{n} = {k / n:.3f}, 95% Wilson interval {lo:.3f}-{hi:.3f}")
        return
    if a.cmd == "count":
        c = collections.Counter()
        for page in pages(a.pred):
            c["pages"] += 1
            c["relevant"] += bool(page.get("relevant"))
            for kind in KINDS:
                c[kind] += len(page.get(kind) or [])
        for k, v in c.items():
            print(f"{k}\t{v}")
        return
    kind = a.args[0]
    if a.cmd == "top":
        c = collections.Counter(key(kind, f) for _, _, f in facts(a.pred, kind))
        for value, n in c.most_common(a.n):
            print(f"{n}\t{value}")
        return
    if a.stable:
        ranked = []
        for page, i, fact in facts(a.pred, kind):
            value = json.dumps(fact, ensure_ascii=False, sort_keys=True) if kind in ("areas", "authors") else key(kind, fact)
            h = hashlib.sha1(f"{a.seed}|{page.get('source')}|{value}".encode("utf-8")).hexdigest()
            ranked.append((h, (page.get("source"), i, fact, page.get("title"))))
        ranked.sort(key=lambda r: r[0])
        show([r[1] for r in ranked[:a.n]])
        return
    # Reservoir sampling keeps memory flat over the whole corpus; the seed makes the sample repeatable.
    rng = random.Random(a.seed)
    sample = []
    for seen, (page, i, fact) in enumerate(facts(a.pred, kind)):
        item = (page.get("source"), i, fact, page.get("title"))
        if len(sample) < a.n:
            sample.append(item)
        else:
            j = rng.randrange(seen + 1)
            if j < a.n:
                sample[j] = item
    show(sample)


def show(sample):
    for no, (source, i, fact, title) in enumerate(sorted(sample, key=lambda s: (s[0], s[1])), 1):
        print(f"## {no}. {source} #{i}  ({title})")
        print(json.dumps(fact, ensure_ascii=False))
        print()


if __name__ == "__main__":
    main()
