-- Hibernate Search outbox-polling coordination (only with hibernate.search.coordination.strategy=outbox-polling).
-- As Hibernate generates it for these entities on H2.
create table HSEARCH_AGENT (assignedShardIndex integer, totalShardCount integer, expiration timestamp(6) with time zone not null, id uuid not null, name varchar(255) not null, tenantId varchar(255), payload blob, state enum ('RUNNING','SUSPENDED','WAITING') not null, type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null, primary key (id));
create table HSEARCH_OUTBOX_EVENT (entityIdHash integer not null, retries integer not null, processAfter timestamp(6) with time zone not null, id uuid not null, entityId varchar(256) not null, entityName varchar(256) not null, tenantId varchar(255), payload blob not null, status enum ('ABORTED','PENDING') not null, primary key (id));
create index entityIdHash on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index status on HSEARCH_OUTBOX_EVENT (status);
create index processAfter on HSEARCH_OUTBOX_EVENT (processAfter);
