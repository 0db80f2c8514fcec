//! Entry point: no arguments or a file open the app; a subcommand runs on the command line.

use std::process::ExitCode;

use clap::Parser;
use parindex::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    let outcome = match &args.command {
        Some(command) => cli::run(command),
        None => parindex::app::run(args.file)
            .map(|()| 0)
            .map_err(|err| anyhow::anyhow!("{err}")),
    };
    match outcome {
        Ok(status) => ExitCode::from(status),
        Err(err) => {
            // A file's error in Vietnamese with the offending line, then in English; others
            // plain: a LoadError already names its cause, and `{err:#}` would repeat it.
            match err.downcast_ref::<parindex::io::LoadError>() {
                Some(load) => {
                    eprintln!("parindex: {}\n({})", load.report(true), load.message(false));
                }
                None => eprintln!("parindex: {err}"),
            }
            ExitCode::from(2)
        }
    }
}
