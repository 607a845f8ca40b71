//! Configuration: embedded defaults < `pelita.toml` (or `PELITA_CONFIG`) < environment < flags.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use serde::Deserialize;

use crate::bot::{EmergencyContact, Settings};
use crate::handoff::HandoffSettings;
use crate::store::PgSettings;

/// A secret (token, password): never printed, not even by `{:?}`.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Secret {
        Secret(s.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// Telegram, on when `TELEGRAM_BOT_TOKEN` is set.
#[derive(Debug, Clone)]
pub struct TelegramSettings {
    pub token: Secret,
    /// `TELEGRAM_WEBHOOK_SECRET`: with it the server takes webhooks, without it it polls.
    pub secret: Option<Secret>,
    /// `TELEGRAM_API_URL`, default the official Bot API.
    pub api_url: String,
    /// `TELEGRAM_PER_CHAT_MS`: least time between two messages to one chat (default 1000).
    pub per_chat: std::time::Duration,
    /// `TELEGRAM_MAX_PER_SECOND`: messages per second overall (default 30; 0 = no limit).
    pub global_rate: u32,
}

/// The WhatsApp Cloud API, on when the access token, app secret and phone number id are set.
#[derive(Debug, Clone)]
pub struct WhatsAppSettings {
    pub access_token: Secret,
    pub app_secret: Secret,
    /// `WHATSAPP_VERIFY_TOKEN`: answers the webhook handshake.
    pub verify_token: Option<Secret>,
    pub phone_number_id: String,
    /// `WHATSAPP_API_URL`, default the official Graph API with its version.
    pub api_url: String,
    /// `WHATSAPP_TEMPLATE`: an approved template sent when a reply is due outside the 24-hour
    /// window ("you have a new message"); `WHATSAPP_TEMPLATE_LANG` its language (default `id`).
    pub template: Option<(String, String)>,
    /// `WHATSAPP_MAX_PER_SECOND` (default 80; 0 = no limit).
    pub global_rate: u32,
}

const DEFAULTS: &str = include_str!("defaults.toml");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<String>,
    database: Option<DatabaseFile>,
    listen: Option<String>,
    flows: Option<PathBuf>,
    locales: Option<PathBuf>,
    emergency_contacts: Option<Vec<EmergencyContact>>,
    directory: Option<BTreeMap<String, String>>,
    handoff: Option<HandoffSettings>,
    retention: Option<RetentionFile>,
}

/// `[retention]` in the configuration file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RetentionFile {
    days: Option<u32>,
}

/// `[database]` in the configuration file: the PostgreSQL pool (SQLite ignores it).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DatabaseFile {
    max_connections: Option<u32>,
    acquire_timeout_seconds: Option<u64>,
    wait_seconds: Option<u64>,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// `PELITA_DATABASE_URL`; default `sqlite://pelita.db` (in the working directory).
    pub database_url: String,
    /// PostgreSQL pool: `PELITA_DB_MAX_CONNECTIONS` (default 10 per instance),
    /// `PELITA_DB_ACQUIRE_TIMEOUT` (seconds a query waits for a connection, default 10),
    /// `PELITA_DB_WAIT` (seconds to wait for the server at start, default 60).
    pub database: PgSettings,
    /// `PELITA_LISTEN`: where `pelita serve` listens; default `127.0.0.1:8080`.
    pub listen: String,
    /// `PELITA_FLOWS`: a flows directory to load instead of the embedded one.
    pub flows: Option<PathBuf>,
    /// `PELITA_LOCALES`: a locales directory to load instead of the embedded one.
    pub locales: Option<PathBuf>,
    pub settings: Settings,
    pub telegram: Result<TelegramSettings, String>,
    pub whatsapp: Result<WhatsAppSettings, String>,
}

impl Config {
    /// Reads the configuration. `file` is an explicit config path; otherwise `PELITA_CONFIG`, else
    /// `./pelita.toml` when it exists.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let defaults: FileConfig = toml::from_str(DEFAULTS).context("embedded defaults")?;
        let path = file
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("PELITA_CONFIG").map(PathBuf::from))
            .or_else(|| {
                let p = PathBuf::from("pelita.toml");
                p.exists().then_some(p)
            });
        let from_file = match &path {
            Some(p) => {
                let text = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
                toml::from_str(&text).with_context(|| format!("parsing {}", p.display()))?
            }
            None => FileConfig::default(),
        };
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        Ok(Config {
            database_url: env("PELITA_DATABASE_URL")
                .or(from_file.database_url)
                .or(defaults.database_url)
                .unwrap_or_else(|| "sqlite://pelita.db".into()),
            database: database(&env, from_file.database.unwrap_or_default())?,
            listen: env("PELITA_LISTEN").or(from_file.listen).unwrap_or_else(|| "127.0.0.1:8080".into()),
            flows: env("PELITA_FLOWS").map(PathBuf::from).or(from_file.flows),
            locales: env("PELITA_LOCALES").map(PathBuf::from).or(from_file.locales),
            settings: Settings {
                emergency_contacts: from_file.emergency_contacts.or(defaults.emergency_contacts).unwrap_or_default(),
                directory: directory(defaults.directory, from_file.directory)?,
                handoff: handoff(from_file.handoff.or(defaults.handoff).unwrap_or_default())?,
                retention_days: match env("PELITA_RETENTION_DAYS") {
                    Some(v) => v.parse().context("PELITA_RETENTION_DAYS must be a whole number of days (0: never)")?,
                    None => from_file
                        .retention
                        .and_then(|r| r.days)
                        .or(defaults.retention.and_then(|r| r.days))
                        .unwrap_or(0),
                },
            },
            telegram: telegram(&env)?,
            whatsapp: whatsapp(&env),
        })
    }
}

/// The PostgreSQL pool's settings: environment over file over defaults.
fn database(env: &dyn Fn(&str) -> Option<String>, file: DatabaseFile) -> anyhow::Result<PgSettings> {
    let defaults = PgSettings::default();
    let number = |k: &str, from_file: Option<u64>, default: u64| -> anyhow::Result<u64> {
        match env(k) {
            Some(v) => v.parse().with_context(|| format!("{k} must be a whole number")),
            None => Ok(from_file.unwrap_or(default)),
        }
    };
    let max =
        number("PELITA_DB_MAX_CONNECTIONS", file.max_connections.map(u64::from), u64::from(defaults.max_connections))?;
    anyhow::ensure!((1..=1000).contains(&max), "PELITA_DB_MAX_CONNECTIONS must be between 1 and 1000");
    Ok(PgSettings {
        max_connections: max as u32,
        acquire_timeout: Duration::from_secs(number(
            "PELITA_DB_ACQUIRE_TIMEOUT",
            file.acquire_timeout_seconds,
            defaults.acquire_timeout.as_secs(),
        )?),
        wait_for_server: Duration::from_secs(number(
            "PELITA_DB_WAIT",
            file.wait_seconds,
            defaults.wait_for_server.as_secs(),
        )?),
    })
}

/// A database URL as it may be shown: the password replaced by `***`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    match rest.split_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{scheme}://{name}:***@{host}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

/// The embedded directory with the file's entries added or replacing them, by name. Names become
/// message variables, so they are checked here: letters, digits and `_`, starting with a letter.
fn directory(
    defaults: Option<BTreeMap<String, String>>,
    file: Option<BTreeMap<String, String>>,
) -> anyhow::Result<BTreeMap<String, String>> {
    let mut d = defaults.unwrap_or_default();
    d.extend(file.unwrap_or_default());
    for name in d.keys() {
        let ok = name.starts_with(|c: char| c.is_ascii_lowercase())
            && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            anyhow::bail!("[directory] in the configuration: `{name}` must be lower-case letters, digits and `_`");
        }
    }
    Ok(d)
}

/// The organisations and queue settings, refused when they would leave tickets without a queue.
fn handoff(h: HandoffSettings) -> anyhow::Result<HandoffSettings> {
    let problems = h.problems();
    if !problems.is_empty() {
        anyhow::bail!("[handoff] in the configuration:\n  {}", problems.join("\n  "));
    }
    Ok(h)
}

/// Telegram's settings from the environment, or why the channel is off.
fn telegram(env: &dyn Fn(&str) -> Option<String>) -> anyhow::Result<Result<TelegramSettings, String>> {
    let Some(token) = env("TELEGRAM_BOT_TOKEN") else {
        return Ok(Err("TELEGRAM_BOT_TOKEN is not set".into()));
    };
    let secret = env("TELEGRAM_WEBHOOK_SECRET");
    if let Some(s) = &secret
        && (s.len() > 256 || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'))
    {
        anyhow::bail!("TELEGRAM_WEBHOOK_SECRET may hold 1 to 256 of A-Z a-z 0-9 _ - only");
    }
    let number = |k: &str, default: u64| -> anyhow::Result<u64> {
        env(k).map_or(Ok(default), |v| v.parse().with_context(|| format!("{k} must be a whole number")))
    };
    Ok(Ok(TelegramSettings {
        token: Secret(token),
        secret: secret.map(Secret),
        api_url: env("TELEGRAM_API_URL").unwrap_or_else(|| "https://api.telegram.org".into()),
        per_chat: std::time::Duration::from_millis(number("TELEGRAM_PER_CHAT_MS", 1000)?),
        global_rate: number("TELEGRAM_MAX_PER_SECOND", 30)? as u32,
    }))
}

/// WhatsApp's settings from the environment, or why the channel is off.
fn whatsapp(env: &dyn Fn(&str) -> Option<String>) -> Result<WhatsAppSettings, String> {
    let needed = ["WHATSAPP_ACCESS_TOKEN", "WHATSAPP_APP_SECRET", "WHATSAPP_PHONE_NUMBER_ID"];
    let missing: Vec<&str> = needed.iter().copied().filter(|k| env(k).is_none()).collect();
    if !missing.is_empty() {
        return Err(format!("{} not set", missing.join(", ")));
    }
    let get = |k: &str| env(k).unwrap_or_default();
    Ok(WhatsAppSettings {
        access_token: Secret(get("WHATSAPP_ACCESS_TOKEN")),
        app_secret: Secret(get("WHATSAPP_APP_SECRET")),
        verify_token: env("WHATSAPP_VERIFY_TOKEN").map(Secret),
        phone_number_id: get("WHATSAPP_PHONE_NUMBER_ID"),
        api_url: env("WHATSAPP_API_URL").unwrap_or_else(|| "https://graph.facebook.com/v25.0".into()),
        template: env("WHATSAPP_TEMPLATE").map(|t| (t, env("WHATSAPP_TEMPLATE_LANG").unwrap_or_else(|| "id".into()))),
        global_rate: env("WHATSAPP_MAX_PER_SECOND").and_then(|v| v.parse().ok()).unwrap_or(80),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> anyhow::Result<Config> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pelita.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(Some(&path))
    }

    #[test]
    fn retention_is_a_year_unless_the_deployment_says_otherwise() {
        assert_eq!(load("").unwrap().settings.retention_days, 365);
        assert_eq!(load("[retention]\ndays = 730\n").unwrap().settings.retention_days, 730);
        assert_eq!(load("[retention]\ndays = 0\n").unwrap().settings.retention_days, 0, "0 keeps everything");
        let typo = load("[retention]\ndayz = 30\n").unwrap_err();
        assert!(format!("{typo:#}").contains("dayz"), "a misspelt key is refused, not ignored: {typo:#}");
        let negative = load("[retention]\ndays = -1\n").unwrap_err();
        assert!(format!("{negative:#}").contains("pelita.toml"), "{negative:#}");
    }
}
