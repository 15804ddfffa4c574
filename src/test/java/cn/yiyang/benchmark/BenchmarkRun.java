package cn.yiyang.benchmark;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.Warning;
import cn.yiyang.casework.internal.TaskMapper;
import cn.yiyang.identity.AccountForm;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.shared.PageRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark itself, on a running product (its Spring context and HTTP port): loads the scale's data, warms up,
 * measures every figure of issue 8 and answers them as one map (printed as a table and written as JSON by the
 * caller). Used by {@link Benchmark} (its own product on a fresh database) and by the CI smoke test (the shared
 * test context, tiny scale).
 */
final class BenchmarkRun {

    static final String HTTP_PASSWORD = "bench-password-1";
    private static final String[] REVIEWERS = {"health1", "health2"};

    private final ApplicationContext ctx;
    private final Scale scale;
    private final String baseUrl;
    private final JdbcTemplate jdbc;
    private final Workload work;
    private final TaskInbox inbox;
    private final CaseService cases;
    private final CaseViews views;
    private final AccountService accounts;
    private final String region;
    private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final AtomicInteger seq = new AtomicInteger();
    private final List<Long> applicantInstitutions = new ArrayList<>();
    private final List<Long> allInstitutions = new ArrayList<>();
    private final List<CaseInfo> openCases = Collections.synchronizedList(new ArrayList<>());

    BenchmarkRun(ApplicationContext ctx, Scale scale, int port) {
        this.ctx = ctx;
        this.scale = scale;
        this.baseUrl = "http://127.0.0.1:" + port;
        this.jdbc = ctx.getBean(JdbcTemplate.class);
        this.region = ctx.getEnvironment().getProperty("yiyang.region-code");
        this.work = new Workload(ctx, region);
        this.inbox = ctx.getBean(TaskInbox.class);
        this.cases = ctx.getBean(CaseService.class);
        this.views = ctx.getBean(CaseViews.class);
        this.accounts = ctx.getBean(AccountService.class);
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scale", scale.name());
        r.put("environment", environment());
        progress("loading");
        r.put("loading", load());
        progress("warm-up");
        warmUp();
        progress("submission throughput");
        r.put("submission", submission());
        progress("inbox latency");
        r.put("inbox", inboxLatency());
        progress("task completion");
        r.put("taskCompletion", taskCompletion());
        progress("UI session memory");
        r.put("uiSessionMemory", UiSessionMemory.measure(ctx, scale.sessions(), REVIEWERS));
        r.put("queueExplain", explainQueue());
        r.put("loadAverageAtEnd", loadAverage());
        return r;
    }

    private static void progress(String phase) {
        System.out.println("benchmark: " + java.time.LocalTime.now().withNano(0) + " " + phase + " (load " + loadAverage()
                + ")");
    }

    private Map<String, Object> environment() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1048576);
        m.put("java", System.getProperty("java.version"));
        m.put("database", jdbc.queryForObject("select version()", String.class));
        m.put("url", jdbc.getDataSource() instanceof com.zaxxer.hikari.HikariDataSource h
                ? h.getJdbcUrl().replaceAll("\\?.*", "") : "?");
        m.put("poolSize", jdbc.getDataSource() instanceof com.zaxxer.hikari.HikariDataSource h ? h.getMaximumPoolSize() : 0);
        m.put("historyLevel", ctx.getEnvironment().getProperty("camunda.bpm.history-level"));
        m.put("jobExecutor", ctx.getEnvironment().getProperty("camunda.bpm.job-execution.enabled"));
        m.put("loadAverageAtStart", loadAverage());
        m.put("note", "2-core machine shared with four other engineers' builds during the run: figures are depressed "
                + "by their load (see loadAverage)");
        return m;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return String.valueOf(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    // ---- data

    /**
     * The scale's data, or the data an earlier run loaded into the same directory ({@code -Dbench.data=DIR}): a
     * province takes half an hour to load, so it can be loaded once and measured again (the JSON says so).
     */
    private Map<String, Object> load() throws Exception {
        if (System.getProperty("bench.data", "").isBlank()) {
            return loadAfresh();
        }
        jdbc.execute("create table if not exists bench_loaded (scale varchar(16) primary key, open_cases int not null, "
                + "loading longtext not null)");
        List<String> earlier = jdbc.queryForList("select loading from bench_loaded where scale = ? and open_cases >= ?",
                String.class, scale.name(), scale.open());
        if (!earlier.isEmpty()) {
            return reuse(earlier.get(0));
        }
        Map<String, Object> m = loadAfresh();
        jdbc.update("insert into bench_loaded (scale, open_cases, loading) values (?, ?, ?)", scale.name(), scale.open(),
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m));
        return m;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> reuse(String loading) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reused", "data loaded by an earlier run into the same data directory; its loading figures follow");
        m.put("earlierLoading", new com.fasterxml.jackson.databind.ObjectMapper().readValue(loading, Map.class));
        BulkHistory history = new BulkHistory(jdbc, region);
        applicantInstitutions.addAll(history.institutionIds("ELDERLY_CARE"));
        applicantInstitutions.addAll(history.institutionIds("COMBINED"));
        allInstitutions.addAll(applicantInstitutions);
        allInstitutions.addAll(history.institutionIds("MEDICAL"));
        jdbc.queryForList("""
                select id from case_file where created_by like 'bench-%' and closed_at is null and status <> 'DRAFT'
                 order by id limit 5000""", Long.class).forEach(id -> openCases.add(cases.get(id)));
        createHttpAccounts();
        m.put("rows", rows());
        return m;
    }

    private Map<String, Object> rows() {
        return Map.of("case_file", count("case_file"), "ACT_RU_TASK", count("ACT_RU_TASK"),
                "ACT_RU_IDENTITYLINK", count("ACT_RU_IDENTITYLINK"), "ACT_RU_EXECUTION", count("ACT_RU_EXECUTION"),
                "ACT_HI_ACTINST", count("ACT_HI_ACTINST"), "audit_entry", count("audit_entry"),
                "case_step", count("case_step"), "task_queue", count("task_queue"));
    }

    private Map<String, Object> loadAfresh() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        BulkHistory history = new BulkHistory(jdbc, region);
        long t0 = System.nanoTime();
        if (history.institutionIds("ELDERLY_CARE").isEmpty()) {
            history.institutions(scale.institutions());
        }
        applicantInstitutions.addAll(history.institutionIds("ELDERLY_CARE"));
        applicantInstitutions.addAll(history.institutionIds("COMBINED"));
        allInstitutions.addAll(applicantInstitutions);
        allInstitutions.addAll(history.institutionIds("MEDICAL"));
        m.put("institutions", allInstitutions.size());
        m.put("institutionsSeconds", Stats.round((System.nanoTime() - t0) / 1e9));
        long t1 = System.nanoTime();
        history.closedCases(scale.closed(), allInstitutions);
        m.put("closedCases", scale.closed());
        m.put("closedSeconds", Stats.round((System.nanoTime() - t1) / 1e9));
        int clients = 4;
        CaseInfo template = work.fileThroughService(work.applicant(applicantInstitutions.get(0)), seq.incrementAndGet());
        openCases.add(template);
        long t2 = System.nanoTime();
        List<String[]> drafts = history.drafts(scale.open() - 1, applicantInstitutions, template.id(), runId);
        m.put("openDraftsSqlSeconds", Stats.round((System.nanoTime() - t2) / 1e9));
        double openSeconds = Clients.times(clients, drafts.size(), (c, i) -> openCases.add(
                work.submit(work.applicant(Long.parseLong(drafts.get(i)[1])), drafts.get(i)[0])));
        m.put("openCases", scale.open());
        m.put("openSubmitSeconds", openSeconds);
        m.put("openSubmitsPerSecond", Stats.round(drafts.size() / openSeconds));
        m.put("openClients", clients);
        m.put("openHow", "drafts (case, filing and material rows copied from one filing made through the services) "
                + "bulk-loaded by SQL, then each submitted through CaseSubmission.submit on 4 threads: real process "
                + "instances, first tasks and candidate identity links, case_process and case_step rows, audit "
                + "entries, notices, as the product makes them");
        m.put("dueDatesSpread", spreadDueDates());
        m.put("claimed", claimSome());
        createHttpAccounts();
        m.put("totalSeconds", Stats.round((System.nanoTime() - t0) / 1e9));
        m.put("rows", rows());
        return m;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /**
     * Every open case was submitted today, so all would be "yellow". Shift the due dates of the loaded open cases
     * (task, step, queue and case together) by -10..+10 days so that all three warnings occur, as in a lived-in queue.
     */
    private int spreadDueDates() {
        jdbc.update("""
                update ACT_RU_TASK t join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
                   join case_file c on c.id = cp.case_id
                   set t.DUE_DATE_ = date_add(t.DUE_DATE_, interval (c.id % 21) - 10 day),
                       c.due_date = date_add(c.due_date, interval (c.id % 21) - 10 day)
                 where c.created_by like 'bench-%' and t.DUE_DATE_ is not null""");
        // the same shift in the case's steps and the 待办队列, which the listeners keep in step with the task
        jdbc.update("""
                update case_step s join case_file c on c.id = s.case_id
                   set s.due_at = date_add(s.due_at, interval (c.id % 21) - 10 day)
                 where c.created_by like 'bench-%' and s.ended_at is null and s.due_at is not null""");
        jdbc.update("""
                update task_queue q join case_file c on c.id = q.case_id
                   set q.due_sort = date_add(q.due_sort, interval (c.id % 21) - 10 day)
                 where c.created_by like 'bench-%' and q.due_sort < '9999-12-31'""");
        return jdbc.queryForObject("select count(distinct date(DUE_DATE_)) from ACT_RU_TASK", Integer.class);
    }

    /** A tenth of the loaded tasks claimed by the two reviewers, so "mine" has rows (TaskInbox.claim). */
    private int claimSome() {
        List<String> ids = jdbc.queryForList("""
                select t.ID_ from ACT_RU_TASK t join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
                  join case_file c on c.id = cp.case_id
                 where t.ASSIGNEE_ is null and t.TASK_DEF_KEY_ = 'Task_CheckCompleteness' and c.created_by like 'bench-%'
                 order by t.ID_ limit ?""",
                String.class, Math.max(1, scale.open() / 10));
        for (int i = 0; i < ids.size(); i++) {
            inbox.claim(user(REVIEWERS[i % 2]), ids.get(i));
        }
        return ids.size();
    }

    private final List<String> httpUsers = new ArrayList<>();

    private void createHttpAccounts() {
        CurrentUser admin = user("admin");
        for (int i = 0; i < 16; i++) {
            String username = "bench-" + runId + "-" + i;
            accounts.create(admin, new AccountForm(username, "基准接口申请人" + i, HTTP_PASSWORD, null,
                    applicantInstitutions.get(i % applicantInstitutions.size()), null, true, Set.of(Role.APPLICANT), null));
            httpUsers.add(username);
        }
    }

    CurrentUser user(String username) {
        var a = accounts.find(username).orElseThrow();
        return new CurrentUser(a.username(), a.displayName(), a.roles(), a.departmentCode(), a.institutionId(),
                a.regionCode());
    }

    private void warmUp() throws Exception {
        for (int i = 0; i < scale.warmup(); i++) {
            work.fileThroughService(randomApplicant(), seq.incrementAndGet());
            queue(i % 2 == 0 ? 0 : 49);
            caseList();
            caseView();
        }
        Workload.HttpApplicant http = work.new HttpApplicant(baseUrl, httpUsers.get(0), HTTP_PASSWORD);
        for (int i = 0; i < Math.max(1, scale.warmup() / 5); i++) {
            http.file(seq.incrementAndGet());
        }
        try (BareEngine bare = new BareEngine(ctx)) {
            for (int i = 0; i < scale.warmup(); i++) {
                startBare(bare.engine().getRuntimeService(), new ArrayList<>());
            }
        }
    }

    private CurrentUser randomApplicant() {
        return work.applicant(applicantInstitutions.get(ThreadLocalRandom.current().nextInt(applicantInstitutions.size())));
    }

    // ---- submission

    private Map<String, Object> bareStatements;

    private Map<String, Object> submission() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> service = new LinkedHashMap<>();
        Map<String, Object> bare = new LinkedHashMap<>();
        Map<String, Object> http = new LinkedHashMap<>();
        Map<String, Object> ratio = new LinkedHashMap<>();
        Map<String, Object> phases = new LinkedHashMap<>();
        work.phaseMedians();
        for (int c : scale.clients()) {
            service.put(c + "", Clients.run(c, scale.perLevel(),
                    (client, i) -> work.fileThroughService(randomApplicant(), seq.incrementAndGet())));
            phases.put(c + "", work.phaseMedians());
        }
        Map<String, Object> prepared = preparedSubmissions();
        List<String> bareInstances = Collections.synchronizedList(new ArrayList<>());
        try (BareEngine engine = new BareEngine(ctx)) {
            RuntimeService runtime = engine.engine().getRuntimeService();
            for (int c : scale.clients()) {
                bare.put(c + "", Clients.run(c, scale.perLevel(), (client, i) -> startBare(runtime, bareInstances)));
            }
            bareStatements = statementsPer(20, i -> startBare(runtime, bareInstances));
            // the bare instances belong to no case: remove them so they do not sit in the identity-link index
            for (int i = 0; i < bareInstances.size(); i += 500) {
                List<String> batch = bareInstances.subList(i, Math.min(bareInstances.size(), i + 500));
                work.tx().executeWithoutResult(s -> runtime.deleteProcessInstances(batch, "benchmark", true, true));
            }
        }
        List<Workload.HttpApplicant> applicants = httpUsers.stream()
                .map(u -> work.new HttpApplicant(baseUrl, u, HTTP_PASSWORD)).toList();
        for (int c : scale.clients()) {
            http.put(c + "", Clients.run(c, scale.perLevel(),
                    (client, i) -> applicants.get(client).file(seq.incrementAndGet())));
        }
        Map<String, Object> preparedRatio = new LinkedHashMap<>();
        for (int c : scale.clients()) {
            double p = (double) ((Map<?, ?>) service.get(c + "")).get("perSecond");
            double b = (double) ((Map<?, ?>) bare.get(c + "")).get("perSecond");
            double s = (double) ((Map<?, ?>) prepared.get(c + "")).get("perSecond");
            ratio.put(c + "", b == 0 ? 0 : Stats.round(p / b));
            preparedRatio.put(c + "", b == 0 ? 0 : Stats.round(s / b));
        }
        m.put("unit", "filings per second (service, http) / process starts per second (bare engine)");
        m.put("service", service);
        m.put("servicePhasesMedian", phases);
        m.put("bareEngine", bare);
        m.put("ratioServiceToBare", ratio);
        m.put("preparedSubmit", prepared);
        m.put("ratioPreparedSubmitToBare", preparedRatio);
        m.put("preparedDrafts", prepared.remove("drafts"));
        Map<String, Object> statements = statements();
        statements.put("perBareStart", bareStatements);
        m.put("statements", statements);
        m.put("http", http);
        m.put("bcryptCheckMs", bcryptCheck());
        m.put("httpRequestsPerFiling", 2 + ((List<?>) jdbc.queryForList(
                "select distinct code from case_material where case_id = (select max(id) from case_file where "
                        + "created_by like 'bench-%' and status <> 'DRAFT')")).size());
        return m;
    }

    /**
     * What one HTTP Basic authentication costs: the first check of a password is a full BCrypt comparison (a fresh
     * hash each time, so nothing is remembered); within five minutes the same account's calls are matched from memory
     * ({@code basicAuthRepeatMs}).
     */
    private Map<String, Object> bcryptCheck() {
        var encoder = ctx.getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
        long[] first = new long[20];
        long[] repeat = new long[20];
        for (int i = 0; i < first.length; i++) {
            String hash = encoder.encode(HTTP_PASSWORD);
            long t0 = System.nanoTime();
            encoder.matches(HTTP_PASSWORD, hash);
            first[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            encoder.matches(HTTP_PASSWORD, hash);
            repeat[i] = System.nanoTime() - t0;
        }
        Map<String, Object> m = new LinkedHashMap<>(Stats.of(first));
        m.put("basicAuthRepeatMs", Stats.of(repeat));
        return m;
    }

    /**
     * The issue's own transaction: the submission of a prepared draft (case row, audit entries, process instance,
     * first task, notice: {@code CaseSubmission.submit}), whose filing and materials were made beforehand each in its
     * own request, as the UI and the API make them. For each client count the drafts are prepared first (on 4
     * threads, not timed with the submissions), then exactly that many are submitted.
     */
    private Map<String, Object> preparedSubmissions() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        int count = Math.max(12, (int) (scale.perLevel().toMillis() * 50 / 1000));
        Map<String, Object> drafts = new LinkedHashMap<>();
        List<String[]> submitted = Collections.synchronizedList(new ArrayList<>());
        for (int c : scale.clients()) {
            List<String[]> ready = Collections.synchronizedList(new ArrayList<>());
            double seconds = Clients.times(4, count, (client, i) -> {
                long institution = applicantInstitutions.get(ThreadLocalRandom.current()
                        .nextInt(applicantInstitutions.size()));
                ready.add(new String[] {work.prepareDraft(work.applicant(institution), seq.incrementAndGet()),
                        Long.toString(institution)});
            });
            drafts.put(c + "", Map.of("drafts", count, "seconds", seconds, "perSecond", Stats.round(count / seconds)));
            m.put(c + "", Clients.runEach(c, count, (client, i) -> {
                String[] d = ready.get(i);
                work.submit(work.applicant(Long.parseLong(d[1])), d[0]);
                submitted.add(d);
            }));
        }
        // withdrawn again (process deleted, case closed), so that the queue measured later holds the loaded cases
        m.put("withdrawnAfterwardsSeconds", Clients.times(4, submitted.size(), (client, i) -> work.withdraw(
                work.applicant(Long.parseLong(submitted.get(i)[1])), submitted.get(i)[0])));
        drafts.put("how", "ClinicFilingService.create, then MaterialService.upload of each required material (9 PDFs), "
                + "each call its own transaction as the UI and API requests are, on 4 threads; not part of the timed "
                + "submissions");
        m.put("drafts", drafts);
        m.put("how", "CaseSubmission.submit of a draft prepared beforehand, one transaction: case lock and status, "
                + "required materials present, clock, process instance with its first task and candidate link, "
                + "case_process and case_step rows, audit entries, the applicant's notice; " + count
                + " submissions at each client count; the cases are withdrawn afterwards (not timed)");
        return m;
    }

    /**
     * SQL statements the server counted (SHOW GLOBAL STATUS, server-wide, so the job executor's occasional acquisition
     * queries are included) over 20 sequential full filings and over 20 submissions of prepared drafts, per operation.
     */
    private Map<String, Object> statements() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("perFullFiling", statementsPer(20, i -> work.fileThroughService(randomApplicant(), seq.incrementAndGet())));
        List<String[]> ready = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long institution = applicantInstitutions.get(i % applicantInstitutions.size());
            ready.add(new String[] {work.prepareDraft(work.applicant(institution), seq.incrementAndGet()),
                    Long.toString(institution)});
        }
        m.put("perPreparedDraft", statementsPer(20, i -> work.prepareDraft(randomApplicant(), seq.incrementAndGet())));
        m.put("perPreparedSubmit", statementsPer(20, i -> work.submit(
                work.applicant(Long.parseLong(ready.get(i)[1])), ready.get(i)[0])));
        for (String[] d : ready) {
            work.withdraw(work.applicant(Long.parseLong(d[1])), d[0]);
        }
        return m;
    }

    private Map<String, Object> statementsPer(int n, java.util.function.IntConsumer op) {
        Map<String, Long> before = statementCounters();
        for (int i = 0; i < n; i++) {
            op.accept(i);
        }
        Map<String, Long> after = statementCounters();
        Map<String, Object> m = new LinkedHashMap<>();
        // minus the one SHOW that read the counters
        after.forEach((k, v) -> m.put(k, Stats.round((v - before.getOrDefault(k, 0L) - ("Questions".equals(k) ? 1 : 0))
                / (double) n)));
        return m;
    }

    private Map<String, Long> statementCounters() {
        Map<String, Long> m = new LinkedHashMap<>();
        jdbc.query("show global status where Variable_name in ('Questions', 'Com_select', 'Com_insert', 'Com_update', "
                + "'Com_delete', 'Innodb_row_lock_waits')", rs -> {
                    m.put(rs.getString(1), rs.getLong(2));
                });
        return m;
    }

    private volatile List<CaseInfo> bareCases;

    /**
     * The open cases the bare starts take their variables from: those due more than two days ahead. The statutory
     * timer of a bare instance is the case's due date, and after the spread of due dates some are already past: the
     * product's job executor would fire such a timer (deeming the real case accepted) and race the bare instances'
     * deletion (OptimisticLockingException on the timer).
     */
    private List<CaseInfo> bareCases() {
        if (bareCases == null) {
            Set<Long> later = new java.util.HashSet<>(jdbc.queryForList(
                    "select id from case_file where created_by like 'bench-%' and due_date > ?", Long.class,
                    LocalDate.now().plusDays(2)));
            List<CaseInfo> cases;
            synchronized (openCases) {
                cases = openCases.stream().filter(c -> later.contains(c.id())).toList();
            }
            bareCases = cases.isEmpty() ? List.copyOf(openCases) : cases;
        }
        return bareCases;
    }

    /** The same BPMN, the same variables as a product submission, on the bare engine, in one transaction. */
    private void startBare(RuntimeService runtime, List<String> started) {
        List<CaseInfo> cases = bareCases();
        CaseInfo c = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
        Map<String, Object> vars = work.startVariables(c);
        String id = work.tx().execute(s -> runtime.startProcessInstanceByKey(work.processKey(),
                c.caseNo() + "-bare-" + seq.incrementAndGet(), vars).getId());
        started.add(id);
    }

    // ---- reads

    private static final Matter[] QUEUE_MATTERS = {null, Matter.CLINIC_FILING, Matter.LICENCE_2IN1};
    private static final Warning[] QUEUE_WARNINGS = {null, Warning.RED, Warning.YELLOW, Warning.NONE};

    private long queue(int page) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return inbox.queue(user(REVIEWERS[r.nextInt(2)]), TaskInbox.Scope.ALL, QUEUE_MATTERS[r.nextInt(3)],
                QUEUE_WARNINGS[r.nextInt(4)], null, TaskInbox.Sort.DUE, new PageRequest(page, 20)).total();
    }

    private long caseList() {
        return cases.list(randomApplicant(), null, null, null, null, new PageRequest(0, 20)).total();
    }

    private String caseView() {
        CaseInfo c = openCases.get(ThreadLocalRandom.current().nextInt(openCases.size()));
        return views.view(user(REVIEWERS[ThreadLocalRandom.current().nextInt(2)]), c.caseNo()).caseNo();
    }

    private Map<String, Object> inboxLatency() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queries", scale.queries());
        m.put("queuePage1", time(() -> queue(0)));
        m.put("queuePage50", time(() -> queue(49)));
        TaskMapper mapper = ctx.getBean(TaskMapper.class);
        m.put("queuePage50RowsOnly", time(() -> mapper.queue(mapperQuery(49))));
        m.put("queueCountOnly", time(() -> mapper.count(mapperQuery(0))));
        m.put("applicantCaseList", time(this::caseList));
        m.put("caseView", time(this::caseView));
        m.put("how", "one client, in process (the service a view or controller calls, with its transaction); "
                + "reviewer health1/health2 at random, scope group+mine, matter (any/filing/licence) and warning "
                + "(any/red/yellow/none) at random, sort by due, page size 20; applicant list of a random institution; "
                + "case view of a random open case as a reviewer");
        return m;
    }

    /** The query TaskInbox.queue builds, with the same random parameters, for timing its two statements apart. */
    private TaskMapper.Query mapperQuery(int page) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        CurrentUser reviewer = user(REVIEWERS[r.nextInt(2)]);
        Warning warning = QUEUE_WARNINGS[r.nextInt(4)];
        TaskMapper.Query q = new TaskMapper.Query();
        q.region = region;
        q.user = reviewer.username();
        q.groups = reviewer.candidateGroups();
        q.mine = true;
        q.group = true;
        q.matter = QUEUE_MATTERS[r.nextInt(3)];
        q.warning = warning == null ? null : warning.name();
        q.today = LocalDate.now().atStartOfDay();
        q.yellowUntil = q.today.plusDays(4);
        q.limit = 20;
        q.offset = page * 20;
        return q;
    }

    private Map<String, Object> time(Runnable query) {
        long[] lat = new long[scale.queries()];
        for (int i = 0; i < lat.length; i++) {
            long t0 = System.nanoTime();
            query.run();
            lat[i] = System.nanoTime() - t0;
        }
        return Stats.of(lat);
    }

    // ---- task completion

    private Map<String, Object> taskCompletion() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        ConcurrentLinkedQueue<String> tasks = new ConcurrentLinkedQueue<>(jdbc.queryForList("""
                select t.ID_ from ACT_RU_TASK t join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
                  join case_file c on c.id = cp.case_id
                 where t.ASSIGNEE_ is null and t.TASK_DEF_KEY_ = 'Task_CheckCompleteness'
                   and c.created_by like 'bench-%'""", String.class));
        m.put("available", tasks.size());
        for (int c : new int[] {1, 4}) {
            m.put(c + "", Clients.run(c, scale.perLevel(), (client, i) -> {
                String id = tasks.poll();
                if (id == null) {
                    throw new IllegalStateException("no open acceptance task left");
                }
                CurrentUser reviewer = user(REVIEWERS[client % 2]);
                inbox.claim(reviewer, id);
                inbox.complete(reviewer, id, "ACCEPT", null, Map.of());
            }));
        }
        m.put("how", "TaskInbox.claim then TaskInbox.complete(ACCEPT) of the acceptance step (受理: acceptance "
                + "notice PDF, clock started, next task created), each its own transaction, as the UI does");
        return m;
    }

    // ---- EXPLAIN of the queue query as MyBatis sends it

    List<Map<String, Object>> explainQueue() {
        TaskMapper.Query q = new TaskMapper.Query();
        CurrentUser reviewer = user(REVIEWERS[0]);
        q.region = region;
        q.user = reviewer.username();
        q.groups = reviewer.candidateGroups();
        q.mine = true;
        q.group = true;
        q.matter = Matter.CLINIC_FILING;
        q.warning = "RED";
        q.today = LocalDate.now().atStartOfDay();
        q.yellowUntil = q.today.plusDays(3);
        q.limit = 20;
        q.offset = 980;
        var configuration = ctx.getBean(SqlSessionFactory.class).getConfiguration();
        BoundSql bound = configuration.getMappedStatement(TaskMapper.class.getName() + ".queue").getBoundSql(q);
        MetaObject meta = configuration.newMetaObject(q);
        List<Object> params = new ArrayList<>();
        for (ParameterMapping p : bound.getParameterMappings()) {
            Object v = bound.hasAdditionalParameter(p.getProperty()) ? bound.getAdditionalParameter(p.getProperty())
                    : meta.getValue(p.getProperty());
            params.add(v instanceof Enum<?> e ? e.name() : v);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> sql = new LinkedHashMap<>();
        sql.put("sql", bound.getSql().replaceAll("\\s+", " ").trim());
        sql.put("parameters", params.stream().map(String::valueOf).toList());
        rows.add(sql);
        rows.addAll(jdbc.queryForList("explain " + bound.getSql(), params.toArray()));
        return rows;
    }
}
