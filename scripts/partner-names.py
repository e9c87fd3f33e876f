#!/usr/bin/env python3
"""Writes src/HopTac.Core/Data/partner-names.tsv: the English names of every state of countries.tsv, from Debian's
iso-codes (the ISO 3166-1 list: short name, common name, official name), beside the Vietnamese name
countries.tsv gives first (the Ministry of Foreign Affairs' form). Organisations (blocs.tsv) are written by hand in
BLOCS below. Run it again after adding a row to countries.tsv: apt-get install iso-codes; python3 scripts/partner-names.py
"""
import json, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "src/HopTac.Core/Data"
ISO = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
BY_CODE = {e["alpha_2"]: e for e in ISO}

# Where the ISO short name is an inverted form ("Congo, The Democratic Republic of the") and no common name exists,
# the name English-language news and the UN use; codes ISO withdrew or has not assigned.
SHORT = {"RU": "Russia", "CD": "DR Congo", "FM": "Micronesia", "VA": "Holy See", "PS": "Palestine", "BN": "Brunei", "SU": "Soviet Union", "XK": "Kosovo",
         "HK": "Hong Kong", "MO": "Macau"}
# Other English names in common use (UN and news usage), beyond ISO's three forms.
EXTRA = {"US": ["USA", "America"], "GB": ["UK", "Britain", "Great Britain"], "KR": ["Republic of Korea"],
         "CZ": ["Czech Republic"], "TR": ["Turkey"], "CN": ["PRC"], "NL": ["Holland"], "CI": ["Ivory Coast"], "MM": ["Burma"],
         "SZ": ["Swaziland"], "TL": ["East Timor"], "CV": ["Cape Verde"], "VA": ["Vatican"], "MK": ["Macedonia"], "AE": ["UAE"],
         "SU": ["USSR"], "LA": ["Lao PDR"], "VN": ["Viet Nam"]}

BLOCS = [  # code, Vietnamese name shown, English name shown, other English names
    ("ASEAN", "ASEAN", "ASEAN", "Association of Southeast Asian Nations"),
    ("EU", "Liên minh châu Âu", "European Union", "European Commission|European Parliament"),
    ("EAEU", "Liên minh Kinh tế Á-Âu", "Eurasian Economic Union", "EEU"),
    ("UN", "Liên hợp quốc", "United Nations", "UNO|LHQ"),
    ("UNDP", "Chương trình Phát triển Liên hợp quốc", "United Nations Development Programme", ""),
    ("UNICEF", "Quỹ Nhi đồng Liên hợp quốc", "UNICEF", "United Nations Children's Fund"),
    ("UNESCO", "UNESCO", "UNESCO", "United Nations Educational, Scientific and Cultural Organization"),
    ("UNFPA", "Quỹ Dân số Liên hợp quốc", "United Nations Population Fund", "UNFPA"),
    ("UNHCR", "Cao ủy Liên hợp quốc về người tị nạn", "UNHCR", "United Nations High Commissioner for Refugees|UN Refugee Agency"),
    ("FAO", "Tổ chức Nông Lương Liên hợp quốc", "Food and Agriculture Organization", "FAO"),
    ("ILO", "Tổ chức Lao động Quốc tế", "International Labour Organization", "ILO"),
    ("IAEA", "Cơ quan Năng lượng Nguyên tử Quốc tế", "International Atomic Energy Agency", "IAEA"),
    ("WFP", "Chương trình Lương thực Thế giới", "World Food Programme", "WFP"),
    ("INTERPOL", "Interpol", "Interpol", "International Criminal Police Organization"),
    ("WHO", "Tổ chức Y tế Thế giới", "World Health Organization", ""),
    ("G20", "Nhóm G20", "G20", "Group of Twenty"),
    ("G7", "Nhóm G7", "G7", "Group of Seven"),
    ("APEC", "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương", "APEC", "Asia-Pacific Economic Cooperation"),
    ("NATO", "NATO", "NATO", "North Atlantic Treaty Organization"),
    ("WTO", "Tổ chức Thương mại Thế giới", "World Trade Organization", ""),
    ("IMF", "Quỹ Tiền tệ Quốc tế", "International Monetary Fund", ""),
    ("WB", "Ngân hàng Thế giới", "World Bank", ""),
    ("ADB", "Ngân hàng Phát triển châu Á", "Asian Development Bank", ""),
    ("AIIB", "Ngân hàng Đầu tư Cơ sở hạ tầng châu Á", "Asian Infrastructure Investment Bank", ""),
    ("BRICS", "BRICS", "BRICS", ""),
    ("SCO", "Tổ chức Hợp tác Thượng Hải", "Shanghai Cooperation Organisation", ""),
    ("OPEC", "Tổ chức các nước xuất khẩu dầu mỏ", "OPEC", "Organization of the Petroleum Exporting Countries"),
    ("GAVI", "Liên minh Vắc-xin và Tiêm chủng toàn cầu", "Gavi, the Vaccine Alliance", "Gavi"),
    ("CPTPP", "Hiệp định CPTPP", "CPTPP", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"),
    ("ASEM", "Diễn đàn Hợp tác Á - Âu", "Asia-Europe Meeting", ""),
    ("OECD", "Tổ chức Hợp tác và Phát triển Kinh tế", "OECD", "Organisation for Economic Co-operation and Development"),
    ("ICRC", "Ủy ban Chữ thập đỏ Quốc tế", "International Committee of the Red Cross", "Red Cross"),
    ("IPU", "Liên minh Nghị viện thế giới", "Inter-Parliamentary Union", ""),
    ("AIPA", "Đại hội đồng Liên nghị viện ASEAN", "ASEAN Inter-Parliamentary Assembly", ""),
    ("AFRICANUNION", "Liên minh châu Phi", "African Union", ""),
]


def rows(path):
    header = False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        if not header:
            header = True
            continue
        yield line.split("\t")


out = ["# Partners' names as HopTac shows them and as people type them: actor code, the Vietnamese name shown, the English",
       "# name shown, then other English names separated by \"|\". Written by scripts/partner-names.py. Sources: states' English",
       "# names from ISO 3166-1 (Debian iso-codes: short, common and official names) with names in common UN and",
       "# news use; Vietnamese names are the first of countries.tsv (as the Ministry of Foreign Affairs of Viet Nam writes them);",
       "# organisations' names as they write them. Every Vietnamese name of countries.tsv and blocs.tsv is recognised too.",
       "code\tvi\ten\taliases"]
seen = set()
for cols in rows(DATA / "countries.tsv"):
    code = cols[0]
    if code == "-" or code in seen:
        continue
    seen.add(code)
    vi = cols[1].split("|")[0]
    iso = BY_CODE.get(code, {})
    name = iso.get("name", "")
    en = SHORT.get(code) or iso.get("common_name") or name
    aliases = [a for a in [name, iso.get("official_name", "")] + EXTRA.get(code, []) if a and a != en]
    if ", " in en:
        raise SystemExit(f"{code}: give a short English name in SHORT ({en})")
    out.append("\t".join([code, vi, en, "|".join(dict.fromkeys(aliases))]))
bloc_codes = {c[0] for c in rows(DATA / "blocs.tsv")}
for code, vi, en, aliases in BLOCS:
    if code not in bloc_codes:
        raise SystemExit(f"{code} is not in blocs.tsv")
    if code in seen:
        raise SystemExit(f"{code} is a state's code too: give the organisation its own code in blocs.tsv")
    out.append("\t".join([code, vi, en, aliases]))
(DATA / "partner-names.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out) - 6, "partners")
