# The --chroot part of scripts/release-check.sh (sourced there, not run alone): a fresh Debian 12 made with
# debootstrap, the package installed with `apt install ./propdesk_*.deb` as an IT person would, a plain user's
# session, an upgrade, then remove and purge. Uses $work, $deb, $version, ok, fail and step of the caller.

release_chroot_check() {
    local mirror="${PROPDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
    local security="${PROPDESK_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}"
    local target="$work/chroot"
    local user=clerk
    ((EUID == 0)) || fail "--chroot needs root (debootstrap and chroot)"

    step "a fresh Debian 12 (debootstrap --variant=minbase bookworm) in $target"
    debootstrap --variant=minbase bookworm "$target" "$mirror" > "$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log"; fail "debootstrap bookworm from $mirror"; }
    # The same suites as the build machine, whose libraries dpkg-shlibdeps versioned the Depends against.
    cat > "$target/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
    mount -t proc proc "$target/proc"
    mount --bind /dev "$target/dev"
    trap 'umount "$target/dev" "$target/proc" 2>/dev/null || true' EXIT
    inside() { chroot "$target" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
    as_user() {
        chroot --userspec="$user:$user" "$target" env -i HOME="/home/$user" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
    }
    inside apt-get update -qq > "$work/chroot-apt.log" 2>&1 || { tail "$work/chroot-apt.log"; fail "apt-get update in the chroot"; }
    inside useradd --create-home --shell /bin/bash "$user"
    ok "debootstrap: a minimal Debian 12 with user '$user' and no PropDesk dependency installed"

    step "apt install ./$(basename "$deb")"
    cp "$deb" "$target/tmp/"
    inside apt-get install -y -q "/tmp/$(basename "$deb")" > "$work/chroot-install.log" 2>&1 \
        || { tail -30 "$work/chroot-install.log"; fail "apt install ./$(basename "$deb") on a clean Debian 12"; }
    local newly
    newly=$(grep -c '^Setting up ' "$work/chroot-install.log" || true)
    ok "apt install ./$(basename "$deb"): installed with its $newly packages from the Debian archive"
    [[ $(as_user propdesk-cli --version) == "propdesk-cli $version" ]] || fail "propdesk-cli --version in the chroot"
    ok "propdesk-cli --version in the chroot: $(as_user propdesk-cli --version)"

    step "a plain user's session in the chroot"
    as_user propdesk-cli init --demo > "$work/chroot-session.log" 2>&1 || { cat "$work/chroot-session.log"; fail "init --demo"; }
    local db="$target/home/$user/.local/share/propdesk/propdesk.db"
    [[ -f $db ]] || fail "init --demo wrote the per-user database"
    local month
    month=$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)
    as_user env PROPDESK_PASSWORD=manager-demo propdesk-cli --user zhaomin report --site DEMO --month "$month" \
        --pdf "/home/$user/report.pdf" >> "$work/chroot-session.log" 2>&1 \
        || { cat "$work/chroot-session.log"; fail "report --pdf in the chroot (propdesk drawn offscreen)"; }
    pdfinfo "$target/home/$user/report.pdf" > /dev/null || fail "the chroot's report is a PDF"
    as_user env QT_QPA_PLATFORM=offscreen PROPDESK_PASSWORD=manager-demo propdesk --user zhaomin --language zh_CN \
        --screenshot "/home/$user/desk.png" >> "$work/chroot-session.log" 2>&1 \
        || { cat "$work/chroot-session.log"; fail "the desktop app offscreen in the chroot"; }
    cp "$target/home/$user/desk.png" "$work/chroot-desk-zh_CN.png"
    local orders
    orders=$(sqlite3 "$db" "SELECT count(*) FROM work_orders")
    ok "as '$user': init --demo ($orders work orders), report --pdf for $month, the desktop offscreen ($work/chroot-desk-zh_CN.png)"

    step "upgrade"
    # A package one version newer, with the same files: what dpkg does to the user's data on an upgrade.
    local repack="$work/repack"
    local next="${version}+upgradecheck1"
    dpkg-deb -R "$deb" "$repack"
    sed -i "s/^Version: .*/Version: $next/" "$repack/DEBIAN/control"
    dpkg-deb --root-owner-group -b "$repack" "$target/tmp/propdesk_${next}_amd64.deb" > /dev/null
    inside apt-get install -y -q "/tmp/propdesk_${next}_amd64.deb" > "$work/chroot-upgrade.log" 2>&1 \
        || { tail -20 "$work/chroot-upgrade.log"; fail "apt install of version $next over $version"; }
    grep -q "Unpacking propdesk ($next) over ($version)" "$work/chroot-upgrade.log" || fail "dpkg upgraded $version to $next"
    [[ $(sqlite3 "$db" "SELECT count(*) FROM work_orders") == "$orders" ]] || fail "the upgrade kept the user's work orders"
    as_user env PROPDESK_PASSWORD=admin-demo propdesk-cli --user admin check > "$work/out.txt" 2>&1 \
        || { cat "$work/out.txt"; fail "check after the upgrade"; }
    ok "apt upgraded $version to $next: the user's database untouched ($orders work orders), $(cat "$work/out.txt")"

    step "remove and purge"
    inside apt-get remove -y -q propdesk > "$work/chroot-remove.log" 2>&1 || fail "apt remove propdesk"
    [[ ! -e $target/usr/bin/propdesk && ! -e $target/usr/bin/propdesk-cli ]] || fail "remove took the programs away"
    [[ -f $db ]] || fail "remove left the user's database alone"
    # The package has no configuration files, so `remove` leaves dpkg nothing to purge; purge whatever
    # dpkg still records, if anything.
    local status
    status=$(inside dpkg-query -W -f='${Status}' propdesk 2>/dev/null || true)
    if [[ -n $status && $status != *not-installed* ]]; then
        inside apt-get purge -y -q propdesk > "$work/chroot-purge.log" 2>&1 || fail "apt purge propdesk"
    fi
    status=$(inside dpkg-query -W -f='${Status}' propdesk 2>/dev/null || true)
    [[ -z $status || $status == *not-installed* ]] || fail "dpkg no longer records propdesk (status: $status)"
    local left
    left=$(cd "$target" && find usr/share/propdesk usr/share/doc/propdesk usr/share/applications/io.github.propdesk.PropDesk.desktop \
        usr/share/metainfo/io.github.propdesk.PropDesk.metainfo.xml 2>/dev/null | head -3 || true)
    [[ -z $left ]] || fail "purge left files behind: $left"
    [[ -f $db ]] || fail "purge left the user's database alone"
    ok "apt remove (and purge): dpkg records no propdesk, no file of the package is left, /home/$user/.local/share/propdesk is kept"

    umount "$target/dev" "$target/proc"
    trap - EXIT
}
