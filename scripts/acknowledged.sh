#!/usr/bin/env bash
# Checks shared by crash-test.sh and db-kill-test.sh (issue 14): nothing the product acknowledged to a client is
# lost, nothing is stored twice, nothing half-done. Sourced after lib.sh. Reads the request logs submit_one writes;
# "the run's cases" are the cases with an id above BASELINE (the highest case id once the node was up, before the
# first request): the demo data's history is not the run's and is not judged here.
# Uses: PORT (the node), FILES (the node's data dir), BASELINE, the floors MIN_CREATED, MIN_UPLOADED, MIN_SUBMITTED.

# quoted, comma-separated case numbers of the log lines with STEP and STATUS ('' when none, so `in (...)` parses)
case_list() { # case_list LOG STEP STATUS
  { echo "''"; awk -v s="$2" -v st="$3" '$2==s && $3==st {print "\x27"$4"\x27"}' "$1"; } | sort -u | paste -sd,
}

# check_acknowledged LOG SUBMITS: LOG holds every request of the run (load and timer cases); SUBMITS the log whose 200
# submissions are counted and, unless SUBMISSIONS_WAIT=no (reviewers at work), still wait for a reviewer (the load's:
# the timer cases' first task is gone by design)
check_acknowledged() {
  local log="$1" submits="$2" C S created uploaded submitted
  created=$(awk '$2=="create" && $3==201' "$submits" | wc -l)
  uploaded=$(awk '$2=="upload" && $3==201' "$submits" | wc -l)
  submitted=$(awk '$2=="submit" && $3==200' "$submits" | wc -l)
  echo "the load's answers: $created created (201), $uploaded uploads (201), $submitted submitted (200);" \
       "$(awk '$3=="000"' "$submits" | wc -l) requests without an answer, $(awk '$3!="000" && $3 !~ /^2/' "$submits" | wc -l) refused (4xx/5xx);" \
       "besides, $(( $(awk '$2=="submit" && $3==200' "$log" | wc -l) - submitted )) timer cases submitted before the load"
  at_least "filings acknowledged (201)" "$created" "${MIN_CREATED:-20}"
  at_least "uploads acknowledged (201)" "$uploaded" "${MIN_UPLOADED:-20}"
  at_least "submissions acknowledged (200)" "$submitted" "${MIN_SUBMITTED:-5}"

  C=$(case_list "$log" create 201); S=$(case_list "$submits" submit 200)
  check "cases that got 201 and exist, created by their client" "$(sql "select count(*) from case_file where case_no in ($C) and id > $BASELINE")" \
      "$(awk '$2=="create" && $3==201 {print $4}' "$log" | sort -u | wc -l)"
  check "of them with CASE_CREATED in the audit trail" "$(sql "select count(distinct c.id) from case_file c join audit_entry a on a.case_id = c.id and a.action = 'CASE_CREATED' where c.case_no in ($C)")" \
      "$(awk '$2=="create" && $3==201 {print $4}' "$log" | sort -u | wc -l)"
  check "answered creates whose case has another owner" "$(awk '$2=="create" && $3==201 {print $4, $5}' "$log" | sort -u | while read -r c u; do
      [ "$(sql "select created_by from case_file where case_no = '$c'")" = "$u" ] || echo x; done | wc -l)" 0
  check "submissions that got 200 with a process instance" "$(sql "select count(*) from case_file c join ACT_HI_PROCINST p on p.ID_ = c.process_instance_id where c.case_no in ($S) and c.status <> 'DRAFT'")" "$submitted"
  check "of them with CASE_SUBMITTED in the audit trail" "$(sql "select count(distinct c.id) from case_file c join audit_entry a on a.case_id = c.id and a.action = 'CASE_SUBMITTED' where c.case_no in ($S)")" "$submitted"
  if [ "${SUBMISSIONS_WAIT:-yes}" = yes ]; then
    check "of them with an open task" "$(sql "select count(distinct c.id) from case_file c join ACT_RU_TASK t on t.PROC_INST_ID_ = c.process_instance_id where c.case_no in ($S)")" "$submitted"
  fi
  check "the run's cases past DRAFT without a process ($(sql "select count(*) from case_file where id > $BASELINE and status <> 'DRAFT'") past DRAFT)" \
      "$(sql "select count(*) from case_file c where c.id > $BASELINE and c.status <> 'DRAFT' and (c.process_instance_id is null or not exists (select 1 from ACT_HI_PROCINST p where p.ID_ = c.process_instance_id))")" 0
  check "the run's drafts with a process" "$(sql "select count(*) from case_file where id > $BASELINE and status = 'DRAFT' and process_instance_id is not null")" 0
  check "processes without a case (all)" "$(sql "select count(*) from ACT_HI_PROCINST p where p.SUPER_PROCESS_INSTANCE_ID_ is null and not exists (select 1 from case_process cp where cp.proc_inst_id = p.ID_) and not exists (select 1 from case_file c where c.process_instance_id = p.ID_)")" 0
  check_uploads "$log"
}

# check_uploads LOG: both ways. Every upload answered 201 has its row (same id, case and SHA-256 as sent) and its file
# with that SHA-256; every material row of the run's cases has its file with the recorded SHA-256.
check_uploads() {
  local log="$1" rows bad_answered=0 bad_rows=0 answered=0 n_rows=0 id case sha key rsha rcase f extra
  rows="$WORK/material-rows.tsv"
  sql "select m.id, c.case_no, m.sha256, m.storage_key from case_material m join case_file c on c.id = m.case_id where c.id > $BASELINE" >"$rows"
  while read -r id case sha; do
    answered=$((answered+1))
    read -r rcase rsha key < <(awk -v i="$id" '$1==i {print $2, $3, $4}' "$rows") || true
    f="$FILES/files/${key:-none}"
    if [ "$rcase" != "$case" ] || [ "$rsha" != "$sha" ] || [ ! -f "$f" ] || [ "$(sha256sum "$f" | cut -d' ' -f1)" != "$sha" ]; then
      bad_answered=$((bad_answered+1)); echo "     upload $id of $case: row '${rcase:-none}' sha '${rsha:-none}', file $f"
    fi
    rcase=; rsha=; key=
  done < <(awk '$2=="upload" && $3==201 {print $6, $4, $7}' "$log")
  check "uploads answered 201 without their row, their file or the SHA-256 sent ($answered checked)" "$bad_answered" 0
  while read -r id case sha key; do
    n_rows=$((n_rows+1)); f="$FILES/files/$key"
    if [ ! -f "$f" ] || [ "$(sha256sum "$f" | cut -d' ' -f1)" != "$sha" ]; then bad_rows=$((bad_rows+1)); echo "     row $id of $case: file $f"; fi
  done <"$rows"
  check "material rows of the run without their file or with another SHA-256 ($n_rows rows)" "$bad_rows" 0
  extra=$(( n_rows - answered ))
  echo "     ($extra rows whose upload committed but whose answer was lost in the crash)"
}

# check_idempotency LOG: each key names one case, no case without a logged request, and every create sent again
# with its key (same user, same body) finds its first case: afterwards one case per key sent, no more.
check_idempotency() {
  local log="$1" keys run_cases same=0 differ=0 refused=0 key status case user again body code
  keys=$(awk '$2=="create" {print $1}' "$log" | sort -u | wc -l)
  check "the run's filings not explained by a logged request (no record of a key the clients sent)" "$(sql "select count(*) from case_file c where c.id > $BASELINE and c.matter = 'CLINIC_FILING' and not exists (select 1 from idempotency_record r where r.resource = c.case_no and r.owner = c.created_by and r.idem_key in ($(awk '$2=="create" {print "\x27"$1"\x27"}' "$log" | sort -u | paste -sd,)))")" 0
  check "cases named by more than one key" "$(sql "select count(*) from (select resource from idempotency_record where resource <> '' group by resource having count(*) > 1) x")" 0
  check "keys answered 201 whose record names another case" "$(awk '$2=="create" && $3==201 {print $1, $4, $5}' "$log" | sort -u | while read -r key case user; do
      [ "$(sql "select resource from idempotency_record where owner = '$user' and idem_key = '$key'")" = "$case" ] || echo x; done | wc -l)" 0
  local before; before=$(sql "select count(*) from case_file where id > $BASELINE and matter = 'CLINIC_FILING'")
  # every create, answered or not, sent again by its user with its key
  while read -r key status case user; do
    body=$(curl -s -m 30 -w '\n%{http_code}' -u "$user:demo" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
        -X POST "http://127.0.0.1:$PORT/api/v1/clinic-filings" -d "$FILING" || true)
    code=$(tail -n1 <<<"$body"); again=$(head -n -1 <<<"$body" | jq -r '.caseNo // empty' 2>/dev/null || true)
    [ "$code" = 201 ] || refused=$((refused+1))
    if [ "$status" = 201 ]; then if [ "$again" = "$case" ]; then same=$((same+1)); else differ=$((differ+1)); fi; fi
  done < <(awk '$2=="create" {print $1, $3, $4, $5}' "$log" | sort -u -k1,1)
  check "retries refused (every create sent again by its user)" "$refused" 0
  check "retries of answered creates that returned another case ($same returned their own)" "$differ" 0
  run_cases=$(sql "select count(*) from case_file where id > $BASELINE and matter = 'CLINIC_FILING'")
  check "the run's filings after every key was sent again: one per key ($keys keys)" "$run_cases" "$keys"
  echo "     ($(awk '$2=="create" && $3!=201' "$log" | wc -l) creates without a 201: $(( keys - $(awk '$2=="create" && $3==201' "$log" | wc -l) - run_cases + before )) had committed, $(( run_cases - before )) created by their retry)"
  # the same key with another body is refused and creates nothing
  read -r key user < <(awk '$2=="create" && $3==201 {print $1, $5; exit}' "$log")
  code=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -u "$user:demo" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
      -X POST "http://127.0.0.1:$PORT/api/v1/clinic-filings" -d "${FILING/崩溃测试医务室/另一个医务室}" || true)
  check "a known key with another body: refused, nothing created" "$code $(sql "select count(*) from case_file where id > $BASELINE and matter = 'CLINIC_FILING'")" "422 $keys"
}

# check_timers CASES DUE: the timers of CASES that fell due while the node or the database was down fire once each
check_timers() {
  local cases="$1" due="$2" left=""
  at_least "acceptance timers due during the outage" "$due" "${MIN_TIMERS:-4}"
  for _ in $(seq 1 90); do
    left=$(sql "select count(*) from ACT_RU_JOB j join case_file c on c.process_instance_id = j.PROCESS_INSTANCE_ID_ where j.TYPE_ = 'timer' and j.DUEDATE_ < now() and c.case_no in ($cases)")
    [ "$left" = 0 ] && break; sleep 2
  done
  check "timers due during the outage still waiting" "$left" 0
  check "deemed acceptances (one per due timer)" "$(sql "select count(*) from audit_entry a join case_file c on c.id = a.case_id where a.action = 'DEEMED_ACCEPTED' and c.case_no in ($cases)")" "$due"
  check "the run's cases deemed accepted twice" "$(sql "select count(*) from (select case_id from audit_entry where action = 'DEEMED_ACCEPTED' and case_id > $BASELINE group by case_id having count(*) > 1) x")" 0
  check "the run's cases accepted twice (CASE_ACCEPTED)" "$(sql "select count(*) from (select case_id from audit_entry where action = 'CASE_ACCEPTED' and case_id > $BASELINE group by case_id having count(*) > 1) x")" 0
}
