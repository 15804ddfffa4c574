-- 变更登记 of a 医疗机构执业许可证 (名称, 地址, 负责人, 诊疗科目, 床位): the change case's licence_application row holds
-- what the licence will say; this row says which licence it changes and which fields.
create table licence_change (
  case_id        bigint       not null primary key,
  licence_id     bigint       not null,
  changed_fields varchar(200) not null,
  constraint fk_licence_change_case foreign key (case_id) references case_file (id),
  constraint fk_licence_change_licence foreign key (licence_id) references licence (id),
  index ix_licence_change_licence (licence_id)
) engine=InnoDB default charset=utf8mb4;
