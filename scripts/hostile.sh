#!/usr/bin/env bash
# Writes the hostile pages of issue 15 to a folder and runs each through `hoptac extract --no-facts` under
# /usr/bin/time -v: wall time, CPU seconds, peak RSS and the verdict, one table row per page (docs/reliability.md).
#
#   scripts/hostile.sh [OUT_DIR] [HOPTAC_BINARY]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${1:-/tmp/hoptac-hostile}
bin=${2:-src/HopTac.Cli/bin/Release/net10.0/hoptac}
[[ -x $bin ]] || dotnet build -c Release -v q -nologo src/HopTac.Cli >&2
mkdir -p "$out"
python3 - "$out" <<'PY'
import sys, pathlib
out = pathlib.Path(sys.argv[1])
head = '<html><body><article><h1>Tiêu đề bài viết</h1><p>Đoạn mở đầu của bài viết về hợp tác quốc tế, đủ dài để được giữ lại.</p>'
tail = '</article></body></html>'
pages = {
    'selfclosing-div.html': '<div/>' * 100_000,
    'rt.html': '<rt>' * 100_000,
    'ruby-rt.html': '<ruby>' + '<rt>' * 100_000,
    'svg-comment-div.html': '<svg><!-->' + '<div>' * 100_000,
    'formatting-b.html': ''.join(f'<b id={i}>' for i in range(4000)) + '<div>x</div>' * 2000,
    'reopened-formatting.html': ''.join(f'<p><b class=c{i}>x' for i in range(3000)),
    'attributes-1m.html': '<div ' + ' '.join(f'a{i}=1' for i in range(1_000_000)) + '>x</div>',
    'paragraphs-2m.html': '<p>a</p>' * 2_000_000,
    'paragraphs-150k.html': '<p>Một câu ngắn.</p>' * 150_000,
    'deep-rescans.html': '<div>' * 4000 + '<hr>' * 100_000,
    'wide-after-headline.html': '<br>' * 190_000,
    'nested-asides.html': '<aside class=sidebar>' * 3000 + '<article><p>Nội dung.</p>',
}
for name, body in pages.items():
    (out / name).write_text(head + body + tail, encoding='utf-8')
PY
printf '| page | size | verdict | wall s | CPU s | peak MB |\n|---|---|---|---|---|---|\n'
for f in "$out"/*.html; do
  /usr/bin/time -v -o "$out/.time" timeout 120 "$bin" extract --no-facts "$f" > /dev/null 2> "$out/.err" || true
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$out/.time")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$out/.time")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%d", $2/1024}' "$out/.time")
  verdict=$(grep -o ': [^:]*$' "$out/.err" | head -1 | cut -c3- | cut -c1-90)
  printf '| %s | %s | %s | %s | %s | %s |\n' "$(basename "$f")" "$(du -h "$f" | cut -f1)" "${verdict:-accepted}" "$wall" "$cpu" "$rss"
done
