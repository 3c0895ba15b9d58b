//! The command line: argument parsing and dispatch. Each subcommand lives in
//! its own file and returns the process exit code.

#[macro_use]
mod output;
mod diff;
mod export;
mod files;
mod import;
mod merge;
mod reference;
mod score;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::text::Lang;
use crate::text::cli::{CliMsg, Mistake};

pub use export::{ExportFormat, PageSize, Rows};
pub use output::{ColorChoice, EXIT_BROKEN_PIPE, color_stderr, color_stdout};

/// Exit codes: 0 ok, 1 findings or invalid input, 2 usage or I/O errors.
pub const EXIT_OK: u8 = 0;
pub const EXIT_INVALID: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

/// Says `msg` on stderr in `lang`, for a mistake in how cxmap was called:
/// the usage exit code.
fn usage(msg: CliMsg, lang: Lang) -> u8 {
    errln!("{}", msg.text(lang));
    EXIT_USAGE
}

/// Customer journey maps for CX workshops.
///
/// With no subcommand, cxmap opens the terminal UI: on FILE when given (a
/// missing FILE starts a new map that will be saved there), else on a start
/// screen with recent files and templates.
#[derive(Debug, Parser)]
#[command(
    name = "cxmap",
    version,
    about,
    long_about,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The map to open in the terminal UI.
    pub file: Option<PathBuf>,
    /// When to color messages and reports: `auto` (on a terminal, unless
    /// NO_COLOR is set), `always` or `never`.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// The language of reports, exports and new maps: `en` or `es`. A map
    /// that names its own `language` is reported in it; without this
    /// option, the configured language (or LANG) is used.
    #[arg(long, value_enum, global = true, value_name = "LANG")]
    pub lang: Option<LangChoice>,
}

/// `--lang`: a language cxmap speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangChoice {
    /// English.
    En,
    /// Spanish (español).
    Es,
}

impl LangChoice {
    pub fn lang(self) -> Lang {
        match self {
            LangChoice::En => Lang::En,
            LangChoice::Es => Lang::Es,
        }
    }
}

/// The language asked for: `--lang`, else the configured one (the
/// configuration file's `language`, else LANG / LC_ALL).
pub(crate) fn asked_or_configured(asked: Option<Lang>) -> Lang {
    asked.unwrap_or_else(|| crate::config::load().0.language)
}

/// The language of a map's reports: its own `language`, else `--lang`,
/// else the configured one (read only when needed).
pub(crate) fn report_lang(map: &crate::model::JourneyMap, asked: Option<Lang>) -> Lang {
    crate::text::report::report_lang(map.lang(), asked, || asked_or_configured(None))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check map files and print every problem with its line and column.
    ///
    /// Exit status: 0 when all files are valid, 1 when some are invalid,
    /// 2 when a file cannot be read. Never changes a file.
    Validate {
        /// The map files to check; `-` reads one from standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Output format: `human` diagnostics with snippets (`text` is an
        /// alias), `short` lines `FILE:LINE:COL: error: message` for editors'
        /// quickfix lists, or `json` for scripts.
        #[arg(long, value_enum, default_value_t = ValidateFormat::Human)]
        format: ValidateFormat,
    },
    /// Rewrite map files in canonical form (in place, atomically).
    ///
    /// An invalid file is reported and left untouched.
    Fmt {
        /// The map files to rewrite; with --check, `-` reads one from
        /// standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Change nothing; exit 1 and list the files that are not canonical.
        #[arg(long)]
        check: bool,
    },
    /// Create a new map file from a template, or a future-state map from a
    /// current one (--from).
    New {
        /// The map file to create.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The template to start from (see `cxmap templates`).
        #[arg(long, short, default_value = "blank", value_name = "NAME")]
        template: String,
        /// Start from a copy of the current-state map CURRENT instead: the
        /// new map is its `Future` state, with `baseline` naming CURRENT
        /// (relative to FILE's folder), so that `cxmap score` compares them.
        #[arg(long, value_name = "CURRENT", conflicts_with = "template")]
        from: Option<PathBuf>,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// List the templates shipped with cxmap.
    Templates,
    /// Show, check or create the configuration file (theme, language, keys,
    /// autosave interval).
    ///
    /// Without options: where the file is and whether it is valid (exit 1
    /// when it is not). The file is `config.ron` in the platform's config
    /// directory, or the one `CXMAP_CONFIG` names.
    Config {
        /// Print only the path the configuration is read from.
        #[arg(long)]
        path: bool,
        /// Write a commented default configuration there.
        #[arg(long)]
        init: bool,
        /// With --init: overwrite an existing file.
        #[arg(long, requires = "init")]
        force: bool,
    },
    /// Score a map with the model of docs/scoring.md: overall, phases, what to fix
    /// first, findings.
    ///
    /// Exit status: 0, or 1 when the file is invalid or the overall score is
    /// below --fail-under (or not scored); 2 for usage errors.
    Score {
        /// The map to score; `-` reads it from standard input.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ScoreFormat::Text)]
        format: ScoreFormat,
        /// Exit 1 when the overall score is below N (0 to 100), or when the
        /// map is not scored; for CI.
        #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = percent)]
        fail_under: Option<f64>,
        /// The day to score on, YYYY-MM-DD, instead of the system date: an
        /// opportunity not done whose `due` date is before it is overdue.
        #[arg(long, value_name = "DATE", value_parser = date)]
        today: Option<crate::score::Date>,
    },
    /// Export a map to share it: Markdown, CSV, a self-contained HTML page, a
    /// Mermaid journey diagram, or a one-page poster (SVG, PDF, PNG). Prints
    /// to stdout unless -o is given.
    ///
    /// Exit status: 0, or 1 when the map is invalid; 2 for usage and I/O errors.
    Export {
        /// The map to export; `-` reads it from standard input.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Output format. Without it, the extension of -o names it (.md,
        /// .csv, .html, .mmd, .svg, .pdf, .png); else Markdown.
        #[arg(long, value_enum)]
        format: Option<ExportFormat>,
        /// CSV only: one row per touchpoint (default), per pain point or per
        /// opportunity (with its value in the fix plan).
        #[arg(long, value_enum, value_name = "ROWS")]
        rows: Option<Rows>,
        /// Write to OUT (atomically) instead of stdout; `-` is stdout. A
        /// device or a FIFO is written into, never replaced.
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
        /// CSV only: write cells as they are. By default a cell that starts
        /// with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
        /// `'` so spreadsheets do not run it as a formula, and control
        /// characters are written as `\u{1b}`.
        #[arg(long)]
        raw: bool,
        /// The poster's page, landscape: a4, a3 (the default) or letter.
        #[arg(long, value_enum, value_name = "PAGE")]
        page: Option<PageSize>,
    },
    /// Import a Mermaid `journey` diagram as a map: sections become phases,
    /// tasks touchpoints (emotion = score - 3), the first actor the persona.
    ///
    /// Prints the map to stdout unless -o is given. Exit status: 0, 1 when
    /// the diagram has problems (each shown with its line), 2 for usage and
    /// I/O errors.
    Import {
        /// The Mermaid diagram to read; `-` reads it from standard input.
        #[arg(value_name = "FILE.mmd")]
        file: PathBuf,
        /// Write the map to OUT.ron; `-` is stdout.
        #[arg(long, short, value_name = "OUT.ron")]
        output: Option<PathBuf>,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Compare two maps: phases, touchpoints and pain points added, removed,
    /// moved or changed (old -> new), and the score change.
    ///
    /// Exit status: 0 when they are the same map, 1 when they differ, 2 on
    /// errors (like `diff`). `/dev/null` stands for a missing map.
    Diff {
        /// The map before; `-` reads it from standard input, `/dev/null`
        /// stands for no map.
        #[arg(value_name = "OLD")]
        old: PathBuf,
        /// The map after; `-` reads it from standard input, `/dev/null`
        /// stands for no map.
        #[arg(value_name = "NEW")]
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Three-way merge of a map, as a git merge driver: what OURS and
    /// THEIRS each changed since BASE, combined element by element and
    /// field by field; comments of both sides kept.
    ///
    /// The result is written over OURS (git's `%O %A %B` order) unless -o is
    /// given. A conflict (the same field changed to different values, or an
    /// element edited on one side and deleted on the other) is written
    /// between git's conflict markers around just that element. Exit status:
    /// 0 when clean, 1 when conflicts remain, 2 on errors.
    Merge {
        /// The common ancestor (may be empty: both sides added the file).
        #[arg(value_name = "BASE")]
        base: PathBuf,
        /// Our version; the result is written here.
        #[arg(value_name = "OURS")]
        ours: PathBuf,
        /// Their version.
        #[arg(value_name = "THEIRS")]
        theirs: PathBuf,
        /// Write the result to OUT instead of over OURS.
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
        /// The map's own path, for messages (git's `%P`: the other paths
        /// are git's temporary files).
        #[arg(long, value_name = "PATH")]
        name: Option<PathBuf>,
    },
    /// Print a shell completion script: `cxmap completions bash >
    /// ~/.local/share/bash-completion/completions/cxmap`.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `cxmap man > cxmap.1; man ./cxmap.1`.
    Man,
}

/// Output format of `score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    Text,
    Json,
    Markdown,
}

/// Output format of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Output format of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    /// Diagnostics with a snippet of the file, like a compiler's.
    #[value(alias = "text")]
    Human,
    /// One line per problem: `FILE:LINE:COL: error: message`.
    Short,
    /// A JSON array: one object per file, one object per diagnostic.
    Json,
}

/// A value the command line refused: said when the reader's language is
/// known (clap reads the arguments before `--lang`), English for clap.
#[derive(Debug)]
struct Refused(CliMsg);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.text(Lang::En))
    }
}

impl std::error::Error for Refused {}

/// A score threshold: a number from 0 to 100.
fn percent(s: &str) -> Result<f64, Refused> {
    let value = s.to_string();
    let n: f64 = s.parse().map_err(|_| {
        Refused(CliMsg::NotANumber {
            value: value.clone(),
        })
    })?;
    if (0.0..=100.0).contains(&n) {
        Ok(n)
    } else {
        Err(Refused(CliMsg::NotAPercent { value }))
    }
}

/// A calendar date, `YYYY-MM-DD`.
fn date(s: &str) -> Result<crate::score::Date, Refused> {
    crate::score::Date::parse(s).ok_or_else(|| {
        Refused(CliMsg::NotADate {
            value: s.to_string(),
        })
    })
}

/// Parses the process arguments and runs the command.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if let Some(msg) = not_a_file_nor_a_command(args.get(1).map(String::as_str)) {
        errln!("{msg}");
        return ExitCode::from(EXIT_USAGE);
    }
    let cli = match Cli::try_parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(refused(e, &args)),
    };
    output::set_color(cli.color);
    // A fixed "today" for reproducible reports (and tests).
    if let Err(crate::clock::BadToday(value)) = crate::clock::from_env() {
        let lang = asked_or_configured(cli.lang.map(LangChoice::lang));
        errln!("{}", CliMsg::BadToday { value }.text(lang));
        return ExitCode::from(EXIT_USAGE);
    }
    ExitCode::from(run(cli))
}

/// A command line clap did not take. Help and the version are printed as
/// clap prints them; a mistake is said in the reader's language (`--lang`
/// when it was given, else the configured one).
fn refused(e: clap::Error, args: &[String]) -> u8 {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit();
    }
    let Some(mistake) = mistake(&e) else {
        let _ = e.print();
        return EXIT_USAGE;
    };
    let usage = match e.get(clap::error::ContextKind::Usage) {
        Some(clap::error::ContextValue::StyledStr(u)) => {
            let u = u.to_string();
            Some(u.trim_start_matches("Usage:").trim().to_string())
        }
        _ => None,
    };
    let msg = CliMsg::CommandLine { mistake, usage };
    errln!("{}", msg.text(asked_or_configured(lang_in(args))));
    EXIT_USAGE
}

/// What clap found wrong, as data; `None` for what cxmap leaves to clap.
fn mistake(e: &clap::Error) -> Option<Mistake> {
    use clap::error::{ContextKind as K, ContextValue as V, ErrorKind};
    let text = |k: K| match e.get(k) {
        Some(V::String(s)) => Some(s.clone()),
        _ => None,
    };
    let list = |k: K| match e.get(k) {
        Some(V::Strings(v)) => v.clone(),
        Some(V::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let arg = text(K::InvalidArg);
    Some(match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let (arg, value) = (arg?, text(K::InvalidValue)?);
            if value.is_empty() {
                let possible = list(K::ValidValue);
                return Some(Mistake::NoValue { arg, possible });
            }
            // A check of cxmap's own says why; another's is clap's to say.
            let why = match e.kind() {
                ErrorKind::ValueValidation => {
                    let source = std::error::Error::source(e)?;
                    Some(Box::new(source.downcast_ref::<Refused>()?.0.clone()))
                }
                _ => None,
            };
            Mistake::BadValue {
                arg,
                value,
                possible: list(K::ValidValue),
                why,
            }
        }
        ErrorKind::UnknownArgument => Mistake::Unexpected {
            arg: arg?,
            suggestion: text(K::SuggestedArg),
        },
        ErrorKind::MissingRequiredArgument => Mistake::Missing {
            args: list(K::InvalidArg),
        },
        ErrorKind::ArgumentConflict => Mistake::Together {
            arg: arg?,
            with: list(K::PriorArg),
        },
        _ => return None,
    })
}

/// `--lang es` or `--lang=es` among the arguments, as the parser would
/// read it (an unknown language is none).
fn lang_in(args: &[String]) -> Option<Lang> {
    let value = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        })?;
    LangChoice::from_str(value, true).ok().map(LangChoice::lang)
}

/// `cxmap valdate x.ron` or `cxmap frobnicate`: the first word names no
/// subcommand and no file, and does not look like a new map's name either.
/// Opening the UI on a new map called `valdate` would only surprise.
pub fn not_a_file_nor_a_command(first: Option<&str>) -> Option<String> {
    use clap::CommandFactory;
    let first = first?;
    let path = std::path::Path::new(first);
    if first.starts_with('-') || path.exists() || path.extension().is_some() || first.contains('/')
    {
        return None;
    }
    let cmd = Cli::command();
    let mut names: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
    names.push("help");
    if names.contains(&first) {
        return None;
    }
    let msg = CliMsg::NotFileNorCommand {
        first: first.to_string(),
        suggestion: crate::model::did_you_mean(first, names.iter().copied()).map(str::to_string),
    };
    Some(msg.text(asked_or_configured(None)))
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> u8 {
    let lang = cli.lang.map(LangChoice::lang);
    // The language of what the command says to a person: `--lang`, else the
    // configured one (read once, when a command needs it).
    let ui = || asked_or_configured(lang);
    match cli.command {
        Some(Command::Validate { files, format }) => files::validate(&files, format, ui()),
        Some(Command::Fmt { files, check }) => files::fmt(&files, check, ui()),
        Some(Command::New {
            file,
            from: Some(current),
            force,
            ..
        }) => files::new_from(&file, &current, force, ui()),
        Some(Command::New {
            file,
            template,
            force,
            from: None,
        }) => files::new(&file, &template, force, asked_or_configured(lang)),
        Some(Command::Templates) => files::templates(asked_or_configured(lang)),
        Some(Command::Config { path, init, force }) => config(path, init, force, ui()),
        Some(Command::Score {
            file,
            format,
            fail_under,
            today,
        }) => score::run(&file, format, fail_under, today, lang),
        Some(Command::Export {
            file,
            format,
            rows,
            output,
            raw,
            page,
        }) => export::run(&file, format, rows, output.as_deref(), raw, page, lang),
        Some(Command::Import {
            file,
            output,
            force,
        }) => import::run(&file, output.as_deref(), force, ui()),
        Some(Command::Diff { old, new, format }) => diff::run(&old, &new, format, ui()),
        Some(Command::Merge {
            base,
            ours,
            theirs,
            output,
            name,
        }) => merge::run(
            &base,
            &ours,
            &theirs,
            output.as_deref(),
            name.as_deref(),
            ui(),
        ),
        Some(Command::Completions { shell }) => reference::completions(shell),
        Some(Command::Man) => reference::man(ui()),
        None if cli
            .file
            .as_deref()
            .is_some_and(crate::storage::input::is_std_stream) =>
        {
            errln!("{}", CliMsg::AppNeedsFile.text(ui()));
            EXIT_USAGE
        }
        None => crate::tui::run(cli.file),
    }
}

/// `cxmap config`.
fn config(path_only: bool, init: bool, force: bool, lang: Lang) -> u8 {
    let Some(path) = crate::config::path() else {
        return usage(CliMsg::NoConfigDir, lang);
    };
    if path_only {
        outln!("{}", output::shown(path));
        return EXIT_OK;
    }
    if init {
        if path.exists() && !force {
            return usage(files::exists(&path), lang);
        }
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            let msg = CliMsg::CannotCreate {
                path: output::shown(dir),
                error: e.to_string(),
            };
            return usage(msg, lang);
        }
        return match crate::storage::write_atomic(&path, crate::config::default_file().as_bytes()) {
            Ok(()) => {
                let msg = CliMsg::Wrote {
                    path: output::shown(path),
                };
                outln!("{}", msg.text(lang));
                EXIT_OK
            }
            Err(e) => {
                errln!("{}", files::cannot_write(&path, &e).text(lang));
                EXIT_USAGE
            }
        };
    }
    if !path.exists() {
        let msg = CliMsg::ConfigNotThere {
            path: output::shown(path),
        };
        outln!("{}", msg.text(lang));
        return EXIT_OK;
    }
    let (config, problem) = crate::config::load();
    match problem {
        Some(p) => {
            errln!("{}", p.render(lang));
            EXIT_INVALID
        }
        None => {
            let msg = CliMsg::ConfigValid {
                path: output::shown(path),
                theme: config.theme.name().to_string(),
                language: config.language.code().to_string(),
                autosave: config.autosave.as_secs(),
            };
            outln!("{}", msg.text(lang));
            EXIT_OK
        }
    }
}
