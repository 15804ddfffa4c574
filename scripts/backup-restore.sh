#!/usr/bin/env bash
# Backup and restore (issues 9, 14). The backup, for a running system:
#   mariadb-dump --single-transaction --routines --triggers --hex-blob yiyang >yiyang.sql   # one consistent snapshot
#   cp -a "$YIYANG_DATA_DIR/files" backup/files                                             # THEN the files
# Files are written once, before the row that names them commits, and never changed; so copying them after the
# dump finds every file the snapshot names (a file newer than the snapshot is an unnamed extra, harmless).
# This script proves it: a backup taken while clients keep submitting is restored into a fresh database and files
# folder and a second node started on them; every restored material is on disk with its SHA-256, the audit trail
# verifies, no case lacks its process; and a backup of the idle system restores table by table identical
# (row counts and CHECKSUM TABLE of every table).
#   ./mvnw -B package -DskipTests && scripts/backup-restore.sh
source "$(dirname "$0")/lib.sh"
need curl jq mariadb mariadb-dump java
A=18091; R=18093; RESTORE_DB_PORT=13407
rm -rf "$WORK"; mkdir -p "$WORK/backup"; LOG="$WORK/requests.log"; : >"$LOG"
make_pdf "$WORK/m.pdf"
trap 'kill_node a KILL; kill_node restored KILL; stop_db "$WORK"; DB_PORT=$RESTORE_DB_PORT stop_db "$WORK/restore"' EXIT

start_db "$WORK"
start_node a "$A" "$WORK/files"
echo "node up after $(wait_healthy "$A") s"
BASELINE=$(sql "select coalesce(max(id), 0) from case_file")   # the run's cases are above: the demo's history is not judged
for i in $(seq 1 6); do submit_one "$A" applicant1 "seed-$i" "$LOG" "$WORK/m.pdf"; done

backup() { # backup DIR
  local t0=$(date +%s%N)
  mariadb-dump --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -uroot --single-transaction --routines --triggers --hex-blob \
      yiyang >"$1/yiyang.sql"
  cp -a "$WORK/files/." "$1/files/"
  echo "backup: $(du -sh "$1/yiyang.sql" | cut -f1) SQL, $(find "$1/files" -type f | wc -l) files, $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

restore() { # restore DIR: a fresh MariaDB on RESTORE_DB_PORT with the dump loaded
  DB_PORT=$RESTORE_DB_PORT stop_db "$WORK/restore"; rm -rf "$WORK/restore"
  DB_PORT=$RESTORE_DB_PORT start_db "$WORK/restore"
  local t0=$(date +%s%N)
  mariadb --protocol=tcp -h127.0.0.1 -P"$RESTORE_DB_PORT" -uroot yiyang <"$1/yiyang.sql"
  mkdir -p "$WORK/restore/files"; cp -a "$1/files/." "$WORK/restore/files/"
  echo "restore: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

rsql() { DB_PORT=$RESTORE_DB_PORT sql "$1"; }

echo "== 1. backup while 8 clients submit"
CLIENT_PIDS=()
for c in $(seq 1 8); do
  ( n=0; while [ ! -f "$WORK/stop" ]; do n=$((n+1)); submit_one "$A" applicant$(( c % 2 + 1 )) "c$c-$n" "$LOG" "$WORK/m.pdf"; done ) &
  CLIENT_PIDS+=($!)
done
sleep 8
mkdir -p "$WORK/backup/live/files"; backup "$WORK/backup/live"
sleep 3; touch "$WORK/stop"; for p in "${CLIENT_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
restore "$WORK/backup/live"
missing=0; badhash=0; n=0
while read -r key sha; do
  n=$((n+1)); f="$WORK/restore/files/files/$key"
  if [ ! -f "$f" ]; then missing=$((missing+1)); elif [ "$(sha256sum "$f" | cut -d' ' -f1)" != "$sha" ]; then badhash=$((badhash+1)); fi
done < <(rsql "select storage_key, sha256 from case_material union all select storage_key, sha256 from case_document")
at_least "the run's materials in the live backup" "$(rsql "select count(*) from case_material where case_id > $BASELINE")" 20
at_least "the run's cases in the live backup" "$(rsql "select count(*) from case_file where id > $BASELINE")" 10
check "restored materials and documents missing a file ($n rows)" "$missing" 0
check "restored files whose SHA-256 differs" "$badhash" 0
check "the run's restored cases past DRAFT without a process ($(rsql "select count(*) from case_file where id > $BASELINE and status <> 'DRAFT'") past DRAFT)" "$(rsql "select count(*) from case_file c where c.id > $BASELINE and c.status <> 'DRAFT' and (c.process_instance_id is null or not exists (select 1 from ACT_HI_PROCINST p where p.ID_ = c.process_instance_id))")" 0
DB_PORT=$RESTORE_DB_PORT start_node restored "$R" "$WORK/restore/files"
echo "restored node up after $(DB_PORT=$RESTORE_DB_PORT wait_healthy "$R") s"
check "audit trail of the restored system (ADMIN's check: problems found)" "$(audit_problems "$R")" 0
# the newest material, downloaded by its owner (staff do not see drafts, and the newest case may be one)
read -r some mid owner < <(rsql "select c.case_no, m.id, c.created_by from case_material m join case_file c on c.id = m.case_id order by m.id desc limit 1")
check "a restored material downloads with its SHA-256" "$(curl -s -u "$owner:demo" "http://127.0.0.1:$R/api/v1/cases/$some/materials/$mid" | sha256sum | cut -d' ' -f1)" "$(rsql "select sha256 from case_material where id = $mid")"
kill_node restored KILL; sleep 2

echo "== 2. backup of the idle system: identical after restore"
mkdir -p "$WORK/backup/idle/files"; backup "$WORK/backup/idle"
restore "$WORK/backup/idle"
tables=$(sql "select table_name from information_schema.tables where table_schema = 'yiyang' and table_type = 'BASE TABLE' order by 1")
differ=0; count=0; rows=0
for t in $tables; do
  count=$((count+1))
  a=$(sql "select count(*) from \`$t\`"); b=$(rsql "select count(*) from \`$t\`"); rows=$((rows+a))
  ca=$(sql "checksum table \`$t\`" | cut -f2); cb=$(rsql "checksum table \`$t\`" | cut -f2)
  if [ "$a" != "$b" ] || [ "$ca" != "$cb" ]; then differ=$((differ+1)); echo "  differs: $t ($a/$b rows, checksum $ca/$cb)"; fi
done
at_least "tables compared" "$count" 50
check "tables that differ after restore ($count tables, $rows rows)" "$differ" 0
fa=$(cd "$WORK/files" && find . -type f -exec sha256sum {} + | sort | sha256sum | cut -d' ' -f1)
fb=$(cd "$WORK/restore/files" && find . -type f -exec sha256sum {} + | sort | sha256sum | cut -d' ' -f1)
check "files folder hash equal ($(find "$WORK/files" -type f | wc -l) files)" "$fb" "$fa"
[ "$fail" = 0 ] && echo "BACKUP/RESTORE TEST PASSED" || { echo "BACKUP/RESTORE TEST FAILED"; exit 1; }
