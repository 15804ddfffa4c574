#!/usr/bin/env bash
# Database kill test (issue 14): CLIENTS clients submit filings through the API; mariadbd is killed with SIGKILL
# mid-load, stays down DB_DOWN_SECONDS while the clients carry on (their requests fail: nothing is acknowledged),
# and is started again on the same data directory (InnoDB recovers from its redo log). The product is NOT restarted:
# its health, sampled every second, must come back to 200 by itself (the same JVM, its pool reconnecting) and the
# clients' requests succeed again for AFTER_SECONDS. Then the same checks as the crash test: every acknowledged create,
# upload and submission is there; none of the run's cases half-done; one case per Idempotency-Key; acceptance timers
# that fell due while the database was down fire once each; the audit trail verifies. Floors: MIN_CREATED (20)
# filings in all, MIN_AFTER (5) filings acknowledged after the recovery, 4 due timers, or it FAILS.
#   ./mvnw -B package -DskipTests && scripts/db-kill-test.sh   (LOAD_SECONDS=30 DB_DOWN_SECONDS=15 AFTER_SECONDS=20 CLIENTS=8)
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/acknowledged.sh"
need curl jq mariadb java
CLIENTS="${CLIENTS:-8}"; LOAD_SECONDS="${LOAD_SECONDS:-30}"; DB_DOWN_SECONDS="${DB_DOWN_SECONDS:-15}"
AFTER_SECONDS="${AFTER_SECONDS:-20}"; PORT="${PORT_A:-18091}"; FILES="$WORK/files"; MIN_AFTER="${MIN_AFTER:-5}"
T0=$(date +%s)
rm -rf "$WORK"; mkdir -p "$WORK"; for ph in before outage after; do : >"$WORK/requests.$ph.log"; done
make_pdf "$WORK/m.pdf"
trap 'touch "$WORK/stop" "$WORK/stop-health"; kill_node node KILL; stop_db "$WORK"' EXIT

start_db "$WORK"
start_node node "$PORT" "$FILES"
echo "node up after $(wait_healthy "$PORT") s (migrations, demo data)"
JVM=$(cat "$WORK/node.pid")
health_log "$PORT" "$WORK/health.log" & HEALTH_PID=$!
BASELINE=$(sql "select coalesce(max(id), 0) from case_file")
for i in 1 2 3 4; do submit_one "$PORT" applicant1 "timer-$i" "$WORK/timers.log" "$WORK/m.pdf"; done
TIMER_CASES=$(case_list "$WORK/timers.log" submit 200)

# each client logs a submission to the log of the phase it started in: before (the kill), outage, after (recovery)
echo before >"$WORK/phase"
echo "load: $CLIENTS clients; mariadbd killed after ${LOAD_SECONDS}s, down ${DB_DOWN_SECONDS}s; then ${AFTER_SECONDS}s more after the node is healthy again"
CLIENT_PIDS=()
for c in $(seq 1 "$CLIENTS"); do
  ( user=applicant$(( c % 2 + 1 )); n=0
    while [ ! -f "$WORK/stop" ]; do
      n=$((n+1)); submit_one "$PORT" "$user" "c$c-$n" "$WORK/requests.$(cat "$WORK/phase").log" "$WORK/m.pdf"
      [ "$(cat "$WORK/phase")" = outage ] && sleep 0.5   # a client that got an error waits a little, as a person would
    done ) &
  CLIENT_PIDS+=($!)
done
sleep "$LOAD_SECONDS"
# the prepared cases' acceptance timers fall due 3 s after the kill, while the database is down
sql "update ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_
     set j.DUEDATE_ = now() + interval 3 second where j.TYPE_ = 'timer' and c.case_no in ($TIMER_CASES)"
read -r TIMERS_SET DUE_AT < <(sql "select count(*), coalesce(floor(unix_timestamp(max(j.DUEDATE_))), 0) from ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_
     where j.TYPE_ = 'timer' and j.DUEDATE_ > now() and c.case_no in ($TIMER_CASES)")
echo outage >"$WORK/phase"
kill_db "$WORK"; KILLED_AT=$(date +%s); echo "mariadbd killed (SIGKILL)"
sleep "$DB_DOWN_SECONDS"
db_up "$WORK"; DB_UP_AT=$(date +%s); echo "mariadbd up again on the same datadir after $((DB_UP_AT - KILLED_AT)) s (InnoDB recovery included)"
RECOVERY=$(wait_healthy "$PORT" 300)
echo "node healthy again $RECOVERY s after the database came back, $(( $(date +%s) - KILLED_AT )) s after the kill, without a restart"
echo after >"$WORK/phase"
sleep "$AFTER_SECONDS"
touch "$WORK/stop"; for p in "${CLIENT_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
TIMERS_DUE=$(( ${DUE_AT:-0} > KILLED_AT && ${DUE_AT:-0} < DB_UP_AT ? TIMERS_SET : 0 ))   # due while the database was down

for ph in before outage after; do
  f="$WORK/requests.$ph.log"
  echo "phase $ph: $(awk '$2=="create" && $3==201' "$f" | wc -l) created, $(awk '$2=="upload" && $3==201' "$f" | wc -l) uploads," \
       "$(awk '$2=="submit" && $3==200' "$f" | wc -l) submitted; $(awk '$3=="000"' "$f" | wc -l) without an answer," \
       "$(awk '$3!="000" && $3 !~ /^2/ {print $3}' "$f" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')refused"
done
cat "$WORK"/requests.{before,outage,after}.log >"$WORK/load.log"; cat "$WORK/load.log" "$WORK/timers.log" >"$WORK/all.log"
check_acknowledged "$WORK/all.log" "$WORK/load.log"
check_idempotency "$WORK/all.log"
check_timers "$TIMER_CASES" "$TIMERS_DUE"

# the product reconnected by itself
check "the same JVM throughout (pid $JVM alive)" "$(kill -0 "$JVM" 2>/dev/null && echo alive)" alive
at_least "filings acknowledged after the recovery" "$(awk '$2=="create" && $3==201' "$WORK/requests.after.log" | wc -l)" "$MIN_AFTER"
at_least "submissions acknowledged after the recovery" "$(awk '$2=="submit" && $3==200' "$WORK/requests.after.log" | wc -l)" 1
check "requests after the recovery refused or unanswered" "$(awk '$3 !~ /^2/' "$WORK/requests.after.log" | wc -l)" 0
check "audit trail intact after the database kill (ADMIN's check: problems found)" "$(audit_problems "$PORT")" 0
check "server healthy after all" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health")" 200
touch "$WORK/stop-health"; wait "$HEALTH_PID" 2>/dev/null || true
first_up=$(awk -v k="$KILLED_AT" '$1>k && $2==200 {print $1; exit}' "$WORK/health.log")
echo "health: $(wc -l <"$WORK/health.log") one-second samples; not 200 from $(awk -v k="$KILLED_AT" '$1>=k && $2!=200 {print $1-k; exit}' "$WORK/health.log") s" \
     "to $(( ${first_up:-0} - KILLED_AT )) s after the kill ($(awk '$2!=200' "$WORK/health.log" | wc -l) samples: $(awk '$2!=200 {print $2}' "$WORK/health.log" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}'));" \
     "the database was down $((DB_UP_AT - KILLED_AT)) s"
echo "wall time: $(( $(date +%s) - T0 )) s"
[ "$fail" = 0 ] && echo "DB KILL TEST PASSED" || { echo "DB KILL TEST FAILED"; exit 1; }
