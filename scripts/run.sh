#!/usr/bin/env bash
# Install what is missing, build the release preset and start the PropDesk desktop app. Arguments go to
# the app: `scripts/run.sh --language zh_CN`, `scripts/run.sh --database FILE`, `scripts/run.sh --help`.
#
# The app opens $PROPDESK_DB, else the database last opened in Settings, else
# ~/.local/share/propdesk/propdesk.db. On first start that file is created with the demo site DEMO
# (阳光花园) and two months of work orders.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

propdesk_install_packages
cd "$PROPDESK_ROOT"
cmake --preset release
cmake --build --preset release --target propdesk

# Without a display Qt would abort with a terse message; say what to do instead.
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "propdesk: built, but there is no display to show the window on (\$DISPLAY and \$WAYLAND_DISPLAY are empty)." >&2
    echo "Run it on a virtual screen instead:" >&2
    echo "    xvfb-run -a -s '-screen 0 1400x900x24' $0 $*" >&2
    exit 1
fi
exec "$PROPDESK_ROOT/build/release/src/app/propdesk" "$@"
