//! The user's configuration: `config.ron` in the platform's config directory
//! (or the file `$CXMAP_CONFIG` names). Every setting is optional; a broken
//! file never stops the app — it starts with the defaults and shows the
//! diagnostic once.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

use crate::diagnostic::Said;
use crate::keys::action::Action;
use crate::keys::keymap::{Key, Keymap};
use crate::model::{Path, did_you_mean};
use crate::storage::{Diagnostic, parse_ron, span_of};
use crate::text::{Lang, W};

/// The color themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    HighContrast,
}

impl ThemeName {
    pub const ALL: [(&'static str, ThemeName); 3] = [
        ("dark", ThemeName::Dark),
        ("light", ThemeName::Light),
        ("high-contrast", ThemeName::HighContrast),
    ];

    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, t)| *t == self)
            .map_or("dark", |(n, _)| n)
    }
}

/// A lane of the lanes view (`tui::view::lanes`), top to bottom: the
/// journey map as it is drawn on the wall, a row per lane across the
/// phases. Named here, like the themes: `lanes` says which are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lane {
    /// The phase's stage and goal.
    Stage,
    /// The touchpoints, one column each.
    Steps,
    Doing,
    Thinking,
    /// The emotion curve: a mark per touchpoint, under its step.
    Emotion,
    PainPoints,
    Opportunities,
    /// Each touchpoint's channel and owner.
    Channel,
}

impl Lane {
    pub const ALL: [Lane; 8] = [
        Lane::Stage,
        Lane::Steps,
        Lane::Doing,
        Lane::Thinking,
        Lane::Emotion,
        Lane::PainPoints,
        Lane::Opportunities,
        Lane::Channel,
    ];

    /// The stable name the configuration uses.
    pub fn name(self) -> &'static str {
        match self {
            Lane::Stage => "stage",
            Lane::Steps => "steps",
            Lane::Doing => "doing",
            Lane::Thinking => "thinking",
            Lane::Emotion => "emotion",
            Lane::PainPoints => "pain_points",
            Lane::Opportunities => "opportunities",
            Lane::Channel => "channel",
        }
    }

    pub fn from_name(name: &str) -> Option<Lane> {
        Lane::ALL.into_iter().find(|l| l.name() == name)
    }

    /// The lane's label, in the row's first column.
    pub fn label(self) -> W {
        match self {
            Lane::Stage => W::LaneStage,
            Lane::Steps => W::LaneSteps,
            Lane::Doing => W::Doing,
            Lane::Thinking => W::Thinking,
            Lane::Emotion => W::EmotionLabel,
            Lane::PainPoints => W::PainPoints,
            Lane::Opportunities => W::Opportunities,
            Lane::Channel => W::LaneChannel,
        }
    }

    /// A lane with a cell per touchpoint (the others have one per phase).
    pub fn per_touchpoint(self) -> bool {
        matches!(
            self,
            Lane::Steps | Lane::Doing | Lane::Thinking | Lane::Emotion | Lane::Channel
        )
    }
}

/// The settings in effect.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub theme: ThemeName,
    pub language: Lang,
    /// How often unsaved work is copied to the data directory.
    pub autosave: Duration,
    pub keymap: Keymap,
    /// Where the room listens (`R`): by default this machine's address on
    /// the local network, a free port.
    pub room_bind: crate::room::Bind,
    /// The lanes the lanes view shows (`w`), in their own order.
    pub lanes: Vec<Lane>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            theme: ThemeName::Dark,
            language: Lang::from_env(),
            autosave: Duration::from_secs(1),
            keymap: Keymap::default(),
            room_bind: crate::room::Bind::default(),
            lanes: Lane::ALL.to_vec(),
        }
    }
}

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(rename = "Config", deny_unknown_fields)]
struct File {
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    autosave_seconds: Option<u64>,
    #[serde(default)]
    keys: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    room_bind: Option<String>,
    #[serde(default)]
    lanes: Option<Vec<String>>,
}

/// Where the configuration is read from.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CXMAP_CONFIG") {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "cxmap").map(|d| d.config_dir().join("config.ron"))
}

/// What is wrong with the configuration file: it cannot be read, or parts
/// of it are not valid (the defaults are used for those).
#[derive(Debug, Clone)]
pub enum Problem {
    Unreadable {
        file: String,
        error: crate::text::msg::ReadProblem,
    },
    Invalid {
        file: String,
        text: String,
        diagnostics: Vec<Diagnostic>,
    },
}

impl Problem {
    /// The problem as the app and `cxmap config` show it, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Problem::Unreadable { file, error } => crate::text::Msg::CannotReadConfig {
                path: file.clone(),
                error: error.clone(),
            }
            .plain(lang),
            Problem::Invalid {
                file,
                text,
                diagnostics,
            } => diagnostics
                .iter()
                .map(|d| crate::text::diagnostic::render(d, file, text, false, lang))
                .collect::<Vec<_>>()
                .join("\n\n"),
        }
    }
}

/// The largest configuration read (a real one is a few hundred bytes).
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// The configuration in effect and, when the file has problems, what they
/// are (the defaults are used for what is wrong).
pub fn load() -> (Config, Option<Problem>) {
    let Some(p) = path() else {
        return (Config::default(), None);
    };
    // Only a regular file, read without blocking and within a sane size:
    // a FIFO, a device (`/dev/zero`) or a socket is refused and named.
    let read = crate::storage::input::read_bounded(&p, "configuration", MAX_CONFIG_BYTES)
        .and_then(|b| String::from_utf8(b).map_err(|_| crate::storage::input::ReadError::NotUtf8));
    let text = match read {
        Ok(t) => t,
        Err(crate::storage::input::ReadError::NotFound) => return (Config::default(), None),
        Err(e) => {
            let problem = Problem::Unreadable {
                file: p.display().to_string(),
                error: (&e).into(),
            };
            return (Config::default(), Some(problem));
        }
    };
    // A byte-order mark (from a Windows editor) is not part of the settings.
    let text = match text.strip_prefix(crate::storage::input::BOM) {
        Some(rest) => rest.to_string(),
        None => text,
    };
    let (config, problems) = parse(&text);
    let problem = (!problems.is_empty()).then(|| Problem::Invalid {
        file: p.display().to_string(),
        text,
        diagnostics: problems,
    });
    (config, problem)
}

/// Owned names.
fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Configuration text → the settings, with every problem found; what is
/// wrong keeps its default.
pub fn parse(text: &str) -> (Config, Vec<Diagnostic>) {
    let mut config = Config::default();
    if text.trim().is_empty() {
        return (config, Vec::new());
    }
    let file: File = match parse_ron(text) {
        Ok(f) => f,
        Err(d) => return (config, d),
    };
    let mut problems = settings(text, &file, &mut config);
    let (bindings, unplaced) = bindings(text, &file, &mut problems);
    problems.extend(bind(text, &bindings, &mut config.keymap));
    problems.sort_by_key(|d| d.span.start);
    if unplaced > 0 {
        let keys = span_of(text, &Path::root().field("keys"));
        problems.push(
            Diagnostic::new(text, keys, Said::MoreUnknownActions(unplaced)).label(Said::InThisList),
        );
    }
    (config, problems)
}

/// The theme, the language, the autosave interval and the room's address;
/// what is wrong keeps its default and is diagnosed.
fn settings(text: &str, file: &File, config: &mut Config) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let at = |field: &'static str| span_of(text, &Path::root().field(field));
    if let Some(t) = &file.theme {
        match ThemeName::ALL.iter().find(|(n, _)| n == t) {
            Some((_, theme)) => config.theme = *theme,
            None => {
                let names: Vec<&str> = ThemeName::ALL.iter().map(|(n, _)| *n).collect();
                let mut d = Diagnostic::new(text, at("theme"), Said::UnknownTheme(t.clone()))
                    .label(Said::NotATheme)
                    .path("theme")
                    .expected(Said::OneOf(owned(&names)));
                if let Some(s) = did_you_mean(t, names.iter().copied()) {
                    d = d.help(Said::DidYouMeanQuoted(s.to_string()));
                }
                problems.push(d);
            }
        }
    }
    if let Some(l) = &file.language {
        match Lang::from_code(l) {
            Some(lang) => config.language = lang,
            None => problems.push(
                Diagnostic::new(text, at("language"), Said::UnknownLanguage(l.clone()))
                    .label(Said::NotALanguage)
                    .path("language")
                    .expected(Said::Languages),
            ),
        }
    }
    if let Some(s) = file.autosave_seconds {
        if s == 0 {
            problems.push(
                Diagnostic::new(text, at("autosave_seconds"), Said::AutosaveAtLeastOne)
                    .label(Said::ZeroWritesAllTheTime)
                    .path("autosave_seconds")
                    .expected(Said::AutosaveSeconds),
            );
        } else {
            config.autosave = Duration::from_secs(s);
        }
    }
    if let Some(b) = &file.room_bind {
        match b.trim().parse::<std::net::SocketAddr>() {
            Ok(a) => config.room_bind = crate::room::Bind::At(a),
            Err(_) => problems.push(
                Diagnostic::new(text, at("room_bind"), Said::UnreadableAddress(b.clone()))
                    .label(Said::NotAnAddressWithPort)
                    .path("room_bind")
                    .expected(Said::AddressLike),
            ),
        }
    }
    if let Some(names) = &file.lanes {
        problems.extend(lanes(text, names, &mut config.lanes));
    }
    problems
}

/// The lanes named in `lanes`, in the view's order; an unknown name is a
/// diagnostic (the others still count).
fn lanes(text: &str, names: &[String], shown: &mut Vec<Lane>) -> Vec<Diagnostic> {
    let all: Vec<&str> = Lane::ALL.iter().map(|l| l.name()).collect();
    let mut problems = Vec::new();
    let mut asked = Vec::new();
    for (i, name) in names.iter().enumerate() {
        match Lane::from_name(name) {
            Some(l) => asked.push(l),
            None => {
                let span = span_of(text, &Path::root().field("lanes").index(i));
                let mut d = Diagnostic::new(text, span, Said::UnknownLane(name.clone()))
                    .label(Said::NotALane)
                    .path(format!("lanes[{i}]"))
                    .expected(Said::OneOf(owned(&all)));
                if let Some(s) = did_you_mean(name, all.iter().copied()) {
                    d = d.help(Said::DidYouMeanQuoted(s.to_string()));
                }
                problems.push(d);
            }
        }
    }
    *shown = Lane::ALL
        .into_iter()
        .filter(|l| asked.contains(l))
        .collect();
    problems
}

/// The configuration's text with `lanes` set to `shown`, the rest as
/// written (comments too): the list replaced where the file has one, added
/// before the closing parenthesis where it has none. `None` when the text
/// is not a configuration that can be read (it is left alone then).
pub fn with_lanes(text: &str, shown: &[Lane]) -> Option<String> {
    let list = format!(
        "[{}]",
        shown
            .iter()
            .map(|l| format!("\"{}\"", l.name()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if text.trim().is_empty() {
        return Some(format!("Config(\n    lanes: {list},\n)\n"));
    }
    let file: File = parse_ron(text).ok()?;
    let mut out = if file.lanes.is_some() {
        let span = span_of(text, &Path::root().field("lanes"));
        let mut out = text.to_string();
        out.replace_range(span, &list);
        out
    } else {
        // First in the struct, right after its parenthesis (a comment at
        // the end of the last field cannot swallow a comma then).
        let root = span_of(text, &Path::root());
        let open = root.start + text[root.clone()].find('(')? + 1;
        let rest_of_line = text[open..].split('\n').next().unwrap_or("");
        let after = if rest_of_line.trim().is_empty() {
            ""
        } else {
            "\n    "
        };
        let mut out = text.to_string();
        out.insert_str(open, &format!("\n    lanes: {list},{after}"));
        out
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    // What is written reads back, and as asked.
    parse_ron::<File>(&out).ok()?;
    (parse(&out).0.lanes == shown).then_some(out)
}

/// The entries of `keys` as read, in file order; unknown actions and keys
/// that cannot be read are diagnosed (unknown actions past the cap are
/// only counted: the count comes second).
fn bindings(text: &str, file: &File, problems: &mut Vec<Diagnostic>) -> (Vec<Binding>, usize) {
    let at = |field: &'static str| span_of(text, &Path::root().field(field));
    let names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
    let mut bindings = Vec::new();
    let mut unplaced = 0;
    for (name, keys) in &file.keys {
        let Some(action) = Action::from_name(name) else {
            // Past the cap, counted only (placing each costs a pass).
            if problems.len() > crate::diagnostic::MAX_SHOWN {
                unplaced += 1;
                continue;
            }
            let mut d = Diagnostic::new(text, at("keys"), Said::UnknownAction(name.clone()))
                .label(Said::InThisList)
                .path(format!("keys.{name}"))
                .expected(Said::OneOf(owned(&names)));
            if let Some(s) = did_you_mean(name, names.iter().copied()) {
                d = d.help(Said::DidYouMeanQuoted(s.to_string()));
            }
            problems.push(d);
            continue;
        };
        let entry = entry_span(text, name);
        let mut parsed = Vec::new();
        for k in keys {
            let span = key_span(text, entry.clone(), k);
            match Key::parse(k) {
                Some(key) => parsed.push((key, span)),
                None => problems.push(
                    Diagnostic::new(
                        text,
                        span,
                        Said::CannotReadKey {
                            key: k.clone(),
                            action: name.clone(),
                        },
                    )
                    .label(Said::NotAKey)
                    .path(format!("keys.{name}"))
                    .expected(Said::KeyLike),
                ),
            }
        }
        let listed = !keys.is_empty();
        bindings.push(Binding {
            action,
            entry,
            keys: parsed,
            listed,
        });
    }
    bindings.sort_by_key(|b| b.entry.start);
    (bindings, unplaced)
}

/// The actions the app cannot do without: a binding never takes their keys
/// away (unless the file rebinds them too), and they always keep a key.
pub const NEEDED: [Action; 3] = [Action::Quit, Action::Help, Action::Save];

/// One action's entry in `keys`, as read.
struct Binding {
    action: Action,
    /// Where the action's name is.
    entry: Range<usize>,
    /// The keys that could be read, each with where it is written.
    keys: Vec<(Key, Range<usize>)>,
    /// Whether the file lists any key (readable or not).
    listed: bool,
}

/// Applies the bindings to `keymap`, in file order, and diagnoses what
/// would leave the keys ambiguous or the app unusable: a key listed for two
/// actions (the first keeps it), a key taken from quit, help or save (it
/// stays with them), and an action left with no key.
fn bind(text: &str, bindings: &[Binding], keymap: &mut Keymap) -> Vec<Diagnostic> {
    let defaults = Keymap::default();
    let rebound = |a: Action| bindings.iter().any(|b| b.action == a);
    let mut problems = Vec::new();
    let mut claimed: Vec<(Key, Action, Range<usize>)> = Vec::new();
    for b in bindings {
        let name = b.action.name();
        let path = format!("keys.{name}");
        let mut kept = Vec::new();
        for (key, span) in &b.keys {
            if let Some((_, other, first)) = claimed.iter().find(|(k, _, _)| k == key) {
                if *other != b.action {
                    problems.push(
                        Diagnostic::new(
                            text,
                            span.clone(),
                            Said::KeyTwice {
                                key: key.to_string(),
                                first: other.name().into(),
                                then: name.into(),
                            },
                        )
                        .label(Said::KeyStaysWith {
                            key: key.to_string(),
                            action: other.name().into(),
                        })
                        .related(text, first.clone(), Said::FirstBoundTo(other.name().into()))
                        .path(&path)
                        .help(Said::OneActionPerKey),
                    );
                }
                continue;
            }
            if let Some(owner) = defaults.action(*key)
                && owner != b.action
                && NEEDED.contains(&owner)
                && !rebound(owner)
            {
                problems.push(needed_key(text, *key, span.clone(), owner, b.action));
                continue;
            }
            claimed.push((*key, b.action, span.clone()));
            kept.push(*key);
        }
        if kept.is_empty() && NEEDED.contains(&b.action) {
            if !b.listed {
                problems.push(
                    Diagnostic::new(text, b.entry.clone(), Said::NeedsAKey(name.into()))
                        .label(Said::NoKeyListed)
                        .path(&path)
                        .help(Said::KeepsOwnKeys(name.into())),
                );
            }
            continue;
        }
        if !kept.is_empty() || !b.listed {
            keymap.rebind(b.action, kept);
        }
    }
    problems.extend(keyless(text, bindings, keymap, &claimed));
    problems
}

/// A key of quit, help or save that a binding would take: it stays.
fn needed_key(text: &str, key: Key, span: Range<usize>, owner: Action, to: Action) -> Diagnostic {
    let name = to.name();
    Diagnostic::new(
        text,
        span,
        Said::KeyNeeded {
            key: key.to_string(),
            owner: owner.name().into(),
            action: name.into(),
        },
    )
    .label(Said::KeyStaysWith {
        key: key.to_string(),
        action: owner.name().into(),
    })
    .path(format!("keys.{name}"))
    .help(Said::ChooseFreeKey(owner.name().into()))
}

/// Every action the bindings left without a key, said where its key went.
fn keyless(
    text: &str,
    bindings: &[Binding],
    keymap: &Keymap,
    claimed: &[(Key, Action, Range<usize>)],
) -> Vec<Diagnostic> {
    let defaults = Keymap::default();
    let mut problems = Vec::new();
    for action in Action::ALL {
        if !keymap.keys(action).is_empty() {
            continue;
        }
        let name = action.name();
        let own = bindings.iter().find(|b| b.action == action);
        let taker = defaults.keys(action).iter().find_map(|k| {
            claimed
                .iter()
                .find(|(c, _, _)| c == k)
                .map(|(_, a, span)| (*k, *a, span.clone()))
        });
        let d = match (own, taker) {
            (Some(b), _) => Diagnostic::new(text, b.entry.clone(), Said::HasNoKey(name.into()))
                .label(Said::NoKeyItCanUse)
                .path(format!("keys.{name}")),
            (None, Some((key, to, span))) => Diagnostic::new(
                text,
                span,
                Said::NoKeyLeft {
                    action: name.into(),
                    key: key.to_string(),
                    to: to.name().into(),
                },
            )
            .label(Said::TakenFrom(name.into()))
            .path(format!("keys.{}", to.name())),
            (None, None) => Diagnostic::new(text, 0..0, Said::HasNoKey(name.into())),
        };
        problems.push(d.help(Said::BindToFreeKey(name.into())));
    }
    problems
}

/// Where an action's name is written in `keys` (or `keys` itself).
fn entry_span(text: &str, name: &str) -> Range<usize> {
    let keys = span_of(text, &Path::root().field("keys"));
    let quoted = format!("\"{name}\"");
    text.get(keys.clone())
        .and_then(|t| t.find(&quoted))
        .map_or(keys.clone(), |i| {
            keys.start + i + 1..keys.start + i + quoted.len() - 1
        })
}

/// Where a key string is written after its action's name.
fn key_span(text: &str, entry: Range<usize>, key: &str) -> Range<usize> {
    let quoted = format!("\"{key}\"");
    text.get(entry.end..)
        .and_then(|t| t.find(&quoted))
        .map_or(entry.clone(), |i| {
            entry.end + i + 1..entry.end + i + quoted.len() - 1
        })
}

/// The file `cxmap config --init` writes: every setting, commented, with
/// every action's name (from the keymap's own list).
pub fn default_file() -> String {
    let mut names = String::new();
    let mut line = String::from("    //");
    for a in crate::keys::action::Action::ALL {
        if line.len() + 1 + a.name().len() > 78 {
            names.push_str(&line);
            names.push('\n');
            line = String::from("    //");
        }
        line.push(' ');
        line.push_str(a.name());
    }
    names.push_str(&line);
    let lanes = Lane::ALL
        .iter()
        .map(|l| format!("\"{}\"", l.name()))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        r#"// cxmap configuration. Every setting is optional: delete what you do not change.
Config(
    // Colors: "dark", "light" (for light terminal backgrounds) or
    // "high-contrast" (for projectors).
    theme: "dark",

    // The language of the app: "en" or "es". Without it, $LANG decides.
    // language: "es",

    // Seconds between recovery copies of unsaved work (in the data directory).
    autosave_seconds: 1,

    // Where the room (R: participants' phones add notes and dots) listens.
    // Without it: this machine's address on the local network, a free port.
    // room_bind: "0.0.0.0:7878",

    // The lanes the lanes view (w) shows, always in this order; its number
    // keys show and hide them, and write this setting. Without it: all.
    // lanes: [{lanes}],

    // Keys, by action name: the keys listed replace the action's own. Names:
{names}
    // Keys look like "x", "X", "Ctrl-s", "Alt-x", "Shift-Up", "F2", "Enter".
    keys: {{
        // "delete": ["Backspace", "Delete"],
    }},
)
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_is_valid_and_means_the_defaults() {
        let (config, problems) = parse(&default_file());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(config.theme, ThemeName::Dark);
        assert_eq!(config.keymap, Keymap::default());
    }

    #[test]
    fn the_default_file_names_every_action() {
        let text = default_file();
        for a in crate::keys::action::Action::ALL {
            let word = format!(" {}", a.name());
            assert!(
                text.lines().any(|l| l.starts_with("    //")
                    && (l.contains(&format!("{word} ")) || l.ends_with(&word))),
                "{} is not named",
                a.name()
            );
        }
    }

    #[test]
    fn the_room_address_is_read_and_checked() {
        let (c, p) = parse(r#"(room_bind: "127.0.0.1:0")"#);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(
            c.room_bind,
            crate::room::Bind::At("127.0.0.1:0".parse().unwrap())
        );
        assert_eq!(Config::default().room_bind, crate::room::Bind::LocalNetwork);
        for bad in ["localhost", "0.0.0.0", "1.2.3.4:99999", "\u{1b}[2J:1"] {
            let text = format!("(room_bind: {bad:?})");
            let (c, p) = parse(&text);
            assert_eq!(c.room_bind, crate::room::Bind::LocalNetwork, "{bad}");
            assert_eq!(p.len(), 1, "{bad}");
            let english = crate::text::diagnostic::english(&p[0].message);
            assert!(english.contains("cannot read the address"), "{bad}");
            let shown =
                crate::text::diagnostic::render(&p[0], "config.ron", &text, false, Lang::En);
            assert!(!shown.contains('\u{1b}'), "{shown}");
        }
    }

    #[test]
    fn settings_are_read() {
        let (c, p) = parse(
            r#"(theme: "high-contrast", language: "es", autosave_seconds: 30, keys: {"delete": ["X"]})"#,
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(c.theme, ThemeName::HighContrast);
        assert_eq!(c.language, Lang::Es);
        assert_eq!(c.autosave, Duration::from_secs(30));
        assert_eq!(c.keymap.action(Key::ch('X')), Some(Action::Delete));
        assert_eq!(c.keymap.action(Key::ch('d')), None);
    }

    /// (line, column, message) of each problem.
    fn problems(text: &str) -> (Config, Vec<(usize, usize, String)>) {
        let (c, p) = parse(text);
        let p = p
            .into_iter()
            .map(|d| {
                (
                    d.line,
                    d.column,
                    crate::text::diagnostic::english(&d.message),
                )
            })
            .collect();
        (c, p)
    }

    #[test]
    fn taking_the_quit_key_is_refused_and_quit_keeps_it() {
        let (c, p) = problems("Config(\n  keys: {\n    \"delete\": [\"q\"],\n  },\n)\n");
        assert_eq!(
            p,
            [(
                3,
                17,
                "q is the key of quit, which the app needs; it is not given to delete".to_string()
            )]
        );
        assert_eq!(c.keymap.action(Key::ch('q')), Some(Action::Quit));
        assert_eq!(c.keymap.action(Key::ch('d')), Some(Action::Delete));
    }

    #[test]
    fn moving_quit_first_frees_its_key() {
        let (c, p) = problems(r#"(keys: {"quit": ["Q"], "delete": ["q"]})"#);
        assert_eq!(p, []);
        assert_eq!(c.keymap.action(Key::ch('q')), Some(Action::Delete));
        assert_eq!(c.keymap.action(Key::ch('Q')), Some(Action::Quit));
    }

    #[test]
    fn an_action_left_without_a_key_is_named_where_its_key_went() {
        // The README's old example: x was export's only key.
        let (c, p) = problems("Config(keys: {\"delete\": [\"x\"]})");
        assert_eq!(
            p,
            [(
                1,
                27,
                "export has no key left: x is now bound to delete".to_string()
            )]
        );
        assert_eq!(c.keymap.action(Key::ch('x')), Some(Action::Delete));
        let (_, p) = problems("Config(keys: {\"link\": []})");
        assert_eq!(p, [(1, 16, "link has no key".to_string())]);
    }

    #[test]
    fn one_key_for_two_actions_stays_with_the_first() {
        let (c, p) =
            problems("Config(keys: {\n\"undo\": [\"U\"],\n\"redo\": [\"U\", \"Ctrl-r\"],\n})");
        assert_eq!(
            p,
            [(
                3,
                11,
                "the key U is bound to both undo and redo".to_string()
            )]
        );
        assert_eq!(c.keymap.action(Key::ch('U')), Some(Action::Undo));
        assert_eq!(c.keymap.action(Key::ctrl('r')), Some(Action::Redo));
    }

    #[test]
    fn quit_cannot_be_left_without_keys() {
        let (c, p) = problems(r#"(keys: {"quit": []})"#);
        assert_eq!(p, [(1, 10, "quit needs a key".to_string())]);
        assert_eq!(c.keymap.action(Key::ch('q')), Some(Action::Quit));
    }

    #[test]
    fn mistakes_are_reported_with_suggestions_and_keep_defaults() {
        let text = "Config(\n    theme: \"hight-contrast\",\n    keys: {\"delet\": [\"x\"], \"undo\": [\"Ctl-z\"]},\n)\n";
        let (c, p) = parse(text);
        assert_eq!(c, Config::default());
        let msgs: Vec<_> = p
            .iter()
            .map(|d| {
                (
                    d.line,
                    d.help.as_ref().map(crate::text::diagnostic::english),
                )
            })
            .collect();
        assert_eq!(
            msgs,
            [
                (2, Some("did you mean \"high-contrast\"?".to_string())),
                (3, Some("did you mean \"delete\"?".to_string())),
                (3, None),
            ]
        );
    }

    #[test]
    fn unknown_fields_get_the_loader_diagnostic() {
        let (_, p) = parse("Config(them: \"dark\")");
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].help
                .as_ref()
                .map(crate::text::diagnostic::english)
                .as_deref(),
            Some("did you mean `theme`?")
        );
        assert_eq!((p[0].line, p[0].column), (1, 8));
    }

    #[test]
    fn the_lanes_are_written_into_any_readable_configuration() {
        let some = [Lane::Steps, Lane::Emotion];
        for text in [
            String::new(),
            default_file(),
            "Config(theme: \"light\")".to_string(),
            "Config(\n    lanes: [\"doing\"], // mine\n)\n".to_string(),
            "// top\nConfig( // settings\n    theme: \"dark\" // no comma\n)".to_string(),
        ] {
            for shown in [&some[..], &[], &Lane::ALL[..]] {
                let out = with_lanes(&text, shown).unwrap_or_else(|| panic!("{text}"));
                let (config, problems) = parse(&out);
                assert!(problems.is_empty(), "{out}\n{problems:?}");
                assert_eq!(config.lanes, shown, "{out}");
                // What else the file says is kept.
                assert_eq!(config.theme, parse(&text).0.theme, "{out}");
                // One list, never two.
                let lists = out.lines().filter(|l| l.trim_start().starts_with("lanes:"));
                assert_eq!(lists.count(), 1, "{out}");
            }
        }
        // A comment after the list stays.
        let out = with_lanes("Config(\n    lanes: [\"doing\"], // mine\n)\n", &some).unwrap();
        assert_eq!(
            out,
            "Config(\n    lanes: [\"steps\", \"emotion\"], // mine\n)\n"
        );
        // A file that cannot be read is not written.
        assert_eq!(with_lanes("Config(theme: ", &some), None);
    }

    #[test]
    fn the_lanes_are_drawn_in_their_order_whatever_the_files() {
        let (config, problems) = parse("Config(lanes: [\"channel\", \"stage\"])");
        assert!(problems.is_empty());
        assert_eq!(config.lanes, vec![Lane::Stage, Lane::Channel]);
        assert_eq!(Config::default().lanes, Lane::ALL.to_vec());
    }
}
