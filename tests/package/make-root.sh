#!/usr/bin/env bash
# Builds the fresh Debian 12 root the package test installs into, from Debian's archive with mmdebstrap, and caches it
# as a tarball: a minimal system (apt variant) with systemd (for `systemd-analyze verify --root`) and the .debs of
# everything the package DEB depends on and recommends downloaded but NOT installed, so the test still resolves the
# package's real Depends/Recommends with apt and measures the install, without fetching them on every run. What was
# prefetched is derived from the package itself (apt-get install --download-only of the .deb inside the new root);
# the cache is made again when the package's Depends/Recommends change (TARBALL.deps keeps what it was made for).
# usage: make-root.sh TARBALL DEB
set -euo pipefail
out="${1:?usage: make-root.sh TARBALL DEB}"
deb="${2:?usage: make-root.sh TARBALL DEB}"
wanted=$(dpkg-deb -f "$deb" Depends Recommends)
[[ -s "$out" && -f "$out.deps" && "$(cat "$out.deps")" == "$wanted" ]] && exit 0
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror="${mirror:-http://deb.debian.org/debian}"
mkdir -p "$(dirname "$out")"
tmp="${out%.tar}.$$.tar"
trap 'rm -f "$tmp"' EXIT
mmdebstrap --quiet --variant=apt --include=systemd,systemd-sysv --skip=cleanup/apt/lists --skip=cleanup/apt/cache \
    --customize-hook="copy-in \"$deb\" /tmp" \
    --customize-hook="chroot \"\$1\" apt-get install --download-only -o APT::Install-Recommends=true -y -qq \"/tmp/$(basename "$deb")\"" \
    --customize-hook="rm -f \"\$1/tmp/$(basename "$deb")\"" \
    bookworm "$tmp" "$mirror"
mv "$tmp" "$out"
printf '%s\n' "$wanted" >"$out.deps"
