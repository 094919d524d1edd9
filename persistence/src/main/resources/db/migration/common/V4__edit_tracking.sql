-- Who entered a record and who last saved it, for the edit-conflict message and the review workflow.
alter table agreement add column created_by varchar(100);
alter table agreement add column edited_by varchar(100);
alter table agreement add column edited_at datetime(6) null;
alter table party add column created_by varchar(100);
alter table party add column edited_by varchar(100);
alter table party add column edited_at datetime(6) null;
alter table event add column created_by varchar(100);
alter table event add column edited_by varchar(100);
alter table event add column edited_at datetime(6) null;
alter table subject add column created_by varchar(100);
alter table subject add column edited_by varchar(100);
alter table subject add column edited_at datetime(6) null;
