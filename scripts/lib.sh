#!/usr/bin/env bash
# Shared helpers of the reliability scripts (issues 9 and 14): a standalone MariaDB on loopback, product nodes on
# the `demo,mysql` profiles pointed at it, SQL against it, and the checks' bookkeeping. Everything binds to
# 127.0.0.1 only. Overrides: DB_PORT, WORK, JAR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$ROOT/target/yiyang-0.1.0-SNAPSHOT.jar}"
WORK="${WORK:-/var/tmp/yiyang-reliability}"   # not under /tmp: MariaDB treats that as temporary
DB_PORT="${DB_PORT:-13406}"
MARIADBD="$(command -v mariadbd || command -v mysqld || ls "$ROOT"/data/mariadb-base/bin/mariadbd 2>/dev/null || true)"
INSTALL_DB="$(command -v mariadb-install-db || command -v mysql_install_db || true)"

need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y mariadb-server mariadb-client curl jq)"; exit 2; }
  done
}

sql() { mariadb --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -uroot -N -B yiyang -e "$1"; }

# start_db DIR: a fresh MariaDB with durable commits (innodb_flush_log_at_trx_commit=1), database `yiyang`
start_db() {
  local dir="$1"
  [ -n "$MARIADBD" ] && [ -n "$INSTALL_DB" ] || { echo "missing: mariadbd (apt-get install -y mariadb-server)"; exit 2; }
  mkdir -p "$dir"
  "$INSTALL_DB" --no-defaults --datadir="$dir/db" --user=root --auth-root-authentication-method=normal \
      --skip-test-db >"$dir/db-install.log" 2>&1
  db_up "$dir"
  mariadb --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -uroot \
      -e "create database if not exists yiyang character set utf8mb4 collate utf8mb4_general_ci"
}

# db_up DIR: mariadbd on the data directory DIR/db as it is (also after a SIGKILL: InnoDB recovers from its redo log);
# returns once it answers, prints nothing
db_up() {
  local dir="$1"
  "$MARIADBD" --no-defaults --datadir="$dir/db" --port="$DB_PORT" --bind-address=127.0.0.1 \
      --socket="$dir/db.sock" --pid-file="$dir/db.pid" --user=root --character-set-server=utf8mb4 \
      --collation-server=utf8mb4_general_ci --innodb-flush-log-at-trx-commit=1 \
      --max-connections=400 --log-error="$dir/db.err" &
  echo $! >"$dir/db.pid.shell"; disown $!   # no "Killed" from bash when a test kills it
  for _ in $(seq 1 120); do
    mariadb --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -uroot -e "select 1" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "mariadbd on $DB_PORT did not answer within 60 s (see $dir/db.err)" >&2; return 1
}

# kill_db DIR: SIGKILL of mariadbd, as a power cut would leave it (only the process: the files stay)
kill_db() {
  local dir="$1" pid
  pid=$(cat "$dir/db.pid.shell"); kill -KILL "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

stop_db() {
  local dir="$1" pid
  [ -f "$dir/db.pid.shell" ] || return 0
  pid=$(cat "$dir/db.pid.shell"); kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}

# start_node NAME PORT FILES_DIR: one node of the product on the shared database (demo data and accounts loaded once)
start_node() {
  local name="$1" port="$2" files="$3"
  mkdir -p "$files"
  SPRING_PROFILES_ACTIVE=demo,mysql PORT="$port" YIYANG_DATA_DIR="$files" \
  DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/yiyang" DB_USER=root DB_PASSWORD= \
  VAADIN_LAUNCH_BROWSER=false \
      java -Xmx1g -jar "$JAR" --server.address=127.0.0.1 >>"$WORK/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"; disown $!
}

# wait_healthy PORT [SECONDS]: prints the seconds it took. Health includes readiness (probes are enabled), so 200
# comes only after the start-up runners (migrations, demo data) are done.
wait_healthy() {
  local port="$1" limit="${2:-600}" start
  start=$(date +%s)
  until curl -sf -m 5 "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    if (( $(date +%s) - start > limit )); then echo "node on $port not healthy after $limit s" >&2; return 1; fi
    sleep 1
  done
  echo $(( $(date +%s) - start ))
}

kill_node() { # kill_node NAME SIGNAL
  [ -f "$WORK/$1.pid" ] && kill -"$2" "$(cat "$WORK/$1.pid")" 2>/dev/null || true
}

# health_log PORT FILE: samples the node's health every second until $WORK/stop-health exists; one line each:
# epoch_seconds http_status (000: no answer within 2 s). Runs in the background; the caller keeps its pid.
health_log() {
  local port="$1" file="$2"
  while [ ! -f "$WORK/stop-health" ]; do
    echo "$(date +%s) $(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health" 2>/dev/null || true)" >>"$file"
    sleep 1
  done
}

# a real one-page PDF, made once (the product checks that a .pdf parses); submit_one makes each upload unique
make_pdf() {
  local out="$1"
  printf '%s\n' '%PDF-1.4' '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj' \
    '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj' \
    '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj' \
    'trailer <</Root 1 0 R>>' '%%EOF' >"$out"
}

FILING='{"clinicName":"崩溃测试医务室","clinicType":"INFIRMARY","openingDate":"'"$(date -d "+2 months" +%F)"'","services":["内科"],
 "head":{"name":"张医生","idNumber":"11010519491231002X","qualificationNo":"QC-1"},
 "staff":[{"name":"李护士","idNumber":"440524188001010014","profession":"护士","certificateNo":"NC-1"}]}'

# one client's submission: create (with an Idempotency-Key), upload every required material, submit.
# Each step is one line of LOG; the first four fields are always: key step http_status case_no, then
#   create: user
#   upload: material_code material_id sha256_sent   (every upload is a different file: a PDF comment names it)
submit_one() { # submit_one PORT USER KEY LOG PDF
  local port="$1" user="$2" key="$3" log="$4" pdf="$5" body status case code up sha id
  body=$(curl -s -m 30 -u "$user:demo" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
      -w '\n%{http_code}' -X POST "http://127.0.0.1:$port/api/v1/clinic-filings" -d "$FILING" 2>/dev/null || true)
  status=$(tail -n1 <<<"$body"); case=$(head -n -1 <<<"$body" | jq -r '.caseNo // empty' 2>/dev/null || true)
  echo "$key create ${status:-000} ${case:--} $user" >>"$log"
  [ "$status" = 201 ] || return 0
  for code in $(head -n -1 <<<"$body" | jq -r '.requiredMaterials[].code'); do
    up="$pdf.$key.$code.pdf"
    { head -n1 "$pdf"; echo "% $key $code $(date +%s%N) $RANDOM"; tail -n +2 "$pdf"; } >"$up"
    sha=$(sha256sum "$up" | cut -d' ' -f1)
    body=$(curl -s -m 30 -w '\n%{http_code}' -u "$user:demo" -F "code=$code" -F "file=@$up;filename=$code.pdf" \
        "http://127.0.0.1:$port/api/v1/cases/$case/materials" 2>/dev/null || true)
    rm -f "$up"
    status=$(tail -n1 <<<"$body"); id=$(head -n -1 <<<"$body" | jq -r '.id // empty' 2>/dev/null || true)
    echo "$key upload ${status:-000} $case $code ${id:--} $sha" >>"$log"
    [ "$status" = 201 ] || return 0
  done
  status=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -u "$user:demo" -X POST \
      "http://127.0.0.1:$port/api/v1/cases/$case/submit" 2>/dev/null || true)
  echo "$key submit ${status:-000} $case" >>"$log"
}

# --- the checks' bookkeeping: every check prints ok/FAIL; FAILED is also what an empty run gives
fail=0
check() { # check NAME GOT EXPECTED
  if [ "$2" != "$3" ]; then echo "FAIL $1: expected $3, got $2"; fail=1; else echo "ok   $1: $2"; fi
}
at_least() { # at_least NAME GOT MIN: a floor of real activity; below it the run tested nothing worth a PASS
  if [[ "$2" =~ ^[0-9]+$ ]] && (( $2 >= $3 )); then echo "ok   $1: $2 (at least $3)"
  else echo "FAIL $1: $2, fewer than $3 (nothing tested)"; fail=1; fi
}

# audit_problems PORT [USER:PASSWORD]: the number of problems the ADMIN's audit check finds, or "HTTP <status>" when
# the check itself did not answer 200 with a report (a 401 or 500 problem document has no `problems`)
audit_problems() {
  local out status
  out=$(curl -s -m 120 -w '\n%{http_code}' -u "${2:-admin:demo}" "http://127.0.0.1:$1/api/v1/audit/verify" || true)
  status=$(tail -n1 <<<"$out")
  if [ "$status" != 200 ]; then echo "HTTP ${status:-000}"; return; fi
  head -n -1 <<<"$out" | jq -r 'if (.problems|type) == "array" and (.entries|type) == "number" and .entries > 0
                                 then (.problems|length) else "no report: \(.)" end'
}
