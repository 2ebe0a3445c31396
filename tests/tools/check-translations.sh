#!/usr/bin/env bash
# Fails when a .ts file is out of date with the sources, or a translation of a clerk language (ja, en: "clerk" in
# resources/languages.json) is missing or unfinished. The resident languages need only their resident-facing
# messages, which lint_resident_texts checks.
# usage: check-translations.sh LUPDATE SOURCE_LIST TS_DIR
# Fix with: cmake --build build --target update_translations, then translate every unfinished message.
set -euo pipefail
lupdate="$1" list="$2" tsdir="$3"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
clerk=$(python3 -c 'import json,sys; print(" ".join(l["code"] for l in json.load(open(sys.argv[1]))["languages"] if l.get("clerk")))' \
    "$tsdir/../resources/languages.json")
for ts in "$tsdir"/madoguchi_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$tmp/$name"
    "$lupdate" -silent -no-obsolete -locations none "@$list" -ts "$tmp/$name" >/dev/null
    if ! cmp -s "$ts" "$tmp/$name"; then
        echo "$name is out of date with the sources (run the update_translations target):"
        diff -u "$ts" "$tmp/$name" | head -40
        status=1
    fi
    code=${name#madoguchi_}
    code=${code%.ts}
    if [[ " $clerk " != *" $code "* ]]; then
        echo "$name: up to date (resident language: lint_resident_texts checks its messages)"
        continue
    fi
    unfinished=$(grep -c 'type="unfinished"' "$tmp/$name" || true)
    empty=$(grep -c '<translation></translation>' "$tmp/$name" || true)
    if [[ "$unfinished" -ne 0 || "$empty" -ne 0 ]]; then
        echo "$name: $unfinished unfinished and $empty empty translations:"
        grep -B3 -E 'type="unfinished"|<translation></translation>' "$tmp/$name" | grep '<source>' | head -20
        status=1
    fi
    total=$(grep -c '<source>' "$tmp/$name" || true)
    echo "$name: $total messages checked"
done
exit $status
