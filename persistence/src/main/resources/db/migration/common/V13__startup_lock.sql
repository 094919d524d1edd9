-- The row a starting node locks while it creates the first administrator and loads the starter
-- collection, so that nodes started together on a new database do that once, one after the other.
INSERT INTO archive_setting (name, setting_value) VALUES ('startup.lock', 'locked by a starting node while it prepares a new archive');
