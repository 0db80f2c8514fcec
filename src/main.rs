//! Entry point: no arguments or a file open the app; a subcommand runs on the command line.

use std::process::ExitCode;

use clap::Parser;
use parindex::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => match cli::run(command) {
            Ok(status) => ExitCode::from(status),
            Err(err) => {
                eprintln!("parindex: {err}");
                ExitCode::from(2)
            }
        },
        None => {
            eprintln!(
                "parindex: the desktop app is not built yet; try `parindex summary` or `parindex check`"
            );
            ExitCode::from(2)
        }
    }
}
