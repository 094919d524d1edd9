-- Sorting the list by title (H2 has no prefix indexes; the MySQL twin of this file indexes a prefix).
create index ix_agreement_title on agreement (official_title);
