#!/usr/bin/env bash
# The HTML export in a real browser: renders the laptop-store template's page
# with Debian's headless chromium (installed when missing), screenshots it and
# checks that the screenshot is not blank and that the phases, the touchpoint
# cards and the SVG charts made it into the DOM. Not part of `cargo test`
# (it needs a browser); run it by hand or in a job that may install packages:
#
#     bash tests/html/check.sh        # then look at /tmp/x.png
#
# Exit status 0 when every check passes, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."

MAP=assets/templates/laptop-store.ron
HTML=/tmp/x.html
PNG=/tmp/x.png
DOM=/tmp/x.dom.html

if ! command -v chromium >/dev/null 2>&1; then
    echo "chromium is missing: installing it with apt-get"
    apt-get update && apt-get install -y chromium
fi

cargo run --release --quiet -- export "$MAP" --format html -o "$HTML"
cargo run --release --quiet -- score "$MAP" --format json > /tmp/x.score.json

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browser() {
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run \
        --user-data-dir="$profile" "$@" 2>/dev/null
}
rm -f "$PNG"
browser --screenshot="$PNG" --window-size=1400,1000 "file://$HTML" >/dev/null
browser --dump-dom "file://$HTML" > "$DOM"

python3 - "$HTML" "$PNG" "$DOM" /tmp/x.score.json <<'PY'
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

sys.path.insert(0, "tests/html")
import png  # noqa: E402

page, shot, dom_file, score_file = sys.argv[1:5]
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


# The page itself: self-contained.
source = open(page, encoding="utf-8").read()
check(not re.search(r"https?://|src=|href=|url\(|@import", source),
      "the page references nothing outside itself")

# The screenshot: there, the window's size, and not blank.
check(os.path.exists(shot) and os.path.getsize(shot) > 20_000,
      f"screenshot {shot} exists and is over 20 KB")
width, height, _, _ = png.read(shot)
check((width, height) == (1400, 1000), f"screenshot is 1400x1000 (got {width}x{height})")
distinct, ink = png.colors(shot)
check(distinct > 200, f"screenshot has many colors: {distinct} (a blank page has 1)")
check(ink > 0.10, f"screenshot is not blank: {ink:.0%} of it differs from the background")

# The DOM the browser built.
dom = open(dom_file, encoding="utf-8").read()


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


t = Text()
t.feed(dom)
text = " ".join(" ".join(t.parts).split())
report = json.load(open(score_file))
phases = [p["name"] for p in report["phases"]]
touchpoints = len(report["touchpoints"])
check(len(phases) == 5, f"the template has 5 phases (got {len(phases)})")
for name in phases:
    check(html.unescape(name) in text, f"phase {name!r} is on the page")
check(dom.count('<th class="phase" scope="col">') == len(phases), "one column per phase")
check(dom.count("<svg") >= 2, "the two SVG charts are in the DOM")
check("<polyline" in dom, "the emotion curve is drawn")
check(touchpoints == 18, f"the template has 18 touchpoints (got {touchpoints})")
check(dom.count('<li class="tp ') == touchpoints, "one card per touchpoint")
# The page speaks the map's language (the template is in Spanish).
lang = re.search(r'<html lang="(\w+)"', source).group(1)
headings = {
    "en": ["Emotion curve", "Phase scores", "Fix first", "Findings"],
    "es": ["Curva de emoción", "Puntuación de las fases", "Qué arreglar primero", "Hallazgos"],
}[lang]
for heading in headings:
    check(heading in text, f"{heading!r} is on the page")

if failures:
    print(f"{len(failures)} check(s) failed; see {shot} and {dom_file}")
    sys.exit(1)
print(f"all checks passed; look at the screenshot: {shot}")
PY
