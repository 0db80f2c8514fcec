//! `parindex import`: an appendix table (XLSX, CSV, TSV) to a scorecard file, printing how
//! each row was read; a located error and exit status 2 when the table cannot be read.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args as ClapArgs;

use crate::import::{self, ImportError, Imported, Options};
use crate::io;

use super::Lang;

/// Arguments of `import`.
#[derive(Debug, ClapArgs)]
pub struct Args {
    /// The table: FILE.xlsx, FILE.csv or FILE.tsv.
    pub file: PathBuf,
    /// The scorecard to write (.ron).
    #[arg(long)]
    pub out: PathBuf,
    /// The sheet holding the appendix (default: the first with its header).
    #[arg(long)]
    pub sheet: Option<String>,
    /// The assessed year (default: from the score heading or the summary table).
    #[arg(long)]
    pub year: Option<i32>,
    /// The unit, e.g. "UBND tỉnh …" (default: from the title rows).
    #[arg(long)]
    pub unit: Option<String>,
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

pub fn run(args: &Args) -> Result<u8> {
    let name = args.file.file_name().map_or_else(
        || args.file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let bytes = read(&args.file)?;
    let options = Options {
        sheet: args.sheet.clone(),
        year: args.year,
        unit: args.unit.clone(),
    };
    let imported = match import::read_bytes(&bytes, &name, &options) {
        Ok(imported) => imported,
        Err(err) => {
            eprintln!("{}", message(&err, args.lang));
            return Ok(2);
        }
    };
    io::save_scorecard(&imported.card, &args.out)
        .with_context(|| format!("writing {}", args.out.display()))?;
    print!("{}", report(&imported, args.lang));
    match args.lang {
        Lang::Vi => println!("Đã ghi {}", args.out.display()),
        Lang::En => println!("Wrote {}", args.out.display()),
    }
    Ok(0)
}

/// The file's bytes, refusing one past the import limit before reading it whole.
fn read(path: &std::path::Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut bytes = Vec::new();
    file.take(import::MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok(bytes)
}

/// The message, then the line at fault with a caret under the field (text tables).
fn message(err: &ImportError, lang: Lang) -> String {
    let mut out = match lang {
        Lang::Vi => err.message_vi(),
        Lang::En => err.message_en(),
    };
    if let Some(excerpt) = &err.excerpt {
        for line in excerpt.with_caret().lines() {
            out.push_str("\n  ");
            out.push_str(line);
        }
    }
    out
}

/// Every row's reading, the notes, and a one-line count.
fn report(imported: &Imported, lang: Lang) -> String {
    let mut out = String::new();
    for row in &imported.rows {
        out.push_str(&match lang {
            Lang::Vi => row.vi(),
            Lang::En => row.en(),
        });
        out.push('\n');
    }
    for note in &imported.notes {
        let text = match lang {
            Lang::Vi => note.vi(),
            Lang::En => note.en(),
        };
        out.push_str(&format!("* {text}\n"));
    }
    let fields = imported.card.fields.len();
    let items = imported.card.walk().count();
    out.push_str(&match lang {
        Lang::Vi => format!(
            "{} dòng đã đọc: {fields} lĩnh vực, {items} tiêu chí và tiêu chí thành phần; {}, năm {}\n",
            imported.rows.len(),
            imported.card.unit,
            imported.card.year
        ),
        Lang::En => format!(
            "{} rows read: {fields} fields, {items} criteria and sub-criteria; {}, year {}\n",
            imported.rows.len(),
            imported.card.unit,
            imported.card.year
        ),
    });
    out
}
