-- 定期监督检查 (DOMAIN.md §2.1, issue 6 item 7): a filed clinic's or a licence's scheduled supervision opens an
-- inspection target of its own, without a plan or a draw. It keeps its department, check items, the seed of the
-- inspectors' random pick and the pick's record (pool, 回避 exclusions, result) so the pick can be re-run.
alter table inspection_target
  modify plan_id bigint null,
  modify draw_id bigint null,
  add column source         varchar(20)   not null default 'PLAN',
  add column source_case_no varchar(40)   null,
  add column department     varchar(32)   null,
  add column items          varchar(1000) null,
  add column seed           bigint        null,
  add column pick_record    mediumtext    null;

create index ix_inspection_target_source on inspection_target (source_case_no);
