-- 设置审批与执业登记"两证合一" (DOMAIN.md §2.2): the application beside its case, and the licence register.

create table licence_application (
  case_id              bigint        not null primary key,
  institution_id       bigint        not null,
  name                 varchar(200)  not null,
  category             varchar(50)   not null,
  grade                varchar(10)   not null,
  kind                 varchar(30)   not null,
  ownership            varchar(10)   not null,
  profit               varchar(12)   not null,
  beds                 int           not null,
  departments          varchar(1000) not null,
  service_target       varchar(100)  not null,
  service_mode         varchar(100)  not null,
  registered_capital   decimal(14,2) not null,
  legal_representative varchar(50)   not null,
  address              varchar(300)  not null,
  onsite_days          int           null,
  extended_at          datetime(3)   null,
  decided_at           datetime(3)   null,
  constraint fk_licence_application_case foreign key (case_id) references case_file (id),
  constraint fk_licence_application_institution foreign key (institution_id) references institution (id),
  index ix_licence_application_institution (institution_id)
) engine=InnoDB default charset=utf8mb4;

-- 医疗机构执业许可证: what was printed on it, valid 5 years; 校验 every year under 100 beds, every 3 years at 100 or more.
create table licence (
  id                   bigint        not null auto_increment primary key,
  case_id              bigint        not null,
  institution_id       bigint        not null,
  region_code          char(6)       not null,
  registration_no      varchar(40)   null,
  name                 varchar(200)  not null,
  kind                 varchar(30)   not null,
  category             varchar(50)   not null,
  address              varchar(300)  not null,
  legal_representative varchar(50)   not null,
  beds                 int           not null,
  issued_on            date          not null,
  valid_until          date          not null,
  check_interval_years int           not null,
  issued_by            varchar(100)  not null,
  constraint fk_licence_case foreign key (case_id) references case_file (id),
  constraint fk_licence_institution foreign key (institution_id) references institution (id),
  constraint uk_licence_registration_no unique (registration_no),
  constraint uk_licence_case unique (case_id),
  index ix_licence_region (region_code, issued_on),
  index ix_licence_institution (institution_id)
) engine=InnoDB default charset=utf8mb4;
