#!/usr/bin/env bash
# packaging_test.sh CHECK CLI APP VERSION SOURCE_DIR PACKAGING_DIR — one check of tests/packaging/CMakeLists.txt.
set -euo pipefail
check="$1" cli="$2" app="$3" version="$4" src="$5" gen="$6"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
problem() {
    echo "FAILED: $*" >&2
    failures=$((failures + 1))
}

case "$check" in
version)
    # One version everywhere: project(PropDesk VERSION) is what both programs, the manual pages, the
    # metainfo and the Debian changelog say, and CHANGELOG.md has its section.
    [[ $("$cli" --version) == "propdesk-cli $version" ]] || problem "propdesk-cli --version: $("$cli" --version)"
    [[ $("$app" --version) == "PropDesk $version" ]] || problem "propdesk --version: $("$app" --version)"
    grep -q "^## \[$version\] - " "$src/CHANGELOG.md" || problem "CHANGELOG.md has no section for $version"
    for page in propdesk.1 propdesk-cli.1; do
        grep -q "^\.TH .* \"PropDesk $version\"" "$gen/$page" || problem "$page does not name version $version"
    done
    grep -q "<release version=\"$version\"" "$gen/io.github.propdesk.PropDesk.metainfo.xml" \
        || problem "the metainfo has no release $version"
    head -1 "$gen/changelog" | grep -q "^propdesk ($version) " || problem "the Debian changelog is not for $version"
    ;;
manpages)
    # Every command and option the programs accept is in their manual page, so the pages cannot fall
    # behind the code: commands from `propdesk-cli --help`, options from each command's --help.
    man="$gen/propdesk-cli.1"
    # roff writes a '-' as '\-'; compare in plain text.
    sed 's/\\-/-/g' "$man" > "$tmp/cli.txt"
    options_of() { "$cli" "$@" --help | sed -n 's/^  \(-[a-z],\)\{0,1\}\(--[a-z-]*\).*/\2/p'; }
    commands_of() { "$cli" "$@" --help | sed -n '/^Subcommands:/,$ s/^  \([a-z][a-z-]*\) .*/\1/p'; }
    checked=0
    for option in $(options_of); do
        grep -q -- "$option" "$tmp/cli.txt" || problem "propdesk-cli.1 lacks the global option $option"
        checked=$((checked + 1))
    done
    for command in $(commands_of); do
        grep -qE "^\.(B|BI|BR) \"?$command( |\"|$)" "$tmp/cli.txt" || problem "propdesk-cli.1 lacks the command $command"
        checked=$((checked + 1))
        subcommands=$(commands_of "$command")
        for scope in "$command" $(for sub in $subcommands; do echo "$command:$sub"; done); do
            words=${scope//:/ }
            if [[ $scope == *:* ]]; then
                grep -qE "^\.(B|BI|BR) \"?$words( |\"|$)" "$tmp/cli.txt" || problem "propdesk-cli.1 lacks the command $words"
                checked=$((checked + 1))
            fi
            for option in $(options_of $words); do
                [[ $option == --help ]] && continue
                grep -q -- "$option" "$tmp/cli.txt" || problem "propdesk-cli.1 lacks $option of '$words'"
                checked=$((checked + 1))
            done
        done
    done
    sed 's/\\-/-/g' "$gen/propdesk.1" > "$tmp/app.txt"
    for option in $("$app" --help | sed -n 's/^  \(-[a-zA-Z?], \)\{0,1\}\(--[a-z-]*\).*/\2/p'); do
        grep -q -- "$option" "$tmp/app.txt" || problem "propdesk.1 lacks the option $option"
        checked=$((checked + 1))
    done
    ((checked > 40)) || problem "only $checked commands and options were found in the programs' --help"
    for page in propdesk.1 propdesk-cli.1; do
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$gen/$page" 2>&1 > /dev/null || true)
        [[ -z $warnings ]] || problem "man $page: $warnings"
    done
    echo "$checked commands and options found in the manual pages"
    ;;
desktop)
    entry="$src/resources/desktop/io.github.propdesk.PropDesk.desktop"
    desktop-file-validate "$entry" || problem "desktop-file-validate $entry"
    grep -qx 'Exec=propdesk' "$entry" || problem "the menu entry starts propdesk"
    grep -qx 'Icon=propdesk' "$entry" || problem "the menu entry's icon is propdesk"
    grep -q '^Name\[zh_CN\]=' "$entry" || problem "the menu entry has a Chinese name"
    appstreamcli validate --no-net "$gen/io.github.propdesk.PropDesk.metainfo.xml" || problem "appstreamcli validate"
    grep -q '<launchable type="desktop-id">io.github.propdesk.PropDesk.desktop</launchable>' \
        "$gen/io.github.propdesk.PropDesk.metainfo.xml" || problem "the metainfo launches the desktop entry"
    ;;
icons)
    # A PNG's width and height are the big-endian words at bytes 16 and 20.
    for size in 16 22 24 32 48 64 128 256; do
        png="$src/resources/desktop/icons/propdesk-$size.png"
        read -r width height < <(od -An -tu1 -j16 -N8 "$png" |
            awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
        [[ $width == "$size" && $height == "$size" ]] || problem "propdesk-$size.png is ${width}x$height"
    done
    grep -q 'viewBox="0 0 256 256"' "$src/resources/desktop/icons/propdesk.svg" || problem "the scalable icon is square"
    ;;
examples)
    # The examples the package installs import cleanly into a new site, as the manual page shows.
    db="$tmp/hq.db"
    "$cli" --db "$db" init > /dev/null
    "$cli" --db "$db" site add HQ --name "总部小区" --residents 3200 > /dev/null
    out=$("$cli" --db "$db" workorders import "$src/docs/samples/workorders-sample.csv" --site HQ) \
        || problem "workorders-sample.csv does not import"
    [[ $out == *"Imported 10 work orders"* ]] || problem "workorders-sample.csv: $out"
    "$cli" --db "$db" complaints import "$src/docs/samples/complaints-sample.csv" --site HQ > /dev/null \
        || problem "complaints-sample.csv does not import"
    json=$("$cli" --db "$db" kpi --site HQ --month 2025-03 --as-of "2025-04-05 00:00" --format json | tr -d ' \n')
    # Ten orders, one cancelled (BX20250325-001): nine counted, of which BX20250328-001 is still open.
    grep -q '"population":9,' <<< "$json" || problem "kpi does not count the 9 sample orders not cancelled"
    grep -q '"completion_rate":{"numerator":8,"denominator":9,' <<< "$json" \
        || problem "completion rate of the sample: $(grep -o '"completion_rate":{[^}]*}' <<< "$json")"
    # BX20250303-001 dripped again two weeks later: one rework among the eight completed.
    grep -q '"rework_rate":{"numerator":1,"denominator":8,' <<< "$json" \
        || problem "rework rate of the sample: $(grep -o '"rework_rate":{[^}]*}' <<< "$json")"
    ;;
signin)
    # propdesk --user NAME refuses, with the reason and exit status 2, before any window: no password in the
    # environment, a wrong one, an unknown name. The refusals reach the audit trail like the dialog's.
    export HOME="$tmp/home"
    db="$tmp/demo.db"
    "$cli" --db "$db" init --demo > /dev/null
    audit() { sqlite3 "$db" "SELECT count(*) FROM audit_log"; }
    before=$(audit)
    status=0
    err=$(env -u PROPDESK_PASSWORD "$app" --database "$db" --user zhaomin 2>&1 > /dev/null) || status=$?
    [[ $status == 2 && $err == *"--user needs a name and the password in PROPDESK_PASSWORD"* ]] \
        || problem "--user without PROPDESK_PASSWORD: status $status, '$err'"
    for name in zhaomin nobody; do
        status=0
        err=$(PROPDESK_PASSWORD=not-the-password "$app" --database "$db" --user "$name" 2>&1 > /dev/null) || status=$?
        [[ $status == 2 && $err == *"wrong name or password"* ]] || problem "--user $name, wrong password: status $status, '$err'"
    done
    after=$(audit)
    ((after > before)) || problem "the refused sign-ins are not in the audit trail ($before -> $after rows)"
    # The right password gets past the sign-in: the window opens and --screenshot saves it.
    PROPDESK_PASSWORD=manager-demo "$app" --database "$db" --user zhaomin --screenshot "$tmp/shot.png" > /dev/null 2>&1 \
        || problem "--user zhaomin with the right password did not start"
    [[ -s $tmp/shot.png ]] || problem "--user zhaomin with the right password showed no window"
    ;;
*)
    echo "unknown check $check" >&2
    exit 1
    ;;
esac
((failures == 0))
