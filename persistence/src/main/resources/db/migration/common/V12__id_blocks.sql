-- Ids of the records archivists edit come in blocks from this table (BaseEntity) instead of from each
-- table's auto_increment, so that Hibernate can batch the inserts of an import. One counter for all
-- of them: an id is unique across the tables. It starts well above every id already given, whichever
-- end of its block the generator reads the stored value as.
create table id_block (
    segment    varchar(64) not null,
    next_value bigint      not null,
    constraint pk_id_block primary key (segment)
);

insert into id_block (segment, next_value)
select 'archive', coalesce(max(id), 0) + 1000 from (
    select max(id) as id from agreement
    union all select max(id) from participation
    union all select max(id) from article
    union all select max(id) from agreement_relation
    union all select max(id) from agreement_document
    union all select max(id) from party
    union all select max(id) from event
    union all select max(id) from subject
    union all select max(id) from proposal
    union all select max(id) from user_account
    union all select max(id) from import_run
) used;
