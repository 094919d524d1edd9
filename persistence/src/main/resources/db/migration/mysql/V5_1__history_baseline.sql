-- The records that existed before the history was kept become its first revision, so that
-- their history starts somewhere and older revisions of other records can point at them.
-- On a new, empty archive there is nothing to copy and no revision is made.
insert into revision_info (stamp, username)
select cast(unix_timestamp(now(3)) * 1000 as signed), 'before-history' from (select 1 as one) x
where exists (select 1 from party) or exists (select 1 from agreement) or exists (select 1 from subject) or exists (select 1 from event);

insert into agreement_aud (in_force_on, signed_on, terminated_on, created_at, edited_at, event_id, id, updated_at, reference, created_by, edited_by, signed_at, depositary, short_title, official_title, summary, classification, format, in_force_precision, kind, publication, signed_precision, stated_status, terminated_precision, rev, revtype)
select in_force_on, signed_on, terminated_on, created_at, edited_at, event_id, id, updated_at, reference, created_by, edited_by, signed_at, depositary, short_title, official_title, summary, classification, format, in_force_precision, kind, publication, signed_precision, stated_status, terminated_precision, (select max(id) from revision_info), 0 from agreement;
insert into agreement_language_aud (position, agreement_id, language, rev, revtype)
select position, agreement_id, language, (select max(id) from revision_info), 0 from agreement_language;
insert into agreement_note_aud (position, agreement_id, text, kind, rev, revtype)
select position, agreement_id, text, kind, (select max(id) from revision_info), 0 from agreement_note;
insert into agreement_relation_aud (created_at, id, source_id, target_id, updated_at, note, type, rev, revtype)
select created_at, id, source_id, target_id, updated_at, note, type, (select max(id) from revision_info), 0 from agreement_relation;
insert into agreement_source_aud (position, agreement_id, url, citation, rev, revtype)
select position, agreement_id, url, citation, (select max(id) from revision_info), 0 from agreement_source;
insert into agreement_subject_aud (agreement_id, subject_id, rev, revtype)
select agreement_id, subject_id, (select max(id) from revision_info), 0 from agreement_subject;
insert into agreement_title_aud (SETORDINAL, agreement_id, language, text, rev, revtype)
select row_number() over (partition by agreement_id order by language) - 1, agreement_id, language, text, (select max(id) from revision_info), 0 from agreement_title;
insert into article_aud (position, agreement_id, created_at, id, updated_at, number, heading, body, rev, revtype)
select position, agreement_id, created_at, id, updated_at, number, heading, body, (select max(id) from revision_info), 0 from article;
insert into event_aud (ends_on, starts_on, created_at, edited_at, id, updated_at, created_by, edited_by, place, name, outcome, ends_precision, level, starts_precision, rev, revtype)
select ends_on, starts_on, created_at, edited_at, id, updated_at, created_by, edited_by, place, name, outcome, ends_precision, level, starts_precision, (select max(id) from revision_info), 0 from event;
insert into event_note_aud (position, event_id, text, kind, rev, revtype)
select position, event_id, text, kind, (select max(id) from revision_info), 0 from event_note;
insert into event_source_aud (position, event_id, url, citation, rev, revtype)
select position, event_id, url, citation, (select max(id) from revision_info), 0 from event_source;
insert into participation_aud (consent_on, in_force_on, signed_on, withdrawn_on, agreement_id, created_at, id, party_id, updated_at, reservations, consent_type, rev, revtype)
select consent_on, in_force_on, signed_on, withdrawn_on, agreement_id, created_at, id, party_id, updated_at, reservations, consent_type, (select max(id) from revision_info), 0 from participation;
insert into party_aud (iso_code, valid_from, valid_to, created_at, edited_at, id, predecessor_id, updated_at, code, created_by, edited_by, name, notes, kind, rev, revtype)
select iso_code, valid_from, valid_to, created_at, edited_at, id, predecessor_id, updated_at, code, created_by, edited_by, name, notes, kind, (select max(id) from revision_info), 0 from party;
insert into subject_aud (created_at, edited_at, id, updated_at, created_by, edited_by, name, description, rev, revtype)
select created_at, edited_at, id, updated_at, created_by, edited_by, name, description, (select max(id) from revision_info), 0 from subject;
