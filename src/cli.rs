//! The `pelita` command line: wiring only, every piece it calls is tested on its own.
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use crate::assets::Assets;
use crate::bot::Bot;
use crate::channels::terminal;
use crate::config::Config;
use crate::flow::check;
use crate::store::{NewCounsellor, Role, Store};
use crate::transcript;

#[derive(Parser)]
#[command(name = "pelita", version, about = "Pelita: safe-migration help for Indonesian migrant workers")]
pub struct Cli {
    /// Configuration file (default: $PELITA_CONFIG, else ./pelita.toml if it exists).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// Flows directory to load instead of the embedded flows [env: PELITA_FLOWS].
    #[arg(long, global = true)]
    flows: Option<PathBuf>,
    /// Locales directory to load instead of the embedded locales [env: PELITA_LOCALES].
    #[arg(long, global = true)]
    locales: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Chat with the bot in the terminal (reads lines from standard input).
    Chat {
        /// Who you are: the same id continues the same conversation.
        #[arg(long, default_value = "me")]
        user: String,
        /// Preset the language (id, jv, su, mad, sas, en).
        #[arg(long)]
        lang: Option<String>,
        /// Database URL or SQLite file [env: PELITA_DATABASE_URL] (default: ./pelita.db).
        #[arg(long)]
        db: Option<String>,
    },
    /// Run the HTTP server: web chat at /, webhooks, /healthz and /metrics.
    Serve {
        /// Listen address [env: PELITA_LISTEN] (default: 127.0.0.1:8080).
        #[arg(long)]
        listen: Option<String>,
        /// Database URL or SQLite file [env: PELITA_DATABASE_URL] (default: ./pelita.db).
        #[arg(long)]
        db: Option<String>,
    },
    /// Check flows and locales; print errors as file:line:col and translation coverage.
    Check,
    /// Telegram administration.
    Telegram {
        #[command(subcommand)]
        command: TelegramCommand,
    },
    /// Which information topic a free-text question matches, and the score (for content authors).
    Match {
        /// The language the question is in (its data and Indonesian's are used).
        #[arg(long, default_value = "id")]
        lang: String,
        /// The question, e.g. "brp biaya ke taiwan?".
        #[arg(required_unless_present = "eval")]
        text: Option<String>,
        /// Instead of one question, measure labelled questions (lang<TAB>label<TAB>question[<TAB>set],
        /// e.g. tests/data/questions.tsv): accuracy, wrong answers, time per match and the misses.
        #[arg(long, conflicts_with = "text")]
        eval: Option<PathBuf>,
        /// Also list every topic the question names, best first.
        #[arg(long)]
        ranked: bool,
        /// With --eval: how many times every question is matched again for the timing.
        #[arg(long, default_value_t = 50)]
        repeat: usize,
    },
    /// Counsellor accounts for the console.
    Counsellor {
        #[command(subcommand)]
        command: CounsellorCommand,
    },
    /// Apply the database's pending migrations and exit (`serve` and `chat` also apply them).
    Migrate {
        /// Database URL or SQLite file [env: PELITA_DATABASE_URL] (default: ./pelita.db).
        #[arg(long)]
        db: Option<String>,
    },
    /// Run transcript tests (default directory: tests/transcripts).
    Test {
        #[arg(default_value = "tests/transcripts")]
        dir: PathBuf,
    },
}

impl Cli {
    /// A server says what it does at `info`; the interactive commands stay quiet below `warn`.
    pub fn default_log_level(&self) -> &'static str {
        match self.command {
            Command::Serve { .. } => "info",
            _ => "warn",
        }
    }
}

#[derive(Subcommand)]
enum CounsellorCommand {
    /// Adds an account and prints its one-time password (to be changed at first login).
    Add {
        /// The name users see ("Counsellor Siti has joined").
        #[arg(long)]
        name: String,
        #[arg(long)]
        login: String,
        /// The organisation's id, as in the [handoff] configuration.
        #[arg(long)]
        org: String,
        /// counsellor, supervisor or admin.
        #[arg(long, default_value = "counsellor")]
        role: String,
        /// Languages the counsellor works in, comma-separated (e.g. id,jv).
        #[arg(long, default_value = "id")]
        languages: String,
        /// f or m: honoured when a user asks for a counsellor of a gender.
        #[arg(long)]
        gender: Option<String>,
        /// Database URL or SQLite file [env: PELITA_DATABASE_URL] (default: ./pelita.db).
        #[arg(long)]
        db: Option<String>,
    },
}

#[derive(Subcommand)]
enum TelegramCommand {
    /// Registers URL (ending in /webhooks/telegram) as the bot's webhook, with the secret token
    /// and the update kinds Pelita handles.
    SetWebhook { url: String },
}

pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let mut config = Config::load(cli.config.as_deref())?;
    if cli.flows.is_some() {
        config.flows = cli.flows;
    }
    if cli.locales.is_some() {
        config.locales = cli.locales;
    }
    let assets =
        Assets::load(config.flows.as_deref(), config.locales.as_deref()).context("reading flows and locales")?;
    match cli.command {
        Command::Check => Ok(run_check(&assets, &config)),
        Command::Chat { user, lang, db } => {
            let Some(bot) = load_bot(&assets, &config) else { return Ok(ExitCode::from(2)) };
            if let Some(l) = &lang
                && !bot.i18n.has_language(l)
            {
                let known: Vec<&str> = bot.i18n.locales().iter().map(|l| l.code.as_str()).collect();
                anyhow::bail!("unknown language `{l}` (shipped: {})", known.join(", "));
            }
            let url = db.unwrap_or(config.database_url.clone());
            let store = open_store(&url, &config).await?;
            terminal::chat(&bot, &store, &user, lang.as_deref()).await?;
            store.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve { listen, db } => {
            let Some(bot) = load_bot(&assets, &config) else { return Ok(ExitCode::from(2)) };
            let url = db.unwrap_or(config.database_url.clone());
            let Some(_serving) = crate::store::ServeLock::take(&url).context("locking the database for serving")?
            else {
                anyhow::bail!(
                    "another `pelita serve` is running on {}: one SQLite database serves one instance \
                     (two would send every reply twice). Stop the other one, or use PostgreSQL for \
                     several instances (README: \"Several instances\").",
                    crate::config::redact_url(&url)
                );
            };
            let store = open_store(&url, &config).await?;
            let listen = listen.unwrap_or(config.listen.clone());
            let listener =
                tokio::net::TcpListener::bind(&listen).await.with_context(|| format!("listening on {listen}"))?;
            let channels = crate::channels::Enabled::from_config(&config, &bot)?;
            crate::server::serve(bot, store, channels, listener, crate::server::shutdown_signal()).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate { db } => {
            let url = db.unwrap_or(config.database_url.clone());
            let store = open_store(&url, &config).await?;
            store.close().await;
            println!("{}: migrations applied", if crate::store::is_postgres(&url) { "postgres" } else { "sqlite" });
            Ok(ExitCode::SUCCESS)
        }
        Command::Telegram { command: TelegramCommand::SetWebhook { url } } => {
            let settings = config.telegram.map_err(|why| anyhow::anyhow!("telegram is off: {why}"))?;
            let tg = crate::channels::telegram::Telegram::new(&settings)?;
            crate::channels::telegram::set_webhook(&tg, &url).await?;
            println!("webhook set: {url}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Counsellor { command: CounsellorCommand::Add { name, login, org, role, languages, gender, db } } => {
            let role = Role::parse(&role).context("--role must be counsellor, supervisor or admin")?;
            anyhow::ensure!(
                config.settings.handoff.organisation(&org).is_some(),
                "unknown organisation `{org}`: declare it under [handoff] in the configuration"
            );
            anyhow::ensure!(gender.as_deref().is_none_or(|g| g == "f" || g == "m"), "--gender must be f or m");
            let login = login.trim();
            anyhow::ensure!(!login.is_empty() && !name.trim().is_empty(), "--login and --name must not be empty");
            let languages: Vec<String> =
                languages.split(',').map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect();
            let password = crate::console::auth::one_time_password();
            let hash = crate::console::auth::hash_password(&password).map_err(|e| anyhow::anyhow!(e))?;
            let url = db.unwrap_or(config.database_url.clone());
            let store = open_store(&url, &config).await?;
            let new = NewCounsellor {
                login,
                name: name.trim(),
                org: &org,
                role,
                languages: &languages,
                gender: gender.as_deref(),
                password_hash: &hash,
            };
            store
                .add_counsellor(&new, crate::bot::clock())
                .await
                .with_context(|| format!("adding `{login}` (is the login taken?)"))?;
            store.close().await;
            println!("{login}: one-time password {password} (to be changed at first login)");
            Ok(ExitCode::SUCCESS)
        }
        Command::Match { lang, text, eval, ranked, repeat } => {
            let matcher = crate::matcher::Matcher::load(&assets).map_err(|diags| {
                anyhow::anyhow!(diags.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
            })?;
            if let Some(path) = eval {
                let tsv = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
                let questions =
                    crate::matcher::parse_labelled(&tsv).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
                if cfg!(debug_assertions) {
                    println!("(a debug build: `cargo bench --bench matcher` times an optimised one)");
                }
                print!("{}", matcher.evaluate(&questions, repeat));
                return Ok(ExitCode::SUCCESS);
            }
            let text = text.unwrap_or_default();
            let m = matcher.find(&lang, &text);
            println!("{} {:.1}", m.topic.as_deref().unwrap_or("none"), m.score);
            if ranked {
                for (topic, score) in matcher.ranked(&lang, &text) {
                    println!("  {topic} {score:.1}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Test { dir } => {
            let Some(bot) = load_bot(&assets, &config) else { return Ok(ExitCode::from(2)) };
            let (passed, failures) =
                transcript::run_dir(&bot, &dir).await.with_context(|| format!("reading {}", dir.display()))?;
            for f in &failures {
                eprintln!("FAILED {f}\n");
            }
            println!("transcripts: {passed} passed, {} failed", failures.len());
            Ok(if failures.is_empty() && passed > 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
    }
}

/// Loads the bot or prints why it refuses to start.
fn load_bot(assets: &Assets, config: &Config) -> Option<Bot> {
    match Bot::load(assets, config.settings.clone()) {
        Ok((bot, warnings)) => {
            for w in warnings {
                tracing::warn!("{w}");
            }
            Some(bot)
        }
        Err(diags) => {
            for d in &diags {
                eprintln!("{d}");
            }
            eprintln!("pelita: refusing to start: fix the errors above (`pelita check` lists them)");
            None
        }
    }
}

/// Opens the database (waiting for a PostgreSQL server that is starting), naming it on failure
/// without its password.
async fn open_store(url: &str, config: &Config) -> anyhow::Result<Store> {
    let shown = crate::config::redact_url(url);
    Store::open_with(url, &config.database).await.with_context(|| format!("opening the database {shown}"))
}

fn run_check(assets: &Assets, config: &Config) -> ExitCode {
    let report = check::check(assets, &config.settings);
    for d in &report.diagnostics {
        println!("{d}");
    }
    let flows = report.flows.flows.len();
    let steps: usize = report.flows.flows.values().map(|f| f.steps.len()).sum();
    println!("\n{flows} flows, {steps} steps, {} locales", report.coverage.len());
    println!("translation coverage (messages of the default locale present; machine-drafted):");
    for c in &report.coverage {
        println!(
            "  {:<4} {:>6.1}%  {:>4}/{:<4} machine-drafted: {}",
            c.code,
            c.percent(),
            c.present,
            c.total,
            c.machine_drafted
        );
    }
    let errors = report.errors();
    let warnings = report.diagnostics.len() - errors;
    println!("{errors} errors, {warnings} warnings");
    if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
