#!/usr/bin/env bash
# Backs up the archive while it serves: the database as of one moment, then the documents' files.
#
#   ops/backup.sh DESTINATION          (a folder that does not exist yet)
#
# Reads the archive's own settings from the environment: ARCHIVE_DATA_DIR (default ./data), and for
# MySQL or MariaDB DB_URL, DB_USER, DB_PASSWORD. The embedded database's files are held open by the
# running archive, so the archive writes that copy itself: then ARCHIVE_URL (default
# http://127.0.0.1:8080) and an administrator's ARCHIVE_BACKUP_USER and ARCHIVE_BACKUP_PASSWORD.
# The backup is written to DESTINATION.partial and renamed when whole, so a folder named
# DESTINATION is always a complete backup. Restore it with ops/restore.sh.
set -euo pipefail

fail() { echo "backup: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: ops/backup.sh DESTINATION"
dest=$1
[ -e "$dest" ] && fail "$dest exists already; name a new folder"
data=${ARCHIVE_DATA_DIR:-./data}
[ -d "$data" ] || fail "the archive's data folder $data does not exist (ARCHIVE_DATA_DIR)"
partial="$dest.partial"
rm -rf "$partial"
mkdir -p "$partial"
trap 'rm -rf "$partial"' ERR

started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
if [ -n "${DB_URL:-}" ]; then
    [[ $DB_URL =~ ^jdbc:mysql://([^/:?]+)(:([0-9]+))?/([^?]+) ]] || fail "DB_URL '$DB_URL' is not jdbc:mysql://HOST:PORT/DATABASE"
    host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-3306} database=${BASH_REMATCH[4]}
    command -v mariadb-dump >/dev/null || fail "mariadb-dump is not installed (Debian: apt-get install mariadb-client)"
    # One transaction over InnoDB tables: a consistent copy without locking the archive's writers.
    MYSQL_PWD="${DB_PASSWORD:-}" mariadb-dump --single-transaction --quick --hex-blob --no-tablespaces \
        --default-character-set=utf8mb4 -h "$host" -P "$port" -u "${DB_USER:-root}" "$database" \
        | gzip >"$partial/database.sql.gz"
    kind=mariadb
    database_file=database.sql.gz
else
    url=${ARCHIVE_URL:-http://127.0.0.1:8080}
    [ -n "${ARCHIVE_BACKUP_USER:-}" ] && [ -n "${ARCHIVE_BACKUP_PASSWORD:-}" ] \
        || fail "the embedded database is copied by the running archive: set ARCHIVE_BACKUP_USER and ARCHIVE_BACKUP_PASSWORD (an administrator)"
    answer=$(curl -sS -u "$ARCHIVE_BACKUP_USER:$ARCHIVE_BACKUP_PASSWORD" -X POST -w '\n%{http_code}' "$url/api/backups/database") \
        || fail "the archive at $url does not answer (ARCHIVE_URL)"
    status=${answer##*$'\n'}
    body=${answer%$'\n'*}
    [ "$status" = 200 ] || fail "the archive refused the database copy ($status): $body"
    written=$(printf '%s' "$body" | sed -n 's/.*"file":"\([^"]*\)".*/\1/p')
    [ -f "$written" ] || fail "the archive wrote $written, which is not on this machine: run this script beside the archive"
    mv "$written" "$partial/database.zip"
    kind=h2
    database_file=database.zip
fi

# The documents after the database: a file is stored before the transaction that names it commits,
# so every file the database copy names is already here (and a file stored since is only extra).
mkdir -p "$partial/documents"
if [ -d "$data/documents" ]; then
    cp -a "$data/documents/." "$partial/documents/"
    rm -rf "$partial/documents/.incoming"
fi
documents=$(find "$partial/documents" -type f | wc -l)

{
    echo "# Treaty Archive backup: restore with ops/restore.sh"
    echo "database=$kind"
    echo "databaseFile=$database_file"
    echo "databaseSha256=$(sha256sum "$partial/$database_file" | cut -d' ' -f1)"
    echo "documents=$documents"
    echo "started=$started"
    echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
} >"$partial/backup.properties"
mv "$partial" "$dest"
trap - ERR
echo "backup: $kind database and $documents documents in $dest"
