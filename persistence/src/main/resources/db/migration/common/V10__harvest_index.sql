-- Harvesting (OAI-PMH) pages through the public records in the order of their last change: this index
-- finds each page by its position, however deep in a treaty series the harvest is.
create index ix_agreement_harvest on agreement (classification, updated_at, id);
