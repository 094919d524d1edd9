-- The text of each stored file, page by page, read in the background for the search index.

alter table document_file add column text_state varchar(20) not null default 'PENDING';
alter table document_file add column text_pages integer not null default 0;
alter table document_file add column ocr_pages integer not null default 0;
alter table document_file add column text_note varchar(500);
alter table document_file add column text_claimed_at datetime(6);
alter table document_file add column text_read_at datetime(6);
-- Whether the store holds a picture of its first page (documents/.thumbnails/), made with the text.
alter table document_file add column thumbnail boolean not null default false;

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
