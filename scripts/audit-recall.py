#!/usr/bin/env python3
"""Recall audit of events on the corpus (docs/accuracy.md, session 7).

From each page of a seeded random order of the pages of an extraction, draws one random sentence of its main text
that holds a cooperation-event word of facts.md (hội đàm, hội kiến, tiếp + a name, thăm, điện đàm, ký, hội thảo,
diễn đàn, viện trợ, trao tặng, cập cảng, chào xã giao, chào từ biệt, ...) and names a foreign state or organisation
(Data/countries.tsv, Data/blocs.tsv), and prints it with the events whose evidence is that sentence. A person judges
whether the sentence reports an event facts.md counts, and whether the extraction has it (here or elsewhere on the
page). The 24 dev-vietnews pages are left out.

  scripts/audit-recall.py --pred train.jsonl [-n 80] [--seed 2026]

With --forms, draws instead up to n sentences per form issue 12 names as missed (session 10): several counterparts of
one meeting verb, a recalled event with its year, a seminar/workshop/forum/exhibition, a courtesy or farewell call, a
ship's port call, aid from several states; each family's sentences in a seeded random order over the pages sorted by
source, so two extractions of the same pages show the same sentences.

  scripts/audit-recall.py --pred sub.jsonl --forms [-n 8] [--seed 10010]
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


STATE_WORD = r"(?:Chủ tịch|Thủ tướng|Tổng thống|Tổng Bí thư|Bộ trưởng|Phó Thủ tướng|Phó Chủ tịch|Quốc vương|Nhà vua|Đại sứ|Chủ tịch Quốc hội)"
FORMS = {
    "several_counterparts": re.compile(r"(?<!\w)(?:hội kiến|tiếp|gặp|chào xã giao|điện đàm với)\s+(?:các\s+)?" + STATE_WORD
                                       + r"[^.;]{3,80}?(?:,|và)\s+" + STATE_WORD),
    "recalled_dated": re.compile(r"(?<!\w)(?:chuyến thăm|lễ ký|đã ký|ký kết|hội đàm|thiết lập quan hệ)(?!\w)[^.;]{0,60}?(?:năm (?:19|20)\d\d|tháng \d{1,2}[/-](?:19|20)\d\d)"),
    # held, opened or attended: the noun as an occasion, not a setting ("trên các diễn đàn")
    "seminar": re.compile(r"(?<!\w)(?:[Hh]ội thảo|[Tt][oọ]a đàm|[Dd]iễn đàn|[Tt]riển lãm)(?!\w)(?=.*(?:tổ chức|diễn ra|khai mạc|phối hợp|chủ trì|tham dự))"),
    "courtesy": re.compile(r"(?<!\w)(?:chào xã giao|chào từ biệt|chào kết thúc nhiệm kỳ)(?!\w)"),
    "port_call": re.compile(r"(?<!\w)(?:cập cảng|ghé cảng|thăm cảng|ghé thăm cảng)(?!\w)"),
    "aid_several": re.compile(r"(?<!\w)(?:viện trợ|hỗ trợ|trao tặng|tài trợ)(?!\w)"),
}


def forms(pages, foreign, n, seed):
    pages = sorted(pages, key=lambda p: p["source"])
    for family, pattern in FORMS.items():
        found = []
        for page in pages:
            for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ỹ\"“])|\n", page["text"]):
                s = s.strip()
                if len(s) > 600 or not pattern.search(s):
                    continue
                states = {m.group(1) for m in foreign.finditer(s)}
                if not states or (family == "aid_several" and not enumerated(foreign, s)):
                    continue
                found.append((page, s))
        random.Random(f"{seed}-{family}").shuffle(found)
        print(f"=== {family}: {len(found)} sentences, {min(n, len(found))} shown")
        for i, (page, s) in enumerate(found[:n], 1):
            print(f"### {family} {i} {os.path.basename(page['source'])} relevant={page.get('relevant')}")
            print(s)
            show(page, s)


def enumerated(foreign, s):
    """Two or more states listed before an aid word, joined only by commas and "và" ("Nhật Bản, Hàn Quốc và Úc")."""
    aid = FORMS["aid_several"].search(s)
    names = list(foreign.finditer(s[:aid.start()])) if aid else []
    return any(re.fullmatch(r"\s*(?:,|và|cùng)\s*", s[a.end():b.start()]) for a, b in zip(names, names[1:]))


def show(page, s):
    events = [e for e in page.get("events") or [] if isinstance(e.get("evidence"), str)
              and (s[:50] in e["evidence"] or e["evidence"][:50] in s or s[-50:] in e["evidence"])]
    for e in events:
        print("  ->", json.dumps({k: e.get(k) for k in ("type", "date", "actors", "participants")}, ensure_ascii=False))
    if not events:
        print("  -> (none in this sentence)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", required=True)
    ap.add_argument("-n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--forms", action="store_true", help="sample per form of issue 12 instead of per page")
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
    if args.forms:
        forms(pages, foreign, args.n, args.seed)
        return
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
        show(page, s)
        if shown >= args.n:
            break


if __name__ == "__main__":
    main()
