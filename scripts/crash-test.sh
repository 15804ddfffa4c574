#!/usr/bin/env bash
# Crash test (issue 9): 16 clients submit filings through the API; the JVM is killed with SIGKILL mid-load and
# restarted on the same database and files. Then: every submission that got a 2xx exists with its case, audit
# entry, process instance and task; no case without a process and no process without a case; every upload that got
# 201 is on disk with its SHA-256; a retry with the same Idempotency-Key creates nothing new; timers that fell due
# while the node was down fire exactly once after the restart.
#   ./mvnw -B package -DskipTests && scripts/crash-test.sh          (LOAD_SECONDS=60 CLIENTS=16 by default)
source "$(dirname "$0")/lib.sh"
need curl jq mariadb java
CLIENTS="${CLIENTS:-16}"; LOAD_SECONDS="${LOAD_SECONDS:-60}"; PORT="${PORT_A:-18091}"
rm -rf "$WORK"; mkdir -p "$WORK"; LOG="$WORK/requests.log"; : >"$LOG"
make_pdf "$WORK/m.pdf"
trap 'kill_node crash KILL; stop_db "$WORK"' EXIT

start_db "$WORK"
start_node crash "$PORT" "$WORK/files"
echo "node up after $(wait_healthy "$PORT") s"

# cases whose acceptance timer will fall due while the node is down
for i in 1 2 3 4; do submit_one "$PORT" applicant1 "timer-$i" "$WORK/timers.log" "$WORK/m.pdf"; done
TIMER_CASES=$(awk '$2=="submit" && $3==200 {print "\x27"$4"\x27"}' "$WORK/timers.log" | paste -sd,)
[ -n "$TIMER_CASES" ] || { echo "could not submit the timer cases:"; cat "$WORK/timers.log"; exit 1; }

echo "load: $CLIENTS clients for ${LOAD_SECONDS}s, then SIGKILL"
CLIENT_PIDS=()
for c in $(seq 1 "$CLIENTS"); do
  ( user=applicant$(( c % 2 + 1 )); n=0
    while [ ! -f "$WORK/stop" ]; do n=$((n+1)); submit_one "$PORT" "$user" "c$c-$n" "$LOG" "$WORK/m.pdf"; done ) &
  CLIENT_PIDS+=($!)
done
sleep "$LOAD_SECONDS"
kill_node crash KILL
KILLED_AT=$(date +%s)
sleep 2; touch "$WORK/stop"
for p in "${CLIENT_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done

# while the node is down, the acceptance timers of the prepared cases fall due
sql "update ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_
     set j.DUEDATE_ = now() - interval 1 minute
     where j.TYPE_ = 'timer' and c.case_no in ($TIMER_CASES)"
TIMERS_DUE=$(sql "select count(*) from ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_
     where j.TYPE_ = 'timer' and j.DUEDATE_ < now() and c.case_no in ($TIMER_CASES)")

start_node crash "$PORT" "$WORK/files"
RESTART=$(wait_healthy "$PORT")
echo "restarted: healthy $RESTART s after start, $(( $(date +%s) - KILLED_AT )) s after the kill"

fail=0; check() { if [ "$2" != "$3" ]; then echo "FAIL $1: expected $3, got $2"; fail=1; else echo "ok   $1: $2"; fi; }
created=$(awk '$2=="create" && $3==201' "$LOG" | wc -l)
uploaded=$(awk '$2=="upload" && $3==201' "$LOG" | wc -l)
submitted=$(awk '$2=="submit" && $3==200' "$LOG" | wc -l)
inflight=$(awk '$3=="000"' "$LOG" | wc -l)
echo "answers before the kill: $created created (201), $uploaded uploads (201), $submitted submitted (200), $inflight without an answer"

in_list() { { echo "''"; awk -v s="$1" -v st="$2" '$2==s && $3==st {print "\x27"$4"\x27"}' "$LOG"; } | sort -u | paste -sd,; }
C=$(in_list create 201); S=$(in_list submit 200)
check "cases that got 201 and exist" "$(sql "select count(*) from case_file where case_no in ($C)")" "$created"
check "of them with CASE_CREATED in the audit trail" "$(sql "select count(distinct c.id) from case_file c join audit_entry a on a.case_id = c.id and a.action = 'CASE_CREATED' where c.case_no in ($C)")" "$created"
check "submissions that got 200 with a process instance" "$(sql "select count(*) from case_file c join ACT_HI_PROCINST p on p.ID_ = c.process_instance_id where c.case_no in ($S)")" "$submitted"
check "of them with CASE_SUBMITTED in the audit trail" "$(sql "select count(distinct c.id) from case_file c join audit_entry a on a.case_id = c.id and a.action = 'CASE_SUBMITTED' where c.case_no in ($S)")" "$submitted"
check "of them with an open task" "$(sql "select count(distinct c.id) from case_file c join ACT_RU_TASK t on t.PROC_INST_ID_ = c.process_instance_id where c.case_no in ($S)")" "$submitted"
check "cases past DRAFT without a process" "$(sql "select count(*) from case_file c where c.status <> 'DRAFT' and c.matter = 'CLINIC_FILING' and (c.process_instance_id is null or not exists (select 1 from ACT_HI_PROCINST p where p.ID_ = c.process_instance_id))")" 0
check "processes without a case" "$(sql "select count(*) from ACT_HI_PROCINST p where p.SUPER_PROCESS_INSTANCE_ID_ is null and not exists (select 1 from case_process cp where cp.proc_inst_id = p.ID_) and not exists (select 1 from case_file c where c.process_instance_id = p.ID_)")" 0
check "drafts with a process" "$(sql "select count(*) from case_file where status = 'DRAFT' and process_instance_id is not null")" 0

# every upload that got 201 is on disk with the SHA-256 recorded
bad_files=0; files_checked=0
while read -r key sha; do
  files_checked=$((files_checked+1))
  f=$(find "$WORK/files" -type f -name "$key*" | head -n1)
  [ -n "$f" ] && [ "$(sha256sum "$f" | cut -d' ' -f1)" = "$sha" ] || bad_files=$((bad_files+1))
done < <(sql "select storage_key, sha256 from case_material m join case_file c on c.id = m.case_id where c.case_no in ($C)" | awk '{n=split($1,p,"/"); print p[n], $2}')
check "stored materials whose file is on disk with its SHA-256 ($files_checked checked)" "$bad_files" 0

# retries with the same Idempotency-Key: every create, answered or not, sent again
before=$(sql "select count(*) from case_file")
same=0; differ=0
for line in $(awk '$2=="create" {print $1"|"$3"|"$4}' "$LOG"); do
  IFS='|' read -r key status case <<<"$line"
  c=${key#c}; c=${c%%-*}; user=applicant$(( c % 2 + 1 ))
  again=$(curl -s -u "$user:demo" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
      -X POST "http://127.0.0.1:$PORT/api/v1/clinic-filings" -d "$FILING" | jq -r '.caseNo // empty')
  if [ "$status" = 201 ]; then [ "$again" = "$case" ] && same=$((same+1)) || differ=$((differ+1)); fi
done
after=$(sql "select count(*) from case_file")
new_from_inflight=$(( after - before ))
check "retries of answered creates that returned the same case" "$differ" 0
echo "     ($same answered creates retried with the same case; $(awk '$2=="create" && $3=="000"' "$LOG" | wc -l) unanswered creates retried: $new_from_inflight new case(s), the first for their key)"
check "keys with more than one case" "$(sql "select count(*) from (select owner, idem_key from idempotency_record group by owner, idem_key having count(*) > 1) x")" 0

# the timers that fell due during the outage fire once
for _ in $(seq 1 90); do
  left=$(sql "select count(*) from ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_ where j.TYPE_ = 'timer' and j.DUEDATE_ < now() and c.case_no in ($TIMER_CASES)")
  [ "$left" = 0 ] && break; sleep 2
done
check "timers due during the outage still waiting" "$left" 0
check "deemed acceptances (one per due timer, $TIMERS_DUE due)" "$(sql "select count(*) from audit_entry a join case_file c on c.id = a.case_id where a.action = 'DEEMED_ACCEPTED' and c.case_no in ($TIMER_CASES)")" "$TIMERS_DUE"
check "cases deemed accepted twice" "$(sql "select count(*) from (select case_id from audit_entry where action = 'DEEMED_ACCEPTED' group by case_id having count(*) > 1) x")" 0
check "server healthy after all" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health")" 200
[ "$fail" = 0 ] && echo "CRASH TEST PASSED" || { echo "CRASH TEST FAILED"; exit 1; }
