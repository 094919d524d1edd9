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
WORK=$(mktemp -d /tmp/archive-documents-bench.XXXXXX)
. benchmark/lib.sh

trap 'stop_archive; rm -rf "$WORK"' EXIT
log "Starting the archive on the embedded database in $WORK"
ARCHIVE_MAX_UPLOAD_MB=$((MB + 10)) start_archive documents
make_archivist
REF=$(new_record "Benchmark record")

log "Making $FILES text files of $MB MB (text: inspection reads only the head, so what is measured is the store)"
mkdir -p "$WORK/files" "$WORK/copies"
for i in $(seq 1 "$FILES"); do { base64 -w 100 /dev/urandom || true; } | head -c $((MB * 1024 * 1024)) > "$WORK/files/f$i.txt"; done
TOTAL_MB=$((FILES * MB))

log "Floor: cp + sync of each file into the same file system"
: > "$WORK/cp.ms"; start=$(millis)
for i in $(seq 1 "$FILES"); do t=$(millis); cp "$WORK/files/f$i.txt" "$WORK/copies/f$i.txt"; sync "$WORK/copies/f$i.txt"; echo $(( $(millis) - t )) >> "$WORK/cp.ms"; done
CP_MS=$(( $(millis) - start ))

log "The archive: POST each file as a document of the record"
: > "$WORK/up.ms"; start=$(millis)
for i in $(seq 1 "$FILES"); do
    t=$(millis)
    code=$(curl -s -o /dev/null -w '%{http_code}' -u "$ARCHIVIST" -F "file=@$WORK/files/f$i.txt" -F kind=OTHER \
        "$BASE/api/agreements/$REF/documents")
    [ "$code" = 201 ] || { echo "upload $i answered $code" >&2; exit 1; }
    echo $(( $(millis) - t )) >> "$WORK/up.ms"
done
UP_MS=$(( $(millis) - start ))

log "Floor: sha256sum of the stored files"
start=$(millis); find "$WORK/data/documents" -type f -not -path '*/.incoming/*' -print0 | xargs -0 sha256sum >/dev/null; SUM_MS=$(( $(millis) - start ))
log "The archive: the fixity audit over them (POST /api/fixity)"
start=$(millis); REPORT=$(curl -sf -u admin:$ADMIN -X POST "$BASE/api/fixity"); AUDIT_MS=$(( $(millis) - start ))

log "Results ($FILES files x $MB MB = $TOTAL_MB MB, one client, 2 cores)"
echo "cp + sync         $(rate $TOTAL_MB $CP_MS MB)   per file: $(percentiles < "$WORK/cp.ms")"
echo "upload (archive)  $(rate $TOTAL_MB $UP_MS MB)   per file: $(percentiles < "$WORK/up.ms")"
echo "upload / floor    $(ratio $CP_MS $UP_MS) of the cp rate"
echo "sha256sum         $(rate $TOTAL_MB $SUM_MS MB)"
echo "fixity audit      $(rate $TOTAL_MB $AUDIT_MS MB)   $REPORT"
echo "audit / floor     $(ratio $SUM_MS $AUDIT_MS) of the sha256sum rate"
