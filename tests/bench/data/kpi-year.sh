#!/usr/bin/env bash
# A fiscal year of visits at the centre for bench_supervisor_kpis and the open-data export, loaded with psql by the
# same statements bench_supervisor_kpis runs itself (so the load can run while the Release tree builds), then the
# benchmarks. Months 1–6 are loaded at central v15 and counted by the v16 and v17 steps (`central init` migrates),
# months 7–12 go through the insert triggers. Run from the repository root next to a throwaway PostgreSQL:
#   tests/harness/with-services.sh --postgres -- tests/bench/data/kpi-year.sh CLI BENCH_BUILD [VISITS]
# CLI: a madoguchi-cli for the schema and roles (any build); BENCH_BUILD: the Release tree (waited for). With
# MADOGUCHI_BENCH_EXPORT_ONLY=1 nothing is waited for: only the open-data export runs, with BENCH_BUILD's CLI (a Debug
# tree's build/test will do for a check).
set -euo pipefail
cli="$1"
build="$2"
visits="${3:-2000000}"
url="${MADOGUCHI_TEST_PG_URL:?run through tests/harness/with-services.sh --postgres}"
psql=(psql -X -q -v ON_ERROR_STOP=1 "$url")
MADOGUCHI_DATA_DIR=$(mktemp -d)
export MADOGUCHI_DATA_DIR MADOGUCHI_CONFIG="$MADOGUCHI_DATA_DIR/madoguchi.ini"
touch "$MADOGUCHI_CONFIG"
t0=$(date +%s)
"$cli" --language en db migrate --central "$url" --to 15 >/dev/null
"${psql[@]}" <<SQL
CREATE TABLE madoguchi_db_roles (db_role TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('terminal', 'supervisor')),
    office_code TEXT NOT NULL, terminal_id TEXT UNIQUE, CHECK ((kind = 'terminal') = (terminal_id IS NOT NULL)));
INSERT INTO madoguchi_db_roles SELECT 'madoguchi_t_t' || lpad(t::text, 2, '0'), 'terminal', 'O' || (t % 10),
    'T' || lpad(t::text, 2, '0') FROM generate_series(0, 39) t;
INSERT INTO households (id, head_resident_id, postal_code, address) VALUES ('H', 'R0', '1000001', '-');
INSERT INTO residents (id, household_id, family_name, given_name, family_name_kana, given_name_kana, birth_date, sex,
    relationship, previous_address, honseki, hittousha, status) SELECT 'R' || g, 'H', 'K', 'P', 'ケ', 'ピ',
    to_char(DATE '1925-01-01' + (g * 7919) % 36500, 'YYYY-MM-DD'), '1', 'head', '', '', '', 'active'
    FROM generate_series(0, 89999) g;
SQL
load_month() { # month index 0..11
    local m="$1" d0 d1 first last
    d0=$(( ($(date -d "2025-04-01 +$m month" +%s) - $(date -d 2025-04-01 +%s)) / 86400 ))
    d1=$(( ($(date -d "2025-04-01 +$((m + 1)) month" +%s) - $(date -d 2025-04-01 +%s)) / 86400 ))
    first=$(( (d0 * visits + 364) / 365 )); last=$(( (d1 * visits + 364) / 365 - 1 ))
    local range="generate_series(${first}::bigint, ${last}::bigint) g"
    local day="(DATE '2025-04-01' + (g * 365 / $visits)::int)"
    "${psql[@]}" <<SQL
INSERT INTO visits (id, terminal_id, reception_number, channel, language, staff_id, resident_id, business_date,
    received_at, completed_at, card_verdict, interpreter_language, interpreter_minutes)
SELECT 'v' || g, 'T' || lpad((g % 40)::text, 2, '0'), 'A' || g, CASE WHEN g % 10 = 0 THEN 'kiosk' ELSE 'counter' END,
    'ja', 'clerk', CASE WHEN g % 23 = 0 THEN NULL ELSE 'R' || (g % 90000) END, to_char($day, 'YYYY-MM-DD'),
    to_char($day + interval '8.5 hours' + ((g * 37) % 31500) * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.000Z'),
    to_char($day + interval '8.6 hours' + ((g * 37) % 31500) * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.000Z'),
    CASE WHEN g % 3 = 0 THEN NULL ELSE 'genuine' END,
    (ARRAY[NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'en', 'zh', 'vi',
           'pt', 'ne'])[1 + g % 20], (g % 40)
FROM $range;
INSERT INTO procedure_requests (id, visit_id, procedure_id, form_data, status, created_at, fields_prefilled, fields_typed)
SELECT 'r' || g || '-' || n, 'v' || g, (ARRAY['juminhyo', 'inkan-shomei', 'koseki', 'tennyu', 'tenshutsu',
    'shotoku-shomei', 'mynumber-card', 'kokuho'])[1 + (g * 13 + n) % 8], '{}', 'completed', '2025', g % 7, g % 4
FROM $range CROSS JOIN generate_series(1, CASE WHEN g % 4 = 0 THEN 2 ELSE 1 END) n;
INSERT INTO issued_documents (id, serial, visit_id, request_id, document_type, resident_id, copies, fee, content_digest,
    verification_code, issued_at, business_date)
SELECT 'd' || r.id, 'S-' || r.id, r.visit_id, r.id, r.procedure_id, 'R0', 1, 300, 'x', 'C-' || r.id, '2025',
    to_char($day, 'YYYY-MM-DD') FROM $range JOIN procedure_requests r ON r.visit_id = 'v' || g;
INSERT INTO queue_tickets (id, office_code, business_date, number, group_id, source, state, terminal_id, issued_at,
    queued_at)
SELECT 't' || g, 'O' || (g % 40 % 10), to_char($day, 'YYYY-MM-DD'), 'n' || g, 'certificates', 'kiosk', 'done',
    'T' || lpad((g % 40)::text, 2, '0'),
    to_char($day + interval '8.4 hours' + ((g * 37) % 31500) * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.000Z'), ''
FROM $range;
INSERT INTO queue_events (office_code, ticket_id, business_date, group_id, state, terminal_id, at)
SELECT t.office_code, t.id, t.business_date, t.group_id, s.state, t.terminal_id,
    to_char(t.issued_at::timestamp + CASE s.state WHEN 'issued' THEN interval '0' WHEN 'called' THEN
        (g * 7919 % 3600) * interval '1 second' ELSE (g * 7919 % 3600 + 30 + g * 104729 % 1770) * interval '1 second'
        END, 'YYYY-MM-DD"T"HH24:MI:SS.000Z')
FROM $range JOIN queue_tickets t ON t.id = 't' || g CROSS JOIN (VALUES (1, 'issued'), (2, 'called'), (3, 'done'))
    s(o, state) ORDER BY g, s.o;
SQL
    echo "month $((m + 1)) loaded ($(( $(date +%s) - t0 )) s)"
}
for m in 0 1 2 3 4 5; do load_month "$m"; done
t1=$(date +%s)
"$cli" --language en central init --central "$url" >/dev/null
echo "central init (v16 and v17 count $(psql -X -At "$url" -c 'SELECT count(*) FROM visits') visits): $(( $(date +%s) - t1 )) s"
for t in $(seq 0 39); do
    "$cli" --language en central add-terminal --terminal "T$(printf %02d "$t")" --office "O$((t % 10))" \
        --no-password --central "$url" >/dev/null
done
"$cli" --language en central add-supervisor --login bench-boss --office O0 --no-password --central "$url" >/dev/null
for m in 6 7 8 9 10 11; do load_month "$m"; done
"${psql[@]}" -c "ANALYZE"
echo "loaded in $(( $(date +%s) - t0 )) s: $(psql -X -At "$url" -c 'SELECT count(*) FROM visits') visits," \
     "$(psql -X -At "$url" -c 'SELECT count(*) FROM kpi_counts') count rows," \
     "$(psql -X -At "$url" -c 'SELECT count(*) FROM kpi_durations') duration rows"
if [[ -n "${MADOGUCHI_BENCH_EXPORT_ONLY:-}" ]]; then
    MADOGUCHI_BENCH_SKIP_KPIS=1 exec tests/bench/data/open-data-export.sh "$build"
fi
while [[ ! -x "$build/tests/bench/data/bench_supervisor_kpis" || ! -x "$build/app/madoguchi-cli" ]]; do sleep 20; done
uptime
"$build/tests/bench/data/bench_supervisor_kpis" --benchmark_min_time=1
MADOGUCHI_BENCH_SKIP_KPIS=1 tests/bench/data/open-data-export.sh "$build"
