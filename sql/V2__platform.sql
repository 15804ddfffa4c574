-- The application's own tables: identity, registry, calendar, the case core and its audit trail.
-- Every row that belongs to a place carries its administrative region (GB/T 2260), so that a province
-- can later be served by scoping on the caller's region instead of migrating data.

create table department (
  code        varchar(32)  not null primary key,
  name        varchar(100) not null,
  region_code char(6)      not null
) engine=InnoDB default charset=utf8mb4;

create table institution (
  id                   bigint       not null auto_increment primary key,
  region_code          char(6)      not null,
  name                 varchar(200) not null,
  credit_code          char(18)     not null,
  type                 varchar(20)  not null,
  township             varchar(50)  not null,
  address              varchar(300) null,
  beds                 int          not null default 0,
  ownership            varchar(10)  not null,
  profit               varchar(12)  not null,
  has_internal_medical boolean      not null default false,
  version              int          not null default 0,
  created_at           datetime(3)  not null,
  updated_at           datetime(3)  not null,
  constraint uk_institution_credit_code unique (credit_code),
  index ix_institution_region_type (region_code, type, township),
  index ix_institution_name (name)
) engine=InnoDB default charset=utf8mb4;

create table account (
  id              bigint       not null auto_increment primary key,
  username        varchar(64)  not null,
  display_name    varchar(100) not null,
  password_hash   varchar(100) not null,
  department_code varchar(32)  null,
  institution_id  bigint       null,
  region_code     char(6)      not null,
  email           varchar(200) null,
  enabled         boolean      not null default true,
  demo_password   boolean      not null default false,
  version         int          not null default 0,
  created_at      datetime(3)  not null,
  constraint uk_account_username unique (username),
  constraint fk_account_department foreign key (department_code) references department (code),
  constraint fk_account_institution foreign key (institution_id) references institution (id),
  index ix_account_institution (institution_id)
) engine=InnoDB default charset=utf8mb4;

create table account_role (
  account_id bigint      not null,
  role       varchar(20) not null,
  primary key (account_id, role),
  constraint fk_account_role_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

-- Working-day calendar: only the exceptions to Monday–Friday, as the State Council publishes them.
create table calendar_year (
  year       int           not null primary key,
  papers     varchar(2000) null,
  updated_at datetime(3)   not null,
  updated_by varchar(64)   not null
) engine=InnoDB default charset=utf8mb4;

create table calendar_day (
  day     date        not null primary key,
  off_day boolean     not null,
  name    varchar(50) null
) engine=InnoDB default charset=utf8mb4;

-- Gap-tolerant, never-reused number series (case numbers, document numbers): one row per series,
-- incremented under a row lock in the creating transaction.
create table number_series (
  series     varchar(80) not null primary key,
  next_value bigint      not null
) engine=InnoDB default charset=utf8mb4;

create table case_file (
  id                  bigint       not null auto_increment primary key,
  case_no             varchar(40)  not null,
  matter              varchar(32)  not null,
  region_code         char(6)      not null,
  status              varchar(32)  not null,
  institution_id      bigint       null,
  applicant_name      varchar(200) not null,
  title               varchar(300) null,
  created_by          varchar(64)  not null,
  created_at          datetime(3)  not null,
  submitted_at        datetime(3)  null,
  accepted_at         datetime(3)  null,
  closed_at           datetime(3)  null,
  clock_start         date         null,
  limit_working_days  int          null,
  extension_days      int          not null default 0,
  due_date            date         null,
  due_provisional     boolean      not null default false,
  process_instance_id varchar(64)  null,
  version             int          not null default 0,
  constraint uk_case_no unique (case_no),
  constraint fk_case_institution foreign key (institution_id) references institution (id),
  index ix_case_institution (institution_id, created_at),
  index ix_case_region_matter (region_code, matter, status, due_date),
  index ix_case_status_due (status, due_date),
  index ix_case_process (process_instance_id)
) engine=InnoDB default charset=utf8mb4;

-- Every process instance (including call activities) that works on a case: the inbox joins tasks by it.
create table case_process (
  proc_inst_id varchar(64) not null primary key,
  case_id      bigint      not null,
  index ix_case_process_case (case_id)
) engine=InnoDB default charset=utf8mb4;

-- Clock stops (补正, 现场核验, 专家评审, 听证 …): the statutory clock does not run between start and end.
create table case_pause (
  id           bigint       not null auto_increment primary key,
  case_id      bigint       not null,
  kind         varchar(32)  not null,
  reason       varchar(500) not null,
  started_at   datetime(3)  not null,
  ended_at     datetime(3)  null,
  constraint fk_pause_case foreign key (case_id) references case_file (id),
  index ix_pause_case (case_id, started_at)
) engine=InnoDB default charset=utf8mb4;

-- The steps of a case as people see them: one row per user task, written by the engine's task listener.
create table case_step (
  id              bigint       not null auto_increment primary key,
  case_id         bigint       not null,
  task_id         varchar(64)  not null,
  task_key        varchar(100) not null,
  name            varchar(200) not null,
  candidate_group varchar(64)  null,
  assignee        varchar(64)  null,
  started_at      datetime(3)  not null,
  due_at          datetime(3)  null,
  ended_at        datetime(3)  null,
  outcome         varchar(32)  null,
  comment         varchar(4000) null,
  completed_by    varchar(64)  null,
  constraint uk_step_task unique (task_id),
  constraint fk_step_case foreign key (case_id) references case_file (id),
  index ix_step_case (case_id, started_at),
  index ix_step_done (completed_by, ended_at)
) engine=InnoDB default charset=utf8mb4;

create table case_material (
  id           bigint       not null auto_increment primary key,
  case_id      bigint       not null,
  code         varchar(64)  not null,
  name         varchar(200) not null,
  file_name    varchar(255) not null,
  content_type varchar(100) not null,
  size_bytes   bigint       not null,
  sha256       char(64)     not null,
  storage_key  varchar(200) not null,
  uploaded_by  varchar(64)  not null,
  uploaded_at  datetime(3)  not null,
  superseded   boolean      not null default false,
  constraint fk_material_case foreign key (case_id) references case_file (id),
  index ix_material_case (case_id, code)
) engine=InnoDB default charset=utf8mb4;

create table case_document (
  id          bigint       not null auto_increment primary key,
  case_id     bigint       not null,
  kind        varchar(40)  not null,
  number      varchar(60)  not null,
  title       varchar(200) not null,
  issued_at   datetime(3)  not null,
  issued_by   varchar(64)  not null,
  size_bytes  bigint       not null,
  sha256      char(64)     not null,
  storage_key varchar(200) not null,
  constraint uk_document_number unique (number),
  constraint fk_document_case foreign key (case_id) references case_file (id),
  index ix_document_case (case_id)
) engine=InnoDB default charset=utf8mb4;

-- Append-only audit trail, hash-chained per chain (one chain per case, one for the rest) so that an
-- edited or deleted entry breaks the chain; audit_chain keeps each chain's head so a deleted tail shows too.
create table audit_chain (
  chain     varchar(40) not null primary key,
  seq       bigint      not null,
  head_hash char(64)    not null
) engine=InnoDB default charset=utf8mb4;

create table audit_entry (
  id        bigint        not null auto_increment primary key,
  chain     varchar(40)   not null,
  seq       bigint        not null,
  case_id   bigint        null,
  at        datetime(3)   not null,
  actor     varchar(64)   not null,
  action    varchar(64)   not null,
  detail    varchar(2000) null,
  prev_hash char(64)      not null,
  hash      char(64)      not null,
  constraint uk_audit_chain_seq unique (chain, seq),
  index ix_audit_case (case_id, seq)
) engine=InnoDB default charset=utf8mb4;

-- Idempotency-Key: written in the same transaction as what the request creates.
create table idempotency_record (
  owner        varchar(64)  not null,
  idem_key     varchar(100) not null,
  request_hash char(64)     not null,
  resource     varchar(100) not null,
  created_at   datetime(3)  not null,
  primary key (owner, idem_key),
  index ix_idempotency_created (created_at)
) engine=InnoDB default charset=utf8mb4;

-- Notices to people (the UI's bell; e-mail when SMTP is configured).
create table notification (
  id         bigint        not null auto_increment primary key,
  recipient  varchar(64)   not null,
  case_id    bigint        null,
  title      varchar(200)  not null,
  body       varchar(2000) null,
  created_at datetime(3)   not null,
  read_at    datetime(3)   null,
  index ix_notification_recipient (recipient, created_at)
) engine=InnoDB default charset=utf8mb4;

insert into department (code, name, region_code) values
 ('HEALTH', '卫生健康局', '533103'),
 ('CIVIL', '民政局', '533103'),
 ('PLANNING', '自然资源和规划局', '533103'),
 ('CONSTRUCTION', '住房和城乡建设局', '533103'),
 ('FIRE', '消防救援大队', '533103'),
 ('MEDINS', '医疗保障局', '533103'),
 ('FINANCE', '财政局', '533103'),
 ('HRSS', '人力资源和社会保障局', '533103'),
 ('MARKET', '市场监督管理局', '533103'),
 ('GOV', '市人民政府办公室', '533103'),
 ('WINDOW', '政务服务中心综合窗口', '533103');
