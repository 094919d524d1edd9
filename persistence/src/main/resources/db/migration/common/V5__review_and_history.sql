-- Review workflow (four eyes) and revision history (Hibernate Envers).

-- Readers see published records only. Every record entered before the workflow was visible to
-- them, so it stays published; new records start unpublished (the application sets it).
alter table agreement add column publication varchar(20) not null default 'PUBLISHED';
create index ix_agreement_publication on agreement (publication, classification);

create table revision_info (
    id bigint not null auto_increment,
    stamp bigint not null,
    username varchar(100) not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table proposal (
    returned boolean not null,
    agreement_id bigint not null,
    created_at datetime(6) not null,
    edited_at datetime(6),
    id bigint not null auto_increment,
    restored_from bigint,
    submitted_at datetime(6),
    updated_at datetime(6) not null,
    version bigint not null,
    created_by varchar(100),
    edited_by varchar(100),
    content longtext,
    kind varchar(40) not null,
    state varchar(40) not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table proposal_author (
    proposal_id bigint not null,
    username varchar(100) not null,
    primary key (proposal_id, username)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table review_step (
    position integer not null,
    acted_at datetime(6) not null,
    proposal_id bigint not null,
    actor varchar(100) not null,
    comment varchar(4000),
    action varchar(40) not null,
    primary key (position, proposal_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement_aud (
    in_force_on date,
    revtype tinyint,
    signed_on date,
    terminated_on date,
    created_at datetime(6),
    edited_at datetime(6),
    event_id bigint,
    id bigint not null,
    rev bigint not null,
    updated_at datetime(6),
    reference varchar(20),
    created_by varchar(100),
    edited_by varchar(100),
    signed_at varchar(200),
    depositary varchar(300),
    short_title varchar(300),
    official_title varchar(1000),
    summary text,
    classification varchar(40),
    format varchar(40),
    in_force_precision varchar(40),
    kind varchar(40),
    publication varchar(40),
    signed_precision varchar(40),
    stated_status varchar(40),
    terminated_precision varchar(40),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement_language_aud (
    position integer not null,
    revtype tinyint,
    agreement_id bigint not null,
    rev bigint not null,
    language varchar(35) not null,
    primary key (position, agreement_id, rev, language)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement_note_aud (
    position integer not null,
    revtype tinyint not null,
    agreement_id bigint not null,
    rev bigint not null,
    text varchar(4000),
    kind varchar(40),
    primary key (position, revtype, agreement_id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement_relation_aud (
    revtype tinyint,
    created_at datetime(6),
    id bigint not null,
    rev bigint not null,
    source_id bigint,
    target_id bigint,
    updated_at datetime(6),
    note varchar(2000),
    type varchar(40),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement_source_aud (
    position integer not null,
    revtype tinyint not null,
    agreement_id bigint not null,
    rev bigint not null,
    url varchar(500),
    citation varchar(1000),
    primary key (position, revtype, agreement_id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement_subject_aud (
    revtype tinyint,
    agreement_id bigint not null,
    rev bigint not null,
    subject_id bigint not null,
    primary key (agreement_id, rev, subject_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table agreement_title_aud (
    SETORDINAL integer not null,
    revtype tinyint not null,
    agreement_id bigint not null,
    rev bigint not null,
    language varchar(35),
    text varchar(1000),
    primary key (SETORDINAL, revtype, agreement_id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table article_aud (
    position integer,
    revtype tinyint,
    agreement_id bigint,
    created_at datetime(6),
    id bigint not null,
    rev bigint not null,
    updated_at datetime(6),
    number varchar(20),
    heading varchar(500),
    body mediumtext,
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table event_aud (
    ends_on date,
    revtype tinyint,
    starts_on date,
    created_at datetime(6),
    edited_at datetime(6),
    id bigint not null,
    rev bigint not null,
    updated_at datetime(6),
    created_by varchar(100),
    edited_by varchar(100),
    place varchar(200),
    name varchar(300),
    outcome varchar(4000),
    ends_precision varchar(40),
    level varchar(40),
    starts_precision varchar(40),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table event_note_aud (
    position integer not null,
    revtype tinyint not null,
    event_id bigint not null,
    rev bigint not null,
    text varchar(4000),
    kind varchar(40),
    primary key (position, revtype, event_id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table event_source_aud (
    position integer not null,
    revtype tinyint not null,
    event_id bigint not null,
    rev bigint not null,
    url varchar(500),
    citation varchar(1000),
    primary key (position, revtype, event_id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table participation_aud (
    consent_on date,
    in_force_on date,
    revtype tinyint,
    signed_on date,
    withdrawn_on date,
    agreement_id bigint,
    created_at datetime(6),
    id bigint not null,
    party_id bigint,
    rev bigint not null,
    updated_at datetime(6),
    reservations text,
    consent_type varchar(40),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table party_aud (
    iso_code varchar(2),
    revtype tinyint,
    valid_from date,
    valid_to date,
    created_at datetime(6),
    edited_at datetime(6),
    id bigint not null,
    predecessor_id bigint,
    rev bigint not null,
    updated_at datetime(6),
    code varchar(20),
    created_by varchar(100),
    edited_by varchar(100),
    name varchar(300),
    notes varchar(4000),
    kind varchar(40),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table subject_aud (
    revtype tinyint,
    created_at datetime(6),
    edited_at datetime(6),
    id bigint not null,
    rev bigint not null,
    updated_at datetime(6),
    created_by varchar(100),
    edited_by varchar(100),
    name varchar(200),
    description varchar(2000),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

alter table agreement_aud add constraint fk_agreement_aud_rev foreign key (rev) references revision_info (id);
alter table agreement_language_aud add constraint fk_agreement_language_aud_rev foreign key (rev) references revision_info (id);
alter table agreement_note_aud add constraint fk_agreement_note_aud_rev foreign key (rev) references revision_info (id);
alter table agreement_relation_aud add constraint fk_agreement_relation_aud_rev foreign key (rev) references revision_info (id);
alter table agreement_source_aud add constraint fk_agreement_source_aud_rev foreign key (rev) references revision_info (id);
alter table agreement_subject_aud add constraint fk_agreement_subject_aud_rev foreign key (rev) references revision_info (id);
alter table agreement_title_aud add constraint fk_agreement_title_aud_rev foreign key (rev) references revision_info (id);
alter table article_aud add constraint fk_article_aud_rev foreign key (rev) references revision_info (id);
alter table event_aud add constraint fk_event_aud_rev foreign key (rev) references revision_info (id);
alter table event_note_aud add constraint fk_event_note_aud_rev foreign key (rev) references revision_info (id);
alter table event_source_aud add constraint fk_event_source_aud_rev foreign key (rev) references revision_info (id);
alter table participation_aud add constraint fk_participation_aud_rev foreign key (rev) references revision_info (id);
alter table party_aud add constraint fk_party_aud_rev foreign key (rev) references revision_info (id);
alter table subject_aud add constraint fk_subject_aud_rev foreign key (rev) references revision_info (id);
alter table proposal add constraint fk_proposal_agreement foreign key (agreement_id) references agreement (id);
alter table proposal_author add constraint fk_proposal_author_proposal foreign key (proposal_id) references proposal (id);
alter table review_step add constraint fk_review_step_proposal foreign key (proposal_id) references proposal (id);

-- The review queue (oldest submission first), a record's open work, an archivist's returned drafts.
create index ix_proposal_state_submitted on proposal (state, submitted_at);
create index ix_proposal_agreement_state on proposal (agreement_id, state);
create index ix_proposal_author_username on proposal_author (username);
-- The history of one record: its audit rows by id, newest revision first.
