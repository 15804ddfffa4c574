-- Indexes the engine's own schema lacks, for the product's queries and the engine's hot paths.
-- Every task completion runs "select … from ACT_RU_TASK where PARENT_TASK_ID_ = ?" (camunda/camunda#36824).
create index YY_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_);
-- The inbox: candidate links by group, then the task; tasks by process instance and due date.
create index YY_IDX_IDENT_LNK_GROUP_TASK on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_);
create index YY_IDX_TASK_ASSIGNEE_DUE on ACT_RU_TASK (ASSIGNEE_, DUE_DATE_);
create index YY_IDX_TASK_PROCINST_DUE on ACT_RU_TASK (PROC_INST_ID_, DUE_DATE_);
