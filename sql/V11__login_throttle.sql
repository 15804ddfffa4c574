-- issue 9: login throttling. Failed logins are counted per account name in the database, so every node of a
-- cluster sees the same count; after too many failures the name is locked for a while (form login and HTTP Basic).
create table login_throttle (
  username      varchar(64) not null primary key,
  failures      int         not null default 0,
  first_failure datetime(3) not null,
  locked_until  datetime(3) null,
  index ix_login_throttle_first (first_failure)
) engine=InnoDB default charset=utf8mb4;
