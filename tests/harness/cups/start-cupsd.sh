#!/usr/bin/env bash
# Starts a private CUPS scheduler for one with-services.sh run (inside its mount/network namespace), with queues:
#   PDF       cups-pdf, plain PPD of cups-pdf
#   PDF-TRAYS cups-pdf with trays (InputSlot Plain | Security | Receipt) — what a tray test asserts on
#   PAPEROUT  a backend that reports media-empty and stops the queue
# cups-pdf writes to /var/spool/cups-pdf/<user>/ (a tmpfs here). It goes through PostScript and Ghostscript, which
# drop the text layer of libharu's PDFs (their ToUnicode CMap is malformed): tests compare the rendered pages.
# Prints the lines of the environment file (CUPS_SERVER=...) to $state/cups.env.
set -euo pipefail
# A failing step says where it failed: a service that does not start must never fail a test silently.
trap 'echo "$(basename "$0"): failed at line $LINENO: $BASH_COMMAND" >&2' ERR
state="${MADOGUCHI_TEST_STATE:?not inside with-services.sh}"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
c="$state/cups"
mkdir -p "$c/root/ppd" "$c/spool/tmp" "$c/cache" "$c/state/certs" "$c/log" "$c/bin/backend"
chgrp lp "$c/spool" "$c/spool/tmp"
chmod 0710 "$c/spool"
chmod 1770 "$c/spool/tmp"
# ServerBin: the system's filters, our test backend beside the system's backends (cupsd wants root-owned 0755).
for d in /usr/lib/cups/*; do
    [[ "$(basename "$d")" == backend ]] || ln -sfn "$d" "$c/bin/$(basename "$d")"
done
for b in /usr/lib/cups/backend/*; do ln -sfn "$b" "$c/bin/backend/$(basename "$b")"; done
install -m 0755 -o root -g root "$here/paperout" "$c/bin/backend/paperout"
cat >"$c/cups-files.conf" <<CONF
ServerRoot $c/root
ServerBin $c/bin
RequestRoot $c/spool
TempDir $c/spool/tmp
CacheDir $c/cache
StateDir $c/state
AccessLog $c/log/access_log
ErrorLog $c/log/error_log
PageLog $c/log/page_log
FileDevice No
User lp
Group lp
SystemGroup root
CONF
cat >"$c/root/cupsd.conf" <<CONF
LogLevel info
Listen $c/cups.sock
Browsing No
WebInterface No
DefaultAuthType None
JobRetryLimit 0
<Location />
Order allow,deny
Allow all
</Location>
<Policy default>
<Limit All>
Order deny,allow
</Limit>
</Policy>
CONF
mkdir -p /var/spool/cups-pdf /var/log/cups
mount -t tmpfs -o mode=0755,size=64m tmpfs /var/spool/cups-pdf
cat >"$c/cups-pdf.conf" <<CONF
Out /var/spool/cups-pdf/\${USER}
AnonDirName /var/spool/cups-pdf/ANONYMOUS
Log $c/log
Grp lp
CONF
mount --bind "$c/cups-pdf.conf" /etc/cups/cups-pdf.conf
# cups-pdf's own PPD, and a copy with three trays.
sed -e 's|^\*OpenGroup: General/General|*OpenGroup: General/General\n*OpenUI *InputSlot/Media Source: PickOne\n*OrderDependency: 20 AnySetup *InputSlot\n*DefaultInputSlot: Plain\n*InputSlot Plain/Plain paper: ""\n*InputSlot Security/Security paper: ""\n*InputSlot Receipt/Receipt roll: ""\n*CloseUI: *InputSlot|' \
    /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd >"$c/trays.ppd"
cp /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd "$c/plain.ppd"
cupsd -f -c "$c/root/cupsd.conf" -s "$c/cups-files.conf" >>"$c/log/cupsd.out" 2>&1 &
echo $! >"$state/cupsd.pid"
export CUPS_SERVER="$c/cups.sock"
for _ in $(seq 1 200); do
    lpstat -r >/dev/null 2>&1 && break
    sleep 0.05
done
lpstat -r >/dev/null || { echo "cupsd did not start" >&2; cat "$c/log/error_log" >&2; exit 1; }
# lpadmin warns on every PPD that drivers are deprecated (kept out of the output). On a loaded machine the first
# call has been seen to fail right after lpstat answered (three CUPS tests at once, load 10): try again, and say
# lpadmin's own words when it keeps failing.
add_queue() {
    local tries
    for tries in 1 2 3 4 5; do
        lpadmin "$@" 2>"$c/log/lpadmin.err" && return 0
        sleep 0.5
    done
    echo "lpadmin $* failed $tries times:" >&2
    cat "$c/log/lpadmin.err" >&2
    tail -20 "$c/log/error_log" >&2 || true
    return 1
}
add_queue -p PDF -v cups-pdf:/ -E -P "$c/plain.ppd"
add_queue -p PDF-TRAYS -v cups-pdf:/ -E -P "$c/trays.ppd"
add_queue -p PAPEROUT -v paperout:/ -E -P "$c/plain.ppd"
echo "export CUPS_SERVER=$c/cups.sock" >"$state/cups.env"
echo "export MADOGUCHI_TEST_CUPS_PDF_DIR=/var/spool/cups-pdf" >>"$state/cups.env"
