-- issue 7: 医养合作协议 (DOMAIN.md §2.5) and 目标任务表 / indicators (DOMAIN.md §2.6).

-- One cooperation agreement, filed as a case of matter AGREEMENT by the elderly care institution (甲方 in the
-- seeds' template is the medical side; here "institution" files and "partner" confirms). Validity is computed from
-- the period and the partner's confirmation, so an expired agreement never counts towards coverage.
create table agreement (
  case_id          bigint        not null primary key,
  region_code      char(6)       not null,
  institution_id   bigint        not null,
  partner_id       bigint        not null,
  services         varchar(500)  not null,
  annual_fee       decimal(12,2) not null,
  period_start     date          not null,
  period_end       date          not null,
  confirmed_at     datetime(3)   null,
  confirmed_by     varchar(64)   null,
  declined_at      datetime(3)   null,
  civil_ack_at     datetime(3)   null,
  health_ack_at    datetime(3)   null,
  reminded_at      datetime(3)   null,
  expired_flagged_at datetime(3) null,
  constraint fk_agreement_case foreign key (case_id) references case_file (id),
  constraint fk_agreement_institution foreign key (institution_id) references institution (id),
  constraint fk_agreement_partner foreign key (partner_id) references institution (id),
  -- coverage on a day: the institution's confirmed agreements whose period contains the day
  index ix_agreement_institution_period (institution_id, period_start, period_end),
  index ix_agreement_partner (partner_id, period_end),
  index ix_agreement_region_end (region_code, period_end)
) engine=InnoDB default charset=utf8mb4;

-- The indicators the dashboard shows: computed by the system (COMPUTED) or entered each quarter (ENTERED).
create table indicator (
  code        varchar(40)  not null primary key,
  name        varchar(100) not null,
  unit        varchar(10)  not null,
  kind        varchar(10)  not null,
  department  varchar(32)  not null,
  basis       varchar(300) not null,
  sort_order  int          not null
) engine=InnoDB default charset=utf8mb4;

insert into indicator (code, name, unit, kind, department, basis, sort_order) values
 ('MEDICAL_SERVICE_SHARE', '提供医疗卫生服务的养老机构占比', '%', 'COMPUTED', 'CIVIL', '内设医疗机构或有效合作协议；种子002第9条、种子000', 10),
 ('AGREEMENT_COVERAGE', '无内设医疗机构的养老机构签约率', '%', 'COMPUTED', 'CIVIL', '种子001第二部分（一）：100%', 20),
 ('CASES_ON_TIME', '按时办结率', '%', 'COMPUTED', 'HEALTH', '行政许可法第42条、第82条：按工作日计，暂停期间不计', 30),
 ('RECTIFICATION_ON_TIME', '整改按期完成率', '%', 'COMPUTED', 'HEALTH', '限期整改：在整改期限内验收关闭', 40),
 ('RESULTS_PUBLISHED_ON_TIME', '抽查结果按时公示率', '%', 'COMPUTED', 'HEALTH', '双随机一公开：检查完成后20个工作日内公示（按28个自然日计）', 50),
 ('FAMILY_DOCTOR_65', '65岁以上老年人家庭医生签约率', '%', 'ENTERED', 'HEALTH', '种子002、种子004：65%—100%', 60),
 ('HEALTH_MANAGEMENT', '65岁以上老年人健康管理率', '%', 'ENTERED', 'HEALTH', '种子004：70%以上；种子003第11项', 70),
 ('GREEN_CHANNEL', '医疗机构开设老年人就医绿色通道比例', '%', 'ENTERED', 'HEALTH', '种子004第二部分：100%', 80),
 ('SATISFACTION', '医养结合服务满意度测评得分', '分', 'ENTERED', 'SUPERVISOR', '领导小组办公室组织测评', 90);

-- 目标任务表: a target per indicator, year and township ('' = the whole county), with the responsible department
-- and, where it comes from a task table like seed 003, the task's number and wording.
create table indicator_target (
  id             bigint        not null auto_increment primary key,
  region_code    char(6)       not null,
  indicator_code varchar(40)   not null,
  year           int           not null,
  township       varchar(50)   not null default '',
  target         decimal(7,2)  not null,
  department     varchar(32)   not null,
  task_no        int           null,
  task_text      varchar(1000) null,
  updated_by     varchar(64)   not null,
  updated_at     datetime(3)   not null,
  constraint fk_target_indicator foreign key (indicator_code) references indicator (code),
  constraint uk_target unique (region_code, indicator_code, year, township),
  index ix_target_year (region_code, year, township)
) engine=InnoDB default charset=utf8mb4;

-- The values a department enters each quarter, with their source (统计报表, 基本公卫系统 …).
create table indicator_value (
  id             bigint        not null auto_increment primary key,
  region_code    char(6)       not null,
  indicator_code varchar(40)   not null,
  year           int           not null,
  quarter        int           not null,
  township       varchar(50)   not null default '',
  value          decimal(7,2)  not null,
  source         varchar(200)  not null,
  entered_by     varchar(64)   not null,
  entered_at     datetime(3)   not null,
  constraint fk_value_indicator foreign key (indicator_code) references indicator (code),
  constraint uk_value unique (region_code, indicator_code, year, quarter, township),
  index ix_value_year (region_code, year, township)
) engine=InnoDB default charset=utf8mb4;

-- The dashboard's and the indicators' filters: closed cases by time, open steps by group.
create index ix_case_closed on case_file (region_code, matter, closed_at);
create index ix_step_open on case_step (ended_at, candidate_group);

-- The 50% subsidy of the fee an elderly care institution paid its partner (seed 002 item 9): a case of its own,
-- reviewed by CIVIL, approved by the CIVIL LEADER, paid by FINANCE with the payment voucher as its record.
create table agreement_subsidy (
  case_id           bigint        not null primary key,
  agreement_case_id bigint        not null,
  institution_id    bigint        not null,
  fee_paid          decimal(12,2) not null,
  paid_on           date          not null,
  amount            decimal(12,2) not null,
  approved_at       datetime(3)   null,
  approved_by       varchar(64)   null,
  voucher_no        varchar(64)   null,
  paid_at           datetime(3)   null,
  paid_by           varchar(64)   null,
  constraint fk_subsidy_case foreign key (case_id) references case_file (id),
  constraint fk_subsidy_agreement foreign key (agreement_case_id) references agreement (case_id),
  constraint fk_subsidy_institution foreign key (institution_id) references institution (id),
  index ix_subsidy_agreement (agreement_case_id),
  index ix_subsidy_paid (paid_at)
) engine=InnoDB default charset=utf8mb4;
