-- Sorting the list by title. InnoDB keys are limited to 3072 bytes, so index a prefix; the first
-- 191 characters decide the order of any two real titles.
create index ix_agreement_title on agreement (official_title(191));
