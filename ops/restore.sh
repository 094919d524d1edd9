#!/usr/bin/env bash
# Puts a backup made by ops/backup.sh into an empty installation, before its first start.
#
#   ops/restore.sh BACKUP
#
# The installation is named as the archive names it: ARCHIVE_DATA_DIR (default ./data), which must
# hold no database and no documents yet, and for a MariaDB backup DB_URL, DB_USER and DB_PASSWORD,
# naming an existing empty database (create it with character set utf8mb4). The search index is not
# in a backup: the archive sees at its start that the index is behind the database and rebuilds it.
set -euo pipefail

fail() { echo "restore: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: ops/restore.sh BACKUP"
backup=$1
[ -f "$backup/backup.properties" ] || fail "$backup is not a backup made by ops/backup.sh (no backup.properties)"
setting() { sed -n "s/^$1=//p" "$backup/backup.properties"; }
kind=$(setting database)
file="$backup/$(setting databaseFile)"
[ "$(sha256sum "$file" | cut -d' ' -f1)" = "$(setting databaseSha256)" ] || fail "$file does not match its checksum: the backup is damaged"
data=${ARCHIVE_DATA_DIR:-./data}
if [ -d "$data/documents" ] && [ -n "$(find "$data/documents" -type f -not -path '*/.incoming/*' | head -1)" ]; then
    fail "$data/documents already holds documents: restore into an empty installation"
fi

case "$kind" in
mariadb)
    [ -n "${DB_URL:-}" ] || fail "a MariaDB backup restores into a MariaDB or MySQL database: set DB_URL (and DB_USER, DB_PASSWORD)"
    [[ $DB_URL =~ ^jdbc:mysql://([^/:?]+)(:([0-9]+))?/([^?]+) ]] || fail "DB_URL '$DB_URL' is not jdbc:mysql://HOST:PORT/DATABASE"
    host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-3306} database=${BASH_REMATCH[4]}
    client() { MYSQL_PWD="${DB_PASSWORD:-}" mariadb --default-character-set=utf8mb4 -h "$host" -P "$port" -u "${DB_USER:-root}" "$@"; }
    tables=$(client -N -e "select count(*) from information_schema.tables where table_schema = '$database'") \
        || fail "the database $database cannot be reached as ${DB_USER:-root} on $host:$port"
    [ "$tables" = 0 ] || fail "the database $database already holds $tables tables: restore into an empty one"
    client -N -e "select 1" "$database" >/dev/null 2>&1 || fail "the database $database does not exist: create it first (character set utf8mb4)"
    gunzip -c "$file" | client "$database"
    ;;
h2)
    [ -z "${DB_URL:-}" ] || fail "this is a backup of the embedded database: restore it with DB_URL unset (to move to MariaDB, use the whole-archive export, /api/archive)"
    [ -e "$data/archive.mv.db" ] && fail "$data already holds a database (archive.mv.db): restore into an empty installation"
    mkdir -p "$data"
    unzip -q "$file" -d "$data"
    ;;
*)
    fail "the backup's database '$kind' is neither mariadb nor h2"
    ;;
esac

mkdir -p "$data/documents"
cp -a "$backup/documents/." "$data/documents/"
echo "restore: $kind database and $(setting documents) documents into $data; start the archive, which rebuilds its search index"
