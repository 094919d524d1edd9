-- Documents: the files the archive holds (content-addressed by SHA-256) and the records that hold them.

-- One row per stored file: what was promised when it was stored, and what the last fixity audit found.
create table document_file (
    sha256      char(64)     not null,
    size        bigint       not null,
    media_type  varchar(100) not null,
    pages       integer,
    stored_at   datetime(6)  not null,
    fixity      varchar(20)  not null,
    checked_at  datetime(6),
    primary key (sha256)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_document_file_fixity on document_file (fixity);

-- A record's documents. No foreign key to document_file: a file's row is committed in the upload's own
-- transaction, and the application refuses a document whose file the register does not hold.
create table agreement_document (
    id              bigint       not null auto_increment,
    version         bigint       not null,
    created_at      datetime(6)  not null,
    updated_at      datetime(6)  not null,
    agreement_id    bigint       not null,
    position        integer      not null,
    sha256          char(64)     not null,
    kind            varchar(30)  not null,
    title           varchar(500) not null,
    language        varchar(35),
    party_id        bigint,
    dated           date,
    file_name       varchar(255) not null,
    media_type      varchar(100) not null,
    size            bigint       not null,
    pages           integer,
    classification  varchar(20)  not null,
    primary key (id),
    constraint fk_agreement_document_agreement foreign key (agreement_id) references agreement (id) on delete cascade,
    constraint fk_agreement_document_party foreign key (party_id) references party (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_agreement_document_agreement on agreement_document (agreement_id, position);
create index ix_agreement_document_sha256 on agreement_document (sha256);

create table agreement_document_aud (
    id              bigint       not null,
    rev             bigint       not null,
    revtype         tinyint,
    created_at      datetime(6),
    updated_at      datetime(6),
    agreement_id    bigint,
    position        integer,
    sha256          char(64),
    kind            varchar(30),
    title           varchar(500),
    language        varchar(35),
    party_id        bigint,
    dated           date,
    file_name       varchar(255),
    media_type      varchar(100),
    size            bigint,
    pages           integer,
    classification  varchar(20),
    primary key (id, rev),
    constraint fk_agreement_document_aud_rev foreign key (rev) references revision_info (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
