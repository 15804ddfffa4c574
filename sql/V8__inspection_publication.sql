-- Inspection, second part (issue 6): the public lists of draws and results, publication as a task, escalation.

-- the public page lists a year's draws by date and counts each draw's targets
create index ix_inspection_draw_drawn_at on inspection_draw (drawn_at);
create index ix_inspection_target_draw on inspection_target (draw_id);
-- the plan list of a region joins case_file by primary key and pages by plan id (primary key): no index needed

-- 整改不到位: the escalation (why, when) and the SUPERVISOR's 通报 and 案件移送书 (立案移送); the 通报 is public.
create table inspection_escalation (
  case_id        bigint        not null primary key,
  institution_id bigint        not null,
  reason         varchar(1000) not null,
  escalated_by   varchar(64)   not null,
  escalated_at   datetime(3)   not null,
  circular_no    varchar(60)   null,
  circular_text  varchar(2000) null,
  referral_no    varchar(60)   null,
  refer_to       varchar(200)  null,
  circulated_by  varchar(64)   null,
  circulated_at  datetime(3)   null,
  constraint fk_inspection_escalation_case foreign key (case_id) references case_file (id),
  constraint fk_inspection_escalation_institution foreign key (institution_id) references institution (id),
  index ix_inspection_escalation_circulated (circulated_at)
) engine=InnoDB default charset=utf8mb4;

-- 撤销备案: a filed clinic whose institution was escalated loses its filing (the clinic filing module's own columns).
alter table clinic_filing add column revoked_at datetime(3) null, add column revoked_reason varchar(500) null;

-- 加权抽取: a plan may weight up institutions with earlier failures; the draw finds them by institution and result.
alter table inspection_plan add column weighted boolean not null default false;
create index ix_inspection_target_institution_result on inspection_target (institution_id, result);
