//! Pelita ("lamp"): a chatbot for Indonesian migrant workers, people preparing to migrate,
//! returnees and their families. See ARCHITECTURE.md for the map; in short:
//!
//! - [`flow`]: declarative flows (TOML) and the static checker;
//! - [`i18n`]: Fluent locales with fallback chains, keywords and coverage;
//! - [`engine`]: the pure step function (flows, state, input) -> (state, replies, effects);
//! - [`matcher`]: free-text questions to information topics (data in `locales/*/matcher.toml`);
//! - [`store`]: every SQL statement (SQLite through sqlx);
//! - [`channels`]: the edges users reach the bot through (terminal, web chat, outbox senders);
//! - [`pipeline`]: one writer grouping arrivals into commits; [`server`]: `pelita serve`;
//! - [`console`]: the counsellor web console at `/console`;
//! - [`handoff`]: routing tickets to organisations, priorities, opening hours;
//! - [`bot`]: flows + locales + settings, and the one path from an input to the store;
//! - [`transcript`]: scripted-conversation tests; [`cli`], [`config`], [`assets`]: wiring.
pub mod assets;
pub mod bot;
pub mod channels;
pub mod cli;
pub mod config;
pub mod console;
pub mod diag;
pub mod engine;
pub mod flow;
pub mod handoff;
pub mod i18n;
pub mod matcher;
pub mod metrics;
pub mod pipeline;
pub mod server;
pub mod store;
pub mod text;
pub mod transcript;
