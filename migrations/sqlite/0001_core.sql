-- Pelita core schema. Times are UTC, in milliseconds since the Unix epoch.
-- Deleting a contact deletes everything stored about them (ON DELETE CASCADE).

create table contacts (
    id integer primary key,
    -- 'terminal', 'telegram', 'whatsapp', 'web'
    channel text not null,
    -- the platform's stable id for the user (or the terminal's --user)
    external_key text not null,
    created_at integer not null,
    constraint contacts_channel_key unique (channel, external_key)
);

-- One conversation per contact: where the user is in the flows and what they answered.
create table conversations (
    contact_id integer primary key references contacts (id) on delete cascade,
    lang text,
    flow text,
    step text,
    -- JSON array of {flow, step}: where to continue when the current flow ends
    stack text not null default '[]',
    -- JSON object: the answers the flows saved
    fields text not null default '{}',
    misses integer not null default 0,
    -- set when an emergency word or an urgent answer was seen
    urgent_at integer,
    updated_at integer not null
);

-- Every inbound and outbound message, in order.
create table messages (
    id integer primary key,
    contact_id integer not null references contacts (id) on delete cascade,
    direction text not null check (direction in ('in', 'out')),
    -- the platform's message id (inbound), so a redelivered update is stored once
    external_id text,
    -- inbound: text, choice, media, start; outbound: reply
    kind text not null,
    body text not null,
    -- outbound menus: JSON array of {key, label}
    choices text,
    created_at integer not null
);
create index messages_contact on messages (contact_id, id);
create unique index messages_inbound_once on messages (contact_id, external_id) where external_id is not null;

-- Counselling requests and case reports, each with a reference code the user can quote.
create table cases (
    id integer primary key,
    code text not null,
    kind text not null check (kind in ('counselling_request', 'case_report')),
    contact_id integer not null references contacts (id) on delete cascade,
    -- JSON object: the fields the flow's action listed
    fields text not null,
    urgent integer not null default 0,
    status text not null default 'open',
    created_at integer not null,
    constraint cases_code unique (code)
);
create index cases_contact on cases (contact_id);

-- Requests for a human counsellor (the handoff issue turns these into tickets).
create table handoffs (
    id integer primary key,
    contact_id integer not null references contacts (id) on delete cascade,
    urgent integer not null default 0,
    created_at integer not null
);
create index handoffs_contact on handoffs (contact_id);
