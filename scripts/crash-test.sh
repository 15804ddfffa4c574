#!/usr/bin/env bash
# Crash test (issues 9, 14): CLIENTS clients submit filings through the API; the JVM is killed with SIGKILL mid-load
# and restarted on the same database and files. Then: every create, upload and submission that was acknowledged
# (201/200) is there — the case with its audit entry, process and task; each upload's row and file with the SHA-256
# that was sent, and each row of the run with its file; none of the run's cases half-done; each Idempotency-Key names
# one case and sending every create again creates one case per key, no more; acceptance timers that fell due while the
# node was down fire exactly once; the audit trail verifies. Floors of real activity: a run that acknowledged fewer
# than MIN_CREATED (20) filings, MIN_UPLOADED (20) uploads, MIN_SUBMITTED (5) submissions or 4 due timers FAILS.
#   ./mvnw -B package -DskipTests && scripts/crash-test.sh          (LOAD_SECONDS=60 CLIENTS=16 by default)
#   LOAD_SECONDS=30 CLIENTS=8 scripts/crash-test.sh                 (the short run of CI: about 3.5 min in all)
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/acknowledged.sh"
need curl jq mariadb java
CLIENTS="${CLIENTS:-16}"; LOAD_SECONDS="${LOAD_SECONDS:-60}"; PORT="${PORT_A:-18091}"; FILES="$WORK/files"
T0=$(date +%s)
rm -rf "$WORK"; mkdir -p "$WORK"; LOG="$WORK/requests.log"; : >"$LOG"
make_pdf "$WORK/m.pdf"
trap 'touch "$WORK/stop"; kill_node crash KILL; stop_db "$WORK"' EXIT

start_db "$WORK"
start_node crash "$PORT" "$FILES"
echo "node up after $(wait_healthy "$PORT") s (migrations, demo data)"
BASELINE=$(sql "select coalesce(max(id), 0) from case_file")

# cases whose acceptance timer will fall due while the node is down
for i in 1 2 3 4; do submit_one "$PORT" applicant1 "timer-$i" "$WORK/timers.log" "$WORK/m.pdf"; done
TIMER_CASES=$(case_list "$WORK/timers.log" submit 200)

echo "load: $CLIENTS clients for ${LOAD_SECONDS}s, then SIGKILL"
CLIENT_PIDS=()
for c in $(seq 1 "$CLIENTS"); do
  ( user=applicant$(( c % 2 + 1 )); n=0
    while [ ! -f "$WORK/stop" ]; do n=$((n+1)); submit_one "$PORT" "$user" "c$c-$n" "$LOG" "$WORK/m.pdf"; done ) &
  CLIENT_PIDS+=($!)
done
sleep "$LOAD_SECONDS"
touch "$WORK/stop"   # each client ends with the request it has in flight (or its next one, refused)
kill_node crash KILL
KILLED_AT=$(date +%s)
for p in "${CLIENT_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done

# while the node is down, the acceptance timers of the prepared cases fall due
sql "update ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_
     set j.DUEDATE_ = now() - interval 1 minute
     where j.TYPE_ = 'timer' and c.case_no in ($TIMER_CASES)"
TIMERS_DUE=$(sql "select count(*) from ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_
     where j.TYPE_ = 'timer' and j.DUEDATE_ < now() and c.case_no in ($TIMER_CASES)")

start_node crash "$PORT" "$FILES"
RESTART=$(wait_healthy "$PORT")
echo "restarted: healthy $RESTART s after start, $(( $(date +%s) - KILLED_AT )) s after the kill"

cat "$LOG" "$WORK/timers.log" >"$WORK/all.log"
check_acknowledged "$WORK/all.log" "$LOG"
check_idempotency "$WORK/all.log"
check_timers "$TIMER_CASES" "$TIMERS_DUE"
check "audit trail intact after the crash (ADMIN's check: problems found)" "$(audit_problems "$PORT")" 0
check "server healthy after all" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health")" 200
echo "wall time: $(( $(date +%s) - T0 )) s"
[ "$fail" = 0 ] && echo "CRASH TEST PASSED" || { echo "CRASH TEST FAILED"; exit 1; }
