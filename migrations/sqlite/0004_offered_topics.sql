-- Information topics offered after a question the matcher was not sure of (a JSON array of topic
-- ids); the next answer may pick one. Null when nothing is on offer.
alter table conversations add column offered text;
