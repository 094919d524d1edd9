-- Every agreement has a classification; existing records are public, as they were shown to everyone.
alter table agreement add column classification varchar(20) not null default 'PUBLIC';
create index ix_agreement_classification on agreement (classification, signed_on);
