#!/usr/bin/env bash
# Documents benchmark: how fast the archive takes in and re-reads files, against the machine's own floor
# measured in the same run (cp + sync for storing, sha256sum for the fixity audit). Runs the built WAR on
# Payara Micro with the embedded database in a scratch folder, sends BENCH_FILES files of BENCH_MB MB each
# through POST /api/agreements/{ref}/documents, then runs the fixity audit over them. Prints per-file
# latency percentiles, throughput and the ratios. Bounded: a fixed number of files, traffic to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${BENCH_FILES:-12}
MB=${BENCH_MB:-20}
PORT=${BENCH_PORT:-8185}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/archive-documents-bench.XXXXXX)
ADMIN=benchmark-admin-password
log() { printf '\n=== %s\n' "$*"; }

[ -f web/target/treaty-archive.war ] || ./mvnw -q -B install -DskipTests -DskipITs
PAYARA=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)

SERVER_PID=
stop() { [ -n "$SERVER_PID" ] && kill $SERVER_PID 2>/dev/null && wait $SERVER_PID 2>/dev/null || true; rm -rf "$WORK"; }
trap stop EXIT
log "Starting the archive on the embedded database in $WORK"
ARCHIVE_DATA_DIR="$WORK/data" ARCHIVE_ADMIN_PASSWORD=$ADMIN ARCHIVE_MAX_UPLOAD_MB=$((MB + 10)) ARCHIVE_FIXITY_CRON=off \
    java -Xmx512m -jar "$PAYARA" --deploy web/target/treaty-archive.war --contextroot / --port $PORT --nocluster \
    >"$WORK/payara.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 180); do curl -sf "$BASE/robots.txt" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$BASE/robots.txt" >/dev/null || { echo "The archive did not start; see $WORK/payara.log" >&2; exit 1; }

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
curl -sf -u admin:$ADMIN -H 'Content-Type: application/json' "$BASE/api/users" -d \
    '{"username":"bench","displayName":"Benchmark","roles":["ARCHIVIST"],"clearance":"CONFIDENTIAL","password":"temporary password 1"}' >/dev/null
curl -sf -u 'bench:temporary password 1' -X PUT -H 'Content-Type: application/json' "$BASE/api/me/password" \
    -d '{"currentPassword":"temporary password 1","password":"benchmark password 1"}' >/dev/null
REF=$(curl -sf -u 'bench:benchmark password 1' -H 'Content-Type: application/json' "$BASE/api/agreements" -d \
    '{"officialTitle":"Benchmark record","kind":"AGREEMENT","format":"BILATERAL","signed":"2020","classification":"CONFIDENTIAL"}' \
    | json '["reference"]')

log "Making $FILES text files of $MB MB (text: inspection reads only the head, so what is measured is the store)"
mkdir -p "$WORK/files" "$WORK/copies"
for i in $(seq 1 "$FILES"); do { base64 -w 100 /dev/urandom || true; } | head -c $((MB * 1024 * 1024)) > "$WORK/files/f$i.txt"; done
TOTAL_MB=$((FILES * MB))

millis() { date +%s%N | cut -c1-13; }
percentiles() { sort -n | awk '{a[NR]=$1} END {printf "p50 %d ms, p95 %d ms, max %d ms", a[int(NR*0.5+0.5)], a[int(NR*0.95+0.5)], a[NR]}'; }

log "Floor: cp + sync of each file into the same file system"
: > "$WORK/cp.ms"; start=$(millis)
for i in $(seq 1 "$FILES"); do t=$(millis); cp "$WORK/files/f$i.txt" "$WORK/copies/f$i.txt"; sync "$WORK/copies/f$i.txt"; echo $(( $(millis) - t )) >> "$WORK/cp.ms"; done
CP_MS=$(( $(millis) - start ))

log "The archive: POST each file as a document of the record"
: > "$WORK/up.ms"; start=$(millis)
for i in $(seq 1 "$FILES"); do
    t=$(millis)
    code=$(curl -s -o /dev/null -w '%{http_code}' -u 'bench:benchmark password 1' -F "file=@$WORK/files/f$i.txt" -F kind=OTHER \
        "$BASE/api/agreements/$REF/documents")
    [ "$code" = 201 ] || { echo "upload $i answered $code" >&2; exit 1; }
    echo $(( $(millis) - t )) >> "$WORK/up.ms"
done
UP_MS=$(( $(millis) - start ))

log "Floor: sha256sum of the stored files"
start=$(millis); find "$WORK/data/documents" -type f -not -path '*/.incoming/*' -print0 | xargs -0 sha256sum >/dev/null; SUM_MS=$(( $(millis) - start ))
log "The archive: the fixity audit over them (POST /api/fixity)"
start=$(millis); REPORT=$(curl -sf -u admin:$ADMIN -X POST "$BASE/api/fixity"); AUDIT_MS=$(( $(millis) - start ))

rate() { awk -v mb="$1" -v ms="$2" 'BEGIN {printf "%.1f MB/s", mb * 1000 / (ms > 0 ? ms : 1)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
log "Results ($FILES files x $MB MB = $TOTAL_MB MB, one client, 2 cores)"
echo "cp + sync         $(rate $TOTAL_MB $CP_MS)   per file: $(percentiles < "$WORK/cp.ms")"
echo "upload (archive)  $(rate $TOTAL_MB $UP_MS)   per file: $(percentiles < "$WORK/up.ms")"
echo "upload / floor    $(ratio $CP_MS $UP_MS) of the cp rate"
echo "sha256sum         $(rate $TOTAL_MB $SUM_MS)"
echo "fixity audit      $(rate $TOTAL_MB $AUDIT_MS)   $REPORT"
echo "audit / floor     $(ratio $SUM_MS $AUDIT_MS) of the sha256sum rate"
