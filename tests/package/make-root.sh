#!/usr/bin/env bash
# Builds (once) the fresh Debian 12 root the package test installs into, from Debian's archive with mmdebstrap, and
# caches it as a tarball: a minimal system (apt variant) with systemd (for `systemd-analyze verify --root`) and the
# .debs of Madoguchi's dependencies downloaded but NOT installed, so the test still resolves the package's real
# Depends/Recommends with apt and measures the install, without fetching 100 MB on every run.
# usage: make-root.sh TARBALL
set -euo pipefail
out="${1:?usage: make-root.sh TARBALL}"
[[ -s "$out" ]] && exit 0
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror="${mirror:-http://deb.debian.org/debian}"
# What the package depends on and recommends (installer/CMakeLists.txt), downloaded ahead.
prefetch="libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql libqt6pdf6
  libqt6pdfwidgets6 qt6-translations-l10n libhpdf-2.3.0 libqrencode4 libfreetype6 libharfbuzz-subset0 libsodium23
  libpcsclite1 pcscd libcups2 fonts-ipaexfont-mincho fonts-ipaexfont-gothic fonts-ipamj-mincho adduser cage
  qt6-wayland xwayland"
mkdir -p "$(dirname "$out")"
tmp="${out%.tar}.$$.tar"
trap 'rm -f "$tmp"' EXIT
mmdebstrap --quiet --variant=apt --include=systemd,systemd-sysv --skip=cleanup/apt/lists --skip=cleanup/apt/cache \
    --customize-hook="chroot \"\$1\" apt-get install --download-only -y -qq $(echo $prefetch)" \
    bookworm "$tmp" "$mirror"
mv "$tmp" "$out"
