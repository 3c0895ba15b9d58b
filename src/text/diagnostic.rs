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
            (En, Here) => "here".into(),
            (Es, Here) => "aquí".into(),
            (En, NotUtf8) => "the file is not UTF-8 text".into(),
            (Es, NotUtf8) => "el archivo no es texto UTF-8".into(),
            (En, NotUtf8Byte) => "this byte is not valid UTF-8".into(),
            (Es, NotUtf8Byte) => "este byte no es UTF-8 válido".into(),
            (En, SaveAsUtf8) => "save the file as UTF-8 in your editor".into(),
            (Es, SaveAsUtf8) => "guarde el archivo como UTF-8 en su editor".into(),
            (En, Empty) => "the file is empty".into(),
            (Es, Empty) => "el archivo está vacío".into(),
            (En, MapExpectedHere) => "a map was expected here".into(),
            (Es, MapExpectedHere) => "aquí se esperaba un mapa".into(),
            (En, AMapAtLeast) => {
                "a journey map, at least `JourneyMap(title: \"My journey\")`".into()
            }
            (Es, AMapAtLeast) => {
                "un mapa de experiencia, como mínimo `JourneyMap(title: \"Mi recorrido\")`".into()
            }
            (En, RunNew) => "run `cxmap new FILE` to start from a template".into(),
            (Es, RunNew) => "ejecute `cxmap new ARCHIVO` para empezar desde una plantilla".into(),
            (En, MergeConflict) => "merge conflict".into(),
            (Es, MergeConflict) => "conflicto de fusión".into(),
            (En, ConflictSides) => {
                "both sides changed this element: ours above `=======`, theirs below".into()
            }
            (Es, ConflictSides) => {
                "los dos lados cambiaron este elemento: el nuestro encima de `=======`, el suyo debajo".into()
            }
            (En, ConflictHelp) => "open the file in cxmap to pick a side for each conflict, or keep one side by hand and remove the marker lines".into(),
            (Es, ConflictHelp) => "abra el archivo en cxmap para elegir un lado en cada conflicto, o conserve un lado a mano y borre las líneas de las marcas".into(),
            (En, NewerVersion { version }) => {
                format!("format version {version} is newer than this build of cxmap understands")
            }
            (Es, NewerVersion { version }) => format!(
                "la versión de formato {version} es más nueva de lo que entiende esta versión de cxmap"
            ),
            (En, WrittenByNewer) => "written by a newer cxmap".into(),
            (Es, WrittenByNewer) => "escrito por un cxmap más nuevo".into(),
            (_, Versions) => problem::versions(lang),
            (En, UpdateCxmap) => "update cxmap to open this file".into(),
            (Es, UpdateCxmap) => "actualice cxmap para abrir este archivo".into(),
            (_, Problem(p)) => problem::message(&p.kind, lang),
            (_, ProblemExpected(p)) => problem::expected(&p.kind, lang).unwrap_or_default(),
            (_, ProblemHelp(p)) => problem::help(&p.kind, lang).unwrap_or_default(),
            (En, ThisField(f)) => format!("this `{f}`"),
            (Es, ThisField(f)) => format!("este `{f}`"),
            (En, Derived(f)) => format!("`{f}` is not written here: it was derived"),
            (Es, Derived(f)) => format!("`{f}` no está escrito aquí: se dedujo"),
            (En, RelatedAt { line, .. }) => {
                format!("{} (line {line})", problem::related_label(lang))
            }
            (Es, RelatedAt { line, .. }) => {
                format!("{} (línea {line})", problem::related_label(lang))
            }
            (En, FirstUsed { said, line }) => {
                format!("{} (first used on line {line})", said.text(lang))
            }
            (Es, FirstUsed { said, line }) => format!(
                "{} (usado por primera vez en la línea {line})",
                said.text(lang)
            ),
            (En, UnknownField { found, within: o }) => {
                format!("unknown field `{found}`{}", within(o, lang))
            }
            (Es, UnknownField { found, within: o }) => {
                format!("campo desconocido `{found}`{}", within(o, lang))
            }
            (En, NotAFieldHere) => "not a field here".into(),
            (Es, NotAFieldHere) => "aquí no hay tal campo".into(),
            (En, OneOf(items)) => format!("one of {}", list(items)),
            (Es, OneOf(items)) => format!("uno de {}", list(items)),
            (En, DidYouMean(s)) => format!("did you mean `{s}`?"),
            (Es, DidYouMean(s)) => format!("¿quería decir `{s}`?"),
            (En, UnknownChoice { what, found }) => format!(
                "unknown {} `{found}`",
                what.as_deref().unwrap_or("value").to_lowercase()
            ),
            (Es, UnknownChoice { what: None, found }) => format!("valor desconocido `{found}`"),
            (Es, UnknownChoice {
                what: Some(w),
                found,
            }) => format!("valor desconocido `{found}` para {w}"),
            (En, NotAValidChoice) => "not a valid choice".into(),
            (Es, NotAValidChoice) => "no es una opción válida".into(),
            (En, MissingField { field, within: o }) => {
                format!("required field `{field}` is missing{}", within(o, lang))
            }
            (Es, MissingField { field, within: o }) => {
                format!("falta el campo obligatorio `{field}`{}", within(o, lang))
            }
            (En, HasNo { outer, field }) => format!("this {} has no `{field}`", outer.text(lang)),
            (Es, HasNo { outer, field }) => format!("{} no tiene `{field}`", outer.text(lang)),
            (En, InsideParens { field }) => format!("`{field}: …` inside the parentheses"),
            (Es, InsideParens { field }) => format!("`{field}: …` dentro de los paréntesis"),
            (En, FieldTwice { field }) => format!("field `{field}` is given twice"),
            (Es, FieldTwice { field }) => format!("el campo `{field}` aparece dos veces"),
            (En, SecondTimeHere) => "second time here".into(),
            (Es, SecondTimeHere) => "segunda vez aquí".into(),
            (En, KeepOne) => "keep only one of them".into(),
            (Es, KeepOne) => "deje solo uno de los dos".into(),
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
            (En, ExpectedStructLabel(name)) => {
                format!("expected {}", What::Struct(name.clone()).text(lang))
            }
            (Es, ExpectedStructLabel(name)) => {
                format!("se esperaba {}", What::Struct(name.clone()).text(lang))
            }
            (En, WrongName) => "wrong name".into(),
            (Es, WrongName) => "nombre equivocado".into(),
            (En, NameOptional(name)) => {
                format!("`{name}(…)`, or just `(…)`: the name is optional")
            }
            (Es, NameOptional(name)) => format!("`{name}(…)`, o solo `(…)`: el nombre es opcional"),
            (En, ExpectedStructName(name)) => format!("expected `{name}(…)`"),
            (Es, ExpectedStructName(name)) => format!("se esperaba `{name}(…)`"),
            (En, NameOrParens(name)) => format!("`{name}(…)` or `(…)`"),
            (Es, NameOrParens(name)) => format!("`{name}(…)` o `(…)`"),
            (En, MustBe { who, what, found }) => format!(
                "{} must be {}, found {}",
                who.text(lang),
                what.text(lang),
                found.text(lang)
            ),
            (Es, MustBe { who, what, found }) => format!(
                "{} debe ser {}, pero es {}",
                who.text(lang),
                what.text(lang),
                found.text(lang)
            ),
            (En, WrongKindOfValue) => "wrong kind of value".into(),
            (Es, WrongKindOfValue) => "tipo de valor equivocado".into(),
            (En, Not(what)) => format!("not {}", what.text(lang)),
            (Es, Not(what)) => format!("no es {}", what.text(lang)),
            (_, Kind(what)) => what.text(lang),
            (_, Takes(field)) => problem::takes(field, lang).unwrap_or_default(),
            (En, InDoubleQuotes(v)) => format!("write it in double quotes: \"{v}\""),
            (Es, InDoubleQuotes(v)) => format!("escríbalo entre comillas dobles: \"{v}\""),
            (En, NumbersWithoutQuotes(v)) => format!("write numbers without quotes: {v}"),
            (Es, NumbersWithoutQuotes(v)) => format!("escriba los números sin comillas: {v}"),
            (En, WithoutQuotes(v)) => format!("write it without quotes: {v}"),
            (Es, WithoutQuotes(v)) => format!("escríbalo sin comillas: {v}"),
            (En, TooSmall) => "this number is too small".into(),
            (Es, TooSmall) => "este número es demasiado pequeño".into(),
            (En, TooSmallLabel) => "too small".into(),
            (Es, TooSmallLabel) => "demasiado pequeño".into(),
            (En, TooLarge) => "this number is too large".into(),
            (Es, TooLarge) => "este número es demasiado grande".into(),
            (En, TooLargeLabel) => "too large".into(),
            (Es, TooLargeLabel) => "demasiado grande".into(),
            (En, SmallWholeNumber) => "a small whole number".into(),
            (Es, SmallWholeNumber) => "un número entero pequeño".into(),
            (En, ListOfItems) => "a list: `[ … ]`, items separated by commas".into(),
            (Es, ListOfItems) => "una lista: `[ … ]`, elementos separados por comas".into(),
            (En, NotAList) => "not a list".into(),
            (Es, NotAList) => "no es una lista".into(),
            (En, ExpectedFieldName) => "expected a field name".into(),
            (Es, ExpectedFieldName) => "se esperaba el nombre de un campo".into(),
            (En, FieldNameExpectedHere) => "a field name was expected here".into(),
            (Es, FieldNameExpectedHere) => "aquí se esperaba el nombre de un campo".into(),
            (En, NameValueTitle) => "`name: value`, e.g. `title: \"My journey\"`".into(),
            (Es, NameValueTitle) => "`nombre: valor`, p. ej. `title: \"Mi recorrido\"`".into(),
            (En, FieldNamesUnquoted) => {
                "field names are written without quotes: `title: …`, not `\"title\": …`".into()
            }
            (Es, FieldNamesUnquoted) => {
                "los nombres de campo van sin comillas: `title: …`, no `\"title\": …`".into()
            }
            (En, EndsTooEarly) => "the file ends too early".into(),
            (Es, EndsTooEarly) => "el archivo termina antes de tiempo".into(),
            (En, EndsTooEarlyOpen(o)) => {
                format!("the file ends too early: {} is never closed", o.text(lang))
            }
            (Es, EndsTooEarlyOpen(o)) => format!(
                "el archivo termina antes de tiempo: {} no se cierra nunca",
                o.text(lang)
            ),
            (En, FileEndsHere) => "the file ends here".into(),
            (Es, FileEndsHere) => "el archivo termina aquí".into(),
            (En, NeverClosedAt { bracket, line }) => {
                format!("this `{bracket}` is never closed (line {line})")
            }
            (Es, NeverClosedAt { bracket, line }) => {
                format!("este `{bracket}` no se cierra nunca (línea {line})")
            }
            (En, AddMissingCut(close)) => {
                format!("add the missing `{close}`; was the file cut short?")
            }
            (Es, AddMissingCut(close)) => {
                format!("añada el `{close}` que falta; ¿se cortó el archivo?")
            }
            (En, NeverClosedOnLine { opener, line }) => {
                format!("{} on line {line} is never closed", opener.text(lang))
            }
            (Es, NeverClosedOnLine { opener, line }) => format!(
                "{} de la línea {line} no se cierra nunca",
                opener.text(lang)
            ),
            (En, ExpectedBefore { want, found }) => {
                format!("expected `{want}` before this `{found}`")
            }
            (Es, ExpectedBefore { want, found }) => {
                format!("se esperaba `{want}` antes de este `{found}`")
            }
            (En, NeverClosed(ch)) => format!("this `{ch}` is never closed"),
            (Es, NeverClosed(ch)) => format!("este `{ch}` no se cierra nunca"),
            (En, AddOrRemove { want, found }) => format!(
                "add the missing `{want}`, or remove this `{found}` if it is one too many"
            ),
            (Es, AddOrRemove { want, found }) => {
                format!("añada el `{want}` que falta, o quite este `{found}` si sobra")
            }
            (En, TrailingText) => "unexpected text after the end of the map".into(),
            (Es, TrailingText) => "texto inesperado después del final del mapa".into(),
            (En, MapEndedBefore) => "the map ended before this".into(),
            (Es, MapEndedBefore) => "el mapa terminó antes de esto".into(),
            (En, OneMapPerFile) => {
                "a file holds one `JourneyMap(…)`; check for an extra `)` or text after it".into()
            }
            (Es, OneMapPerFile) => "un archivo contiene un solo `JourneyMap(…)`; busque un `)` de más o texto después".into(),
            (En, ExpectedCloseOrComma(close)) => format!("expected `{close}` or `,`"),
            (Es, ExpectedCloseOrComma(close)) => format!("se esperaba `{close}` o `,`"),
            (En, UnexpectedHere) => "unexpected here".into(),
            (Es, UnexpectedHere) => "inesperado aquí".into(),
            (En, CommaOrBracket) => "a comma may be missing, or a bracket closed too early".into(),
            (Es, CommaOrBracket) => {
                "puede faltar una coma, o un paréntesis se cerró antes de tiempo".into()
            }
            (En, ExpectedColon) => "expected `:` after the field name".into(),
            (Es, ExpectedColon) => "se esperaba `:` después del nombre del campo".into(),
            (En, ColonHere) => "expected `:` here".into(),
            (Es, ColonHere) => "aquí se esperaba `:`".into(),
            (En, NameValueEmotion) => "`name: value`, e.g. `emotion: 1`".into(),
            (Es, NameValueEmotion) => "`nombre: valor`, p. ej. `emotion: 1`".into(),
            (En, UnexpectedChar(c)) => format!("unexpected character `{c}`"),
            (Es, UnexpectedChar(c)) => format!("carácter inesperado `{c}`"),
            (En, NotValidRon) => "not valid RON here".into(),
            (Es, NotValidRon) => "aquí no es RON válido".into(),
            (En, StringsInQuotes) => "strings go in double quotes: \"like this\"".into(),
            (Es, StringsInQuotes) => "los textos van entre comillas dobles: \"así\"".into(),
            (En, TextNeverClosed) => "this text is never closed".into(),
            (Es, TextNeverClosed) => "este texto no se cierra nunca".into(),
            (En, TextStartsHere) => "the text starts here".into(),
            (Es, TextStartsHere) => "el texto empieza aquí".into(),
            (En, AddClosingQuote) => "add the closing `\"`".into(),
            (Es, AddClosingQuote) => "añada las comillas de cierre `\"`".into(),
            (En, UnknownEscape) => "unknown escape in a text".into(),
            (Es, UnknownEscape) => "secuencia de escape desconocida en un texto".into(),
            (En, NotAValidEscape) => "not a valid escape".into(),
            (Es, NotAValidEscape) => "no es un escape válido".into(),
            (En, Escapes) => "one of `\\\"`, `\\\\`, `\\n`, `\\t`, `\\u{…}`".into(),
            (Es, Escapes) => "uno de `\\\"`, `\\\\`, `\\n`, `\\t`, `\\u{…}`".into(),
            (En, DoubleBackslash) => "to write a backslash, double it: `\\\\`".into(),
            (Es, DoubleBackslash) => "para escribir una barra invertida, dóblela: `\\\\`".into(),
            (En, TooDeep) => "the file is nested too deeply".into(),
            (Es, TooDeep) => "el archivo anida demasiados niveles".into(),
            (En, TooDeepLabel) => "too deep".into(),
            (Es, TooDeepLabel) => "demasiado profundo".into(),
            (En, FewLevels) => {
                "a map has only a few levels: map, phases, touchpoints, their fields".into()
            }
            (Es, FewLevels) => "un mapa tiene pocos niveles: el mapa, las fases, los puntos de contacto y sus campos".into(),
            (En, CommentNeverClosed) => "a `/*` comment is never closed".into(),
            (Es, CommentNeverClosed) => "un comentario `/*` no se cierra nunca".into(),
            (En, CommentStartsHere) => "comment starts here".into(),
            (Es, CommentStartsHere) => "el comentario empieza aquí".into(),
            (En, AddCommentEnd) => "add `*/`".into(),
            (Es, AddCommentEnd) => "añada `*/`".into(),
            (En, UnknownExtension(x)) => format!("unknown RON extension `{x}`"),
            (Es, UnknownExtension(x)) => format!("extensión de RON desconocida `{x}`"),
            (En, Extensions) => {
                "`implicit_some`, `unwrap_newtypes` or `unwrap_variant_newtypes`".into()
            }
            (Es, Extensions) => "`implicit_some`, `unwrap_newtypes` o `unwrap_variant_newtypes`".into(),
            // RON's own words: the library speaks English only.
            (_, Ron(s)) => s.clone(),
            (En, LooksLikeJsonHelp) => "this looks like JSON; cxmap files are RON: `JourneyMap(title: \"…\", phases: [ … ])`".into(),
            (Es, LooksLikeJsonHelp) => "esto parece JSON; los archivos de cxmap son RON: `JourneyMap(title: \"…\", phases: [ … ])`".into(),
            (En, NotAMap) => "this file is not a journey map".into(),
            (Es, NotAMap) => "este archivo no es un mapa de experiencia".into(),
            (En, ExpectedMapHere) => "expected `JourneyMap(` here".into(),
            (Es, ExpectedMapHere) => "aquí se esperaba `JourneyMap(`".into(),
            (En, CommaMissing) => "a comma is missing".into(),
            (Es, CommaMissing) => "falta una coma".into(),
            (En, CommaHere) => "expected `,` here".into(),
            (Es, CommaHere) => "aquí se esperaba `,`".into(),
            (En, QuoteInText) => "to put a `\"` inside a text, write it as `\\\"`".into(),
            (Es, QuoteInText) => "para poner un `\"` dentro de un texto, escríbalo como `\\\"`".into(),
            (En, SeparateWithCommas) => "separate fields and list items with commas".into(),
            (Es, SeparateWithCommas) => {
                "separe los campos y los elementos de las listas con comas".into()
            }
            (En, LooksLikeJson) => "this looks like JSON, not RON".into(),
            (Es, LooksLikeJson) => "esto parece JSON, no RON".into(),
            (En, JsonStarts) => "JSON starts with `{`".into(),
            (Es, JsonStarts) => "JSON empieza con `{`".into(),
            (En, RonMap(name)) => format!("a RON map: `{name}(title: \"…\", phases: [ … ])`"),
            (Es, RonMap(name)) => format!("un mapa en RON: `{name}(title: \"…\", phases: [ … ])`"),
            (En, RonStructs) => "RON writes structs as `Name(field: value)` with bare field names; see `cxmap new FILE` for an example".into(),
            (Es, RonStructs) => "RON escribe las estructuras como `Nombre(campo: valor)`, con los nombres de campo sin comillas; `cxmap new ARCHIVO` crea un ejemplo".into(),
            // The configuration file
            (En, UnknownTheme(t)) => format!("unknown theme \"{t}\""),
            (Es, UnknownTheme(t)) => format!("tema desconocido \"{t}\""),
            (En, NotATheme) => "not a theme".into(),
            (Es, NotATheme) => "no es un tema".into(),
            (En, DidYouMeanQuoted(s)) => format!("did you mean \"{s}\"?"),
            (Es, DidYouMeanQuoted(s)) => format!("¿quería decir \"{s}\"?"),
            (En, UnknownLanguage(l)) => format!("unknown language \"{l}\""),
            (Es, UnknownLanguage(l)) => format!("idioma desconocido \"{l}\""),
            (En, NotALanguage) => "not a language cxmap speaks".into(),
            (Es, NotALanguage) => "no es un idioma que cxmap hable".into(),
            (En, Languages) => "\"en\" (English) or \"es\" (español)".into(),
            (Es, Languages) => "\"en\" (English) o \"es\" (español)".into(),
            (En, AutosaveAtLeastOne) => "autosave_seconds must be at least 1".into(),
            (Es, AutosaveAtLeastOne) => "autosave_seconds debe ser como mínimo 1".into(),
            (En, ZeroWritesAllTheTime) => "0 would write all the time".into(),
            (Es, ZeroWritesAllTheTime) => "con 0 escribiría sin parar".into(),
            (En, AutosaveSeconds) => "a whole number of seconds, 1 or more (default 5)".into(),
            (Es, AutosaveSeconds) => "un número entero de segundos, 1 o más (5 por defecto)".into(),
            (En, UnknownAction(name)) => format!("unknown action \"{name}\" in keys"),
            (Es, UnknownAction(name)) => format!("acción desconocida \"{name}\" en keys"),
            (En, MoreNotShown { more, warnings: false }) => {
                format!("and {more} more problems like these, not shown")
            }
            (Es, MoreNotShown { more, warnings: false }) => {
                format!("y {more} problemas más como estos, no mostrados")
            }
            (En, MoreNotShown { more, warnings: true }) => {
                format!("and {more} more warnings like these, not shown")
            }
            (Es, MoreNotShown { more, warnings: true }) => {
                format!("y {more} avisos más como estos, no mostrados")
            }
            (En, TheNextOne) => "the next one".into(),
            (Es, TheNextOne) => "el siguiente".into(),
            (En, MoreUnknownActions(n)) => format!("and {n} more unknown actions in keys, not shown"),
            (Es, MoreUnknownActions(n)) => {
                format!("y {n} acciones desconocidas más en keys, no mostradas")
            }
            (En, InThisList) => "in this list".into(),
            (Es, InThisList) => "en esta lista".into(),
            (En, CannotReadKey { key, action }) => {
                format!("cannot read the key \"{key}\" of {action}")
            }
            (Es, CannotReadKey { key, action }) => {
                format!("no se entiende la tecla \"{key}\" de {action}")
            }
            (En, NotAKey) => "not a key".into(),
            (Es, NotAKey) => "no es una tecla".into(),
            (En, KeyLike) => "a key like \"x\", \"X\", \"Ctrl-s\", \"Alt-x\", \"Shift-Up\", \"F2\", \"Enter\", \"Space\"".into(),
            (Es, KeyLike) => "una tecla como \"x\", \"X\", \"Ctrl-s\", \"Alt-x\", \"Shift-Up\", \"F2\", \"Enter\", \"Space\"".into(),
            (En, KeyTwice { key, first, then }) => {
                format!("the key {key} is bound to both {first} and {then}")
            }
            (Es, KeyTwice { key, first, then }) => {
                format!("la tecla {key} está asignada a la vez a {first} y a {then}")
            }
            (En, KeyStaysWith { key, action }) => format!("{key} stays with {action}"),
            (Es, KeyStaysWith { key, action }) => format!("{key} se queda con {action}"),
            (En, FirstBoundTo(action)) => format!("first bound here to {action}"),
            (Es, FirstBoundTo(action)) => format!("asignada aquí primero a {action}"),
            (En, OneActionPerKey) => "give each key to one action".into(),
            (Es, OneActionPerKey) => "asigne cada tecla a una sola acción".into(),
            (En, KeyNeeded { key, owner, action }) => format!(
                "{key} is the key of {owner}, which the app needs; it is not given to {action}"
            ),
            (Es, KeyNeeded { key, owner, action }) => format!(
                "{key} es la tecla de {owner}, que la aplicación necesita; no se asigna a {action}"
            ),
            (En, ChooseFreeKey(owner)) => {
                format!("choose a free key, or bind {owner} to other keys in this file too")
            }
            (Es, ChooseFreeKey(owner)) => {
                format!("elija una tecla libre, o asigne también otras teclas a {owner} en este archivo")
            }
            (En, NeedsAKey(action)) => format!("{action} needs a key"),
            (Es, NeedsAKey(action)) => format!("{action} necesita una tecla"),
            (En, NoKeyListed) => "no key listed".into(),
            (Es, NoKeyListed) => "no hay ninguna tecla en la lista".into(),
            (En, KeepsOwnKeys(action)) => {
                format!("{action} keeps its own keys; list at least one")
            }
            (Es, KeepsOwnKeys(action)) => {
                format!("{action} conserva sus teclas; ponga al menos una en la lista")
            }
            (En, HasNoKey(action)) => format!("{action} has no key"),
            (Es, HasNoKey(action)) => format!("{action} no tiene tecla"),
            (En, NoKeyItCanUse) => "no key it can use".into(),
            (Es, NoKeyItCanUse) => "ninguna tecla que pueda usar".into(),
            (En, NoKeyLeft { action, key, to }) => {
                format!("{action} has no key left: {key} is now bound to {to}")
            }
            (Es, NoKeyLeft { action, key, to }) => {
                format!("{action} se queda sin tecla: {key} está asignada ahora a {to}")
            }
            (En, TakenFrom(action)) => format!("taken from {action}"),
            (Es, TakenFrom(action)) => format!("quitada a {action}"),
            (En, BindToFreeKey(action)) => {
                format!("bind {action} to a free key too: \"{action}\": [\"…\"]")
            }
            (Es, BindToFreeKey(action)) => {
                format!("asigne también a {action} una tecla libre: \"{action}\": [\"…\"]")
            }
            // Mermaid journeys
            (En, JourneyExpectedHere) => "a Mermaid `journey` diagram was expected here".into(),
            (Es, JourneyExpectedHere) => "aquí se esperaba un diagrama `journey` de Mermaid".into(),
            (En, JourneyStarts) => "a journey starts with `journey`, then `title …`, `section …` and tasks `Name: 5: Actor`".into(),
            (Es, JourneyStarts) => "un recorrido empieza por `journey`, y luego `title …`, `section …` y tareas `Nombre: 5: Actor`".into(),
            (En, TitleEmpty) => "the title is empty".into(),
            (Es, TitleEmpty) => "el título está vacío".into(),
            (En, NoTextAfterTitle) => "no text after `title`".into(),
            (Es, NoTextAfterTitle) => "no hay texto después de `title`".into(),
            (En, SectionNoName) => "the section has no name".into(),
            (Es, SectionNoName) => "la sección no tiene nombre".into(),
            (En, NoTextAfterSection) => "no text after `section`".into(),
            (Es, NoTextAfterSection) => "no hay texto después de `section`".into(),
            (En, NameThePhase) => "write the phase's name: `section Discover`".into(),
            (Es, NameThePhase) => "escriba el nombre de la fase: `section Descubrir`".into(),
            (En, NoJourneyLine) => "no `journey` line: this is not a Mermaid journey".into(),
            (Es, NoJourneyLine) => "no hay línea `journey`: esto no es un recorrido de Mermaid".into(),
            (En, JourneyLineFirst) => "a journey diagram starts with the line `journey`".into(),
            (Es, JourneyLineFirst) => "un diagrama de recorrido empieza por la línea `journey`".into(),
            (En, NoTitle) => "the diagram has no title".into(),
            (Es, NoTitle) => "el diagrama no tiene título".into(),
            (En, CalledAfter(t)) => format!("the map is called \"{t}\""),
            (Es, CalledAfter(t)) => format!("el mapa se llama \"{t}\""),
            (En, AddTitle) => "add `    title My journey` below `journey` to choose the name".into(),
            (Es, AddTitle) => "añada `    title Mi recorrido` debajo de `journey` para elegir el nombre".into(),
            (En, FrontMatterOpen) => "the front matter is never closed".into(),
            (Es, FrontMatterOpen) => "la cabecera (front matter) no se cierra nunca".into(),
            (En, OpenedHere) => "opened here".into(),
            (Es, OpenedHere) => "se abre aquí".into(),
            (En, EndWithDashes) => "end it with a line `---`".into(),
            (Es, EndWithDashes) => "ciérrela con una línea `---`".into(),
            (En, SemicolonEnds) => "a `;` ends a Mermaid statement here".into(),
            (Es, SemicolonEnds) => "aquí un `;` termina una instrucción de Mermaid".into(),
            (En, NotAllowedInJourney) => "not allowed in a journey".into(),
            (Es, NotAllowedInJourney) => "no se admite en un recorrido".into(),
            (En, WriteSemicolon) => "write `#59;` for a semicolon in a name".into(),
            (Es, WriteSemicolon) => "escriba `#59;` para poner un punto y coma en un nombre".into(),
            (En, AccDescrOpen) => "an `accDescr {` is never closed".into(),
            (Es, AccDescrOpen) => "un `accDescr {` no se cierra nunca".into(),
            (En, CloseWithBrace) => "close it with `}`".into(),
            (Es, CloseWithBrace) => "ciérrelo con `}`".into(),
            (En, OtherDiagram(d)) => format!("this is a Mermaid `{d}` diagram, not a `journey`"),
            (Es, OtherDiagram(d)) => format!("esto es un diagrama `{d}` de Mermaid, no un `journey`"),
            (En, JourneyFirstLine) => "expected `journey` on the first line".into(),
            (Es, JourneyFirstLine) => "se esperaba `journey` en la primera línea".into(),
            (En, StartsWithJourney) => "a journey diagram starts with `journey`".into(),
            (Es, StartsWithJourney) => "un diagrama de recorrido empieza por `journey`".into(),
            (En, ImportsJourneys) => "cxmap imports Mermaid user journeys: `journey`, `title …`, `section …`, tasks `Name: 5: Actor`".into(),
            (Es, ImportsJourneys) => "cxmap importa recorridos de usuario de Mermaid: `journey`, `title …`, `section …`, tareas `Nombre: 5: Actor`".into(),
            (En, ExpectedTask) => "expected a task: `name: score: actors`".into(),
            (Es, ExpectedTask) => "se esperaba una tarea: `nombre: puntuación: actores`".into(),
            (En, NoScoreAfterName) => "no `:` and score after this name".into(),
            (Es, NoScoreAfterName) => "no hay `:` ni puntuación después de este nombre".into(),
            (En, TaskHelp) => "a task is `Sees an ad: 4: Ana` (score 1 to 5); write `#58;` for a colon in a name".into(),
            (Es, TaskHelp) => "una tarea es `Ve un anuncio: 4: Ana` (puntuación de 1 a 5); escriba `#58;` para poner dos puntos en un nombre".into(),
            (En, TaskNoName) => "the task has no name".into(),
            (Es, TaskNoName) => "la tarea no tiene nombre".into(),
            (En, NoTextBeforeColon) => "no text before `:`".into(),
            (Es, NoTextBeforeColon) => "no hay texto antes de `:`".into(),
            (En, TaskBeforeSection) => "a task before the first section".into(),
            (Es, TaskBeforeSection) => "una tarea antes de la primera sección".into(),
            (En, GoesIntoPhase(p)) => format!("it goes into a first phase called \"{p}\""),
            (Es, GoesIntoPhase(p)) => format!("va a una primera fase llamada \"{p}\""),
            (En, AddSection) => "add a line `section NAME` above it to name that phase".into(),
            (Es, AddSection) => "añada encima una línea `section NOMBRE` para dar nombre a esa fase".into(),
            (En, ScoreNotWhole(raw)) => format!("score {raw} is not a whole number"),
            (Es, ScoreNotWhole(raw)) => format!("la puntuación {raw} no es un número entero"),
            (En, ScoreOutOfRange(raw)) => format!("score {raw} is out of range"),
            (Es, ScoreOutOfRange(raw)) => format!("la puntuación {raw} está fuera de rango"),
            (En, ReadAs(s)) => format!("read as {s}"),
            (Es, ReadAs(s)) => format!("se lee como {s}"),
            (En, NoScore) => "the task has no score".into(),
            (Es, NoScore) => "la tarea no tiene puntuación".into(),
            (En, NoEmotion) => "the touchpoint gets no emotion".into(),
            (Es, NoEmotion) => "el punto de contacto se queda sin emoción".into(),
            (En, ScoreNotNumber(raw)) => format!("score `{raw}` is not a number"),
            (Es, ScoreNotNumber(raw)) => format!("la puntuación `{raw}` no es un número"),
            (En, ScoreRange) => "a whole number from 1 to 5 (the touchpoint's emotion is the score − 3)".into(),
            (Es, ScoreRange) => "un número entero de 1 a 5 (la emoción del punto de contacto es la puntuación − 3)".into(),
            (En, SectionNameTaken(name)) => format!("another section is called \"{name}\""),
            (Es, SectionNameTaken(name)) => format!("otra sección se llama \"{name}\""),
            (En, SectionBecomes(name)) => format!("this one becomes \"{name}\""),
            (Es, SectionBecomes(name)) => format!("esta pasa a llamarse \"{name}\""),
            (En, UniqueSectionNames) => {
                "phase names are unique in a map: give the sections different names".into()
            }
            (Es, UniqueSectionNames) => "los nombres de las fases son únicos en un mapa: dé nombres distintos a las secciones".into(),
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
