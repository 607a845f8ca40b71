-- Channels: the messages table doubles as inbox and outbox.
-- Inbound rows: status 'processed', or 'unprocessed' when processing failed and must be retried.
-- Outbound rows: 'pending' (to send), 'held' (outside WhatsApp's 24-hour window), 'sent',
-- 'delivered', 'read', or 'failed' (permanently); terminal and web replies are 'delivered' at once.

alter table contacts add column last_inbound_at integer;
-- set when the platform says the user blocked the bot or no longer exists
alter table contacts add column unreachable_at integer;
-- when the "you have a new message" template was last sent (WhatsApp)
alter table contacts add column template_sent_at integer;

alter table messages add column status text not null default 'processed';
alter table messages add column attempts integer not null default 0;
alter table messages add column next_attempt_at integer;
-- the platform's id of a sent message (WhatsApp statuses refer to it)
alter table messages add column platform_id text;
alter table messages add column error text;
-- inbound media: JSON {kind, ref} so a counsellor can fetch the file later
alter table messages add column media text;

create index messages_outbox on messages (next_attempt_at, id) where status = 'pending';
create index messages_unprocessed on messages (id) where status = 'unprocessed';
create index messages_held on messages (contact_id) where status = 'held';
-- a conversation's unsent replies: the sender sends a reply only when none before it waits
create index messages_unsent on messages (contact_id, id) where status in ('pending', 'held');
create index messages_platform on messages (platform_id) where platform_id is not null;
