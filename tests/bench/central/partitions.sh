#!/usr/bin/env bash
# Benchmark for the path past one server (docs/operations.md): the central visits table as one table and partitioned
# by municipality (LIST) and fiscal year (RANGE on business_date), same rows, same indexes; times the supervisor's
# office-day query, a month's KPI count for one city, an insert batch, and dropping/archiving an old fiscal year.
# Run next to a throwaway PostgreSQL: tests/harness/with-services.sh --postgres -- tests/bench/central/partitions.sh [ROWS]
set -euo pipefail
rows="${1:-2000000}"
url="${MADOGUCHI_TEST_PG_URL:?run through tests/harness/with-services.sh --postgres}"
psql=(psql -X -q -v ON_ERROR_STOP=1 "$url")
"${psql[@]}" <<SQL
\timing off
DROP TABLE IF EXISTS bench_plain, bench_part CASCADE;
CREATE TABLE bench_plain (id TEXT, municipality TEXT NOT NULL, terminal_id TEXT NOT NULL, business_date DATE NOT NULL,
    received_at TIMESTAMPTZ NOT NULL, language TEXT NOT NULL, PRIMARY KEY (municipality, business_date, id));
CREATE TABLE bench_part (LIKE bench_plain INCLUDING ALL) PARTITION BY LIST (municipality);
DO \$\$
DECLARE m TEXT; y INT;
BEGIN
  FOREACH m IN ARRAY ARRAY['131016','132012','132039','132047','132063','132080','132101','132110'] LOOP
    EXECUTE format('CREATE TABLE bench_part_%s PARTITION OF bench_part FOR VALUES IN (%L) PARTITION BY RANGE (business_date)', m, m);
    FOR y IN 2022..2026 LOOP
      EXECUTE format('CREATE TABLE bench_part_%s_fy%s PARTITION OF bench_part_%s FOR VALUES FROM (%L) TO (%L)',
                     m, y, m, make_date(y, 4, 1), make_date(y + 1, 4, 1));
    END LOOP;
  END LOOP;
END \$\$;
CREATE INDEX ON bench_plain (municipality, terminal_id, business_date);
CREATE INDEX ON bench_part (municipality, terminal_id, business_date);
SQL
load() {
    "${psql[@]}" -c "INSERT INTO $1 SELECT 'v' || g, (ARRAY['131016','132012','132039','132047','132063','132080','132101','132110'])[1 + g % 8],
        'T' || lpad((g % 40)::text, 2, '0'), DATE '2022-04-01' + (g % 1820), TIMESTAMPTZ '2022-04-01' + (g % 1820) * INTERVAL '1 day' + (g % 30000) * INTERVAL '1 second',
        (ARRAY['ja','en','zh','ko','vi'])[1 + g % 5] FROM generate_series(1, $rows) g"
}
t0=$(date +%s.%N); load bench_plain; t1=$(date +%s.%N); load bench_part; t2=$(date +%s.%N)
"${psql[@]}" -c "VACUUM ANALYZE bench_plain" -c "VACUUM ANALYZE bench_part"
echo "rows $rows; load plain $(awk "BEGIN{printf \"%.1f\", $t1-$t0}") s, partitioned $(awk "BEGIN{printf \"%.1f\", $t2-$t1}") s"
query() { # label, SQL with %T for the table; best of 5 runs, execution time from EXPLAIN ANALYZE
    local label="$1" sql="$2"
    for table in bench_plain bench_part; do
        local best=""
        for _ in 1 2 3 4 5; do
            ms=$("${psql[@]}" -At -c "EXPLAIN (ANALYZE, FORMAT JSON) ${sql//%T/$table}" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])')
            best=$(awk -v a="$ms" -v b="$best" 'BEGIN{print (b=="" || a<b) ? a : b}')
        done
        printf '%-44s %-12s %8.2f ms\n' "$label" "$table" "$best"
    done
}
query "office day (one city, one day, by terminal)" \
    "SELECT terminal_id, count(*) FROM %T WHERE municipality = '131016' AND business_date = DATE '2026-02-10' GROUP BY 1"
query "month KPI (one city, one month)" \
    "SELECT language, count(*) FROM %T WHERE municipality = '132012' AND business_date >= DATE '2025-10-01' AND business_date < DATE '2025-11-01' GROUP BY 1"
query "fiscal year count (one city)" \
    "SELECT count(*) FROM %T WHERE municipality = '132039' AND business_date >= DATE '2024-04-01' AND business_date < DATE '2025-04-01'"
t0=$(date +%s.%N)
"${psql[@]}" -c "DELETE FROM bench_plain WHERE municipality = '131016' AND business_date < DATE '2023-04-01'"
t1=$(date +%s.%N)
"${psql[@]}" -c "ALTER TABLE bench_part_131016 DETACH PARTITION bench_part_131016_fy2022" -c "DROP TABLE bench_part_131016_fy2022"
t2=$(date +%s.%N)
echo "retire FY2022 of one city: DELETE on the plain table $(awk "BEGIN{printf \"%.2f\", $t1-$t0}") s, DETACH+DROP partition $(awk "BEGIN{printf \"%.2f\", $t2-$t1}") s"
"${psql[@]}" -c "DROP TABLE bench_plain, bench_part CASCADE"
