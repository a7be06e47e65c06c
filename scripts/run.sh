#!/usr/bin/env bash
# Install what is missing, build the release preset and start PropDesk on the per-user database.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

propdesk_install_packages
propdesk_build release
cd "$PROPDESK_ROOT"
exec build/release/src/cli/propdesk-cli "$@"
