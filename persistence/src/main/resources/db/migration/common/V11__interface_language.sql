-- A member of staff chooses the interface language once and finds it again on any browser they sign
-- in from: it is kept with the account (a cookie only remembers it for one browser).
alter table user_account add column interface_language varchar(8);
