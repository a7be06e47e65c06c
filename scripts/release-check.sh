#!/usr/bin/env bash
# The release check of docs/release.md: builds the Debian package in a clean folder, checks it (lintian,
# the desktop entry, the AppStream metainfo, the manual pages), unpacks it into a throwaway root and runs
# the installed programs there: `propdesk-cli --version`, a scripted session (init, site add, CSV imports,
# kpi, the report as PDF and xlsx, check), the upgrade of databases made by older builds, and the desktop
# app offscreen with a screenshot in each language. It prints what it verified and exits non-zero at the
# first check that fails.
#
#   scripts/release-check.sh                 # everything, in build/release-check
#   scripts/release-check.sh --work DIR      # somewhere else (DIR is emptied first)
#   scripts/release-check.sh --deb FILE      # check a package built before instead of building one
#   scripts/release-check.sh --chroot        # also: apt install the package into a fresh Debian 12 made
#                                            # with debootstrap, run the session there as a plain user,
#                                            # upgrade over itself, remove and purge (needs root and the
#                                            # Debian mirror; a few minutes more)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

work="$PROPDESK_ROOT/build/release-check"
deb=""
chroot_check=0
while (($# > 0)); do
    case "$1" in
        --work) work="$(realpath -m "$2")"; shift 2 ;;
        --deb) deb="$(realpath "$2")"; shift 2 ;;
        --chroot) chroot_check=1; shift ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "release-check.sh: unknown argument '$1' (see --help)" >&2; exit 1 ;;
    esac
done

PROPDESK_PACKAGES+=(dpkg-dev fakeroot file unzip lintian desktop-file-utils appstream man-db)
((chroot_check)) && PROPDESK_PACKAGES+=(debootstrap)
propdesk_install_packages

verified=()
ok() {
    verified+=("$1")
    printf '  ok  %s\n' "$1"
}
fail() {
    printf '  FAILED  %s\n' "$1" >&2
    exit 1
}
step() { printf '\n== %s\n' "$1"; }

version=$(grep -A3 '^project(PropDesk' "$PROPDESK_ROOT/CMakeLists.txt" | sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p')
[[ -n $version ]] || fail "the project version in CMakeLists.txt"
revision=$(git -C "$PROPDESK_ROOT" describe --always --dirty 2>/dev/null || echo "not a git checkout")
echo "PropDesk release check: version $version, source $revision, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "on $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -m), $(nproc) cores"

rm -rf "$work"
mkdir -p "$work"

# --- 1. The package, built in a clean folder ---
if [[ -z $deb ]]; then
    step "build the package in $work/build"
    # Debian's hardening flags (stack protector, fortified functions, full RELRO, immediate binding), as
    # dpkg-buildflags gives them to every Debian package, without -g: the package ships stripped programs.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    hardening_cxx=$(dpkg-buildflags --get CXXFLAGS | tr ' ' '\n' | grep -e '^-f' -e '^-W' | grep -v -e '-ffile-prefix-map' | tr '\n' ' ')
    hardening_cpp=$(dpkg-buildflags --get CPPFLAGS)
    hardening_ld=$(dpkg-buildflags --get LDFLAGS)
    echo "    CXXFLAGS: $hardening_cxx $hardening_cpp"
    echo "    LDFLAGS: $hardening_ld"
    cmake -S "$PROPDESK_ROOT" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DPROPDESK_BUILD_TESTS=OFF -DPROPDESK_BUILD_BENCH=OFF \
        -DCMAKE_CXX_FLAGS="$hardening_cxx $hardening_cpp" -DCMAKE_C_FLAGS="$hardening_cpp" \
        -DCMAKE_EXE_LINKER_FLAGS="$hardening_ld" > "$work/configure.log"
    cmake --build "$work/build" > "$work/build.log" || { tail -30 "$work/build.log"; fail "the release build"; }
    (cd "$work/build" && cpack -G DEB > "$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
    deb=$(ls "$work"/build/propdesk_*.deb)
    ok "built $(basename "$deb") in a clean folder (Release, no tests)"
fi
[[ $(basename "$deb") == "propdesk_${version}_$(dpkg --print-architecture).deb" ]] \
    || fail "the package is named propdesk_${version}_$(dpkg --print-architecture).deb, not $(basename "$deb")"

step "the package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends | sed 's/^/    /'
[[ $(dpkg-deb --field "$deb" Version) == "$version" ]] || fail "the package version is the project version"
ok "version $version, from project(PropDesk VERSION) in CMakeLists.txt"
depends=$(dpkg-deb --field "$deb" Depends)
for wanted in libqt6widgets6 libqt6charts6 libqt6printsupport6 libsqlite3-0 libsodium23 libxlsxwriter \
    qt6-qpa-plugins tzdata fonts-wqy-microhei; do
    [[ $depends == *"$wanted"* ]] || fail "Depends names $wanted"
done
ok "Depends: the shared libraries from dpkg-shlibdeps, the Qt platform plugins, tzdata and the CJK font"

dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$work/contents.txt"
for path in /usr/bin/propdesk /usr/bin/propdesk-cli \
    /usr/share/applications/io.github.propdesk.PropDesk.desktop \
    /usr/share/metainfo/io.github.propdesk.PropDesk.metainfo.xml \
    /usr/share/icons/hicolor/16x16/apps/propdesk.png /usr/share/icons/hicolor/48x48/apps/propdesk.png \
    /usr/share/icons/hicolor/256x256/apps/propdesk.png /usr/share/icons/hicolor/scalable/apps/propdesk.svg \
    /usr/share/propdesk/translations/propdesk_zh_CN.qm /usr/share/propdesk/rules/default.json \
    /usr/share/propdesk/holiday-cn/2026.json /usr/share/man/man1/propdesk-cli.1.gz \
    /usr/share/man/man1/propdesk.1.gz /usr/share/doc/propdesk/copyright /usr/share/doc/propdesk/changelog.gz \
    /usr/share/doc/propdesk/examples/workorders-sample.csv; do
    grep -qx "$path" "$work/contents.txt" || fail "the package holds $path"
done
if grep -q -v -e '^/usr/' -e '^/$' "$work/contents.txt"; then
    fail "the package installs only under /usr (found: $(grep -v -e '^/usr/' -e '^/$' "$work/contents.txt" | head -3))"
fi
ok "$(grep -c -v '/$' "$work/contents.txt") files, all under /usr: programs, desktop entry, metainfo, 9 icons, translations, data, manual pages, docs"

step "lintian"
lintian --display-info --fail-on error "$deb" > "$work/lintian.txt" 2>&1 || lintian_status=$?
sed 's/^/    /' "$work/lintian.txt"
((${lintian_status:-0} == 0)) || fail "lintian reports no errors"
errors=$(grep -c '^E:' "$work/lintian.txt" || true)
warnings=$(grep -c '^W:' "$work/lintian.txt" || true)
ok "lintian: $errors errors, $warnings warnings (docs/release.md explains each warning)"

# --- 2. The throwaway root ---
root="$work/root"
step "unpack into $root (dpkg -x)"
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.github.propdesk.PropDesk.desktop" || fail "desktop-file-validate"
ok "desktop-file-validate: the menu entry is valid"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.propdesk.PropDesk.metainfo.xml" \
    > "$work/appstream.txt" 2>&1 || { cat "$work/appstream.txt"; fail "appstreamcli validate"; }
grep -q "release version=\"$version\"" "$root/usr/share/metainfo/io.github.propdesk.PropDesk.metainfo.xml" \
    || fail "the metainfo names release $version"
ok "appstreamcli validate: the metainfo is valid and names release $version"
for page in propdesk propdesk-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null || true)
    [[ -z $warnings ]] || { echo "$warnings"; fail "man $page renders without warnings"; }
    grep -q "PropDesk $version" <<< "$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$root/usr/share/man/man1/$page.1.gz" 2>/dev/null)" \
        || fail "the manual page $page names version $version"
done
ok "man propdesk and man propdesk-cli render without warnings and name version $version"
for size in 16 22 24 32 48 64 128 256; do
    grep -q "$size x $size" <<< "$(file "$root/usr/share/icons/hicolor/${size}x${size}/apps/propdesk.png")" \
        || fail "the ${size}x${size} icon is $size pixels square"
done
ok "the hicolor icons have the sizes their folders say"

cli="$root/usr/bin/propdesk-cli"
app="$root/usr/bin/propdesk"
# Every run below uses a home of its own: the per-user data folder is $home/.local/share/propdesk.
home="$work/home"
mkdir -p "$home"
runtime="$work/runtime"
mkdir -m 700 "$runtime"
run() { env -i HOME="$home" XDG_RUNTIME_DIR="$runtime" PATH="$root/usr/bin:/usr/bin:/bin" LANG=C.UTF-8 "$@"; }

step "the installed programs"
[[ $(run "$cli" --version) == "propdesk-cli $version" ]] || fail "propdesk-cli --version prints 'propdesk-cli $version'"
ok "propdesk-cli --version: $(run "$cli" --version)"
[[ $(run QT_QPA_PLATFORM=offscreen "$app" --version) == "PropDesk $version" ]] \
    || fail "propdesk --version prints 'PropDesk $version'"
ok "propdesk --version: $(run QT_QPA_PLATFORM=offscreen "$app" --version)"
if grep -q 'not found' <<< "$(ldd "$cli" "$app")"; then
    ldd "$cli" "$app" | grep 'not found'
    fail "every shared library of the programs is found"
fi
ok "ldd: every shared library of both programs is found"

step "a scripted session with the installed propdesk-cli"
examples="$root/usr/share/doc/propdesk/examples"
session() {
    printf '    $ propdesk-cli %s\n' "$*"
    run "$cli" "$@" > "$work/out.txt" 2>&1 || { sed 's/^/    /' "$work/out.txt"; fail "propdesk-cli $*"; }
    head -12 "$work/out.txt" | sed 's/^/    /'
}
session init
db="$home/.local/share/propdesk/propdesk.db"
[[ -f $db ]] || fail "init creates the database in the per-user data folder"
ok "init created $db (the per-user data folder)"
session site add HQ --name "总部小区" --residents 3200 --households 1200
session workorders import "$examples/workorders-sample.csv" --site HQ
grep -q "Imported 10 work orders" "$work/out.txt" || fail "the sample imports 10 work orders"
session complaints import "$examples/complaints-sample.csv" --site HQ
ok "site added, the sample work orders and complaints imported"
session kpi --site HQ --month 2025-03 --as-of "2025-04-05 00:00"
grep -q "工单数 orders: 9" "$work/out.txt" || fail "kpi counts the 9 sample work orders not cancelled"
grep -q "^完工及时率 Completion timeliness  *8  *9 " "$work/out.txt" || fail "kpi: completion timeliness 8 of 9"
ok "kpi: 9 orders counted, completion timeliness 8 of 9, the complaint, security and inspection tables"
session report --site HQ --month 2025-03 --as-of "2025-04-05 00:00" --pdf "$work/report-zh_CN.pdf"
session report --site HQ --month 2025-03 --as-of "2025-04-05 00:00" --language en --pdf "$work/report-en.pdf"
session report --site HQ --month 2025-03 --as-of "2025-04-05 00:00" --xlsx "$work/report.xlsx"
pages=$(pdfinfo "$work/report-zh_CN.pdf" | sed -n 's/^Pages: *//p')
((pages >= 3)) || fail "the PDF report has its pages"
grep -q "总部小区" <<< "$(pdftotext "$work/report-zh_CN.pdf" -)" || fail "the Chinese PDF names the site"
grep -q "Repair timeliness\|repair timeliness" <<< "$(pdftotext "$work/report-en.pdf" -)" || fail "the English PDF is in English"
pdftoppm -r 50 -png -f 1 -l 2 "$work/report-zh_CN.pdf" "$work/report-zh_CN"
grep -q "xl/worksheets/sheet1.xml" <<< "$(unzip -l "$work/report.xlsx")" || fail "the xlsx is a workbook"
ok "report: PDF in Chinese ($pages pages, drawn by the installed propdesk found beside propdesk-cli), in English, and xlsx"
session check
grep -q "^ok (schema version" "$work/out.txt" || fail "check says ok"
ok "check: $(cat "$work/out.txt")"

step "databases made by older builds open in this release and upgrade without loss"
for fixture in "$PROPDESK_ROOT"/tests/data/upgrade/*.db.xz; do
    [[ -e $fixture ]] || fail "the upgrade fixtures in tests/data/upgrade"
    old="$work/$(basename "$fixture" .xz)"
    xz -dc "$fixture" > "$old"
    before=$(sqlite3 "$old" "SELECT count(*) FROM work_orders")
    old_version=$(sqlite3 "$old" "PRAGMA user_version")
    run "$cli" --db "$old" check > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; fail "check on $(basename "$old")"; }
    after=$(sqlite3 "$old" "SELECT count(*) FROM work_orders")
    new_version=$(sqlite3 "$old" "PRAGMA user_version")
    ((after == before)) || fail "$(basename "$old"): $before work orders before the upgrade, $after after"
    ((new_version > old_version)) || fail "$(basename "$old") was upgraded (schema $old_version -> $new_version)"
    ok "$(basename "$old"): schema $old_version -> $new_version, $after work orders kept, $(cat "$work/out.txt")"
done

step "the desktop app, offscreen"
# A home without a database: the first start creates the demo database in the per-user data folder, as
# for a new user after `apt install`; --user signs in with the demo manager's password.
home="$work/home-desktop"
mkdir -p "$home"
for language in zh_CN en; do
    shot="$work/smoke-$language.png"
    run QT_QPA_PLATFORM=offscreen PROPDESK_PASSWORD=manager-demo "$app" --language "$language" --user zhaomin \
        --module Reports --screenshot "$shot" > "$work/app.out" 2>&1 \
        || { cat "$work/app.out"; fail "the desktop app starts offscreen ($language)"; }
    [[ -s $shot ]] || fail "the app saved a screenshot ($language)"
    ok "propdesk --language $language: signed in as zhaomin, the KPI page grabbed to $shot ($(file "$shot" | grep -o '[0-9]* x [0-9]*'))"
done
[[ -f $home/.local/share/propdesk/propdesk.db ]] || fail "the first start created the database in the per-user folder"
grep -qx DEMO <<< "$(sqlite3 "$home/.local/share/propdesk/propdesk.db" "SELECT code FROM sites")" \
    || fail "the first start's database holds the demo site"
ok "the first start created $home/.local/share/propdesk/propdesk.db with the demo site DEMO"
grep -q "translation zh_CN read from $root/usr/share/propdesk/translations" "$home/.local/share/propdesk/logs/propdesk.log" \
    || fail "the app read its Chinese catalogue from the installed $root/usr/share/propdesk/translations"
ok "the Chinese catalogue was read from the installed /usr/share/propdesk/translations"

# --- 3. Optional: a real installation into a fresh Debian 12 ---
if ((chroot_check)); then
    source "$PROPDESK_ROOT/scripts/release-chroot.sh"
    release_chroot_check
fi

printf '\n== verified (%d checks)\n' "${#verified[@]}"
printf '  - %s\n' "${verified[@]}"
echo "release check passed: $(basename "$deb")"
