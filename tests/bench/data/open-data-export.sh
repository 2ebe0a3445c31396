#!/usr/bin/env bash
# The open-data export of a fiscal year (goal, issue 10: ≤ 10 s, streaming, peak RSS ≤ 150 MB) with the real CLI:
# bench_supervisor_kpis fills the centre (MADOGUCHI_BENCH_KPI_VISITS visits, default 2,000,000, with requests and
# certificates) and times its KPIs, then `madoguchi-cli supervisor export` of the year runs under /usr/bin/time -v as a
# supervisor (on PostgreSQL it reads the rollups, central v17), and, for comparison, the scan it replaced (the same
# statement as OpenData.cpp's scan) through psql at the server. Run next to a throwaway PostgreSQL from the repository root:
#   tests/harness/with-services.sh --postgres -- tests/bench/data/open-data-export.sh build/bench
set -euo pipefail
build="${1:-build/bench}"
url="${MADOGUCHI_TEST_PG_URL:?run through tests/harness/with-services.sh --postgres}"
cli="$build/app/madoguchi-cli"
[[ -n "${MADOGUCHI_BENCH_SKIP_KPIS:-}" ]] || "$build/tests/bench/data/bench_supervisor_kpis" --benchmark_min_time=0.5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/madoguchi.ini" <<INI
[terminal]
id=S01
[database]
central="$url"
[privacy]
key_file=$work/office.key
[office]
municipality_code=13101
municipality_name=千代田区
INI
export MADOGUCHI_DATA_DIR="$work" MADOGUCHI_CONFIG="$work/madoguchi.ini"
run() { "$cli" --language en "$@"; }
printf 'admin-pass-1\n' | run staff add --login admin1 --name admin1 --role admin --central "$url" >/dev/null
printf 'admin-pass-1\nboss-pass-1\n' |
    run staff add --login boss1 --name boss1 --role supervisor --central "$url" --as admin1 >/dev/null
mkdir -p "$work/out"
printf 'boss-pass-1\n' | /usr/bin/time -v "$cli" --language en supervisor export --from 2025-04-01 --to 2026-03-31 \
    --out "$work/out" --as boss1 2>"$work/time.txt"
grep -E "Elapsed|Maximum resident|User time|System time" "$work/time.txt"
ls -l "$work/out"
echo "rows: $(($(wc -l <"$work/out/131016_counter_procedures.csv") - 1))"
# The same process for one day: what the sign-in (Argon2id, 64 MiB), the connection and Qt take whatever the period.
mkdir -p "$work/day"
printf 'boss-pass-1\n' | /usr/bin/time -v "$cli" --language en supervisor export --from 2025-04-01 --to 2025-04-01 \
    --out "$work/day" --as boss1 2>"$work/time-day.txt" >/dev/null
echo "one day: $(grep -E "Elapsed|Maximum resident" "$work/time-day.txt" | tr -s ' \t' ' ' | paste -sd ';')"
echo "the scan's statement at the server (what the export ran before central v17):"
psql -X -q "$url" <<'SQL'
\timing on
\o /dev/null
SELECT v.business_date, r.procedure_id, v.channel, count(DISTINCT v.id), count(*), coalesce(sum(d.copies), 0)
FROM procedure_requests r JOIN visits v ON v.id = r.visit_id
LEFT JOIN (SELECT request_id, sum(copies) AS copies FROM issued_documents WHERE voided_at IS NULL AND
           business_date >= '2025-04-01' AND business_date <= '2026-03-31' GROUP BY request_id) d ON d.request_id = r.id
WHERE v.business_date >= '2025-04-01' AND v.business_date <= '2026-03-31'
GROUP BY v.business_date, r.procedure_id, v.channel ORDER BY v.business_date, r.procedure_id, v.channel;
SQL
