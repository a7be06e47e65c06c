#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: install the Debian 12 packages PropDesk needs (only what is
# missing), then configure and build with CMake + Ninja. Source it; do not run it directly.
set -euo pipefail

PROPDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PROPDESK_ROOT

# Build and runtime dependencies. Keep this list in sync with DESIGN.md §1 and docs/architecture.md.
PROPDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libsqlitecpp-dev libsqlite3-dev sqlite3
    libspdlog-dev libfmt-dev catch2 libhowardhinnant-date-dev tzdata
    nlohmann-json3-dev libcsv-dev libcli11-dev libxlsxwriter-dev libsodium-dev libbenchmark-dev
    qt6-translations-l10n fonts-wqy-microhei xz-utils xvfb xauth poppler-utils
    desktop-file-utils appstream man-db
)

propdesk_install_packages() {
    local missing=()
    local pkg
    for pkg in "${PROPDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    echo "propdesk: installing missing packages: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "propdesk: need root or sudo to install ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# propdesk_build PRESET: configure (once) and build.
propdesk_build() {
    local preset="$1"
    cd "$PROPDESK_ROOT"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}
