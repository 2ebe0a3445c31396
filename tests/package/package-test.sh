#!/usr/bin/env bash
# The package test (ctest label `package`): builds the Debian package with CPack from a RelWithDebInfo tree, runs
# lintian (no error; every warning must be one docs/packaging.md lists), checks what is inside, installs it with apt
# into a fresh Debian 12 root made by mmdebstrap from Debian's archive (cached under build/), and inside that root runs
# madoguchi-cli --version, status and a sample print; then `systemd-analyze verify --root` on the session units and a
# removal. Figures (package sizes, install seconds) go to build/package/figures.txt.
# usage: package-test.sh SOURCE_DIR
set -euo pipefail
src=$(cd "${1:?usage: package-test.sh SOURCE_DIR}" && pwd)
build="$src/build/package"
tarball="$src/build/package-root/bookworm.tar"
fail() { echo "package test: $*" >&2; exit 1; }

# 1. Build and package (ccache makes a rebuild cheap).
export CCACHE_BASEDIR="$src"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMADOGUCHI_TESTS=OFF "${launcher[@]}" \
        >/dev/null
fi
cmake --build "$build"
rm -f "$build"/madoguchi*.deb "$build"/madoguchi*.ddeb
(cd "$build" && cpack -G DEB >cpack.log) || { cat "$build/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$build"/madoguchi_*_amd64.deb)
dbgsym=$(ls "$build"/madoguchi-dbgsym_*_amd64.*deb)
echo "package: $(basename "$deb") $(du -k "$deb" | cut -f1) KiB, $(basename "$dbgsym") $(du -k "$dbgsym" | cut -f1) KiB"

# 2. What is inside.
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/madoguchi ./usr/bin/madoguchi-cli ./usr/share/man/man1/madoguchi.1.gz \
    ./usr/share/man/man1/madoguchi-cli.1.gz ./usr/share/applications/jp.madoguchi.Madoguchi.desktop \
    ./usr/share/icons/hicolor/scalable/apps/madoguchi.svg ./usr/share/metainfo/jp.madoguchi.Madoguchi.metainfo.xml \
    ./usr/lib/systemd/system/madoguchi-session@.service ./etc/pam.d/madoguchi-session \
    ./usr/share/doc/madoguchi/copyright ./usr/share/doc/madoguchi/changelog.gz \
    ./usr/share/madoguchi/catalogue/certificates.json; do
    grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done
grep -q "install-deps.sh" <<<"$contents" && fail "the developers' install-deps.sh is in the package"
x=$(mktemp -d)
trap 'rm -rf "$x"' EXIT
dpkg-deb -x "$deb" "$x/pkg"
dpkg-deb -x "$dbgsym" "$x/dbg"
for exe in madoguchi madoguchi-cli; do
    readelf -S "$x/pkg/usr/bin/$exe" | grep -q '\.debug_info' && fail "$exe is not stripped"
    id=$(readelf -n "$x/pkg/usr/bin/$exe" | sed -n 's/.*Build ID: *//p')
    [[ -n "$id" ]] || fail "$exe has no build id"
    [[ -f "$x/dbg/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug" ]] || fail "no split debug symbols for $exe"
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql libcups2 pcscd fonts-ipaexfont-mincho adduser libqt6pdfwidgets6; do
    grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done
[[ "$(dpkg-deb -f "$deb" Section)" == misc ]] || fail "Section is not misc"
desktop-file-validate "$x/pkg/usr/share/applications/jp.madoguchi.Madoguchi.desktop"
appstreamcli validate --no-net --pedantic "$x/pkg/usr/share/metainfo/jp.madoguchi.Madoguchi.metainfo.xml" \
    >"$build/appstream.log" 2>&1 || { cat "$build/appstream.log" >&2; fail "AppStream metainfo invalid"; }

# 3. lintian: no error; each warning left is listed in docs/packaging.md with its reason.
lintian --no-tag-display-limit "$deb" >"$build/lintian.log" 2>&1 || true
cat "$build/lintian.log"
grep -q '^E: ' "$build/lintian.log" && fail "lintian reports errors"
while read -r tag; do
    grep -q "\`$tag\`" "$src/docs/packaging.md" || fail "lintian warning $tag is not explained in docs/packaging.md"
done < <(sed -n 's/^W: [^:]*: \([a-z0-9-]*\).*/\1/p' "$build/lintian.log" | sort -u)

# 4. A fresh Debian 12 root (cached), the package installed with apt: real Depends resolved.
"$src/tests/package/make-root.sh" "$tarball" "$deb"
root="$x/root"
mkdir -p "$root"
tar -xf "$tarball" -C "$root"
cp "$deb" "$root/tmp/"
cat >"$x/inside.sh" <<'INSIDE'
set -euo pipefail
export LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen
start=$(date +%s.%N)
apt-get install -y -q /tmp/madoguchi_*.deb >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
end=$(date +%s.%N)
echo "install_seconds $(awk "BEGIN{printf \"%.1f\", $end-$start}")"
# Everything should come from the prefetched cache: what apt fetched during the timed install is counted.
echo "install_downloads $(grep -c '^Get:' /tmp/apt.log || true)"
echo "install_packages $(grep -c '^Setting up ' /tmp/apt.log || true)"
getent group madoguchi >/dev/null || { echo "no madoguchi group"; exit 1; }
getent passwd madoguchi-kiosk >/dev/null || { echo "no madoguchi-kiosk user"; exit 1; }
[[ "$(stat -c %a:%U:%G /var/lib/madoguchi)" == 2770:root:madoguchi ]] || { stat /var/lib/madoguchi; exit 1; }
[[ "$(stat -c %a:%G /etc/madoguchi)" == 750:madoguchi ]] || { stat /etc/madoguchi; exit 1; }
dpkg -s cage >/dev/null 2>&1 || { echo "Recommends (cage) not installed"; exit 1; }
# As an ordinary user of the madoguchi group, with a data folder of its own.
useradd -m -G madoguchi clerk
runuser -u clerk -- madoguchi-cli --version
runuser -u clerk -- madoguchi-cli status
runuser -u clerk -- madoguchi-cli print --template juminhyo --sample --out /tmp/sample.pdf
head -c 5 /tmp/sample.pdf | grep -q '%PDF-' || { echo "no PDF written"; exit 1; }
echo "sample_pdf_bytes $(stat -c %s /tmp/sample.pdf)"
man -w madoguchi-cli >/dev/null 2>&1 || [[ -f /usr/share/man/man1/madoguchi-cli.1.gz ]]
INSIDE
unshare --mount --pid --fork --propagation private -- bash -c "
    mount -t proc proc '$root/proc' && mount --rbind /dev '$root/dev' && mount -t tmpfs tmpfs '$root/run' &&
    cp /etc/resolv.conf '$root/etc/resolv.conf' 2>/dev/null || true
    chroot '$root' bash -s" <"$x/inside.sh" | tee "$x/inside.log"
grep -q '^install_seconds' "$x/inside.log" || fail "installation in the fresh root failed"
# The session units, against the root's own systemd and the installed files.
# Documentation=man:madoguchi(1) is checked with the host's man(1): MANPATH points it at the root's pages.
for mode in kiosk signage; do
    MANPATH="$root/usr/share/man" systemd-analyze verify --root="$root" "madoguchi-session@$mode.service" ||
        fail "systemd-analyze verify ($mode)"
done
# Removal keeps the records and the group; purge too (municipal records are never deleted by the package).
chroot "$root" dpkg --purge madoguchi >/dev/null
[[ -d "$root/var/lib/madoguchi" ]] || fail "purge removed /var/lib/madoguchi"
[[ ! -e "$root/usr/bin/madoguchi" ]] || fail "removal left /usr/bin/madoguchi"
{
    echo "date $(date -u +%FT%TZ)"
    echo "deb_kib $(du -k "$deb" | cut -f1)"
    echo "dbgsym_kib $(du -k "$dbgsym" | cut -f1)"
    grep -E '^(install_seconds|install_downloads|install_packages|sample_pdf_bytes)' "$x/inside.log"
} >"$build/figures.txt"
cat "$build/figures.txt"
