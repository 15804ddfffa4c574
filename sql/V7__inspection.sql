-- 双随机、一公开 (国办发〔2015〕58号) and 限期整改 (行政处罚法 Arts. 28, 42, 43): check items, plans, draws, inspections.

-- 随机抽查事项清单: published on the public page; kept by an ADMIN or SUPERVISOR.
create table check_item (
  code        varchar(32)   not null primary key,
  name        varchar(200)  not null,
  basis       varchar(500)  not null,
  department  varchar(32)   not null,
  method      varchar(500)  not null,
  active      boolean       not null default true,
  updated_by  varchar(64)   not null,
  updated_at  datetime(3)   not null,
  constraint fk_check_item_department foreign key (department) references department (code)
) engine=InnoDB default charset=utf8mb4;

insert into check_item (code, name, basis, department, method, updated_by, updated_at) values
 ('MED-SERVICE', '为入住老年人提供医疗卫生服务', '芒市医养结合实施方案：100%的养老机构能够以不同形式为入住老年人提供医疗卫生服务', 'HEALTH', '查阅巡诊、诊疗记录，询问入住老年人', 'system', now(3)),
 ('COOP-AGREEMENT', '与医疗机构签订合作协议并履行', '关于做好养老机构与医疗机构签约合作的通知（一）签订合作协议；合作协议范本', 'HEALTH', '查阅合作协议原件及巡诊、转诊记录', 'system', now(3)),
 ('FAMILY-DOCTOR', '入住老年人家庭医生签约服务', '医养结合工作方案（一）开展家庭医生签约服务；60周岁以上老人家庭医生签约率达65%', 'HEALTH', '抽查签约协议及履约服务记录', 'system', now(3)),
 ('GREEN-CHANNEL', '开通预约就诊绿色通道', '关于做好养老机构与医疗机构签约合作的通知（三）开通绿色通道', 'HEALTH', '现场查看预约就诊、转诊流程及记录', 'system', now(3)),
 ('ELDERLY-FIRST', '挂号、收费、取药、住院窗口设置“老年人优先”标志', '关于做好养老机构与医疗机构签约合作的通知（三）：窗口明显位置设置“老年人优先”标志', 'HEALTH', '现场查看标志设置', 'system', now(3)),
 ('HEALTH-RECORDS', '为入住老年人建立健康档案', '结合基本公共卫生服务为老年人建立健康档案；65岁以上老年人健康档案电子建档率达95%以上', 'HEALTH', '抽查健康档案及电子建档情况', 'system', now(3)),
 ('STAFF-QUALIFICATION', '医护人员执业资格与注册', '《医疗机构管理条例》；《医师法》；《护士条例》；国卫办医发〔2017〕38号', 'HEALTH', '核对在岗医护人员执业证书、注册地点与备案信息', 'system', now(3)),
 ('CLINIC-FILING', '内设医疗机构备案信息与实际一致', '国卫办医发〔2017〕38号：养老机构内设诊所、卫生所（室）、医务室、护理站取消行政审批，实行备案管理', 'HEALTH', '核对备案凭证、执业范围、负责人与现场情况', 'system', now(3)),
 ('FIRE-SAFETY', '消防安全', '《中华人民共和国消防法》；《养老机构服务安全基本规范》（GB 38600-2019）', 'CIVIL', '现场查看消防设施、疏散通道，查阅消防检查记录', 'system', now(3)),
 ('CARE-SERVICE', '养老服务质量与安全管理', '《养老机构管理办法》（民政部令第66号）；《养老机构行政检查办法》（2023）', 'CIVIL', '查阅服务合同、护理记录、安全管理制度', 'system', now(3));

-- 抽查计划: a case of matter INSPECTION; the LEADER of the department approves it before the draw.
create table inspection_plan (
  id                    bigint        not null auto_increment primary key,
  case_id               bigint        not null,
  name                  varchar(200)  not null,
  department            varchar(32)   not null,
  items                 varchar(1000) not null,
  population_type       varchar(20)   null,
  has_internal_medical  boolean       null,
  township              varchar(50)   null,
  proportion            decimal(5,4)  not null,
  inspectors_per_target int           not null,
  period_start          date          not null,
  period_end            date          not null,
  status                varchar(20)   not null,
  created_by            varchar(64)   not null,
  created_at            datetime(3)   not null,
  published_at          datetime(3)   null,
  published_by          varchar(64)   null,
  constraint uk_inspection_plan_case unique (case_id),
  constraint fk_inspection_plan_case foreign key (case_id) references case_file (id),
  constraint fk_inspection_plan_department foreign key (department) references department (code)
) engine=InnoDB default charset=utf8mb4;

-- 回避: declared conflicts of interest between an inspector and an institution (relative, former employee …).
create table inspector_conflict (
  id             bigint        not null auto_increment primary key,
  username       varchar(64)   not null,
  institution_id bigint        not null,
  reason         varchar(300)  not null,
  declared_at    datetime(3)   not null,
  constraint fk_conflict_institution foreign key (institution_id) references institution (id),
  index ix_conflict_user (username, institution_id)
) engine=InnoDB default charset=utf8mb4;

-- The draw's record: insert only, with the SHA-256 of its canonical JSON; the triggers refuse any change.
create table inspection_draw (
  id          bigint        not null auto_increment primary key,
  plan_id     bigint        not null,
  seed        bigint        not null,
  record      mediumtext    not null,
  sha256      char(64)      not null,
  drawn_by    varchar(64)   not null,
  drawn_at    datetime(3)   not null,
  constraint uk_inspection_draw_plan unique (plan_id),
  constraint fk_inspection_draw_plan foreign key (plan_id) references inspection_plan (id)
) engine=InnoDB default charset=utf8mb4;

create trigger trg_inspection_draw_no_update before update on inspection_draw for each row
  signal sqlstate '45000' set message_text = 'inspection_draw is append-only';

create trigger trg_inspection_draw_no_delete before delete on inspection_draw for each row
  signal sqlstate '45000' set message_text = 'inspection_draw is append-only';

-- One drawn target: its own case of matter INSPECTION with the two drawn inspectors and their signatures.
create table inspection_target (
  case_id          bigint       not null primary key,
  plan_id          bigint       not null,
  draw_id          bigint       not null,
  institution_id   bigint       not null,
  inspector_a      varchar(64)  not null,
  inspector_b      varchar(64)  not null,
  signed_a_at      datetime(3)  null,
  signed_b_at      datetime(3)  null,
  result           varchar(10)  null,
  rectify_round    int          not null default 0,
  constraint fk_inspection_target_case foreign key (case_id) references case_file (id),
  constraint fk_inspection_target_plan foreign key (plan_id) references inspection_plan (id),
  constraint fk_inspection_target_institution foreign key (institution_id) references institution (id),
  index ix_inspection_target_plan (plan_id)
) engine=InnoDB default charset=utf8mb4;

-- The checklist's answers: one row per plan item, PASS / FAIL / NOT_APPLICABLE with a note.
create table inspection_answer (
  case_id      bigint        not null,
  item_code    varchar(32)   not null,
  result       varchar(16)   not null,
  note         varchar(1000) null,
  answered_by  varchar(64)   not null,
  answered_at  datetime(3)   not null,
  primary key (case_id, item_code),
  constraint fk_inspection_answer_case foreign key (case_id) references case_file (id)
) engine=InnoDB default charset=utf8mb4;
