//! Configuration: embedded defaults < `pelita.toml` (or `PELITA_CONFIG`) < environment < flags.
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::Deserialize;

use crate::bot::{EmergencyContact, Settings};

const DEFAULTS: &str = include_str!("defaults.toml");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<String>,
    listen: Option<String>,
    flows: Option<PathBuf>,
    locales: Option<PathBuf>,
    emergency_contacts: Option<Vec<EmergencyContact>>,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// `PELITA_DATABASE_URL`; default `sqlite://pelita.db` (in the working directory).
    pub database_url: String,
    /// `PELITA_LISTEN`: where `pelita serve` listens; default `127.0.0.1:8080`.
    pub listen: String,
    /// `PELITA_FLOWS`: a flows directory to load instead of the embedded one.
    pub flows: Option<PathBuf>,
    /// `PELITA_LOCALES`: a locales directory to load instead of the embedded one.
    pub locales: Option<PathBuf>,
    pub settings: Settings,
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
            listen: env("PELITA_LISTEN").or(from_file.listen).unwrap_or_else(|| "127.0.0.1:8080".into()),
            flows: env("PELITA_FLOWS").map(PathBuf::from).or(from_file.flows),
            locales: env("PELITA_LOCALES").map(PathBuf::from).or(from_file.locales),
            settings: Settings {
                emergency_contacts: from_file.emergency_contacts.or(defaults.emergency_contacts).unwrap_or_default(),
            },
        })
    }
}
