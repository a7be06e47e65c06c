#!/usr/bin/env bash
# Install what is missing, build the release preset and start PropDesk on the per-user database
# ($PROPDESK_DB, else ~/.local/share/propdesk/propdesk.db). On first start the database is created with
# the demo site DEMO (阳光花园) and two months of work orders.
#
# The desktop window is the next milestone (issue #3). Until it lands this script runs propdesk-cli on
# the same database: it shows the sites and the demo site's KPIs for last month, and any arguments you
# give are passed to propdesk-cli (e.g. `scripts/run.sh rules show`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

propdesk_install_packages
propdesk_build release
cd "$PROPDESK_ROOT"
cli=build/release/src/cli/propdesk-cli

if (($# > 0)); then
    exec "$cli" "$@"
fi

echo "PropDesk: the desktop app is not built yet (issue #3); running propdesk-cli on your database."
db="${PROPDESK_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/propdesk/propdesk.db}"
if [[ ! -f $db ]]; then
    "$cli" init --demo
fi
echo
"$cli" site list
echo
last_month=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)
if "$cli" site list | awk '{print $1}' | grep -qx DEMO; then
    "$cli" kpi --site DEMO --month "$last_month"
fi
echo
echo "More: $cli --help   (database: $db)"
