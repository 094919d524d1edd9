-- Importing a ministry's register: the register's own number on each record, the import runs and their row-by-row report.

alter table agreement add column external_id varchar(100);
create unique index ux_agreement_external_id on agreement (external_id);
alter table agreement_aud add column external_id varchar(100);

-- One upload: a dry run that only reports, or a run that writes. Counters and the position move in the
-- same transaction as the rows they count, so a run resumed after a stop goes on exactly where it was.
create table import_run (
    id              bigint        not null auto_increment,
    version         bigint        not null,
    created_at      datetime(6)   not null,
    updated_at      datetime(6)   not null,
    owner           varchar(100)  not null,
    owner_clearance varchar(20)   not null,
    file_name       varchar(255)  not null,
    file_key        varchar(100)  not null,
    file_size       bigint        not null,
    format          varchar(10)   not null,
    dry_run         boolean       not null,
    publish         boolean       not null,
    dry_run_of      bigint,
    state           varchar(20)   not null,
    claimed_at      datetime(6),
    claims          integer       not null default 0,
    finished_at     datetime(6),
    rows_total      integer       not null,
    rows_read       integer       not null,
    rows_valid      integer       not null,
    rows_invalid    integer       not null,
    rows_created    integer       not null,
    rows_updated    integer       not null,
    rows_unchanged  integer       not null,
    message         varchar(2000),
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_import_run_state on import_run (state, claimed_at);
create index ix_import_run_owner on import_run (owner, id);

-- The report: one line per row of the file, what became of it and, when it was refused, why, field by field.
create table import_row (
    run_id       bigint        not null,
    row_no       integer       not null,
    external_id  varchar(100),
    title        varchar(300),
    outcome      varchar(20)   not null,
    reference    varchar(20),
    problems     varchar(4000),
    row_key      varchar(400),
    primary key (run_id, row_no),
    constraint fk_import_row_run foreign key (run_id) references import_run (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_import_row_outcome on import_row (run_id, outcome, row_no);

-- The import a proposal came from, so that a reviewer can approve the whole batch at once.
alter table proposal add column import_run_id bigint;
create index ix_proposal_import_run on proposal (import_run_id, state);
