-- security: raised whenever an account's sessions and API credentials must end (disabled, role changed, password
-- reset); a session or cached credential from an older epoch is refused on its next request
alter table app_user add column credential_epoch bigint not null default 0;
