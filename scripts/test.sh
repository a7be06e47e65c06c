#!/usr/bin/env bash
# Install what is missing, build the dev preset and run every test through ctest (GUI tests offscreen).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

propdesk_install_packages
propdesk_build dev
export QT_QPA_PLATFORM=offscreen
cd "$PROPDESK_ROOT"
ctest --preset dev "$@"
