-- issue 8 (benchmark): 待办队列, the reviewers' queue as its own read model. Joining ACT_RU_TASK, its identity links
-- and case_file could not serve a province (100,000 open tasks): a matter or region filter held by no engine index
-- made the due-ordered scan read every task of a group, and the page total counted through three joins.
--
-- One row per open task of a case process and per owner: 'U:<username>' while someone holds it, otherwise one
-- 'G:<group>' row per candidate group. The case glue (CaseProcessListeners → TaskQueue) writes it in the engine's
-- transaction on every task event, so it is never ahead of or behind ACT_RU_TASK. Every queue filter is an equality
-- prefix and every sort the rest of an index: a page reads offset + size index entries per owner, a count one
-- range of a covering index.
create table task_queue (
  task_id      varchar(64)  character set utf8mb3 collate utf8mb3_bin not null,  -- as ACT_RU_TASK.ID_: joins by its key
  owner        varchar(80)  not null,
  case_id      bigint       not null,
  region_code  char(6)      not null,
  matter       varchar(32)  not null,
  due_sort     datetime     not null,  -- ACT_RU_TASK.DUE_DATE_, or 9999-12-31 when none: undated tasks sort last
  created_at   datetime     not null,  -- ACT_RU_TASK.CREATE_TIME_
  shared       boolean      not null,  -- the task has more than one candidate group: a user may hold two of its rows
  primary key (task_id, owner),
  index ix_queue_due (owner, region_code, due_sort, created_at, task_id),
  index ix_queue_matter_due (owner, region_code, matter, due_sort, created_at, task_id),
  index ix_queue_created (owner, region_code, created_at, task_id),
  index ix_queue_matter_created (owner, region_code, matter, created_at, task_id),
  index ix_queue_shared (shared, owner, region_code)
) engine=InnoDB default charset=utf8mb4;

-- The open tasks of an existing installation.
insert into task_queue (task_id, owner, case_id, region_code, matter, due_sort, created_at, shared)
select t.ID_, concat('U:', t.ASSIGNEE_), c.id, c.region_code, c.matter, coalesce(t.DUE_DATE_, '9999-12-31'),
       t.CREATE_TIME_, false
  from ACT_RU_TASK t
  join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
  join case_file c on c.id = cp.case_id
 where t.ASSIGNEE_ is not null;

insert into task_queue (task_id, owner, case_id, region_code, matter, due_sort, created_at, shared)
select t.ID_, concat('G:', l.GROUP_ID_), c.id, c.region_code, c.matter, coalesce(t.DUE_DATE_, '9999-12-31'),
       t.CREATE_TIME_,
       (select count(*) from ACT_RU_IDENTITYLINK o
         where o.TASK_ID_ = t.ID_ and o.TYPE_ = 'candidate' and o.GROUP_ID_ is not null) > 1
  from ACT_RU_TASK t
  join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null
  join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
  join case_file c on c.id = cp.case_id
 where t.ASSIGNEE_ is null;
