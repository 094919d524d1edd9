-- Users, their roles, and the security log.

create table user_account (
    id                    bigint       not null auto_increment,
    version               bigint       not null,
    created_at            datetime(6)  not null,
    updated_at            datetime(6)  not null,
    username              varchar(50)  not null,
    display_name          varchar(200) not null,
    email                 varchar(254),
    password_hash         varchar(500) not null,
    must_change_password  boolean      not null,
    clearance             varchar(20)  not null,
    enabled               boolean      not null,
    failed_logins         int          not null,
    locked_until          datetime(6),
    last_login_at         datetime(6),
    primary key (id),
    constraint uk_user_account_username unique (username)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table user_role (
    user_id  bigint      not null,
    role     varchar(20) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references user_account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table security_event (
    id           bigint        not null auto_increment,
    occurred_at  datetime(6)   not null,
    type         varchar(30)   not null,
    actor        varchar(100),
    target       varchar(100),
    detail       varchar(1000),
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- The log is read newest first, and by account.
create index ix_security_event_occurred on security_event (occurred_at, id);
create index ix_security_event_target on security_event (target, occurred_at);
