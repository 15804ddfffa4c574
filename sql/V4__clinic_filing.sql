-- 养老机构内设医疗机构备案 (国卫办医发〔2017〕38号): the filing's own data, beside its case.

create table clinic_filing (
  case_id                  bigint       not null primary key,
  institution_id           bigint       not null,
  clinic_name              varchar(200) not null,
  clinic_type              varchar(20)  not null,
  address                  varchar(300) null,
  opening_date             date         not null,
  services                 varchar(1000) not null,
  head_name                varchar(50)  not null,
  head_id_number           varchar(18)  not null,
  head_qualification_no    varchar(64)  not null,
  referral_partner_code    char(18)     null,
  registration_no          varchar(60)  null,
  registered_at            datetime(3)  null,
  constraint fk_clinic_filing_case foreign key (case_id) references case_file (id),
  constraint fk_clinic_filing_institution foreign key (institution_id) references institution (id),
  constraint uk_clinic_registration_no unique (registration_no),
  index ix_clinic_filing_registered (registered_at, clinic_type),
  index ix_clinic_filing_institution (institution_id)
) engine=InnoDB default charset=utf8mb4;

create table clinic_staff (
  id             bigint      not null auto_increment primary key,
  case_id        bigint      not null,
  name           varchar(50) not null,
  id_number      varchar(18) not null,
  profession     varchar(20) not null,
  certificate_no varchar(64) not null,
  constraint fk_clinic_staff_case foreign key (case_id) references case_file (id),
  index ix_clinic_staff_case (case_id)
) engine=InnoDB default charset=utf8mb4;

-- The one-time supplement list (一次性告知) of each round: everything missing or wrong at once.
create table supplement_item (
  id          bigint       not null auto_increment primary key,
  case_id     bigint       not null,
  round       int          not null,
  code        varchar(64)  not null,
  name        varchar(200) not null,
  reason      varchar(1000) not null,
  requested_at datetime(3) not null,
  requested_by varchar(64)  not null,
  -- the newest material of the case when the notice went out: what is uploaded after it answers the notice
  materials_before bigint   not null default 0,
  constraint fk_supplement_case foreign key (case_id) references case_file (id),
  index ix_supplement_case (case_id, round)
) engine=InnoDB default charset=utf8mb4;
