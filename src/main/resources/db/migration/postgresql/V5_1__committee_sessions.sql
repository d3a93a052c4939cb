-- sessions of the committee become data the secretariat keeps (create, correct) instead of the demo's fixed three.
-- Numbered in the exports range (where versions are issued at sessions); the table itself is documents' (V2_0).
-- PostgreSQL's spelling of h2/V5_1 (ADR 0014): "on conflict do nothing" where H2 has "merge … key".

-- "Thirty-seventh session" as the secretariat names it; the symbol (code) stays the key
alter table committee_session add column name varchar(200);

-- the committee whose sessions Draftroom keeps; a prod database had none, so no session could be created
insert into committee (code, name_en, name_zh) values ('PBC', 'Program and Budget Committee', '计划和预算委员会')
    on conflict (code) do nothing;

-- the demo's sessions 34-36 (present where the demo seed ran) get their names
update committee_session set name = '第三十四届会议 / Thirty-fourth session' where code = 'PBC/34' and name is null;
update committee_session set name = '第三十五届会议 / Thirty-fifth session' where code = 'PBC/35' and name is null;
update committee_session set name = '第三十六届会议 / Thirty-sixth session' where code = 'PBC/36' and name is null;
