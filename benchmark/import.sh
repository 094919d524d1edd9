#!/usr/bin/env bash
# Import and export benchmark: a generated register of BENCH_ROWS agreements (default 100,000) imported
# through the API, dry run and real run, against a plain JDBC batch insert of the same rows (the floor);
# then every one of them exported as CSV with the archive's heap capped at 512 MB, against reading the
# same rows straight from MariaDB with the mariadb client.
# Runs the built WAR on Payara Micro against a scratch MariaDB database (BENCH_DB, dropped and made
# again; the floor writes into BENCH_DB_floor beside it). Traffic to 127.0.0.1 only. Not part of ./mvnw verify. See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${BENCH_ROWS:-100000}
DB=${BENCH_DB:-treaty_importbench}
PORT=${BENCH_PORT:-8187}
WORK=$(mktemp -d /tmp/archive-import-bench.XXXXXX)
export DB_URL="jdbc:mysql://127.0.0.1:3306/$DB" DB_USER=root DB_PASSWORD= ARCHIVE_MAX_IMPORT_MB=${ARCHIVE_MAX_IMPORT_MB:-200}
. benchmark/lib.sh
sql() { mariadb --protocol=tcp -h 127.0.0.1 -P 3306 -u root "$@"; }
trap 'stop_archive; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$WORK"' EXIT
for db in "$DB" "${DB}_floor"; do
    sql -e "drop database if exists \`$db\`; create database \`$db\` character set utf8mb4 collate utf8mb4_unicode_ci"
done
CONNECTOR=$(find ~/.m2/repository/com/mysql/mysql-connector-j -name 'mysql-connector-j-*.jar' | sort | tail -1)

log "Writing a register of $ROWS rows"
java benchmark/ImportFloor.java write "$WORK/register.csv" "$ROWS"
ls -la "$WORK/register.csv" >&2

log "Floor: the same rows by a plain JDBC batch insert"
FLOOR_MS=$(java -cp "$CONNECTOR" benchmark/ImportFloor.java floor "jdbc:mysql://127.0.0.1:3306/${DB}_floor?rewriteBatchedStatements=true" "$ROWS")

log "Starting the archive on MariaDB ($DB), heap capped at 512 MB"
start_archive import
make_archivist

# run_import URL: starts a run with the file (or confirms a dry run) and waits for it; answers the run's JSON.
wait_run() {
    local id=$1
    for _ in $(seq 1 36000); do
        local run; run=$(curl -sf -u "$ARCHIVIST" "$BASE/api/imports/$id")
        case $(echo "$run" | json '["state"]') in
            DONE) echo "$run"; return ;;
            FAILED) echo "$run" >&2; exit 1 ;;
        esac
        sleep 0.5
    done
    echo "import $id did not finish" >&2; exit 1
}
log "Dry run over the $ROWS rows"
start=$(millis)
DRY=$(curl -sf -u "$ARCHIVIST" -F "file=@$WORK/register.csv" "$BASE/api/imports?dryRun=true" | json '["id"]')
DRY_RUN=$(wait_run "$DRY"); DRY_MS=$(( $(millis) - start ))
log "Importing the valid rows"
start=$(millis)
REAL=$(curl -sf -u "$ARCHIVIST" -X POST "$BASE/api/imports/$DRY/import" | json '["id"]')
REAL_RUN=$(wait_run "$REAL"); REAL_MS=$(( $(millis) - start ))
CREATED=$(echo "$REAL_RUN" | json '["created"]')

log "Export: every record as CSV"
start=$(millis)
curl -sf -u "$ARCHIVIST" -o "$WORK/export.csv" "$BASE/api/agreements/export?format=csv"
EXPORT_MS=$(( $(millis) - start ))
EXPORTED=$(( $(wc -l < "$WORK/export.csv") - 1 ))
HEAP=$(jcmd "$SERVER_PID" GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo "used ?")
log "Floor: the same rows read with the mariadb client"
start=$(millis)
sql -N "$DB" -e "select a.reference, a.official_title, a.kind, a.format, a.signed_on, a.signed_at,
    group_concat(p.code order by p.code separator '; ') from agreement a join participation pa on pa.agreement_id = a.id
    join party p on p.id = pa.party_id group by a.id" > "$WORK/floor.tsv"
READ_MS=$(( $(millis) - start ))

log "Results (ratios within this run)"
echo "dry run      $ROWS rows in $DRY_MS ms: $(rate "$ROWS" "$DRY_MS" rows)  ($(echo "$DRY_RUN" | json '["valid"]') valid)"
echo "import       $CREATED created in $REAL_MS ms: $(rate "$CREATED" "$REAL_MS" agreements)"
echo "floor        JDBC batch insert of the same rows: $FLOOR_MS ms, $(rate "$ROWS" "$FLOOR_MS" agreements)"
echo "             import / floor time: $(ratio "$REAL_MS" "$FLOOR_MS")   dry run / floor time: $(ratio "$DRY_MS" "$FLOOR_MS")"
echo "export CSV   $EXPORTED records in $EXPORT_MS ms: $(rate "$EXPORTED" "$EXPORT_MS" records), heap after: $HEAP (max 512 MB)"
echo "             mariadb client reading the same rows: $READ_MS ms; export / floor time: $(ratio "$EXPORT_MS" "$READ_MS")"
