-- Handoff: tickets in organisations' queues, counsellor accounts, console sessions, the audit log.
-- Organisations are declared in configuration; tables refer to them by their id (a short slug).

create table counsellors (
    id integer primary key,
    login text not null,
    -- the display name users see ("Counsellor Siti has joined")
    name text not null,
    org text not null,
    role text not null check (role in ('counsellor', 'supervisor', 'admin')),
    -- comma-separated language codes the counsellor works in
    languages text not null default '',
    -- 'f', 'm' or null: honoured when a user asks for a counsellor of a gender
    gender text,
    -- argon2id, PHC string
    password_hash text not null,
    -- the one-time password must be replaced at first login
    must_change_password integer not null default 1,
    failed_logins integer not null default 0,
    locked_until integer,
    disabled integer not null default 0,
    created_at integer not null,
    constraint counsellors_login unique (login)
);

create table tickets (
    id integer primary key,
    contact_id integer not null references contacts (id) on delete cascade,
    org text not null,
    -- 'waiting' (in the queue), 'claimed' (a counsellor talks with the user), 'closed'
    status text not null default 'waiting' check (status in ('waiting', 'claimed', 'closed')),
    -- 0 emergency, 1 urgent case report, 2 the rest
    priority integer not null,
    -- emergency, case_report, counselling_request, counsellor, not_understood
    topic text not null,
    lang text,
    district text,
    -- requested counsellor gender: 'f', 'm' or null
    gender text,
    case_id integer references cases (id) on delete set null,
    counsellor_id integer references counsellors (id),
    opened_at integer not null,
    claimed_at integer,
    -- the last thing a counsellor did on it (a claim without activity returns to the queue)
    activity_at integer,
    first_reply_at integer,
    closed_at integer,
    outcome text,
    rating integer
);
-- At most one open ticket per contact: a second request joins it.
create unique index tickets_open_contact on tickets (contact_id) where status <> 'closed';
create index tickets_queue on tickets (org, priority, opened_at) where status = 'waiting';
create index tickets_contact on tickets (contact_id, id);

-- Counsellors' private notes on a ticket (never sent to the user).
create table ticket_notes (
    id integer primary key,
    ticket_id integer not null references tickets (id) on delete cascade,
    counsellor_id integer not null references counsellors (id),
    body text not null,
    created_at integer not null
);
create index ticket_notes_ticket on ticket_notes (ticket_id, id);

-- Outbound messages a counsellor wrote (the messages row says who).
alter table messages add column counsellor_id integer references counsellors (id);

create table console_sessions (
    -- SHA-256 of the cookie's random token: a stolen database does not hold usable sessions
    token_hash text primary key,
    counsellor_id integer not null references counsellors (id) on delete cascade,
    csrf text not null,
    created_at integer not null,
    expires_at integer not null
);

-- Every view of and action on a ticket or case, for supervisors. Kept when a user's data is
-- deleted (no foreign key to tickets), but it holds no personal data: ids and action names only.
create table audit_log (
    id integer primary key,
    counsellor_id integer,
    org text,
    action text not null,
    ticket_id integer,
    detail text,
    created_at integer not null
);
create index audit_log_org on audit_log (org, id);

-- Handoff requests become tickets.
insert into tickets (contact_id, org, status, priority, topic, opened_at)
    select contact_id, 'fallback', 'waiting', case when urgent then 1 else 2 end, 'counsellor', min(created_at)
    from handoffs group by contact_id;
drop table handoffs;
