package cn.yiyang.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.casework.Warning;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestCodes;
import cn.yiyang.support.Users;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox query over the 待办队列 (task_queue) and the task and case of each row, on the embedded MariaDB. */
@IntegrationTest
class TaskMapperTest {

    @Autowired TaskMapper mapper;
    @Autowired TaskInbox inbox;
    @Autowired CaseService cases;
    @Autowired TaskService taskService;
    @Autowired CalendarService calendar;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;
    @Autowired SqlSessionFactory sqlSessions;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    String token;
    LocalDate today;
    String red;
    String yellow;
    String calm;

    @BeforeEach
    void threeTasksWithMovedDueDatesAndCreationTimes() {
        token = "队列" + TestCodes.token();
        today = calendar.today();
        CurrentUser applicant = users.get("applicant1");
        red = submit(applicant, Matter.CLINIC_FILING, token + "甲");
        yellow = submit(applicant, Matter.CLINIC_FILING, token + "乙");
        calm = submit(applicant, Matter.LICENCE_2IN1, token + "丙");
        move(red, today.minusDays(2).atStartOfDay(), LocalDateTime.now().minusHours(3));
        move(yellow, calendar.due(today, 1).due().atStartOfDay(), LocalDateTime.now().minusHours(2));
        move(calm, calendar.due(today, 15).due().atStartOfDay(), LocalDateTime.now().minusHours(1));
    }

    private String submit(CurrentUser applicant, Matter matter, String applicantName) {
        CaseInfo draft = cases.createDraft(applicant, matter, applicant.institutionId(), applicantName, "队列测试");
        CaseInfo c = cases.submit(applicant, draft.id(), "test-inbox", CaseStatus.PENDING_ACCEPTANCE, Map.of());
        return taskService.createTaskQuery().processInstanceId(c.processInstanceId()).singleResult().getId();
    }

    private void move(String taskId, LocalDateTime due, LocalDateTime created) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(Date.from(due.atZone(ZONE).toInstant()));
        taskService.saveTask(task);
        // the engine never changes a creation time: the test moves it in the task and in its queue rows alike
        jdbc.update("update ACT_RU_TASK set CREATE_TIME_ = ? where ID_ = ?", Timestamp.valueOf(created), taskId);
        jdbc.update("update task_queue set created_at = ? where task_id = ?", Timestamp.valueOf(created), taskId);
    }

    private TaskMapper.Query query(String user, List<String> groups) {
        TaskMapper.Query q = new TaskMapper.Query();
        q.region = "533103";
        q.user = user;
        q.groups = groups;
        q.mine = true;
        q.group = true;
        q.today = today.atStartOfDay();
        q.yellowUntil = calendar.due(today, 3).due().atStartOfDay();
        q.q = token;
        q.limit = 50;
        return q;
    }

    private static List<String> ids(List<TaskMapper.TaskRow> rows) {
        return rows.stream().map(r -> r.id).toList();
    }

    @Test
    void the_queue_sorts_by_due_date_or_by_creation_and_counts_what_it_finds() {
        TaskMapper.Query q = query("health1", List.of("HEALTH_REVIEWER"));
        List<TaskMapper.TaskRow> rows = mapper.queue(q);
        assertThat(ids(rows)).containsExactly(red, yellow, calm);
        assertThat(rows.get(0).candidateGroups).isEqualTo("HEALTH_REVIEWER");
        assertThat(rows.get(0).applicantName).isEqualTo(token + "甲");
        assertThat(rows.get(2).matter).isEqualTo(Matter.LICENCE_2IN1);
        assertThat(mapper.count(q)).isEqualTo(3);

        q.sortByCreated = true;
        assertThat(ids(mapper.queue(q))).containsExactly(calm, yellow, red);

        q.limit = 1;
        q.offset = 1;
        assertThat(ids(mapper.queue(q))).containsExactly(yellow);
        assertThat(mapper.count(q)).isEqualTo(3);
    }

    @Test
    void the_queue_filters_by_matter_warning_and_search_text() {
        TaskMapper.Query q = query("health1", List.of("HEALTH_REVIEWER"));
        q.matter = Matter.LICENCE_2IN1;
        assertThat(ids(mapper.queue(q))).containsExactly(calm);
        q.matter = null;

        q.warning = "RED";
        assertThat(ids(mapper.queue(q))).containsExactly(red);
        q.warning = "YELLOW";
        assertThat(ids(mapper.queue(q))).containsExactly(yellow);
        q.warning = "NONE";
        assertThat(ids(mapper.queue(q))).containsExactly(calm);
        q.warning = null;

        q.q = token + "乙";
        assertThat(ids(mapper.queue(q))).containsExactly(yellow);
        q.q = mapper.find(red).caseNo;
        assertThat(ids(mapper.queue(q))).containsExactly(red);
        q.q = "测试审查"; // the task's name
        assertThat(ids(mapper.queue(q))).contains(red, yellow, calm);
    }

    @Test
    void the_inbox_shows_the_warning_of_each_task() {
        List<TaskItem> items = inbox.queue(users.get("health1"), TaskInbox.Scope.GROUP, null, null, token,
                TaskInbox.Sort.DUE, new PageRequest(0, 20)).items();
        assertThat(items).extracting(TaskItem::warning).containsExactly(Warning.RED, Warning.YELLOW, Warning.NONE);
        assertThat(inbox.queue(users.get("health1"), TaskInbox.Scope.GROUP, null, Warning.RED, token,
                TaskInbox.Sort.DUE, new PageRequest(0, 20)).items()).extracting(TaskItem::id).containsExactly(red);
    }

    @Test
    void mine_is_what_the_user_claimed_and_group_is_what_nobody_claimed() {
        taskService.claim(yellow, "health1");
        TaskMapper.Query mine = query("health1", List.of("HEALTH_REVIEWER"));
        mine.group = false;
        assertThat(ids(mapper.queue(mine))).containsExactly(yellow);
        TaskMapper.Query group = query("health1", List.of("HEALTH_REVIEWER"));
        group.mine = false;
        assertThat(ids(mapper.queue(group))).containsExactly(red, calm);
        TaskMapper.Query otherDepartment = query("civil1", List.of("CIVIL_REVIEWER"));
        assertThat(mapper.queue(otherDepartment)).isEmpty();
        TaskMapper.Query otherRegion = query("health1", List.of("HEALTH_REVIEWER"));
        otherRegion.region = "530102";
        assertThat(mapper.count(otherRegion)).isZero();
    }

    @Test
    void released_tasks_return_to_the_group_and_finished_tasks_leave_every_queue() {
        TaskMapper.Query mine = query("health1", List.of("HEALTH_REVIEWER"));
        mine.group = false;
        TaskMapper.Query group = query("health2", List.of("HEALTH_REVIEWER"));
        group.mine = false;
        inbox.claim(users.get("health1"), red);
        assertThat(ids(mapper.queue(mine))).containsExactly(red);
        assertThat(ids(mapper.queue(group))).containsExactly(yellow, calm);

        inbox.unclaim(users.get("health1"), red);
        assertThat(mapper.queue(mine)).isEmpty();
        assertThat(ids(mapper.queue(group))).containsExactly(red, yellow, calm);

        taskService.complete(calm);
        assertThat(ids(mapper.queue(group))).containsExactly(red, yellow);
        assertThat(jdbc.queryForObject("select count(*) from task_queue where task_id = ?", Long.class, calm)).isZero();
    }

    @Test
    void a_task_offered_to_two_of_the_callers_groups_is_listed_and_counted_once() {
        taskService.addCandidateGroup(yellow, "HEALTH_LEADER");
        TaskMapper.Query both = query("health1", List.of("HEALTH_REVIEWER", "HEALTH_LEADER"));
        assertThat(ids(mapper.queue(both))).containsExactly(red, yellow, calm);
        assertThat(mapper.count(both)).isEqualTo(3);
        TaskMapper.Query leader = query("health1", List.of("HEALTH_LEADER"));
        assertThat(ids(mapper.queue(leader))).containsExactly(yellow);
        assertThat(mapper.count(leader)).isEqualTo(1);
    }

    @Test
    void the_queue_holds_exactly_the_open_case_tasks_of_the_engine_with_their_owners() {
        // everything every test of the suite has left open so far, against the same rows derived from the engine
        String derived = """
                select t.ID_ as task_id, concat('U:', t.ASSIGNEE_) as owner, c.region_code, c.matter,
                       coalesce(t.DUE_DATE_, '9999-12-31') as due_sort
                  from ACT_RU_TASK t join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
                  join case_file c on c.id = cp.case_id where t.ASSIGNEE_ is not null
                union all
                select t.ID_, concat('G:', l.GROUP_ID_), c.region_code, c.matter, coalesce(t.DUE_DATE_, '9999-12-31')
                  from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'
                  join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
                  join case_file c on c.id = cp.case_id where t.ASSIGNEE_ is null and l.GROUP_ID_ is not null""";
        String stored = "select task_id, owner, region_code, matter, due_sort from task_queue";
        List<Map<String, Object>> missing = jdbc.queryForList(
                "select * from (" + derived + ") d where (task_id, owner, region_code, matter, due_sort) not in ("
                        + stored + ")");
        List<Map<String, Object>> stale = jdbc.queryForList(
                "select * from (" + stored + ") s where (task_id, owner, region_code, matter, due_sort) not in ("
                        + derived + ")");
        assertThat(jdbc.queryForObject("select count(*) from task_queue", Long.class)).isPositive();
        assertThat(missing).as("open tasks missing from the queue").isEmpty();
        assertThat(stale).as("queue rows of no open task").isEmpty();
    }

    @Test
    void every_branch_of_the_queue_reads_one_index_range_in_the_order_of_the_page() throws Exception {
        TaskMapper.Query q = query("health1", List.of("HEALTH_REVIEWER", "HEALTH_LEADER"));
        q.q = null;
        q.offset = 980;
        q.limit = 20;
        for (Matter matter : new Matter[] {null, Matter.CLINIC_FILING}) {
            for (boolean byCreated : new boolean[] {false, true}) {
                q.matter = matter;
                q.sortByCreated = byCreated;
                q.warning = byCreated ? null : "RED";
                List<Map<String, Object>> plan = explain("cn.yiyang.casework.internal.TaskMapper.queue", q);
                List<Map<String, Object>> branches = plan.stream().filter(r -> "tq".equals(r.get("table"))).toList();
                assertThat(branches).as("plan %s", plan).hasSize(3);
                assertThat(branches).as("plan %s", plan).allSatisfy(row -> {
                    assertThat(String.valueOf(row.get("key"))).startsWith(matter == null ? "ix_queue_" : "ix_queue_matter_");
                    assertThat(String.valueOf(row.get("type"))).isIn("ref", "range");
                    assertThat(String.valueOf(row.get("Extra"))).doesNotContain("filesort");
                });
                assertThat(plan).as("plan %s", plan).filteredOn(r -> "t".equals(r.get("table")))
                        .singleElement().satisfies(row -> assertThat(row.get("type")).isEqualTo("eq_ref"));
                List<Map<String, Object>> count = explain("cn.yiyang.casework.internal.TaskMapper.count", q);
                assertThat(count.stream().filter(r -> "tq".equals(r.get("table"))).toList()).as("plan %s", count)
                        .allSatisfy(row -> assertThat(row.get("key")).isNotNull());
            }
        }
    }

    /** EXPLAIN of a mapped statement with its real parameters, bound as MyBatis binds them. */
    private List<Map<String, Object>> explain(String statement, Object parameter) throws Exception {
        MappedStatement ms = sqlSessions.getConfiguration().getMappedStatement(statement);
        BoundSql bound = ms.getBoundSql(parameter);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (var connection = jdbc.getDataSource().getConnection();
             var ps = connection.prepareStatement("explain " + bound.getSql())) {
            new DefaultParameterHandler(ms, parameter, bound).setParameters(ps);
            try (var rs = ps.executeQuery()) {
                var meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        System.out.println("EXPLAIN " + statement + ": " + rows);
        return rows;
    }
}
