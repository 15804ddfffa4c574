#!/usr/bin/env bash
# Two-node cluster test (issues 9, 14): two nodes of the product on one MariaDB (loopback, two ports). Clients submit
# filings to both and reviewers accept on both; node A is killed (SIGKILL) mid-load and the clients carry on against
# node B, whose health is sampled every second from its start to the end (its availability is reported and every
# sample must be 200); acceptance timers that fall due while both run fire exactly once across the cluster. Checks:
# nothing acknowledged lost (cases, submissions, uploads both ways), each completion answered 204 kept exactly once,
# no case accepted twice, one case per Idempotency-Key, the audit trail verifies on B. Floors: MIN_CREATED (20)
# filings, MIN_SUBMITTED (10) submissions, MIN_ACCEPTED (10) completions answered 204, 8 timers, or it FAILS.
#   ./mvnw -B package -DskipTests && scripts/cluster-test.sh       (LOAD_SECONDS=120 CLIENTS=16 by default)
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/acknowledged.sh"
need curl jq mariadb java
CLIENTS="${CLIENTS:-16}"; LOAD_SECONDS="${LOAD_SECONDS:-120}"; A=18091; B=18092; PORT=$B; FILES="$WORK/files"
MIN_SUBMITTED="${MIN_SUBMITTED:-10}"; MIN_ACCEPTED="${MIN_ACCEPTED:-10}"
T0=$(date +%s)
rm -rf "$WORK"; mkdir -p "$WORK"; LOG="$WORK/requests.log"; for f in "$LOG" "$WORK/reviews.log" "$WORK/ports.log"; do : >"$f"; done
make_pdf "$WORK/m.pdf"
trap 'touch "$WORK/stop" "$WORK/stop-health"; kill_node a KILL; kill_node b KILL; stop_db "$WORK"' EXIT

start_db "$WORK"
start_node a "$A" "$FILES"          # one shared files folder: on real hosts, a shared volume (NFS) or object store
echo "node A up after $(wait_healthy "$A") s (migrations, demo data)"
start_node b "$B" "$FILES"
echo "node B up after $(wait_healthy "$B") s"
health_log "$B" "$WORK/health-b.log" & HEALTH_PID=$!
BASELINE=$(sql "select coalesce(max(id), 0) from case_file")

# 8 cases whose acceptance timers fall due 20 s from now, while both nodes run their job executors
for i in $(seq 1 8); do submit_one "$A" applicant2 "timer-$i" "$WORK/timers.log" "$WORK/m.pdf"; done
TIMER_CASES=$(case_list "$WORK/timers.log" submit 200)
sql "update ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_
     set j.DUEDATE_ = now() + interval 20 second where j.TYPE_ = 'timer' and c.case_no in ($TIMER_CASES)"
TIMERS=$(sql "select count(*) from ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_ where j.TYPE_ = 'timer' and c.case_no in ($TIMER_CASES)")

echo "load: $CLIENTS clients over both nodes; node A killed after $((LOAD_SECONDS / 2)) s"
CLIENT_PIDS=()
for c in $(seq 1 "$CLIENTS"); do
  ( user=applicant$(( c % 2 + 1 )); n=0
    while [ ! -f "$WORK/stop" ]; do
      n=$((n+1)); port=$(( (c + n) % 2 == 0 ? A : B ))
      # a client whose node is gone goes to the other one (what a load balancer's health check does)
      curl -s -m 2 -o /dev/null "http://127.0.0.1:$port/actuator/health" || port=$(( port == A ? B : A ))
      echo "$port" >>"$WORK/ports.log"
      submit_one "$port" "$user" "c$c-$n" "$LOG" "$WORK/m.pdf"
    done ) &
  CLIENT_PIDS+=($!)
done
# two reviewers accept what arrives, one on each node: the newest filings the clients submitted (the timer cases are
# left to their timers, the demo's cases alone). reviews.log: reviewer port task_id case_no http_status
for r in 1 2; do
  ( port=$([ $r = 1 ] && echo $A || echo $B)
    while [ ! -f "$WORK/stop" ]; do
      curl -s -m 2 -o /dev/null "http://127.0.0.1:$port/actuator/health" || port=$B
      curl -s -m 10 -u "health$r:demo" "http://127.0.0.1:$port/api/v1/tasks?scope=group&matter=CLINIC_FILING&sort=created&size=10" \
        | jq -r '.items[]? | select(.key=="Task_CheckCompleteness") | "\(.id) \(.caseNo)"' 2>/dev/null \
        | while read -r t case; do
            grep -q " submit 200 $case\$" "$LOG" || continue
            s=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -u "health$r:demo" -H 'Content-Type: application/json' \
                -X POST "http://127.0.0.1:$port/api/v1/tasks/$t/complete" -d '{"outcome":"ACCEPT","comment":"同意"}' || true)
            echo "health$r $port $t $case ${s:-000}" >>"$WORK/reviews.log"
          done
      sleep 0.5
    done ) &
  CLIENT_PIDS+=($!)
done
sleep $((LOAD_SECONDS / 2))
kill_node a KILL; KILLED_AT=$(date +%s); echo "node A killed"
sleep $((LOAD_SECONDS / 2))
touch "$WORK/stop"; for p in "${CLIENT_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done

echo "requests per node: A $(grep -c "^$A" "$WORK/ports.log" || true), B $(grep -c "^$B" "$WORK/ports.log" || true) (submissions started)"
echo "acceptances answered 204: A $(awk -v p=$A '$2==p && $5==204' "$WORK/reviews.log" | wc -l), B $(awk -v p=$B '$2==p && $5==204' "$WORK/reviews.log" | wc -l);" \
     "refused 409 (taken by the other reviewer): $(awk '$5==409' "$WORK/reviews.log" | wc -l); without an answer: $(awk '$5=="000"' "$WORK/reviews.log" | wc -l)"
cat "$LOG" "$WORK/timers.log" >"$WORK/all.log"
SUBMISSIONS_WAIT=no check_acknowledged "$WORK/all.log" "$LOG"

# every completion answered 204 is kept exactly once: one completed ACCEPT step for the task, one TASK_COMPLETED
# audit entry of the check for its case, one CASE_ACCEPTED; and none of the run's cases was accepted twice
accepted=$(awk '$5==204' "$WORK/reviews.log" | wc -l)
at_least "completions answered 204" "$accepted" "$MIN_ACCEPTED"
check "tasks answered 204 more than once" "$(awk '$5==204 {print $3}' "$WORK/reviews.log" | sort | uniq -d | wc -l)" 0
kept=0
while read -r who t case; do
  [ "$(sql "select (select count(*) from case_step s join case_file c on c.id = s.case_id where s.task_id = '$t' and c.case_no = '$case' and s.ended_at is not null and s.outcome = 'ACCEPT' and s.completed_by = '$who')
            = 1 and (select count(*) from audit_entry a join case_file c on c.id = a.case_id where c.case_no = '$case' and a.action = 'TASK_COMPLETED' and a.detail like concat((select name from case_step where task_id = '$t'), '：ACCEPT%')) = 1
            and (select count(*) from audit_entry a join case_file c on c.id = a.case_id where c.case_no = '$case' and a.action = 'CASE_ACCEPTED') = 1")" = 1 ] && kept=$((kept+1))
done < <(awk '$5==204 {print $1, $3, $4}' "$WORK/reviews.log")
check "completions answered 204 kept exactly once (step, audit entry, acceptance)" "$kept" "$accepted"
check "the run's cases with more than one completed acceptance step" "$(sql "select count(*) from (select case_id from case_step where case_id > $BASELINE and task_key = 'Task_CheckCompleteness' and outcome = 'ACCEPT' group by case_id having count(*) > 1) x")" 0
check "the run's cases accepted twice (CASE_ACCEPTED)" "$(sql "select count(*) from (select case_id from audit_entry where action = 'CASE_ACCEPTED' and case_id > $BASELINE group by case_id having count(*) > 1) x")" 0

at_least "acceptance timers due while both nodes ran" "$TIMERS" 8
left=""
for _ in $(seq 1 60); do
  left=$(sql "select count(*) from ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_ where j.TYPE_ = 'timer' and c.case_no in ($TIMER_CASES) and j.DUEDATE_ < now()")
  [ "$left" = 0 ] && break; sleep 2
done
check "due timers still waiting" "$left" 0
check "deemed acceptances across the cluster (one per timer)" "$(sql "select count(*) from audit_entry a join case_file c on c.id = a.case_id where a.action = 'DEEMED_ACCEPTED' and c.case_no in ($TIMER_CASES)")" "$TIMERS"
check "the run's cases deemed accepted twice" "$(sql "select count(*) from (select case_id from audit_entry where action = 'DEEMED_ACCEPTED' and case_id > $BASELINE group by case_id having count(*) > 1) x")" 0
check_idempotency "$WORK/all.log"
check "audit trail intact (ADMIN's check on node B: problems found)" "$(audit_problems "$B")" 0

touch "$WORK/stop-health"; wait "$HEALTH_PID" 2>/dev/null || true
samples=$(wc -l <"$WORK/health-b.log"); up=$(awk '$2==200' "$WORK/health-b.log" | wc -l)
after_kill=$(awk -v k="$KILLED_AT" '$1>=k' "$WORK/health-b.log" | wc -l)
echo "node B health: $up of $samples one-second samples 200 ($(awk -v u="$up" -v n="$samples" 'BEGIN{printf "%.1f", n ? 100*u/n : 0}') %)," \
     "$after_kill samples after A's kill; not 200: $(awk '$2!=200 {printf "%s@%+ds ", $2, $1-'"$KILLED_AT"'}' "$WORK/health-b.log")"
at_least "node B health samples" "$samples" $((LOAD_SECONDS))
check "node B health samples not 200 (from its start to the end)" "$((samples - up))" 0
echo "wall time: $(( $(date +%s) - T0 )) s"
[ "$fail" = 0 ] && echo "CLUSTER TEST PASSED" || { echo "CLUSTER TEST FAILED"; exit 1; }
