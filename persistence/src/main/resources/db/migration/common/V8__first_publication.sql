-- When each agreement first reached readers: the feed of newly published agreements orders by it.

alter table agreement add column first_published_at datetime(6);

-- Records published before this column existed: the last change is the best date the archive has.
update agreement set first_published_at = updated_at where publication = 'PUBLISHED';
