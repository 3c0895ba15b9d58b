//! What the command line says to a person, in each language (the two side
//! by side, as the app's messages): results, refusals and errors. Machine
//! output (`--format json|short`, CSV, exit codes) is not here: it stays
//! English and stable. The user's paths, names and the system's own error
//! words are data, passed through as they are.

use super::Lang;
use super::msg::ReadProblem;

/// A sentence of the command line.
#[derive(Debug, Clone, PartialEq, Default, strum::EnumIter)]
pub enum CliMsg {
    /// `name: valid (6 phases, 12 touchpoints, 9 pain points)`
    Valid {
        name: String,
        phases: usize,
        touchpoints: usize,
        pains: usize,
    },
    #[default]
    StdinOnce,
    RowsCsvOnly,
    RawCsvOnly,
    OutputIsMap {
        path: String,
    },
    OutputIsDiagram {
        path: String,
    },
    Wrote {
        path: String,
    },
    FmtStdin,
    Formatted {
        name: String,
    },
    CannotWriteUnchanged {
        name: String,
        error: String,
    },
    NotCanonical,
    NoTemplate {
        name: String,
        suggestion: Option<String>,
        names: Vec<String>,
    },
    Exists {
        path: String,
    },
    CreatedFromTemplate {
        path: String,
        template: String,
    },
    CannotWrite {
        path: String,
        error: String,
    },
    CannotCreate {
        path: String,
        error: String,
    },
    FromStdin,
    FromItself {
        path: String,
    },
    AlreadyFuture {
        path: String,
        baseline: Option<String>,
    },
    NotRelative {
        current: String,
        file: String,
    },
    CreatedFuture {
        path: String,
        current: String,
        baseline: String,
    },
    ImportProblems {
        name: String,
        problems: usize,
    },
    Imported {
        path: String,
        name: String,
        phases: usize,
        touchpoints: usize,
        pains: usize,
    },
    CannotRead {
        path: String,
        error: ReadProblem,
    },
    NotANumber {
        value: String,
    },
    NotAPercent {
        value: String,
    },
    NotADate {
        value: String,
    },
    NotFileNorCommand {
        first: String,
        suggestion: Option<String>,
    },
    BadToday {
        value: String,
    },
    AppNeedsFile,
    NoConfigDir,
    ConfigNotThere {
        path: String,
    },
    ConfigValid {
        path: String,
        theme: String,
        language: String,
        autosave: u64,
    },
    CannotRenderMan {
        error: String,
    },
    BelowFailUnder {
        overall: f64,
        least: f64,
    },
    NotScored,
    CannotWriteStdout {
        error: String,
    },
    CannotStartUi {
        error: String,
    },
    SubcommandsWork,
}

/// "s" after a count other than 1.
fn s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl CliMsg {
    /// The sentence in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        use CliMsg::*;
        use Lang::{En, Es};
        match (lang, self) {
            (_, Valid {
                    name,
                    phases,
                    touchpoints,
                    pains,
                },) => match lang {
                En => format!(
                "{name}: valid ({phases} phase{}, {touchpoints} touchpoint{}, {pains} pain point{})",
                s(*phases),
                s(*touchpoints),
                s(*pains)
            ),
                Es => format!(
                "{name}: válido ({phases} fase{}, {touchpoints} punto{} de contacto, {pains} punto{} de dolor)",
                s(*phases),
                s(*touchpoints),
                s(*pains)
            ),
            },
            (_, StdinOnce) => match lang {
                En => "cxmap: `-` (standard input) can be given only once".into(),
                Es => {
                "cxmap: `-` (la entrada estándar) solo se puede indicar una vez".into()
            },
            },
            (_, RowsCsvOnly) => match lang {
                En => "cxmap: --rows is for --format csv only".into(),
                Es => "cxmap: --rows solo sirve con --format csv".into(),
            },
            (_, RawCsvOnly) => match lang {
                En => "cxmap: --raw is for --format csv only".into(),
                Es => "cxmap: --raw solo sirve con --format csv".into(),
            },
            (_, OutputIsMap { path }) => match lang {
                En => {
                format!("cxmap: {path} is the map itself; choose another output file")
            },
                Es => {
                format!("cxmap: {path} es el propio mapa; elija otro archivo de salida")
            },
            },
            (_, OutputIsDiagram { path }) => match lang {
                En => {
                format!("cxmap: {path} is the diagram itself; choose another output file")
            },
                Es => {
                format!("cxmap: {path} es el propio diagrama; elija otro archivo de salida")
            },
            },
            (_, Wrote { path }) => match lang {
                En => format!("wrote {path}"),
                Es => format!("escrito {path}"),
            },
            (_, FmtStdin) => match lang {
                En => "cxmap: fmt rewrites files in place; `-` (standard input) works with `fmt --check` only".into(),
                Es => "cxmap: fmt reescribe los archivos en su sitio; `-` (la entrada estándar) solo funciona con `fmt --check`".into(),
            },
            (_, Formatted { name }) => match lang {
                En => format!("formatted {name}"),
                Es => format!("formateado {name}"),
            },
            (_, CannotWriteUnchanged { name, error }) => match lang {
                En => {
                format!("cxmap: cannot write {name}: {error}; the file was not changed")
            },
                Es => format!(
                "cxmap: no se puede escribir {name}: {error}; el archivo no ha cambiado"
            ),
            },
            (_, NotCanonical) => match lang {
                En => "these files are not canonical; run `cxmap fmt` on them".into(),
                Es => {
                "estos archivos no están en forma canónica; ejecute `cxmap fmt` sobre ellos".into()
            },
            },
            (_, NoTemplate {
                    name,
                    suggestion,
                    names,
                },) => match lang {
                En => format!(
                "cxmap: no template named `{name}`{}; templates: {}",
                suggestion
                    .as_ref()
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default(),
                names.join(", ")
            ),
                Es => format!(
                "cxmap: no hay ninguna plantilla `{name}`{}; plantillas: {}",
                suggestion
                    .as_ref()
                    .map(|s| format!(" (¿quería decir `{s}`?)"))
                    .unwrap_or_default(),
                names.join(", ")
            ),
            },
            (_, Exists { path }) => match lang {
                En => {
                format!("cxmap: {path} already exists; use --force to overwrite it")
            },
                Es => {
                format!("cxmap: {path} ya existe; use --force para sobrescribirlo")
            },
            },
            (_, CreatedFromTemplate { path, template }) => match lang {
                En => {
                format!("created {path} from template {template}")
            },
                Es => {
                format!("creado {path} a partir de la plantilla {template}")
            },
            },
            (_, CannotWrite { path, error }) => match lang {
                En => format!("cxmap: cannot write {path}: {error}"),
                Es => {
                format!("cxmap: no se puede escribir {path}: {error}")
            },
            },
            (_, CannotCreate { path, error }) => match lang {
                En => format!("cxmap: cannot create {path}: {error}"),
                Es => {
                format!("cxmap: no se puede crear {path}: {error}")
            },
            },
            (_, FromStdin) => match lang {
                En => "cxmap: --from needs the current-state map's file (the new map names it as its baseline), not standard input".into(),
                Es => "cxmap: --from necesita el archivo del mapa del estado actual (el mapa nuevo lo nombra como su línea base), no la entrada estándar".into(),
            },
            (_, FromItself { path }) => match lang {
                En => format!(
                "cxmap: {path} is the current-state map itself; choose another file for the future state"
            ),
                Es => format!(
                "cxmap: {path} es el propio mapa del estado actual; elija otro archivo para el estado futuro"
            ),
            },
            (_, AlreadyFuture { path, baseline }) => match lang {
                En => format!(
                "cxmap: {path} is already a future-state map (state: Future); start from the current-state map{}",
                baseline
                    .as_ref()
                    .map(|b| format!(" it names as its baseline ({b})"))
                    .unwrap_or_default()
            ),
                Es => format!(
                "cxmap: {path} ya es un mapa de estado futuro (state: Future); parta del mapa del estado actual{}",
                baseline
                    .as_ref()
                    .map(|b| format!(" que nombra como su línea base ({b})"))
                    .unwrap_or_default()
            ),
            },
            (_, NotRelative { current, file }) => match lang {
                En => {
                format!("cxmap: cannot name {current} relative to the folder of {file}")
            },
                Es => format!(
                "cxmap: no se puede nombrar {current} de forma relativa a la carpeta de {file}"
            ),
            },
            (_, CreatedFuture {
                    path,
                    current,
                    baseline,
                },) => match lang {
                En => format!("created {path} (the future state of {current}; baseline: {baseline})"),
                Es => format!("creado {path} (el estado futuro de {current}; línea base: {baseline})"),
            },
            (_, ImportProblems { name, problems }) => match lang {
                En => format!(
                "{name}: {problems} problem{} found; nothing was written",
                s(*problems)
            ),
                Es => format!(
                "{name}: {problems} problema{} encontrado{}; no se ha escrito nada",
                s(*problems),
                s(*problems)
            ),
            },
            (_, Imported {
                    path,
                    name,
                    phases,
                    touchpoints,
                    pains,
                },) => match lang {
                En => format!(
                "created {path} from {name} ({phases} phase{}, {touchpoints} touchpoint{}, {pains} pain point{}); phases have no stage yet: set them in the app or the file (`cxmap score` says which stages are missing)",
                s(*phases),
                s(*touchpoints),
                s(*pains)
            ),
                Es => format!(
                "creado {path} a partir de {name} ({phases} fase{}, {touchpoints} punto{} de contacto, {pains} punto{} de dolor); las fases aún no tienen etapa: asígnelas en la aplicación o en el archivo (`cxmap score` dice qué etapas faltan)",
                s(*phases),
                s(*touchpoints),
                s(*pains)
            ),
            },
            (_, CannotRead { path, error }) => match lang {
                En => {
                format!("cxmap: cannot read {path}: {}", error.text(lang))
            },
                Es => {
                format!("cxmap: no se puede leer {path}: {}", error.text(lang))
            },
            },
            (_, NotANumber { value }) => match lang {
                En => {
                format!("`{value}` is not a number; expected a score from 0 to 100")
            },
                Es => {
                format!("`{value}` no es un número; se esperaba una puntuación de 0 a 100")
            },
            },
            (_, NotAPercent { value }) => match lang {
                En => {
                format!("{value} is out of range; expected a score from 0 to 100")
            },
                Es => {
                format!("{value} está fuera de rango; se esperaba una puntuación de 0 a 100")
            },
            },
            (_, NotADate { value }) => match lang {
                En => {
                format!("`{value}` is not a calendar date; expected YYYY-MM-DD, e.g. 2026-12-15")
            },
                Es => format!(
                "`{value}` no es una fecha del calendario; se esperaba AAAA-MM-DD, p. ej. 2026-12-15"
            ),
            },
            (_, NotFileNorCommand { first, suggestion }) => match lang {
                En => format!(
                "error: `{first}` is neither a cxmap subcommand nor an existing file; {}\n\nFor more information, try '--help'.",
                match suggestion {
                    Some(s) => format!("did you mean `cxmap {s}`?"),
                    None => format!("to start a new map there, name it `{first}.ron`"),
                }
            ),
                Es => format!(
                "error: `{first}` no es una orden de cxmap ni un archivo que exista; {}\n\nPara más información, pruebe '--help'.",
                match suggestion {
                    Some(s) => format!("¿quería decir `cxmap {s}`?"),
                    None => format!("para empezar ahí un mapa nuevo, llámelo `{first}.ron`"),
                }
            ),
            },
            (_, BadToday { value }) => match lang {
                En => {
                format!("cxmap: CXMAP_TODAY is not a date: {value} (expected YYYY-MM-DD)")
            },
                Es => {
                format!("cxmap: CXMAP_TODAY no es una fecha: {value} (se esperaba AAAA-MM-DD)")
            },
            },
            (_, AppNeedsFile) => match lang {
                En => "cxmap: the app edits files, not standard input; save the map to a file and open that".into(),
                Es => "cxmap: la aplicación edita archivos, no la entrada estándar; guarde el mapa en un archivo y ábralo".into(),
            },
            (_, NoConfigDir) => match lang {
                En => {
                "cxmap: this platform has no configuration directory; set CXMAP_CONFIG".into()
            },
                Es => {
                "cxmap: esta plataforma no tiene carpeta de configuración; defina CXMAP_CONFIG"
                    .into()
            },
            },
            (_, ConfigNotThere { path }) => match lang {
                En => format!(
                "{path}: not there; the defaults apply (cxmap config --init writes one)"
            ),
                Es => format!(
                "{path}: no existe; se usan los valores por defecto (cxmap config --init escribe uno)"
            ),
            },
            (_, ConfigValid {
                    path,
                    theme,
                    language,
                    autosave,
                },) => match lang {
                En => format!(
                "{path}: valid (theme {theme}, language {language}, autosave every {autosave} s)"
            ),
                Es => format!(
                "{path}: válido (tema {theme}, idioma {language}, autoguardado cada {autosave} s)"
            ),
            },
            (_, CannotRenderMan { error }) => match lang {
                En => {
                format!("cxmap: cannot render the manual page: {error}")
            },
                Es => {
                format!("cxmap: no se puede generar la página del manual: {error}")
            },
            },
            (_, BelowFailUnder { overall, least }) => match lang {
                En => {
                format!("cxmap: overall score {overall:.1} is below {least}")
            },
                Es => {
                format!("cxmap: la puntuación global {overall:.1} es inferior a {least}")
            },
            },
            (_, NotScored) => match lang {
                En => {
                "cxmap: the map is not scored (no touchpoint is measured)".into()
            },
                Es => {
                "cxmap: el mapa no tiene puntuación (ningún punto de contacto está medido)".into()
            },
            },
            (_, CannotWriteStdout { error }) => match lang {
                En => {
                format!("cxmap: cannot write to standard output: {error}")
            },
                Es => {
                format!("cxmap: no se puede escribir en la salida estándar: {error}")
            },
            },
            (_, CannotStartUi { error }) => match lang {
                En => {
                format!("cxmap: cannot start the terminal UI: {error}")
            },
                Es => {
                format!("cxmap: no se puede iniciar la interfaz de terminal: {error}")
            },
            },
            (_, SubcommandsWork) => match lang {
                En => {
                "(the subcommands work without a terminal: cxmap --help)".into()
            },
                Es => {
                "(las órdenes funcionan sin terminal: cxmap --help)".into()
            },
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_sentence_of_the_command_line_has_its_own_spanish() {
        let mut n = 0;
        for m in CliMsg::iter() {
            let (en, es) = (m.text(Lang::En), m.text(Lang::Es));
            assert!(!es.trim().is_empty(), "{m:?}");
            assert_ne!(en, es, "{m:?} is not translated");
            n += 1;
        }
        assert!(n >= 35, "{n}");
    }

    #[test]
    fn counts_agree_in_both_languages() {
        let one = CliMsg::Valid {
            name: "a.ron".into(),
            phases: 1,
            touchpoints: 1,
            pains: 2,
        };
        assert_eq!(
            one.text(Lang::En),
            "a.ron: valid (1 phase, 1 touchpoint, 2 pain points)"
        );
        assert_eq!(
            one.text(Lang::Es),
            "a.ron: válido (1 fase, 1 punto de contacto, 2 puntos de dolor)"
        );
    }
}
