use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = escalated::cli::Cli::parse();
    escalated::cli::init_tracing(cli.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("escalated: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(escalated::cli::dispatch(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("escalated: {e:#}");
            ExitCode::from(1)
        }
    }
}
