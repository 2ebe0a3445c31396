#!/usr/bin/env bash
# Installs what Madoguchi needs from Debian 12's own packages (nothing from anywhere else), only when missing.
# usage: installer/install-deps.sh [runtime|build|test]   (each includes the one before)
set -euo pipefail
level="${1:-test}"

runtime=(libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n
    libhpdf-2.3.0 libqrencode4 libfreetype6 libharfbuzz-subset0 libsodium23 libpcsclite1 pcscd libssl3 libopenjp2-7
    fonts-ipaexfont-mincho fonts-ipaexfont-gothic fonts-ipamj-mincho
    fonts-noto-cjk fonts-noto-core libqt6texttospeech6 qt6-speech-speechd-plugin speech-dispatcher-espeak-ng
    libcups2 libqt6pdf6 libqt6pdfwidgets6 libqt6multimedia6 libqt6charts6 qt6-virtualkeyboard-plugin
    qml6-module-qtquick-virtualkeyboard)
build=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-speech-dev qt6-declarative-dev libhpdf-dev libqrencode-dev libfreetype-dev libharfbuzz-dev
    libsodium-dev libpcsclite-dev libssl-dev libopenjp2-7-dev libcups2-dev qt6-pdf-dev qt6-multimedia-dev qt6-charts-dev)
test=(clang-14 libclang-rt-14-dev clang-format ccache libbenchmark-dev pcsc-tools vsmartcard-vpcd postgresql-15
    python3 poppler-utils poppler-data xvfb xauth x11-utils imagemagick iproute2 util-linux procps
    cups-daemon cups-client printer-driver-cups-pdf ghostscript cage xwayland qt6-wayland grim
    lintian mmdebstrap dpkg-dev desktop-file-utils appstream)

packages=("${runtime[@]}")
case "$level" in
runtime) ;;
build) packages+=("${build[@]}") ;;
test) packages+=("${build[@]}" "${test[@]}") ;;
*) echo "usage: $0 [runtime|build|test]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing from Debian: ${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# Package scripts must not start services (pcscd, postgresql) on the machine: tests start their own.
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
