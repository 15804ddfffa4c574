#!/usr/bin/env bash
# Two-node cluster test (issue 9): two nodes of the product on one MariaDB (loopback, two ports). Clients submit
# filings to both and reviewers accept on both; node A is killed (SIGKILL) mid-load and the clients carry on against
# node B; acceptance timers that fall due while both run fire exactly once across the cluster.
#   ./mvnw -B package -DskipTests && scripts/cluster-test.sh       (LOAD_SECONDS=120 CLIENTS=16 by default)
source "$(dirname "$0")/lib.sh"
need curl jq mariadb java
CLIENTS="${CLIENTS:-16}"; LOAD_SECONDS="${LOAD_SECONDS:-120}"; A=18091; B=18092
rm -rf "$WORK"; mkdir -p "$WORK"; LOG="$WORK/requests.log"; : >"$LOG"
make_pdf "$WORK/m.pdf"
trap 'kill_node a KILL; kill_node b KILL; stop_db "$WORK"' EXIT

start_db "$WORK"
start_node a "$A" "$WORK/files"          # one shared files folder: on real hosts, a shared volume (NFS) or object store
echo "node A up after $(wait_healthy "$A") s (migrations, demo data)"
start_node b "$B" "$WORK/files"
echo "node B up after $(wait_healthy "$B") s"

# 8 cases whose acceptance timers fall due 20 s from now, while both nodes run their job executors
for i in $(seq 1 8); do submit_one "$A" applicant2 "timer-$i" "$WORK/timers.log" "$WORK/m.pdf"; done
TIMER_CASES=$(awk '$2=="submit" && $3==200 {print "\x27"$4"\x27"}' "$WORK/timers.log" | paste -sd,)
[ -n "$TIMER_CASES" ] || { echo "could not submit the timer cases:"; cat "$WORK/timers.log"; exit 1; }
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
# two reviewers accept what arrives, one on each node
for r in 1 2; do
  ( port=$([ $r = 1 ] && echo $A || echo $B)
    while [ ! -f "$WORK/stop" ]; do
      curl -s -m 2 -o /dev/null "http://127.0.0.1:$port/actuator/health" || port=$B
      for t in $(curl -s -u "health$r:demo" "http://127.0.0.1:$port/api/v1/tasks?scope=group&size=5" | jq -r '.items[]? | select(.key=="Task_CheckCompleteness") | .id'); do
        s=$(curl -s -o /dev/null -w '%{http_code}' -u "health$r:demo" -H 'Content-Type: application/json' \
            -X POST "http://127.0.0.1:$port/api/v1/tasks/$t/complete" -d '{"outcome":"ACCEPT","comment":"同意"}')
        echo "health$r $port $t $s" >>"$WORK/reviews.log"
      done
      sleep 0.5
    done ) &
  CLIENT_PIDS+=($!)
done
sleep $((LOAD_SECONDS / 2))
kill_node a KILL; echo "node A killed"
sleep $((LOAD_SECONDS / 2))
touch "$WORK/stop"; for p in "${CLIENT_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done

fail=0; check() { if [ "$2" != "$3" ]; then echo "FAIL $1: expected $3, got $2"; fail=1; else echo "ok   $1: $2"; fi; }
echo "requests per node: A $(grep -c "^$A" "$WORK/ports.log" || true), B $(grep -c "^$B" "$WORK/ports.log" || true)"
echo "acceptances: A $(awk -v p=$A '$2==p && $4==204' "$WORK/reviews.log" | wc -l), B $(awk -v p=$B '$2==p && $4==204' "$WORK/reviews.log" | wc -l), refused as taken by the other: $(awk '$4==409' "$WORK/reviews.log" | wc -l)"
created=$(awk '$2=="create" && $3==201' "$LOG" | wc -l); submitted=$(awk '$2=="submit" && $3==200' "$LOG" | wc -l)
echo "answers: $created created, $submitted submitted, $(awk '$3=="000"' "$LOG" | wc -l) without an answer (node A's in-flight requests)"
C=$({ echo "''"; awk '$2=="create" && $3==201 {print "\x27"$4"\x27"}' "$LOG"; } | sort -u | paste -sd,)
S=$({ echo "''"; awk '$2=="submit" && $3==200 {print "\x27"$4"\x27"}' "$LOG"; } | sort -u | paste -sd,)
check "cases that got 201 and exist" "$(sql "select count(*) from case_file where case_no in ($C)")" "$created"
check "submissions that got 200 with a process" "$(sql "select count(*) from case_file c join ACT_HI_PROCINST p on p.ID_ = c.process_instance_id where c.case_no in ($S)")" "$submitted"
check "cases past DRAFT without a process" "$(sql "select count(*) from case_file c where c.status <> 'DRAFT' and c.matter = 'CLINIC_FILING' and (c.process_instance_id is null or not exists (select 1 from ACT_HI_PROCINST p where p.ID_ = c.process_instance_id))")" 0
check "tasks completed twice" "$(sql "select count(*) from (select task_id from case_step where ended_at is not null group by task_id having count(*) > 1) x")" 0
for _ in $(seq 1 60); do
  left=$(sql "select count(*) from ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_ where j.TYPE_ = 'timer' and c.case_no in ($TIMER_CASES) and j.DUEDATE_ < now()")
  [ "$left" = 0 ] && break; sleep 2
done
check "due timers still waiting" "$left" 0
check "deemed acceptances across the cluster (one per timer, $TIMERS timers)" "$(sql "select count(*) from audit_entry a join case_file c on c.id = a.case_id where a.action = 'DEEMED_ACCEPTED' and c.case_no in ($TIMER_CASES)")" "$TIMERS"
check "cases deemed accepted twice" "$(sql "select count(*) from (select case_id from audit_entry where action = 'DEEMED_ACCEPTED' group by case_id having count(*) > 1) x")" 0
check "audit trail intact (ADMIN's check on node B)" "$(curl -s -u admin:demo "http://127.0.0.1:$B/api/v1/audit/verify" | jq -r '.problems | length')" 0
check "node B healthy" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$B/actuator/health")" 200
[ "$fail" = 0 ] && echo "CLUSTER TEST PASSED" || { echo "CLUSTER TEST FAILED"; exit 1; }
