-- The text of each stored file, page by page, read in the background for the search index.

alter table document_file add column text_state varchar(20) not null default 'PENDING';
alter table document_file add column text_pages integer not null default 0;
alter table document_file add column ocr_pages integer not null default 0;
alter table document_file add column text_note varchar(500);
alter table document_file add column text_claimed_at datetime(6);
alter table document_file add column text_read_at datetime(6);

-- The background reader asks for the oldest waiting file on every round.
create index ix_document_file_text on document_file (text_state, stored_at);

create table document_page (
    id      bigint      not null auto_increment,
    sha256  char(64)    not null,
    page_no integer     not null,
    source  varchar(20) not null,
    content longtext    not null,
    primary key (id),
    constraint uq_document_page unique (sha256, page_no)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
