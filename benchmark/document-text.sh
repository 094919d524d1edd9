#!/usr/bin/env bash
# Document text benchmark: how fast the archive reads what its documents say, and what searching that
# text costs, each against a floor measured in the same run.
#   1. text layer: BENCH_TEXT_FILES PDFs of BENCH_PAGES pages uploaded, timed until every page is in the
#      index (pages/s), against pdftotext over the same files;
#   2. OCR: BENCH_SCAN_FILES image-only Russian PDFs, timed until read, against pdftoppm + tesseract run
#      by hand on the same pages (same 300 dpi, same languages, one thread);
#   3. search: BENCH_RECORDS records made by the API (default 500), then BENCH_DOCUMENTS documents (default
#      10,000, one page of some 300 words each, spread over all records) written straight into the
#      database and indexed at start; search latency for a title word, a word in ten documents
#      and a word in half of them, against the same queries before the documents were there and against
#      a static file.
# Runs the built WAR on Payara Micro against a scratch MariaDB database (BENCH_DB, dropped and made
# again). Traffic to 127.0.0.1 only. Not part of ./mvnw verify. See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

TEXT_FILES=${BENCH_TEXT_FILES:-20}
SCAN_FILES=${BENCH_SCAN_FILES:-4}
PAGES=${BENCH_PAGES:-5}
DOCUMENTS=${BENCH_DOCUMENTS:-10000}
REQUESTS=${BENCH_REQUESTS:-100}
RECORDS=${BENCH_RECORDS:-500}
DB=${BENCH_DB:-treaty_textbench}
PORT=${BENCH_PORT:-8186}
WORK=$(mktemp -d /tmp/archive-text-bench.XXXXXX)
export DB_URL="jdbc:mysql://127.0.0.1:3306/$DB" DB_USER=root DB_PASSWORD=
. benchmark/lib.sh
sql() { mariadb --protocol=tcp -h 127.0.0.1 -P 3306 -u root "$@"; }

for tool in pdftotext pdftoppm tesseract; do
    command -v $tool >/dev/null || { echo "$tool is missing: apt-get install poppler-utils tesseract-ocr tesseract-ocr-rus" >&2; exit 1; }
done
trap 'stop_archive; rm -rf "$WORK"' EXIT
sql -e "drop database if exists \`$DB\`; create database \`$DB\` character set utf8mb4 collate utf8mb4_unicode_ci"

log "Making $TEXT_FILES text PDFs and $SCAN_FILES scanned PDFs of $PAGES pages"
M=~/.m2/repository
CP=$M/org/apache/pdfbox/pdfbox/3.0.5/pdfbox-3.0.5.jar:$M/org/apache/pdfbox/fontbox/3.0.5/fontbox-3.0.5.jar
CP=$CP:$M/org/apache/pdfbox/pdfbox-io/3.0.5/pdfbox-io-3.0.5.jar:$(find $M/commons-logging -name 'commons-logging-1.*.jar' | sort | tail -1)
java -cp "$CP:persistence/target/classes" benchmark/MakeDocuments.java "$WORK/files" "$TEXT_FILES" "$SCAN_FILES" "$PAGES" 2>/dev/null

log "Starting the archive on MariaDB ($DB)"
start_archive first
make_archivist

# reading_ms MEDIA_PAGES_FILTER: the reader's own time, claim to finish, summed over the files (from the register).
reading_ms() {
    sql -N "$DB" -e "select coalesce(sum(timestampdiff(microsecond, text_claimed_at, text_read_at)), 0) div 1000
        from document_file where sha256 in (select sha256 from agreement_document d join agreement a on a.id = d.agreement_id
        where a.official_title = 'Benchmark $1')"
}
# upload_all PREFIX LANGUAGE: every file of that kind onto one new record; waits until all are read.
upload_all() {
    local ref; ref=$(new_record "Benchmark $1")
    for file in "$WORK/files/$1"-*.pdf; do
        curl -sf -o /dev/null -u "$ARCHIVIST" -F "file=@$file" -F kind=OTHER -F "language=$2" "$BASE/api/agreements/$ref/documents"
    done
    for _ in $(seq 1 1800); do
        curl -sf -u "$ARCHIVIST" "$BASE/api/agreements/$ref/documents" | python3 -c "
import json, sys
states = [d['text']['state'] for d in json.load(sys.stdin)]
sys.exit(0 if all(s in ('READ', 'FAILED', 'NEEDS_OCR') for s in states) else 1)" && return
        sleep 0.2
    done
    echo "the $1 files were not read within 6 minutes" >&2; exit 1
}
TEXT_PAGES=$((TEXT_FILES * PAGES)); SCAN_PAGES=$((SCAN_FILES * PAGES))

log "Floor: pdftotext over the text PDFs"
start=$(millis); for f in "$WORK/files"/text-*.pdf; do pdftotext "$f" - >/dev/null; done; PDFTOTEXT_MS=$(( $(millis) - start ))
log "The archive: upload them and wait until every page is read"
start=$(millis); upload_all text en; TEXT_MS=$(( $(millis) - start )); TEXT_READ_MS=$(reading_ms text)

log "Floor: pdftoppm -r 300 + tesseract -l rus+eng (one thread) over the scanned pages"
mkdir -p "$WORK/pages"
start=$(millis)
for f in "$WORK/files"/scan-*.pdf; do
    pdftoppm -r 300 -gray -png "$f" "$WORK/pages/$(basename "$f" .pdf)"
done
for png in "$WORK/pages"/*.png; do OMP_THREAD_LIMIT=1 tesseract "$png" stdout -l rus+eng >/dev/null 2>&1; done
TESS_MS=$(( $(millis) - start ))
log "The archive: upload them and wait until OCR has read every page"
start=$(millis); upload_all scan ru; OCR_MS=$(( $(millis) - start )); OCR_READ_MS=$(reading_ms scan)

# latency NAME QUERY: REQUESTS sequential searches by the archivist after as many unmeasured ones (the JIT
# warms up on them), one line of percentiles.
latency() {
    for _ in $(seq 1 "$REQUESTS"); do curl -s -o /dev/null -u "$ARCHIVIST" "$BASE/$2"; done
    : > "$WORK/$1.ms"
    for _ in $(seq 1 "$REQUESTS"); do
        curl -s -o /dev/null -w '%{time_total}\n' -u "$ARCHIVIST" "$BASE/$2" | awk '{printf "%d\n", $1 * 1000}' >> "$WORK/$1.ms"
    done
    sort -n "$WORK/$1.ms" | awk '{a[NR]=$1} END {print a[int(NR*0.5+0.5)], a[int(NR*0.95+0.5)]}'
}
log "Making $RECORDS records through the API, to hold the documents"
for i in $(seq 1 "$RECORDS"); do new_record "Benchmark holding $i" >/dev/null; done

QUERIES="title=api/agreements?q=caspian rare=api/agreements?q=tenthword common=api/agreements?q=halfword"
declare -A BEFORE AFTER
# Both measurements on a freshly started archive, so that neither has the other's warm-up or caches.
stop_archive
start_archive before
log "Search latency before the documents ($REQUESTS requests each, one client)"
STATIC_BEFORE=$(latency static robots.txt)
for q in $QUERIES; do BEFORE[${q%%=*}]=$(latency "${q%%=*}-before" "${q#*=}"); done

log "Writing $DOCUMENTS documents with one page each straight into the database"
stop_archive
python3 - "$DOCUMENTS" "$(sql -N "$DB" -e 'select count(*) from agreement')" > "$WORK/documents.sql" <<'PY'
import hashlib, random, sys
count = int(sys.argv[1])
holders = int(sys.argv[2])
random.seed(7)
words = ["w%04d" % i for i in range(5000)]
weights = [1.0 / (i + 1) for i in range(5000)]
print("set autocommit=0;")
print("create temporary table bench_target as select id, classification from agreement order by id;")
for n in range(count):
    sha = hashlib.sha256(b"bench-%d" % n).hexdigest()
    text = random.choices(words, weights, k=300)
    if n % (count // 10) == 0:
        text.append("tenthword")
    if n % 2 == 0:
        text.append("halfword")
    page = " ".join(text)
    print("insert into document_file (sha256, size, media_type, pages, stored_at, fixity, text_state, text_pages) values "
          "('%s', %d, 'text/plain; charset=UTF-8', 1, now(6), 'UNCHECKED', 'READ', 1);" % (sha, len(page)))
    print("insert into document_page (sha256, page_no, source, content) values ('%s', 1, 'TEXT_LAYER', '%s');" % (sha, page))
    print("insert into agreement_document (version, created_at, updated_at, agreement_id, position, sha256, kind, title, file_name, "
          "media_type, size, pages, classification) select 0, now(6), now(6), id, %d, '%s', 'OTHER', 'Generated page %d', 'g%d.txt', "
          "'text/plain; charset=UTF-8', %d, 1, classification from bench_target order by id limit 1 offset %d;"
          % (1000 + n, sha, n, n, len(page), n % holders))
    if n % 1000 == 999:
        print("commit;")
# The records changed behind the index's back: a new version makes the start-up check index them again.
print("update agreement set version = version + 1 where id in (select id from bench_target);")
print("commit;")
PY
start=$(millis); sql "$DB" < "$WORK/documents.sql"; LOAD_MS=$(( $(millis) - start ))
log "Loaded in $LOAD_MS ms; starting again (the start-up check indexes the new pages and records)"
start=$(millis); start_archive second; START_MS=$(( $(millis) - start ))
for _ in $(seq 1 600); do
    found=$(curl -sf -u "$ARCHIVIST" "$BASE/api/agreements?q=halfword" | json '["total"]' || echo 0)
    [ "$found" -gt 0 ] && break; sleep 1
done
INDEXED_MS=$(( $(millis) - start ))

log "Search latency with $DOCUMENTS documents indexed"
STATIC_AFTER=$(latency static-after robots.txt)
for q in $QUERIES; do AFTER[${q%%=*}]=$(latency "${q%%=*}-after" "${q#*=}"); done

log "Results (2 cores; ratios within this run)"
echo "text layer   reader $(rate $TEXT_PAGES $TEXT_READ_MS pages)  (claim to finish, $TEXT_PAGES pages); upload to searchable $(rate $TEXT_PAGES $TEXT_MS pages)"
echo "             pdftotext $(rate $TEXT_PAGES $PDFTOTEXT_MS pages)   reader / floor $(ratio $PDFTOTEXT_MS $TEXT_READ_MS)"
echo "OCR          reader $(rate $SCAN_PAGES $OCR_READ_MS pages)  ($SCAN_PAGES pages); upload to searchable $(rate $SCAN_PAGES $OCR_MS pages)"
echo "             pdftoppm + tesseract $(rate $SCAN_PAGES $TESS_MS pages)   reader / floor $(ratio $TESS_MS $OCR_READ_MS)"
echo "load         $DOCUMENTS documents into MariaDB in $LOAD_MS ms; start and index them: $INDEXED_MS ms (start alone $START_MS ms)"
echo "search (p50 p95 ms)      before        with $DOCUMENTS documents   p50 after/before"
printf '  %-22s %-13s %-27s %s\n' "static file" "$STATIC_BEFORE" "$STATIC_AFTER" "$(ratio ${STATIC_AFTER%% *} ${STATIC_BEFORE%% *})"
for q in title rare common; do
    printf '  %-22s %-13s %-27s %s\n' "$q word" "${BEFORE[$q]}" "${AFTER[$q]}" "$(ratio ${AFTER[$q]%% *} ${BEFORE[$q]%% *})"
done
for word in tenthword halfword; do
    echo "  $word: $(curl -sf -u "$ARCHIVIST" "$BASE/api/agreements?q=$word" | json '["total"]') records found"
done
