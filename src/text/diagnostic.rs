//! Diagnostics in words: what each [`Said`] says in each language (the two
//! side by side), and a diagnostic rendered like a compiler's in the
//! reader's language. The file's own text is put in as written. The
//! one-line form for editors and the JSON of `cxmap validate` keep English
//! ([`english`]): they are read by programs.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::Lang;
use super::msg::ReadProblem;
use super::problem;
use crate::diagnostic::{Diagnostic, Found, Opener, Outer, Said, Severity, What, Who};
use crate::escape::escape;
use crate::model::quoted_list;
use crate::storage::LoadError;

/// `a`, `b`, `c` of owned names.
fn list(items: &[String]) -> String {
    let names: Vec<&str> = items.iter().map(String::as_str).collect();
    quoted_list(&names)
}

/// " in Touchpoint" / " en Touchpoint", or nothing.
fn within(o: &Option<String>, lang: Lang) -> String {
    match (o, lang) {
        (None, _) => String::new(),
        (Some(o), Lang::En) => format!(" in {o}"),
        (Some(o), Lang::Es) => format!(" en {o}"),
    }
}

impl Said {
    /// The sentence in `lang` (empty for [`Said::Nothing`], and for a
    /// rule's expected value or help when the rule has none).
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        use Said::*;
        match (lang, self) {
            (_, Nothing) => String::new(),
            (_, Here) => match lang {
                En => "here".into(),
                Es => "aquí".into(),
            },
            (_, NotUtf8) => match lang {
                En => "the file is not UTF-8 text".into(),
                Es => "el archivo no es texto UTF-8".into(),
            },
            (_, NotUtf8Byte) => match lang {
                En => "this byte is not valid UTF-8".into(),
                Es => "este byte no es UTF-8 válido".into(),
            },
            (_, SaveAsUtf8) => match lang {
                En => "save the file as UTF-8 in your editor".into(),
                Es => "guarde el archivo como UTF-8 en su editor".into(),
            },
            (_, Empty) => match lang {
                En => "the file is empty".into(),
                Es => "el archivo está vacío".into(),
            },
            (_, MapExpectedHere) => match lang {
                En => "a map was expected here".into(),
                Es => "aquí se esperaba un mapa".into(),
            },
            (_, AMapAtLeast) => match lang {
                En => {
                "a journey map, at least `JourneyMap(title: \"My journey\")`".into()
            },
                Es => {
                "un mapa de experiencia, como mínimo `JourneyMap(title: \"Mi recorrido\")`".into()
            },
            },
            (_, RunNew) => match lang {
                En => "run `cxmap new FILE` to start from a template".into(),
                Es => "ejecute `cxmap new ARCHIVO` para empezar desde una plantilla".into(),
            },
            (_, MergeConflict) => match lang {
                En => "merge conflict".into(),
                Es => "conflicto de fusión".into(),
            },
            (_, ConflictSides) => match lang {
                En => {
                "both sides changed this element: ours above `=======`, theirs below".into()
            },
                Es => {
                "los dos lados cambiaron este elemento: el nuestro encima de `=======`, el suyo debajo".into()
            },
            },
            (_, ConflictHelp) => match lang {
                En => "open the file in cxmap to pick a side for each conflict, or keep one side by hand and remove the marker lines".into(),
                Es => "abra el archivo en cxmap para elegir un lado en cada conflicto, o conserve un lado a mano y borre las líneas de las marcas".into(),
            },
            (_, NewerVersion { version }) => match lang {
                En => {
                format!("format version {version} is newer than this build of cxmap understands")
            },
                Es => format!(
                "la versión de formato {version} es más nueva de lo que entiende esta versión de cxmap"
            ),
            },
            (_, WrittenByNewer) => match lang {
                En => "written by a newer cxmap".into(),
                Es => "escrito por un cxmap más nuevo".into(),
            },
            (_, Versions) => problem::versions(lang),
            (_, UpdateCxmap) => match lang {
                En => "update cxmap to open this file".into(),
                Es => "actualice cxmap para abrir este archivo".into(),
            },
            (_, Problem(p)) => problem::message(&p.kind, lang),
            (_, ProblemExpected(p)) => problem::expected(&p.kind, lang).unwrap_or_default(),
            (_, ProblemHelp(p)) => problem::help(&p.kind, lang).unwrap_or_default(),
            (_, ThisField(f)) => match lang {
                En => format!("this `{f}`"),
                Es => format!("este `{f}`"),
            },
            (_, Derived(f)) => match lang {
                En => format!("`{f}` is not written here: it was derived"),
                Es => format!("`{f}` no está escrito aquí: se dedujo"),
            },
            (_, RelatedAt { line, .. }) => match lang {
                En => {
                format!("{} (line {line})", problem::related_label(lang))
            },
                Es => {
                format!("{} (línea {line})", problem::related_label(lang))
            },
            },
            (_, FirstUsed { said, line }) => match lang {
                En => {
                format!("{} (first used on line {line})", said.text(lang))
            },
                Es => format!(
                "{} (usado por primera vez en la línea {line})",
                said.text(lang)
            ),
            },
            (_, UnknownField { found, within: o }) => match lang {
                En => {
                format!("unknown field `{found}`{}", within(o, lang))
            },
                Es => {
                format!("campo desconocido `{found}`{}", within(o, lang))
            },
            },
            (_, NotAFieldHere) => match lang {
                En => "not a field here".into(),
                Es => "aquí no hay tal campo".into(),
            },
            (_, OneOf(items)) => match lang {
                En => format!("one of {}", list(items)),
                Es => format!("uno de {}", list(items)),
            },
            (_, DidYouMean(s)) => match lang {
                En => format!("did you mean `{s}`?"),
                Es => format!("¿quería decir `{s}`?"),
            },
            (En, UnknownChoice { what, found }) => format!(
                "unknown {} `{found}`",
                what.as_deref().unwrap_or("value").to_lowercase()
            ),
            (Es, UnknownChoice { what: None, found }) => format!("valor desconocido `{found}`"),
            (Es, UnknownChoice {
                what: Some(w),
                found,
            }) => format!("valor desconocido `{found}` para {w}"),
            (_, NotAValidChoice) => match lang {
                En => "not a valid choice".into(),
                Es => "no es una opción válida".into(),
            },
            (_, MissingField { field, within: o }) => match lang {
                En => {
                format!("required field `{field}` is missing{}", within(o, lang))
            },
                Es => {
                format!("falta el campo obligatorio `{field}`{}", within(o, lang))
            },
            },
            (_, HasNo { outer, field }) => match lang {
                En => format!("this {} has no `{field}`", outer.text(lang)),
                Es => format!("{} no tiene `{field}`", outer.text(lang)),
            },
            (_, InsideParens { field }) => match lang {
                En => format!("`{field}: …` inside the parentheses"),
                Es => format!("`{field}: …` dentro de los paréntesis"),
            },
            (_, FieldTwice { field }) => match lang {
                En => format!("field `{field}` is given twice"),
                Es => format!("el campo `{field}` aparece dos veces"),
            },
            (_, SecondTimeHere) => match lang {
                En => "second time here".into(),
                Es => "segunda vez aquí".into(),
            },
            (_, KeepOne) => match lang {
                En => "keep only one of them".into(),
                Es => "deje solo uno de los dos".into(),
            },
            (En, ExpectedStructFound {
                expected,
                found,
                call: false,
            }) => format!("expected `{expected}(…)`, found `{found}`"),
            (En, ExpectedStructFound {
                expected,
                found,
                call: true,
            }) => format!("expected `{expected}(`, found `{found}(`"),
            (Es, ExpectedStructFound {
                expected,
                found,
                call: false,
            }) => format!("se esperaba `{expected}(…)`, pero hay `{found}`"),
            (Es, ExpectedStructFound {
                expected,
                found,
                call: true,
            }) => format!("se esperaba `{expected}(`, pero hay `{found}(`"),
            (_, ExpectedStructLabel(name)) => match lang {
                En => {
                format!("expected {}", What::Struct(name.clone()).text(lang))
            },
                Es => {
                format!("se esperaba {}", What::Struct(name.clone()).text(lang))
            },
            },
            (_, WrongName) => match lang {
                En => "wrong name".into(),
                Es => "nombre equivocado".into(),
            },
            (_, NameOptional(name)) => match lang {
                En => {
                format!("`{name}(…)`, or just `(…)`: the name is optional")
            },
                Es => format!("`{name}(…)`, o solo `(…)`: el nombre es opcional"),
            },
            (_, ExpectedStructName(name)) => match lang {
                En => format!("expected `{name}(…)`"),
                Es => format!("se esperaba `{name}(…)`"),
            },
            (_, NameOrParens(name)) => match lang {
                En => format!("`{name}(…)` or `(…)`"),
                Es => format!("`{name}(…)` o `(…)`"),
            },
            (_, MustBe { who, what, found }) => match lang {
                En => format!(
                "{} must be {}, found {}",
                who.text(lang),
                what.text(lang),
                found.text(lang)
            ),
                Es => format!(
                "{} debe ser {}, pero es {}",
                who.text(lang),
                what.text(lang),
                found.text(lang)
            ),
            },
            (_, WrongKindOfValue) => match lang {
                En => "wrong kind of value".into(),
                Es => "tipo de valor equivocado".into(),
            },
            (_, Not(what)) => match lang {
                En => format!("not {}", what.text(lang)),
                Es => format!("no es {}", what.text(lang)),
            },
            (_, Kind(what)) => what.text(lang),
            (_, Takes(field)) => problem::takes(field, lang).unwrap_or_default(),
            (_, InDoubleQuotes(v)) => match lang {
                En => format!("write it in double quotes: \"{v}\""),
                Es => format!("escríbalo entre comillas dobles: \"{v}\""),
            },
            (_, NumbersWithoutQuotes(v)) => match lang {
                En => format!("write numbers without quotes: {v}"),
                Es => format!("escriba los números sin comillas: {v}"),
            },
            (_, WithoutQuotes(v)) => match lang {
                En => format!("write it without quotes: {v}"),
                Es => format!("escríbalo sin comillas: {v}"),
            },
            (_, TooSmall) => match lang {
                En => "this number is too small".into(),
                Es => "este número es demasiado pequeño".into(),
            },
            (_, TooSmallLabel) => match lang {
                En => "too small".into(),
                Es => "demasiado pequeño".into(),
            },
            (_, TooLarge) => match lang {
                En => "this number is too large".into(),
                Es => "este número es demasiado grande".into(),
            },
            (_, TooLargeLabel) => match lang {
                En => "too large".into(),
                Es => "demasiado grande".into(),
            },
            (_, SmallWholeNumber) => match lang {
                En => "a small whole number".into(),
                Es => "un número entero pequeño".into(),
            },
            (_, ListOfItems) => match lang {
                En => "a list: `[ … ]`, items separated by commas".into(),
                Es => "una lista: `[ … ]`, elementos separados por comas".into(),
            },
            (_, NotAList) => match lang {
                En => "not a list".into(),
                Es => "no es una lista".into(),
            },
            (_, ExpectedFieldName) => match lang {
                En => "expected a field name".into(),
                Es => "se esperaba el nombre de un campo".into(),
            },
            (_, FieldNameExpectedHere) => match lang {
                En => "a field name was expected here".into(),
                Es => "aquí se esperaba el nombre de un campo".into(),
            },
            (_, NameValueTitle) => match lang {
                En => "`name: value`, e.g. `title: \"My journey\"`".into(),
                Es => "`nombre: valor`, p. ej. `title: \"Mi recorrido\"`".into(),
            },
            (_, FieldNamesUnquoted) => match lang {
                En => {
                "field names are written without quotes: `title: …`, not `\"title\": …`".into()
            },
                Es => {
                "los nombres de campo van sin comillas: `title: …`, no `\"title\": …`".into()
            },
            },
            (_, EndsTooEarly) => match lang {
                En => "the file ends too early".into(),
                Es => "el archivo termina antes de tiempo".into(),
            },
            (_, EndsTooEarlyOpen(o)) => match lang {
                En => {
                format!("the file ends too early: {} is never closed", o.text(lang))
            },
                Es => format!(
                "el archivo termina antes de tiempo: {} no se cierra nunca",
                o.text(lang)
            ),
            },
            (_, FileEndsHere) => match lang {
                En => "the file ends here".into(),
                Es => "el archivo termina aquí".into(),
            },
            (_, NeverClosedAt { bracket, line }) => match lang {
                En => {
                format!("this `{bracket}` is never closed (line {line})")
            },
                Es => {
                format!("este `{bracket}` no se cierra nunca (línea {line})")
            },
            },
            (_, AddMissingCut(close)) => match lang {
                En => {
                format!("add the missing `{close}`; was the file cut short?")
            },
                Es => {
                format!("añada el `{close}` que falta; ¿se cortó el archivo?")
            },
            },
            (_, NeverClosedOnLine { opener, line }) => match lang {
                En => {
                format!("{} on line {line} is never closed", opener.text(lang))
            },
                Es => format!(
                "{} de la línea {line} no se cierra nunca",
                opener.text(lang)
            ),
            },
            (_, ExpectedBefore { want, found }) => match lang {
                En => {
                format!("expected `{want}` before this `{found}`")
            },
                Es => {
                format!("se esperaba `{want}` antes de este `{found}`")
            },
            },
            (_, NeverClosed(ch)) => match lang {
                En => format!("this `{ch}` is never closed"),
                Es => format!("este `{ch}` no se cierra nunca"),
            },
            (_, AddOrRemove { want, found }) => match lang {
                En => format!(
                "add the missing `{want}`, or remove this `{found}` if it is one too many"
            ),
                Es => {
                format!("añada el `{want}` que falta, o quite este `{found}` si sobra")
            },
            },
            (_, TrailingText) => match lang {
                En => "unexpected text after the end of the map".into(),
                Es => "texto inesperado después del final del mapa".into(),
            },
            (_, MapEndedBefore) => match lang {
                En => "the map ended before this".into(),
                Es => "el mapa terminó antes de esto".into(),
            },
            (_, OneMapPerFile) => match lang {
                En => {
                "a file holds one `JourneyMap(…)`; check for an extra `)` or text after it".into()
            },
                Es => "un archivo contiene un solo `JourneyMap(…)`; busque un `)` de más o texto después".into(),
            },
            (_, ExpectedCloseOrComma(close)) => match lang {
                En => format!("expected `{close}` or `,`"),
                Es => format!("se esperaba `{close}` o `,`"),
            },
            (_, UnexpectedHere) => match lang {
                En => "unexpected here".into(),
                Es => "inesperado aquí".into(),
            },
            (_, CommaOrBracket) => match lang {
                En => "a comma may be missing, or a bracket closed too early".into(),
                Es => {
                "puede faltar una coma, o un paréntesis se cerró antes de tiempo".into()
            },
            },
            (_, ExpectedColon) => match lang {
                En => "expected `:` after the field name".into(),
                Es => "se esperaba `:` después del nombre del campo".into(),
            },
            (_, ColonHere) => match lang {
                En => "expected `:` here".into(),
                Es => "aquí se esperaba `:`".into(),
            },
            (_, NameValueEmotion) => match lang {
                En => "`name: value`, e.g. `emotion: 1`".into(),
                Es => "`nombre: valor`, p. ej. `emotion: 1`".into(),
            },
            (_, UnexpectedChar(c)) => match lang {
                En => format!("unexpected character `{c}`"),
                Es => format!("carácter inesperado `{c}`"),
            },
            (_, NotValidRon) => match lang {
                En => "not valid RON here".into(),
                Es => "aquí no es RON válido".into(),
            },
            (_, StringsInQuotes) => match lang {
                En => "strings go in double quotes: \"like this\"".into(),
                Es => "los textos van entre comillas dobles: \"así\"".into(),
            },
            (_, TextNeverClosed) => match lang {
                En => "this text is never closed".into(),
                Es => "este texto no se cierra nunca".into(),
            },
            (_, TextStartsHere) => match lang {
                En => "the text starts here".into(),
                Es => "el texto empieza aquí".into(),
            },
            (_, AddClosingQuote) => match lang {
                En => "add the closing `\"`".into(),
                Es => "añada las comillas de cierre `\"`".into(),
            },
            (_, UnknownEscape) => match lang {
                En => "unknown escape in a text".into(),
                Es => "secuencia de escape desconocida en un texto".into(),
            },
            (_, NotAValidEscape) => match lang {
                En => "not a valid escape".into(),
                Es => "no es un escape válido".into(),
            },
            (_, Escapes) => match lang {
                En => "one of `\\\"`, `\\\\`, `\\n`, `\\t`, `\\u{…}`".into(),
                Es => "uno de `\\\"`, `\\\\`, `\\n`, `\\t`, `\\u{…}`".into(),
            },
            (_, DoubleBackslash) => match lang {
                En => "to write a backslash, double it: `\\\\`".into(),
                Es => "para escribir una barra invertida, dóblela: `\\\\`".into(),
            },
            (_, TooDeep) => match lang {
                En => "the file is nested too deeply".into(),
                Es => "el archivo anida demasiados niveles".into(),
            },
            (_, TooDeepLabel) => match lang {
                En => "too deep".into(),
                Es => "demasiado profundo".into(),
            },
            (_, FewLevels) => match lang {
                En => {
                "a map has only a few levels: map, phases, touchpoints, their fields".into()
            },
                Es => "un mapa tiene pocos niveles: el mapa, las fases, los puntos de contacto y sus campos".into(),
            },
            (_, CommentNeverClosed) => match lang {
                En => "a `/*` comment is never closed".into(),
                Es => "un comentario `/*` no se cierra nunca".into(),
            },
            (_, CommentStartsHere) => match lang {
                En => "comment starts here".into(),
                Es => "el comentario empieza aquí".into(),
            },
            (_, AddCommentEnd) => match lang {
                En => "add `*/`".into(),
                Es => "añada `*/`".into(),
            },
            (_, UnknownExtension(x)) => match lang {
                En => format!("unknown RON extension `{x}`"),
                Es => format!("extensión de RON desconocida `{x}`"),
            },
            (_, Extensions) => match lang {
                En => {
                "`implicit_some`, `unwrap_newtypes` or `unwrap_variant_newtypes`".into()
            },
                Es => "`implicit_some`, `unwrap_newtypes` o `unwrap_variant_newtypes`".into(),
            },
            // RON's own words: the library speaks English only.
            (_, Ron(s)) => s.clone(),
            (_, LooksLikeJsonHelp) => match lang {
                En => "this looks like JSON; cxmap files are RON: `JourneyMap(title: \"…\", phases: [ … ])`".into(),
                Es => "esto parece JSON; los archivos de cxmap son RON: `JourneyMap(title: \"…\", phases: [ … ])`".into(),
            },
            (_, NotAMap) => match lang {
                En => "this file is not a journey map".into(),
                Es => "este archivo no es un mapa de experiencia".into(),
            },
            (_, ExpectedMapHere) => match lang {
                En => "expected `JourneyMap(` here".into(),
                Es => "aquí se esperaba `JourneyMap(`".into(),
            },
            (_, CommaMissing) => match lang {
                En => "a comma is missing".into(),
                Es => "falta una coma".into(),
            },
            (_, CommaHere) => match lang {
                En => "expected `,` here".into(),
                Es => "aquí se esperaba `,`".into(),
            },
            (_, QuoteInText) => match lang {
                En => "to put a `\"` inside a text, write it as `\\\"`".into(),
                Es => "para poner un `\"` dentro de un texto, escríbalo como `\\\"`".into(),
            },
            (_, SeparateWithCommas) => match lang {
                En => "separate fields and list items with commas".into(),
                Es => {
                "separe los campos y los elementos de las listas con comas".into()
            },
            },
            (_, LooksLikeJson) => match lang {
                En => "this looks like JSON, not RON".into(),
                Es => "esto parece JSON, no RON".into(),
            },
            (_, JsonStarts) => match lang {
                En => "JSON starts with `{`".into(),
                Es => "JSON empieza con `{`".into(),
            },
            (_, RonMap(name)) => match lang {
                En => format!("a RON map: `{name}(title: \"…\", phases: [ … ])`"),
                Es => format!("un mapa en RON: `{name}(title: \"…\", phases: [ … ])`"),
            },
            (_, RonStructs) => match lang {
                En => "RON writes structs as `Name(field: value)` with bare field names; see `cxmap new FILE` for an example".into(),
                Es => "RON escribe las estructuras como `Nombre(campo: valor)`, con los nombres de campo sin comillas; `cxmap new ARCHIVO` crea un ejemplo".into(),
            },
            // The configuration file
            (_, UnknownTheme(t)) => match lang {
                En => format!("unknown theme \"{t}\""),
                Es => format!("tema desconocido \"{t}\""),
            },
            (_, NotATheme) => match lang {
                En => "not a theme".into(),
                Es => "no es un tema".into(),
            },
            (_, DidYouMeanQuoted(s)) => match lang {
                En => format!("did you mean \"{s}\"?"),
                Es => format!("¿quería decir \"{s}\"?"),
            },
            (_, UnknownLanguage(l)) => match lang {
                En => format!("unknown language \"{l}\""),
                Es => format!("idioma desconocido \"{l}\""),
            },
            (_, NotALanguage) => match lang {
                En => "not a language cxmap speaks".into(),
                Es => "no es un idioma que cxmap hable".into(),
            },
            (_, Languages) => match lang {
                En => "\"en\" (English) or \"es\" (español)".into(),
                Es => "\"en\" (English) o \"es\" (español)".into(),
            },
            (_, AutosaveAtLeastOne) => match lang {
                En => "autosave_seconds must be at least 1".into(),
                Es => "autosave_seconds debe ser como mínimo 1".into(),
            },
            (_, ZeroWritesAllTheTime) => match lang {
                En => "0 would write all the time".into(),
                Es => "con 0 escribiría sin parar".into(),
            },
            (_, AutosaveSeconds) => match lang {
                En => "a whole number of seconds, 1 or more (default 5)".into(),
                Es => "un número entero de segundos, 1 o más (5 por defecto)".into(),
            },
            (_, UnknownAction(name)) => match lang {
                En => format!("unknown action \"{name}\" in keys"),
                Es => format!("acción desconocida \"{name}\" en keys"),
            },
            (_, MoreNotShown { more, warnings }) => match (lang, warnings) {
                (En, false) => format!("and {more} more problems like these, not shown"),
                (Es, false) => format!("y {more} problemas más como estos, no mostrados"),
                (En, true) => format!("and {more} more warnings like these, not shown"),
                (Es, true) => format!("y {more} avisos más como estos, no mostrados"),
            },
            (_, TheNextOne) => match lang {
                En => "the next one".into(),
                Es => "el siguiente".into(),
            },
            (_, MoreUnknownActions(n)) => match lang {
                En => format!("and {n} more unknown actions in keys, not shown"),
                Es => format!("y {n} acciones desconocidas más en keys, no mostradas"),
            },
            (_, InThisList) => match lang {
                En => "in this list".into(),
                Es => "en esta lista".into(),
            },
            (_, CannotReadKey { key, action }) => match lang {
                En => {
                format!("cannot read the key \"{key}\" of {action}")
            },
                Es => {
                format!("no se entiende la tecla \"{key}\" de {action}")
            },
            },
            (_, NotAKey) => match lang {
                En => "not a key".into(),
                Es => "no es una tecla".into(),
            },
            (_, KeyLike) => match lang {
                En => "a key like \"x\", \"X\", \"Ctrl-s\", \"Alt-x\", \"Shift-Up\", \"F2\", \"Enter\", \"Space\"".into(),
                Es => "una tecla como \"x\", \"X\", \"Ctrl-s\", \"Alt-x\", \"Shift-Up\", \"F2\", \"Enter\", \"Space\"".into(),
            },
            (_, KeyTwice { key, first, then }) => match lang {
                En => {
                format!("the key {key} is bound to both {first} and {then}")
            },
                Es => {
                format!("la tecla {key} está asignada a la vez a {first} y a {then}")
            },
            },
            (_, KeyStaysWith { key, action }) => match lang {
                En => format!("{key} stays with {action}"),
                Es => format!("{key} se queda con {action}"),
            },
            (_, FirstBoundTo(action)) => match lang {
                En => format!("first bound here to {action}"),
                Es => format!("asignada aquí primero a {action}"),
            },
            (_, OneActionPerKey) => match lang {
                En => "give each key to one action".into(),
                Es => "asigne cada tecla a una sola acción".into(),
            },
            (_, KeyNeeded { key, owner, action }) => match lang {
                En => format!(
                "{key} is the key of {owner}, which the app needs; it is not given to {action}"
            ),
                Es => format!(
                "{key} es la tecla de {owner}, que la aplicación necesita; no se asigna a {action}"
            ),
            },
            (_, ChooseFreeKey(owner)) => match lang {
                En => {
                format!("choose a free key, or bind {owner} to other keys in this file too")
            },
                Es => {
                format!("elija una tecla libre, o asigne también otras teclas a {owner} en este archivo")
            },
            },
            (_, NeedsAKey(action)) => match lang {
                En => format!("{action} needs a key"),
                Es => format!("{action} necesita una tecla"),
            },
            (_, NoKeyListed) => match lang {
                En => "no key listed".into(),
                Es => "no hay ninguna tecla en la lista".into(),
            },
            (_, KeepsOwnKeys(action)) => match lang {
                En => {
                format!("{action} keeps its own keys; list at least one")
            },
                Es => {
                format!("{action} conserva sus teclas; ponga al menos una en la lista")
            },
            },
            (_, HasNoKey(action)) => match lang {
                En => format!("{action} has no key"),
                Es => format!("{action} no tiene tecla"),
            },
            (_, NoKeyItCanUse) => match lang {
                En => "no key it can use".into(),
                Es => "ninguna tecla que pueda usar".into(),
            },
            (_, NoKeyLeft { action, key, to }) => match lang {
                En => {
                format!("{action} has no key left: {key} is now bound to {to}")
            },
                Es => {
                format!("{action} se queda sin tecla: {key} está asignada ahora a {to}")
            },
            },
            (_, TakenFrom(action)) => match lang {
                En => format!("taken from {action}"),
                Es => format!("quitada a {action}"),
            },
            (_, BindToFreeKey(action)) => match lang {
                En => {
                format!("bind {action} to a free key too: \"{action}\": [\"…\"]")
            },
                Es => {
                format!("asigne también a {action} una tecla libre: \"{action}\": [\"…\"]")
            },
            },
            // Mermaid journeys
            (_, JourneyExpectedHere) => match lang {
                En => "a Mermaid `journey` diagram was expected here".into(),
                Es => "aquí se esperaba un diagrama `journey` de Mermaid".into(),
            },
            (_, JourneyStarts) => match lang {
                En => "a journey starts with `journey`, then `title …`, `section …` and tasks `Name: 5: Actor`".into(),
                Es => "un recorrido empieza por `journey`, y luego `title …`, `section …` y tareas `Nombre: 5: Actor`".into(),
            },
            (_, TitleEmpty) => match lang {
                En => "the title is empty".into(),
                Es => "el título está vacío".into(),
            },
            (_, NoTextAfterTitle) => match lang {
                En => "no text after `title`".into(),
                Es => "no hay texto después de `title`".into(),
            },
            (_, SectionNoName) => match lang {
                En => "the section has no name".into(),
                Es => "la sección no tiene nombre".into(),
            },
            (_, NoTextAfterSection) => match lang {
                En => "no text after `section`".into(),
                Es => "no hay texto después de `section`".into(),
            },
            (_, NameThePhase) => match lang {
                En => "write the phase's name: `section Discover`".into(),
                Es => "escriba el nombre de la fase: `section Descubrir`".into(),
            },
            (_, NoJourneyLine) => match lang {
                En => "no `journey` line: this is not a Mermaid journey".into(),
                Es => "no hay línea `journey`: esto no es un recorrido de Mermaid".into(),
            },
            (_, JourneyLineFirst) => match lang {
                En => "a journey diagram starts with the line `journey`".into(),
                Es => "un diagrama de recorrido empieza por la línea `journey`".into(),
            },
            (_, NoTitle) => match lang {
                En => "the diagram has no title".into(),
                Es => "el diagrama no tiene título".into(),
            },
            (_, CalledAfter(t)) => match lang {
                En => format!("the map is called \"{t}\""),
                Es => format!("el mapa se llama \"{t}\""),
            },
            (_, AddTitle) => match lang {
                En => "add `    title My journey` below `journey` to choose the name".into(),
                Es => "añada `    title Mi recorrido` debajo de `journey` para elegir el nombre".into(),
            },
            (_, FrontMatterOpen) => match lang {
                En => "the front matter is never closed".into(),
                Es => "la cabecera (front matter) no se cierra nunca".into(),
            },
            (_, OpenedHere) => match lang {
                En => "opened here".into(),
                Es => "se abre aquí".into(),
            },
            (_, EndWithDashes) => match lang {
                En => "end it with a line `---`".into(),
                Es => "ciérrela con una línea `---`".into(),
            },
            (_, SemicolonEnds) => match lang {
                En => "a `;` ends a Mermaid statement here".into(),
                Es => "aquí un `;` termina una instrucción de Mermaid".into(),
            },
            (_, NotAllowedInJourney) => match lang {
                En => "not allowed in a journey".into(),
                Es => "no se admite en un recorrido".into(),
            },
            (_, WriteSemicolon) => match lang {
                En => "write `#59;` for a semicolon in a name".into(),
                Es => "escriba `#59;` para poner un punto y coma en un nombre".into(),
            },
            (_, AccDescrOpen) => match lang {
                En => "an `accDescr {` is never closed".into(),
                Es => "un `accDescr {` no se cierra nunca".into(),
            },
            (_, CloseWithBrace) => match lang {
                En => "close it with `}`".into(),
                Es => "ciérrelo con `}`".into(),
            },
            (_, OtherDiagram(d)) => match lang {
                En => format!("this is a Mermaid `{d}` diagram, not a `journey`"),
                Es => format!("esto es un diagrama `{d}` de Mermaid, no un `journey`"),
            },
            (_, JourneyFirstLine) => match lang {
                En => "expected `journey` on the first line".into(),
                Es => "se esperaba `journey` en la primera línea".into(),
            },
            (_, StartsWithJourney) => match lang {
                En => "a journey diagram starts with `journey`".into(),
                Es => "un diagrama de recorrido empieza por `journey`".into(),
            },
            (_, ImportsJourneys) => match lang {
                En => "cxmap imports Mermaid user journeys: `journey`, `title …`, `section …`, tasks `Name: 5: Actor`".into(),
                Es => "cxmap importa recorridos de usuario de Mermaid: `journey`, `title …`, `section …`, tareas `Nombre: 5: Actor`".into(),
            },
            (_, ExpectedTask) => match lang {
                En => "expected a task: `name: score: actors`".into(),
                Es => "se esperaba una tarea: `nombre: puntuación: actores`".into(),
            },
            (_, NoScoreAfterName) => match lang {
                En => "no `:` and score after this name".into(),
                Es => "no hay `:` ni puntuación después de este nombre".into(),
            },
            (_, TaskHelp) => match lang {
                En => "a task is `Sees an ad: 4: Ana` (score 1 to 5); write `#58;` for a colon in a name".into(),
                Es => "una tarea es `Ve un anuncio: 4: Ana` (puntuación de 1 a 5); escriba `#58;` para poner dos puntos en un nombre".into(),
            },
            (_, TaskNoName) => match lang {
                En => "the task has no name".into(),
                Es => "la tarea no tiene nombre".into(),
            },
            (_, NoTextBeforeColon) => match lang {
                En => "no text before `:`".into(),
                Es => "no hay texto antes de `:`".into(),
            },
            (_, TaskBeforeSection) => match lang {
                En => "a task before the first section".into(),
                Es => "una tarea antes de la primera sección".into(),
            },
            (_, GoesIntoPhase(p)) => match lang {
                En => format!("it goes into a first phase called \"{p}\""),
                Es => format!("va a una primera fase llamada \"{p}\""),
            },
            (_, AddSection) => match lang {
                En => "add a line `section NAME` above it to name that phase".into(),
                Es => "añada encima una línea `section NOMBRE` para dar nombre a esa fase".into(),
            },
            (_, ScoreNotWhole(raw)) => match lang {
                En => format!("score {raw} is not a whole number"),
                Es => format!("la puntuación {raw} no es un número entero"),
            },
            (_, ScoreOutOfRange(raw)) => match lang {
                En => format!("score {raw} is out of range"),
                Es => format!("la puntuación {raw} está fuera de rango"),
            },
            (_, ReadAs(s)) => match lang {
                En => format!("read as {s}"),
                Es => format!("se lee como {s}"),
            },
            (_, NoScore) => match lang {
                En => "the task has no score".into(),
                Es => "la tarea no tiene puntuación".into(),
            },
            (_, NoEmotion) => match lang {
                En => "the touchpoint gets no emotion".into(),
                Es => "el punto de contacto se queda sin emoción".into(),
            },
            (_, ScoreNotNumber(raw)) => match lang {
                En => format!("score `{raw}` is not a number"),
                Es => format!("la puntuación `{raw}` no es un número"),
            },
            (_, ScoreRange) => match lang {
                En => "a whole number from 1 to 5 (the touchpoint's emotion is the score − 3)".into(),
                Es => "un número entero de 1 a 5 (la emoción del punto de contacto es la puntuación − 3)".into(),
            },
            (_, SectionNameTaken(name)) => match lang {
                En => format!("another section is called \"{name}\""),
                Es => format!("otra sección se llama \"{name}\""),
            },
            (_, SectionBecomes(name)) => match lang {
                En => format!("this one becomes \"{name}\""),
                Es => format!("esta pasa a llamarse \"{name}\""),
            },
            (_, UniqueSectionNames) => match lang {
                En => {
                "phase names are unique in a map: give the sections different names".into()
            },
                Es => "los nombres de las fases son únicos en un mapa: dé nombres distintos a las secciones".into(),
            },
        }
    }
}

impl What {
    /// "a whole number", "one of `Open`, `Resolved`", "a phase `Phase(…)`".
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        use What::*;
        match (lang, self) {
            (En, WholeNumber) => "a whole number".into(),
            (Es, WholeNumber) => "un número entero".into(),
            (En, Number) => "a number".into(),
            (Es, Number) => "un número".into(),
            (En, NumberLike) => "a number like 4.5".into(),
            (Es, NumberLike) => "un número como 4.5".into(),
            (En, Boolean) => "`true` or `false`".into(),
            (Es, Boolean) => "`true` o `false`".into(),
            (En, Text) => "text in double quotes".into(),
            (Es, Text) => "un texto entre comillas dobles".into(),
            (En, OneOf(items)) => format!("one of {}", list(items)),
            (Es, OneOf(items)) => format!("uno de {}", list(items)),
            (En, List) => "a list in `[ … ]`".into(),
            (Es, List) => "una lista entre `[ … ]`".into(),
            (En, Another) => "another kind of value".into(),
            (Es, Another) => "otro tipo de valor".into(),
            (_, Other(t)) => t.clone(),
            (_, Struct(name)) => struct_words(name, lang),
        }
    }
}

/// What a struct of the format is, for people: "a phase `Phase(…)`".
fn struct_words(name: &str, lang: Lang) -> String {
    use Lang::{En, Es};
    match (lang, name) {
        (En, "JourneyMap") => "a journey map `JourneyMap(…)`".into(),
        (Es, "JourneyMap") => "un mapa de experiencia `JourneyMap(…)`".into(),
        (En, "Phase") => "a phase `Phase(…)`".into(),
        (Es, "Phase") => "una fase `Phase(…)`".into(),
        (En, "Touchpoint") => "a touchpoint `Touchpoint(…)`".into(),
        (Es, "Touchpoint") => "un punto de contacto `Touchpoint(…)`".into(),
        (En, "PainPoint") => "a pain point `PainPoint(…)`".into(),
        (Es, "PainPoint") => "un punto de dolor `PainPoint(…)`".into(),
        (En, "Persona") => "a persona `Persona(name: \"…\")`".into(),
        (Es, "Persona") => "una persona `Persona(name: \"…\")`".into(),
        (En, "Ratings") => "a record like `(price: 4, product: 5)`".into(),
        (Es, "Ratings") => "un registro como `(price: 4, product: 5)`".into(),
        (En, "Csat") => "a record like `(satisfied: 30, responses: 50)`".into(),
        (Es, "Csat") => "un registro como `(satisfied: 30, responses: 50)`".into(),
        (En, "Nps") => "a record like `(promoters: 20, passives: 10, detractors: 20)`".into(),
        (Es, "Nps") => "un registro como `(promoters: 20, passives: 10, detractors: 20)`".into(),
        (En, "Scoring") => "a record like `(key_weight: 2.0)`".into(),
        (Es, "Scoring") => "un registro como `(key_weight: 2.0)`".into(),
        (En, "SignalWeights") => "a record like `(emotion: 2.0)`".into(),
        (Es, "SignalWeights") => "un registro como `(emotion: 2.0)`".into(),
        (_, other) => format!("`{other}(…)`"),
    }
}

impl Found {
    /// "the text "high"", "the number 1.5", "a list".
    pub fn text(&self, lang: Lang) -> String {
        use Found::*;
        use Lang::{En, Es};
        match (lang, self) {
            (En, Nothing) => "nothing".into(),
            (Es, Nothing) => "nada".into(),
            (En, Text(v)) => format!("the text {v}"),
            (Es, Text(v)) => format!("el texto {v}"),
            (En, SingleQuoted(v)) => format!("{v} in single quotes"),
            (Es, SingleQuoted(v)) => format!("{v} entre comillas simples"),
            (En, List) => "a list".into(),
            (Es, List) => "una lista".into(),
            (En, Group) => "a group in parentheses".into(),
            (Es, Group) => "un grupo entre paréntesis".into(),
            (En, JsonObject) => "a JSON-style `{ … }`".into(),
            (Es, JsonObject) => "un `{ … }` al estilo de JSON".into(),
            (En, Number(v)) => format!("the number {v}"),
            (Es, Number(v)) => format!("el número {v}"),
            (_, Call(name)) => format!("`{name}(…)`"),
            (_, Word(v)) => format!("`{v}`"),
        }
    }
}

impl Who {
    /// "`importance`", "each item of `quotes`", "this value".
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        match (lang, self) {
            (_, Who::Field(f)) => format!("`{f}`"),
            (En, Who::EachItem(f)) => format!("each item of `{f}`"),
            (Es, Who::EachItem(f)) => format!("cada elemento de `{f}`"),
            (En, Who::ThisValue) => "this value".into(),
            (Es, Who::ThisValue) => "este valor".into(),
        }
    }
}

impl Outer {
    /// "phase" (English: after "this"); "esta fase" (Spanish, with its
    /// article).
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Es};
        match (lang, self) {
            (En, Outer::Map) => "map".into(),
            (Es, Outer::Map) => "este mapa".into(),
            (En, Outer::Phase) => "phase".into(),
            (Es, Outer::Phase) => "esta fase".into(),
            (En, Outer::Touchpoint) => "touchpoint".into(),
            (Es, Outer::Touchpoint) => "este punto de contacto".into(),
            (En, Outer::PainPoint) => "pain point".into(),
            (Es, Outer::PainPoint) => "este punto de dolor".into(),
            (En, Outer::Field(f)) => format!("`{f}`"),
            (Es, Outer::Field(f)) => format!("este `{f}`"),
        }
    }
}

impl Opener {
    /// "the text in double quotes", "`phases: [`".
    pub fn text(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, Opener::Quote) => "the text in double quotes".into(),
            (Lang::Es, Opener::Quote) => "el texto entre comillas dobles".into(),
            (_, Opener::Code(s)) => format!("`{s}`"),
        }
    }
}

/// The words of the rendering around the sentences.
fn level(severity: Severity, lang: Lang) -> Level<'static> {
    let level = match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    match (lang, severity) {
        (Lang::En, _) => level,
        (Lang::Es, Severity::Error) => level.with_name("error"),
        (Lang::Es, Severity::Warning) => level.with_name("aviso"),
    }
}

fn note(lang: Lang) -> Level<'static> {
    match lang {
        Lang::En => Level::NOTE,
        Lang::Es => Level::NOTE.with_name("nota"),
    }
}

fn help(lang: Lang) -> Level<'static> {
    match lang {
        Lang::En => Level::HELP,
        Lang::Es => Level::HELP.with_name("ayuda"),
    }
}

fn renderer(color: bool) -> Renderer {
    if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
}

/// A sentence in `lang`, escaped for a terminal: it may quote the file
/// (an id, a name), whose control characters must not reach the screen.
fn said(s: &Said, lang: Lang) -> String {
    escape(&s.text(lang)).into_owned()
}

/// A diagnostic against its source, like rustc's, in `lang`. Every text
/// that can quote the file (an id, a name, the file's own name) is escaped:
/// no control character reaches the terminal.
pub fn render(d: &Diagnostic, file: &str, src: &str, color: bool, lang: Lang) -> String {
    let file = escape(file);
    let src = crate::escape::same_length(src);
    let mut snippet = Snippet::source(src.as_ref())
        .path(file.as_ref())
        .fold(true)
        .annotation(
            AnnotationKind::Primary
                .span(d.span.clone())
                .label(said(&d.label, lang)),
        );
    for (span, label) in &d.related {
        snippet = snippet.annotation(
            AnnotationKind::Context
                .span(span.clone())
                .label(said(label, lang)),
        );
    }
    let mut group = level(d.severity, lang)
        .primary_title(said(&d.message, lang))
        .element(snippet);
    if let Some(p) = &d.path {
        let p = escape(p);
        let at = match lang {
            Lang::En => format!("at `{p}`"),
            Lang::Es => format!("en `{p}`"),
        };
        group = group.element(note(lang).message(at));
    }
    let present = |s: &Option<Said>| s.as_ref().map(|s| said(s, lang)).filter(|t| !t.is_empty());
    if let Some(e) = present(&d.expected) {
        let expected = match lang {
            Lang::En => format!("expected {e}"),
            Lang::Es => format!("se esperaba {e}"),
        };
        group = group.element(note(lang).message(expected));
    }
    if let Some(h) = present(&d.help) {
        group = group.element(help(lang).message(h));
    }
    renderer(color).render(&[group])
}

/// An error about a file that has no source to show, in `lang`.
pub fn render_plain(message: &str, color: bool, lang: Lang) -> String {
    let message = escape(message);
    let title = level(Severity::Error, lang).primary_title(message.as_ref());
    renderer(color).render(&[Group::with_title(title)])
}

/// Every diagnostic of a file that did not load, then how many, in `lang`
/// (what `cxmap validate` and the app's broken-file screen show).
pub fn load_error(e: &LoadError, color: bool, lang: Lang) -> String {
    match e {
        LoadError::Io { file, source } => {
            let why = ReadProblem::from(&**source).text(lang);
            let line = match lang {
                Lang::En => format!("cannot read {file}: {why}"),
                Lang::Es => format!("no se puede leer {file}: {why}"),
            };
            render_plain(&line, color, lang) + "\n"
        }
        LoadError::Invalid {
            file,
            text,
            diagnostics,
            omitted,
        } => {
            let mut out = String::new();
            for d in diagnostics {
                out.push_str(&render(d, file, text, color, lang));
                out.push_str("\n\n");
            }
            let n = diagnostics.len() + omitted;
            let s = if n == 1 { "" } else { "s" };
            let shown = match (lang, *omitted > 0) {
                (_, false) => String::new(),
                (Lang::En, true) => format!(" (the first {} shown)", diagnostics.len()),
                (Lang::Es, true) => format!(" (se muestran los {} primeros)", diagnostics.len()),
            };
            out.push_str(&match lang {
                Lang::En => {
                    format!("{file}: {n} problem{s} found{shown}; the file was not changed\n")
                }
                Lang::Es => format!(
                    "{file}: {n} problema{s} encontrado{s}{shown}; el archivo no ha cambiado\n"
                ),
            });
            out
        }
    }
}

/// The gist of each diagnostic, one line each, with its help and what is
/// expected (the app's live-reload panel, where room is short).
pub fn gist(e: &LoadError, lang: Lang) -> String {
    let mut out = String::new();
    for d in e.diagnostics() {
        let at = match lang {
            Lang::En => format!("line {}, column {}", d.line, d.column),
            Lang::Es => format!("línea {}, columna {}", d.line, d.column),
        };
        out.push_str(&format!("{at}: {}\n", said(&d.message, lang)));
        let present =
            |s: &Option<Said>| s.as_ref().map(|s| said(s, lang)).filter(|t| !t.is_empty());
        if let Some(h) = present(&d.help) {
            let help = match lang {
                Lang::En => "help",
                Lang::Es => "ayuda",
            };
            out.push_str(&format!("  {help}: {h}\n"));
        }
        if let Some(x) = present(&d.expected) {
            let expected = match lang {
                Lang::En => "expected",
                Lang::Es => "se esperaba",
            };
            out.push_str(&format!("  {expected} {x}\n"));
        }
    }
    out
}

/// A diagnostic's sentences in English, for programs (`validate --format
/// short|json`).
pub fn english(said: &Said) -> String {
    said.text(Lang::En)
}

/// One line for editors' quickfix lists, in English (escaped):
/// `file:3:17: error: importance 9 is out of range`.
pub fn short(d: &Diagnostic, file: &str) -> String {
    format!(
        "{}:{}:{}: {}: {}",
        escape(file),
        d.line,
        d.column,
        d.severity.name(),
        escape(&english(&d.message))
    )
}
