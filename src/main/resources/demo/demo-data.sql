-- Demo data (demo profile only): the institutions the seeds name, in 芒市 (533103), and the demo accounts.
-- Every demo account has the password "demo" (BCrypt below) and demo_password = true, so the product refuses
-- to start outside the demo profile while any of them is still enabled.

insert into institution (region_code, name, credit_code, type, township, address, beds, ownership, profit, has_internal_medical, created_at, updated_at) values
 ('533103', '芒市中心敬老院', '12533103MB0000101A', 'ELDERLY_CARE', '勐焕街道', '芒市勐焕街道团结大道 18 号', 120, 'PUBLIC', 'NON_PROFIT', false, now(3), now(3)),
 ('533103', '勐戛镇敬老院', '12533103MB0000102D', 'ELDERLY_CARE', '勐戛镇', '芒市勐戛镇勐戛村', 60, 'PUBLIC', 'NON_PROFIT', false, now(3), now(3)),
 ('533103', '遮放镇敬老院', '12533103MB0000103G', 'ELDERLY_CARE', '遮放镇', '芒市遮放镇遮放街', 50, 'PUBLIC', 'NON_PROFIT', false, now(3), now(3)),
 ('533103', '风平镇卫生院', '12533103MB00002010', 'MEDICAL', '风平镇', '芒市风平镇风平街 2 号', 40, 'PUBLIC', 'NON_PROFIT', false, now(3), now(3)),
 ('533103', '勐戛镇卫生院', '12533103MB00002023', 'MEDICAL', '勐戛镇', '芒市勐戛镇中心街', 30, 'PUBLIC', 'NON_PROFIT', false, now(3), now(3)),
 ('533103', '遮放镇中心卫生院', '12533103MB00002036', 'MEDICAL', '遮放镇', '芒市遮放镇团结路', 60, 'PUBLIC', 'NON_PROFIT', false, now(3), now(3)),
 ('533103', '芒市人民医院', '12533103MB00002049', 'MEDICAL', '勐焕街道', '芒市勐焕路 1 号', 500, 'PUBLIC', 'NON_PROFIT', false, now(3), now(3)),
 ('533103', '芒市妇幼保健计划生育服务中心', '12533103MB0000205C', 'MEDICAL', '勐焕街道', '芒市青年路 6 号', 80, 'PUBLIC', 'NON_PROFIT', false, now(3), now(3)),
 ('533103', '芒市福寿康养中心', '91533103MA6K00001K', 'COMBINED', '芒市镇', '芒市芒市镇芒晃路 9 号', 150, 'PRIVATE', 'FOR_PROFIT', true, now(3), now(3));

insert into account (username, display_name, password_hash, department_code, institution_id, region_code, email, enabled, demo_password, created_at) values
 ('admin', '系统管理员', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', null, null, '533103', 'admin@demo.local', true, true, now(3)),
 ('applicant1', '杨荣海（芒市中心敬老院）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', null, (select id from institution where name = '芒市中心敬老院'), '533103', 'applicant1@demo.local', true, true, now(3)),
 ('applicant2', '李春兰（勐戛镇敬老院）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', null, (select id from institution where name = '勐戛镇敬老院'), '533103', 'applicant2@demo.local', true, true, now(3)),
 ('applicant3', '段美书（风平镇卫生院）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', null, (select id from institution where name = '风平镇卫生院'), '533103', 'applicant3@demo.local', true, true, now(3)),
 ('window1', '张敏（综合窗口）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'WINDOW', null, '533103', null, true, true, now(3)),
 ('health1', '王芳（卫健局审查）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'HEALTH', null, '533103', 'health1@demo.local', true, true, now(3)),
 ('health2', '赵强（卫健局审查）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'HEALTH', null, '533103', null, true, true, now(3)),
 ('health-lead', '陈局长（卫健局）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'HEALTH', null, '533103', 'health-lead@demo.local', true, true, now(3)),
 ('civil1', '刘洋（民政局审查）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'CIVIL', null, '533103', null, true, true, now(3)),
 ('civil-lead', '孙局长（民政局）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'CIVIL', null, '533103', null, true, true, now(3)),
 ('planning1', '周伟（资规局审查）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'PLANNING', null, '533103', null, true, true, now(3)),
 ('construction1', '吴斌（住建局审查）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'CONSTRUCTION', null, '533103', null, true, true, now(3)),
 ('fire1', '郑刚（消防救援大队）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'FIRE', null, '533103', null, true, true, now(3)),
 ('gov1', '冯丽（市政府办公室）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'GOV', null, '533103', null, true, true, now(3)),
 ('inspector1', '何军（卫健执法）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'HEALTH', null, '533103', null, true, true, now(3)),
 ('inspector2', '马兰（卫健执法）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'HEALTH', null, '533103', null, true, true, now(3)),
 ('inspector3', '罗平（民政执法）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'CIVIL', null, '533103', null, true, true, now(3)),
 ('inspector4', '高云（民政执法）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'CIVIL', null, '533103', null, true, true, now(3)),
 ('inspector5', '杨帆（卫健执法）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'HEALTH', null, '533103', null, true, true, now(3)),
 ('inspector6', '李娜（卫健执法）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'HEALTH', null, '533103', null, true, true, now(3)),
 ('inspector7', '段宏（卫健执法）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'HEALTH', null, '533103', null, true, true, now(3)),
 ('inspector8', '普艳（卫健执法）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'HEALTH', null, '533103', null, true, true, now(3)),
 ('supervisor1', '林主任（领导小组办公室）', '$2a$10$SCdEiPTUPuFSw03XpR3jReBtuJpKHqbNCYqiwTkTLpqI8jZyNFaHq', 'HEALTH', null, '533103', null, true, true, now(3));

insert into account_role (account_id, role)
select a.id, r.role from account a join (
  select 'admin' u, 'ADMIN' role union all
  select 'applicant1', 'APPLICANT' union all select 'applicant2', 'APPLICANT' union all select 'applicant3', 'APPLICANT' union all
  select 'window1', 'WINDOW' union all
  select 'health1', 'REVIEWER' union all select 'health2', 'REVIEWER' union all select 'health-lead', 'LEADER' union all
  select 'civil1', 'REVIEWER' union all select 'civil-lead', 'LEADER' union all
  select 'planning1', 'REVIEWER' union all select 'construction1', 'REVIEWER' union all select 'fire1', 'REVIEWER' union all
  select 'gov1', 'REVIEWER' union all
  select 'inspector1', 'INSPECTOR' union all select 'inspector2', 'INSPECTOR' union all
  select 'inspector3', 'INSPECTOR' union all select 'inspector4', 'INSPECTOR' union all
  select 'inspector5', 'INSPECTOR' union all select 'inspector6', 'INSPECTOR' union all
  select 'inspector7', 'INSPECTOR' union all select 'inspector8', 'INSPECTOR' union all
  select 'supervisor1', 'SUPERVISOR'
) r on r.u = a.username;
