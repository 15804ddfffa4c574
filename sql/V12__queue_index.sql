-- issue 8 (benchmark): the reviewer's queue sorted by due date reads each branch (mine / my groups, with / without
-- a due date) as one range of this index in its order and stops after the page (TaskMapper.queueByDue). It replaces
-- V3's (ASSIGNEE_, DUE_DATE_), of which it is an extension; InnoDB appends the primary key ID_, the last sort key.
create index YY_IDX_TASK_ASSIGNEE_DUE_CREATED on ACT_RU_TASK (ASSIGNEE_, DUE_DATE_, CREATE_TIME_);
drop index YY_IDX_TASK_ASSIGNEE_DUE on ACT_RU_TASK;
