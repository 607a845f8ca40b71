use std::process::ExitCode;

use clap::Parser as _;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let cli = pelita::cli::Cli::parse();
    // Logs go to standard error; PELITA_LOG (or RUST_LOG) sets the level. Never message text at info.
    let filter = EnvFilter::try_from_env("PELITA_LOG")
        .or_else(|_| EnvFilter::try_from_default_env())
        .unwrap_or_else(|_| EnvFilter::new(cli.default_log_level()));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("pelita: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(pelita::cli::run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pelita: {e:#}");
            ExitCode::FAILURE
        }
    }
}
