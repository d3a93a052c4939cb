-- security: accounts and their single role
create table app_user (
    username      varchar(64)  primary key,
    display_name  varchar(200) not null,
    role          varchar(20)  not null,
    delegation_id varchar(40),
    enabled       boolean      not null default true,
    password_hash varchar(200) not null,
    constraint delegate_has_delegation check (role <> 'DELEGATE' or delegation_id is not null)
);
