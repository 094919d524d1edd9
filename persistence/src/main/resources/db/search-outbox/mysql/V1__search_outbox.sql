-- Hibernate Search outbox-polling coordination (only with hibernate.search.coordination.strategy=outbox-polling).
-- MySQL: as the MariaDB script, with the UUIDs in binary(16) as Hibernate's MySQL dialect maps them.
-- Not run by the project's tests (they use MariaDB).
create table HSEARCH_AGENT (assignedShardIndex integer, totalShardCount integer, expiration datetime(6) not null, id binary(16) not null, name varchar(255) not null, tenantId varchar(255), payload longblob, state enum ('RUNNING','SUSPENDED','WAITING') not null, type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null, primary key (id)) engine=InnoDB;
create table HSEARCH_OUTBOX_EVENT (entityIdHash integer not null, retries integer not null, processAfter datetime(6) not null, id binary(16) not null, entityId varchar(256) not null, entityName varchar(256) not null, tenantId varchar(255), payload longblob not null, status enum ('ABORTED','PENDING') not null, primary key (id)) engine=InnoDB;
create index entityIdHash on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index status on HSEARCH_OUTBOX_EVENT (status);
create index processAfter on HSEARCH_OUTBOX_EVENT (processAfter);
