-- Hibernate Search outbox-polling coordination (only with hibernate.search.coordination.strategy=outbox-polling).
-- As Hibernate generates it for these entities on MariaDB (10.7 or later: native uuid type).
create table HSEARCH_AGENT (assignedShardIndex integer, totalShardCount integer, expiration datetime(6) not null, id uuid not null, name varchar(255) not null, tenantId varchar(255), payload longblob, state enum ('RUNNING','SUSPENDED','WAITING') not null, type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null, primary key (id)) engine=InnoDB;
create table HSEARCH_OUTBOX_EVENT (entityIdHash integer not null, retries integer not null, processAfter datetime(6) not null, id uuid not null, entityId varchar(256) not null, entityName varchar(256) not null, tenantId varchar(255), payload longblob not null, status enum ('ABORTED','PENDING') not null, primary key (id)) engine=InnoDB;
create index entityIdHash on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index status on HSEARCH_OUTBOX_EVENT (status);
create index processAfter on HSEARCH_OUTBOX_EVENT (processAfter);
