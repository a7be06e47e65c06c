#!/usr/bin/env bash
# Imports the City of Boston's 311 requests of 2015 (121,145 real rows) through propdesk-cli and checks
# that the importer finds the bad rows by itself, that export → import round-trips, and that the KPI
# population of March 2015 matches a count made without PropDesk.
#
#   boston311_test.sh PROPDESK_CLI BOSTON2PROPDESK DATA.csv.xz FIXTURE_DIR
#
# The real file has closed-before-opened rows and one ambiguous local time (1 Nov 2015, 01:16:00), but no
# local time that does not exist: nothing was opened, closed or due between 02:00 and 03:00 on 8 March 2015.
# FIXTURE_DIR/dst_cases.csv, nine synthetic rows in the 311 layout, covers that case and the converter's
# output byte for byte (dst_cases.expected.csv).
#
# Exit status: 0 passed, 1 failed, 77 skipped (a tool is missing).

set -euo pipefail

if [[ $# -ne 4 ]]; then
    echo "usage: $0 PROPDESK_CLI BOSTON2PROPDESK DATA.csv.xz FIXTURE_DIR" >&2
    exit 1
fi
CLI=$1
CONVERT=$2
DATA=$3
FIXTURES=$4
ZONE=America/New_York

for tool in xz sqlite3; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed"
        exit 77
    fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/propdesk-boston.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Keep the CLI's log file out of the user's data folder.
export XDG_DATA_HOME="$WORK/xdg" HOME="$WORK"
unset PROPDESK_DB

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
check_eq() { # what expected actual
    if [[ "$2" != "$3" ]]; then
        fail "$1: expected $2, got $3"
    else
        echo "ok: $1 = $3"
    fi
}
check_ge() { # what minimum actual
    if ! [[ "$3" =~ ^[0-9]+$ ]] || ((10#$3 < $2)); then
        fail "$1: expected at least $2, got $3"
    else
        echo "ok: $1 = $3"
    fi
}
# Runs the CLI; its exit status goes to $rc, its output to $WORK/out and $WORK/err.
run() {
    set +e
    "$CLI" "$@" >"$WORK/out" 2>"$WORK/err"
    rc=$?
    set -e
}
# Rows of a CSV file (header excluded), read by sqlite3's RFC 4180 reader (quoted newlines included).
csv_rows() {
    sqlite3 :memory: ".import --csv '$1' t" "SELECT count(*) FROM t;"
}
new_db() {
    run --db "$1" init
    check_eq "init $1 exit status" 0 "$rc"
    run --db "$1" site add BOS --name "City of Boston 311" --timezone "$ZONE" --calendar none
    check_eq "site add BOS exit status" 0 "$rc"
}
stored_orders() {
    sqlite3 "$1" "SELECT count(*) FROM work_orders;"
}

# Every reject reason must be one of these kinds; a row's reasons stand one a line in its field.
TIME='[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(:[0-9]{2})?'
BEFORE="(completed_at|due_at): $TIME is before reported_at \\($TIME\\)"
NONEXISTENT="(reported_at|completed_at|due_at): $TIME does not exist in $ZONE \\(the clocks skip it at a daylight-saving change\\); give an explicit offset"
AMBIGUOUS="(reported_at|completed_at|due_at): $TIME is ambiguous in $ZONE \\(it happens twice at a daylight-saving change\\); give an explicit offset"
# Prints the reasons of REJECTS.csv, one row a line.
reasons() {
    sqlite3 :memory: ".import --csv '$1' r" "SELECT reject_reasons FROM r;"
}
# Checks that every reason is of a known kind and prints the tally by kind.
classify() { # rejects.csv label
    local unknown
    # What is left of each row's reasons once every known kind is removed; "#" is in none of the patterns.
    reasons "$1" | sed -E "s#$BEFORE##g; s#$NONEXISTENT##g; s#$AMBIGUOUS##g" >"$WORK/unknown" ||
        { fail "$2: sed failed"; return; }
    unknown=$(grep -c . "$WORK/unknown" || true)
    check_eq "$2: rejects with a reason of an unexpected kind" 0 "$unknown"
    if ((unknown > 0)); then
        grep . "$WORK/unknown" | sort | uniq -c | head -20 >&2
    fi
    closed_before=$(reasons "$1" | grep -cE "completed_at: $TIME is before reported_at" || true)
    due_before=$(reasons "$1" | grep -cE "due_at: $TIME is before reported_at" || true)
    nonexistent=$(reasons "$1" | grep -cE "$NONEXISTENT" || true)
    ambiguous=$(reasons "$1" | grep -cE "$AMBIGUOUS" || true)
    echo "$2 rejects by kind: completed_at before reported_at $closed_before, due_at before reported_at" \
        "$due_before, non-existent local time $nonexistent, ambiguous local time $ambiguous"
}

started=$SECONDS

# --- 1. The converter, on the synthetic daylight-saving cases --------------------------------------------
"$CONVERT" <"$FIXTURES/dst_cases.csv" >"$WORK/dst.csv" 2>"$WORK/convert.err"
if ! cmp -s "$WORK/dst.csv" "$FIXTURES/dst_cases.expected.csv"; then
    fail "boston2propdesk output differs from dst_cases.expected.csv"
    diff "$FIXTURES/dst_cases.expected.csv" "$WORK/dst.csv" >&2 || true
else
    echo "ok: boston2propdesk output of dst_cases.csv"
fi
new_db "$WORK/dst.db"
run --db "$WORK/dst.db" workorders import "$WORK/dst.csv"
check_eq "dst cases without --skip-invalid: exit status" 2 "$rc"
check_eq "dst cases without --skip-invalid: orders stored" 0 "$(stored_orders "$WORK/dst.db")"
run --db "$WORK/dst.db" workorders import "$WORK/dst.csv" --skip-invalid --rejects "$WORK/dst-rejects.csv"
check_eq "dst cases --skip-invalid: exit status" 0 "$rc"
check_eq "dst cases: imported" 3 "$(stored_orders "$WORK/dst.db")"
check_eq "dst cases: rejected" 6 "$(csv_rows "$WORK/dst-rejects.csv")"
classify "$WORK/dst-rejects.csv" "dst cases"
check_eq "dst cases: completed_at before reported_at" 2 "$closed_before"
check_eq "dst cases: due_at before reported_at" 1 "$due_before"
check_eq "dst cases: non-existent local times" 2 "$nonexistent"
check_eq "dst cases: ambiguous local times" 1 "$ambiguous"
# 12:30 AM is half past midnight, not half past noon.
check_eq "dst cases: SYNTH-05 reason" "completed_at: 2015-06-01 00:30 is before reported_at (2015-06-01 12:00)" \
    "$(sqlite3 :memory: ".import --csv '$WORK/dst-rejects.csv' r" "SELECT reject_reasons FROM r WHERE id = 'SYNTH-05';")"
# The valid ones straddle the changes: 01:59:59 EST → 03:00:00 EDT is one second.
check_eq "dst cases: SYNTH-07 elapsed seconds" 1 \
    "$(sqlite3 "$WORK/dst.db" "SELECT completed_at - reported_at FROM work_orders WHERE code = 'SYNTH-07';")"
check_eq "dst cases: SYNTH-08 elapsed seconds" 7201 \
    "$(sqlite3 "$WORK/dst.db" "SELECT completed_at - reported_at FROM work_orders WHERE code = 'SYNTH-08';")"

# --- 2. The real file -------------------------------------------------------------------------------------
t0=$SECONDS
xz -dc "$DATA" >"$WORK/boston311.csv"
"$CONVERT" <"$WORK/boston311.csv" >"$WORK/bos.csv" 2>"$WORK/convert.err"
source_rows=$(csv_rows "$WORK/boston311.csv")
converted=$(csv_rows "$WORK/bos.csv")
check_eq "rows converted (source rows $source_rows)" "$source_rows" "$converted"
check_eq "converter's own count" "boston2propdesk: converted $converted rows" "$(cat "$WORK/convert.err")"
echo "time: decompress + convert + count $((SECONDS - t0)) s"

new_db "$WORK/a.db"
# All or nothing: the bad rows make the whole import fail.
t0=$SECONDS
run --db "$WORK/a.db" workorders import "$WORK/bos.csv"
check_eq "import without --skip-invalid: exit status" 2 "$rc"
check_eq "import without --skip-invalid: orders stored" 0 "$(stored_orders "$WORK/a.db")"
check_ge "import without --skip-invalid: problems listed" 3 "$(grep -c "^$WORK/bos.csv:[0-9]*: " "$WORK/err" || true)"
echo "time: refused import $((SECONDS - t0)) s"

t0=$SECONDS
run --db "$WORK/a.db" workorders import "$WORK/bos.csv" --skip-invalid --rejects "$WORK/rejects.csv"
check_eq "import --skip-invalid: exit status" 0 "$rc"
cat "$WORK/out"
echo "time: import --skip-invalid $((SECONDS - t0)) s"
imported=$(stored_orders "$WORK/a.db")
rejected=$(csv_rows "$WORK/rejects.csv")
check_eq "the CLI's summary" \
    "Imported $imported work orders from $WORK/bos.csv; rejected $rejected (with reasons in $WORK/rejects.csv)." \
    "$(cat "$WORK/out")"
check_eq "imported + rejected" "$converted" "$((imported + rejected))"
classify "$WORK/rejects.csv" "Boston 311"
check_ge "completed_at before reported_at" 1 "$closed_before"
check_ge "ambiguous local times" 1 "$ambiguous"
# None in the real file (see the top of this script); the dst cases cover them.
check_eq "non-existent local times in the real file" 0 "$nonexistent"

# --- 3. Export → import round-trips -----------------------------------------------------------------------
t0=$SECONDS
run --db "$WORK/a.db" workorders export "$WORK/export-a.csv"
check_eq "export exit status" 0 "$rc"
check_eq "rows exported" "$imported" "$(csv_rows "$WORK/export-a.csv")"
new_db "$WORK/b.db"
run --db "$WORK/b.db" workorders import "$WORK/export-a.csv"
check_eq "re-import of the export: exit status" 0 "$rc"
check_eq "re-import of the export: orders stored" "$imported" "$(stored_orders "$WORK/b.db")"
run --db "$WORK/b.db" workorders export "$WORK/export-b.csv"
if cmp -s "$WORK/export-a.csv" "$WORK/export-b.csv"; then
    echo "ok: the second export is identical to the first"
else
    fail "the export of the re-imported database differs from the first export"
fi
echo "time: export, re-import, export $((SECONDS - t0)) s"

# --- 4. KPI population of March 2015 ----------------------------------------------------------------------
# Counted from the export: reported_at is local time with its offset, so the month is its first 7 characters.
# Nothing is cancelled (311 has no such state), so the population is every order reported in March.
march=$(sqlite3 :memory: ".import --csv '$WORK/export-a.csv' e" \
    "SELECT count(*) FROM e WHERE substr(reported_at, 1, 7) = '2015-03' AND cancelled_at = '';")
check_ge "orders reported in March 2015" 1 "$march"
run --db "$WORK/a.db" kpi --site BOS --month 2015-03 --as-of "2016-01-31 00:00" --format json
check_eq "kpi exit status" 0 "$rc"
population=$(sed -nE 's/^[[:space:]]*"population": ([0-9]+),?$/\1/p' "$WORK/out")
check_eq "kpi population of 2015-03" "$march" "$population"

echo "Boston 311: $converted rows, $imported imported, $rejected rejected; test time $((SECONDS - started)) s"
if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
