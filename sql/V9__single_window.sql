-- 医养结合机构"一个窗口"办理 (DOMAIN.md §2.3): the application beside its case, each department's track, the
-- supplement requests of each round (merged by the window into one notice) and the 一事一议 meetings.

create table sw_application (
  case_id                bigint        not null primary key,
  institution_name       varchar(200)  not null,
  credit_code            char(18)      not null,
  project_type           varchar(12)   not null,
  beds                   int           not null,
  property_registered    boolean       not null,
  land_planning_complete boolean       not null,
  -- the medical part as the applicant entered it (a licence application); it becomes the licence_application of
  -- the HEALTH sub-case when the HEALTH track starts
  medical_part           text          null,
  licence_case_id        bigint        null,
  review_round           int           not null default 0,
  extended_at            datetime(3)   null,
  extended_by            varchar(64)   null,
  delivered_at           datetime(3)   null,
  constraint fk_sw_application_case foreign key (case_id) references case_file (id),
  constraint fk_sw_application_licence_case foreign key (licence_case_id) references case_file (id),
  index ix_sw_application_credit_code (credit_code)
) engine=InnoDB default charset=utf8mb4;

-- One row per department and case: the state the applicant sees (WAITING, REVIEWING, SUPPLEMENT, REFERRED,
-- APPROVED, REFUSED, SKIPPED) and the department's own step limit.
create table sw_track (
  case_id      bigint        not null,
  department   varchar(20)   not null,
  state        varchar(12)   not null,
  round_no     int           not null default 0,
  step_due     date          null,
  decided_at   datetime(3)   null,
  decided_by   varchar(64)   null,
  reason       varchar(4000) null,
  updated_at   datetime(3)   not null,
  primary key (case_id, department),
  constraint fk_sw_track_case foreign key (case_id) references case_file (id),
  index ix_sw_track_department_state (department, state)
) engine=InnoDB default charset=utf8mb4;

-- What a department asked the applicant to supplement in a round; the window merges a round into one notice.
create table sw_request (
  id           bigint        not null auto_increment primary key,
  case_id      bigint        not null,
  round_no     int           not null,
  department   varchar(20)   not null,
  code         varchar(40)   not null,
  name         varchar(200)  not null,
  reason       varchar(1000) not null,
  requested_by varchar(64)   not null,
  requested_at datetime(3)   not null,
  notice_id    bigint        null,
  constraint fk_sw_request_case foreign key (case_id) references case_file (id),
  index ix_sw_request_case_round (case_id, round_no)
) engine=InnoDB default charset=utf8mb4;

-- 一事一议: the county government's meeting, its decision and the conditions the departments review under.
create table sw_meeting (
  id           bigint        not null auto_increment primary key,
  case_id      bigint        not null,
  meeting_date date          not null,
  participants varchar(1000) not null,
  decision     varchar(4000) not null,
  conditions   varchar(4000) null,
  departments  varchar(200)  not null,
  document_id  bigint        null,
  recorded_by  varchar(64)   not null,
  recorded_at  datetime(3)   not null,
  constraint fk_sw_meeting_case foreign key (case_id) references case_file (id),
  index ix_sw_meeting_case (case_id)
) engine=InnoDB default charset=utf8mb4;
