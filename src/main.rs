//! Entry point: no arguments or a file open the app; a subcommand runs on the command line.

use std::process::ExitCode;

use clap::Parser;
use parindex::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    if let Some(command) = &args.command {
        match cli::run(command) {
            Ok(status) => ExitCode::from(status),
            Err(err) => {
                // Plain `{err}`: a LoadError already names its cause; `{err:#}` repeated it.
                eprintln!("parindex: {err}");
                ExitCode::from(2)
            }
        }
    } else {
        eprintln!(
            "parindex: the desktop app is not built yet; try `parindex summary` or `parindex check`"
        );
        ExitCode::from(2)
    }
}
