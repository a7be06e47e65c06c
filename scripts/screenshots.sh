#!/usr/bin/env bash
# Takes the documentation's screenshots (docs/images/<screen>-<language>.png) from the running app on a
# virtual X screen: builds the tool propdesk_screenshots (tests/tools/screenshots.cpp), runs it over a fresh
# demo database at a fixed time (Tuesday 2026-11-17 14:30, Shanghai) and turns the dispatch slips it prints
# to PDF into PNG.
#
#   scripts/screenshots.sh                              # dev preset, English and Chinese
#   scripts/screenshots.sh --build-dir build/mine       # an already configured build folder
#   scripts/screenshots.sh --language en                # one language (repeatable)
#   scripts/screenshots.sh --output /tmp/shots          # somewhere else than docs/images
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

build_dir=""
output="$PROPDESK_ROOT/docs/images"
languages=()
while (($# > 0)); do
    case "$1" in
        --build-dir) build_dir="$2"; shift 2 ;;
        --output) output="$2"; shift 2 ;;
        --language) languages+=(--language "$2"); shift 2 ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "screenshots.sh: unknown argument '$1' (see --help)" >&2; exit 1 ;;
    esac
done

propdesk_install_packages
cd "$PROPDESK_ROOT"
if [[ -z $build_dir ]]; then
    cmake --preset dev
    build_dir="$PROPDESK_ROOT/build/dev"
fi
# The build embeds the translation catalogue, so a changed .ts is in the Chinese shots.
cmake --build "$build_dir" --target propdesk_screenshots
tool="$build_dir/tests/tools/propdesk_screenshots"

unfinished=$(grep -c 'type="unfinished"' resources/translations/propdesk_zh_CN.ts || true)
if ((unfinished > 0)); then
    echo "screenshots.sh: warning: $unfinished messages of propdesk_zh_CN.ts are unfinished; the Chinese shots show them in English" >&2
fi

mkdir -p "$output"
# The same look on every machine: the C locale (so "en" means en_US dates), Fusion, no scaling, X11.
env -u QT_QPA_PLATFORMTHEME -u QT_SCALE_FACTOR -u QT_SCREEN_SCALE_FACTORS \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_AUTO_SCREEN_SCALE_FACTOR=0 \
    xvfb-run -a -s '-screen 0 1600x1000x24' "$tool" "$output" "${languages[@]}"

# A5 at 70 dpi is about the size of the window shots; A4 a little less sharp, to stay readable side by side.
for pdf in "$output"/slip-a5-*.pdf "$output"/slip-a4-*.pdf; do
    [[ -e $pdf ]] || continue
    resolution=70
    [[ $pdf == */slip-a4-* ]] && resolution=60
    pdftoppm -png -r "$resolution" -singlefile "$pdf" "${pdf%.pdf}"
    rm -f "$pdf"
    echo "${pdf%.pdf}.png"
done
