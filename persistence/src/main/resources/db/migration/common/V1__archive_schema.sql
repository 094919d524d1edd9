-- The archive's first schema. Written once for both databases: H2 runs in MariaDB mode, so the
-- MySQL dialect of DDL below is understood by both. Long texts are TEXT/MEDIUMTEXT rather than
-- VARCHAR because InnoDB limits a row's VARCHARs to 64 KB in total.

create table party (
    id              bigint       not null auto_increment,
    version         bigint       not null,
    created_at      datetime(6)  not null,
    updated_at      datetime(6)  not null,
    code            varchar(20)  not null,
    iso_code        varchar(2),
    name            varchar(300) not null,
    kind            varchar(30)  not null,
    valid_from      date,
    valid_to        date,
    predecessor_id  bigint,
    notes           text,
    primary key (id),
    constraint uk_party_code unique (code),
    constraint fk_party_predecessor foreign key (predecessor_id) references party (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_party_name on party (name);

create table party_name (
    party_id  bigint       not null,
    language  varchar(35)  not null,
    name      varchar(300) not null,
    primary key (party_id, language),
    constraint fk_party_name_party foreign key (party_id) references party (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table subject (
    id           bigint       not null auto_increment,
    version      bigint       not null,
    created_at   datetime(6)  not null,
    updated_at   datetime(6)  not null,
    name         varchar(200) not null,
    description  text,
    primary key (id),
    constraint uk_subject_name unique (name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table event (
    id                bigint       not null auto_increment,
    version           bigint       not null,
    created_at        datetime(6)  not null,
    updated_at        datetime(6)  not null,
    name              varchar(300) not null,
    place             varchar(200),
    starts_on         date         not null,
    starts_precision  varchar(5)   not null,
    ends_on           date,
    ends_precision    varchar(5),
    level             varchar(30)  not null,
    outcome           text,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_event_starts_on on event (starts_on);
create index ix_event_name on event (name);

create table event_source (
    event_id  bigint        not null,
    position  int           not null,
    citation  varchar(1000) not null,
    url       varchar(500),
    primary key (event_id, position),
    constraint fk_event_source_event foreign key (event_id) references event (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table event_note (
    event_id  bigint      not null,
    position  int         not null,
    kind      varchar(20) not null,
    text      text        not null,
    primary key (event_id, position),
    constraint fk_event_note_event foreign key (event_id) references event (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement (
    id                    bigint        not null auto_increment,
    version               bigint        not null,
    created_at            datetime(6)   not null,
    updated_at            datetime(6)   not null,
    reference             varchar(20)   not null,
    official_title        varchar(1000) not null,
    short_title           varchar(300),
    kind                  varchar(30)   not null,
    format                varchar(20)   not null,
    signed_on             date          not null,
    signed_precision      varchar(5)    not null,
    signed_at             varchar(200),
    in_force_on           date,
    in_force_precision    varchar(5),
    terminated_on         date,
    terminated_precision  varchar(5),
    stated_status         varchar(20),
    depositary            varchar(300),
    summary               text,
    event_id              bigint,
    primary key (id),
    constraint uk_agreement_reference unique (reference),
    constraint fk_agreement_event foreign key (event_id) references event (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- The list sorts by signature date by default and filters by kind, date range and status.
create index ix_agreement_signed_on on agreement (signed_on, id);
create index ix_agreement_kind_signed_on on agreement (kind, signed_on);
create index ix_agreement_in_force_on on agreement (in_force_on);
create index ix_agreement_terminated_on on agreement (terminated_on);
create index ix_agreement_event on agreement (event_id);
create index ix_agreement_signed_at on agreement (signed_at);

create table agreement_title (
    agreement_id  bigint        not null,
    language      varchar(35)   not null,
    text          varchar(1000) not null,
    primary key (agreement_id, language),
    constraint fk_agreement_title_agreement foreign key (agreement_id) references agreement (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement_language (
    agreement_id  bigint      not null,
    position      int         not null,
    language      varchar(35) not null,
    primary key (agreement_id, position),
    constraint fk_agreement_language_agreement foreign key (agreement_id) references agreement (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement_subject (
    agreement_id  bigint not null,
    subject_id    bigint not null,
    primary key (agreement_id, subject_id),
    constraint fk_agreement_subject_agreement foreign key (agreement_id) references agreement (id) on delete cascade,
    constraint fk_agreement_subject_subject foreign key (subject_id) references subject (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_agreement_subject_subject on agreement_subject (subject_id, agreement_id);

create table participation (
    id            bigint      not null auto_increment,
    version       bigint      not null,
    created_at    datetime(6) not null,
    updated_at    datetime(6) not null,
    agreement_id  bigint      not null,
    party_id      bigint      not null,
    signed_on     date,
    consent_type  varchar(30),
    consent_on    date,
    in_force_on   date,
    withdrawn_on  date,
    reservations  text,
    primary key (id),
    constraint uk_participation unique (agreement_id, party_id),
    constraint fk_participation_agreement foreign key (agreement_id) references agreement (id) on delete cascade,
    constraint fk_participation_party foreign key (party_id) references party (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- "Agreements of party X" starts from the party.
create index ix_participation_party on participation (party_id, agreement_id);

create table article (
    id            bigint       not null auto_increment,
    version       bigint       not null,
    created_at    datetime(6)  not null,
    updated_at    datetime(6)  not null,
    agreement_id  bigint       not null,
    position      int          not null,
    number        varchar(20)  not null,
    heading       varchar(500),
    body          mediumtext,
    primary key (id),
    constraint fk_article_agreement foreign key (agreement_id) references agreement (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_article_agreement on article (agreement_id, position);

create table agreement_relation (
    id          bigint      not null auto_increment,
    version     bigint      not null,
    created_at  datetime(6) not null,
    updated_at  datetime(6) not null,
    source_id   bigint      not null,
    type        varchar(20) not null,
    target_id   bigint      not null,
    note        varchar(2000),
    primary key (id),
    constraint fk_relation_source foreign key (source_id) references agreement (id) on delete cascade,
    constraint fk_relation_target foreign key (target_id) references agreement (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_relation_source on agreement_relation (source_id, type);
-- The status of an agreement asks whether another supersedes or terminates it.
create index ix_relation_target on agreement_relation (target_id, type);

create table agreement_source (
    agreement_id  bigint        not null,
    position      int           not null,
    citation      varchar(1000) not null,
    url           varchar(500),
    primary key (agreement_id, position),
    constraint fk_agreement_source_agreement foreign key (agreement_id) references agreement (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement_note (
    agreement_id  bigint      not null,
    position      int         not null,
    kind          varchar(20) not null,
    text          text        not null,
    primary key (agreement_id, position),
    constraint fk_agreement_note_agreement foreign key (agreement_id) references agreement (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- One row per year of signature; locked while a reference is issued so that two archivists never
-- receive the same one.
create table agreement_reference_counter (
    signature_year  int not null,
    last_number     int not null,
    primary key (signature_year)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- Facts about the archive itself, such as whether the starter collection has been loaded.
create table archive_setting (
    name           varchar(100)  not null,
    setting_value  varchar(1000) not null,
    primary key (name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
