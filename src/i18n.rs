//! The languages of the app.

pub use crate::text::Lang;

use std::borrow::Cow;

/// A fixed English text in the app's language.
pub fn tr(lang: Lang, en: &'static str) -> Cow<'static, str> {
    match translate(lang, en) {
        Some(s) => Cow::Owned(s),
        None => Cow::Borrowed(en),
    }
}

/// A composed English text (a message with names and numbers in it) in the
/// app's language: it is matched against the known sentences, whose `{}`
/// parts stand for what was filled in.
pub fn trs(lang: Lang, en: &str) -> String {
    translate(lang, en).unwrap_or_else(|| en.to_string())
}

fn translate(lang: Lang, en: &str) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let core = en.trim();
    if core.is_empty() {
        return None;
    }
    let lead = &en[..en.len() - en.trim_start().len()];
    let trail = &en[en.trim_end().len()..];
    let es = exact(core).map(str::to_string).or_else(|| {
        PATTERNS
            .iter()
            .find_map(|(pat, es)| capture(pat, core).map(|caps| fill(es, &caps, lang)))
    })?;
    Some(format!("{lead}{es}{trail}"))
}

/// The parts of `s` that stand where `pattern` has `{}`.
fn capture<'a>(pattern: &str, s: &'a str) -> Option<Vec<&'a str>> {
    let parts: Vec<&str> = pattern.split("{}").collect();
    if parts.len() == 1 {
        return None;
    }
    let mut rest = s.strip_prefix(parts[0])?;
    let mut caps = Vec::with_capacity(parts.len() - 1);
    for (i, lit) in parts.iter().enumerate().skip(1) {
        let last = i == parts.len() - 1;
        let at = if last {
            if lit.is_empty() {
                rest.len()
            } else {
                rest.strip_suffix(lit)?.len()
            }
        } else if lit.is_empty() {
            return None;
        } else {
            rest.find(lit)?
        };
        caps.push(&rest[..at]);
        rest = &rest[at + lit.len()..];
    }
    rest.is_empty().then_some(caps)
}

/// The Spanish sentence with `{0}`, `{1}` … replaced. Filled-in parts are
/// the user's words and stay as written, except the app's own vocabulary
/// (stage and owner names, bands, export kinds) that sentences are built of.
fn fill(es: &str, caps: &[&str], _lang: Lang) -> String {
    let mut out = es.to_string();
    for (i, c) in caps.iter().enumerate() {
        let word = if VOCABULARY.contains(c) {
            exact(c).unwrap_or(c)
        } else {
            c
        };
        out = out.replace(&format!("{{{i}}}"), word);
    }
    out
}

/// App words that appear inside composed sentences.
const VOCABULARY: &[&str] = &[
    "pre-purchase",
    "purchase",
    "post-purchase",
    "the brand",
    "a partner",
    "the customer",
    "social (reviews, friends, the press)",
    "weak",
    "fair",
    "good",
    "WEAK",
    "FAIR",
    "GOOD",
    "quit",
    "open another map",
    "less than a minute",
    "Markdown",
    "CSV of pain points",
    "CSV of touchpoints",
    "HTML page",
    "Mermaid journey",
    "brand",
    "partner",
    "customer",
    "social",
];

/// Fixed texts.
fn exact(en: &str) -> Option<&'static str> {
    Some(match en {
        // Header, start screen, general
        "customer journey maps for CX workshops" => {
            "mapas del recorrido del cliente para talleres de CX"
        }
        "CX not scored" => "CX sin puntuar",
        "● unsaved" => "● sin guardar",
        "(not saved yet)" => "(aún sin guardar)",
        "Build a journey map live: phases, touchpoints, pain points — then score it." => {
            "Construya el mapa en vivo (fases, contactos, dolores) y después puntúelo."
        }
        "Choose a map with ↑/↓ and press Enter. ? shows every key." => {
            "Elija un mapa con ↑/↓ y pulse Enter. ? muestra todas las teclas."
        }
        "Start" => "Inicio",
        "Recent maps" => "Mapas recientes",
        "New map from a template" => "Nuevo mapa desde una plantilla",
        "Open" => "Abierto",
        "Open by path" => "Abrir por ruta",
        "Open a file by path…" => "Abrir un archivo por su ruta…",
        "Buying a laptop in a street store (Spanish): research, visit, purchase, home use, support" => {
            "Comprar un portátil en una tienda de barrio (en español): investigación, visita, compra, uso en casa, soporte"
        }
        "The \"Ello\" SaaS journey (English): awareness, trial, purchase, onboarding, support, renewal" => {
            "El recorrido SaaS de «Ello» (en inglés): descubrimiento, prueba, compra, incorporación, soporte, renovación"
        }
        "Three empty phases, one per stage: before, during and after the purchase" => {
            "Tres fases vacías, una por etapa: antes, durante y después de la compra"
        }
        // Stages, owners, statuses
        "pre-purchase" => "precompra",
        "purchase" => "compra",
        "post-purchase" => "poscompra",
        "no stage" => "sin etapa",
        "brand" => "marca",
        "partner" => "socio",
        "customer" => "cliente",
        "social" => "social",
        "resolved" => "resuelto",
        // Map view
        "This map has no phases yet." => "Este mapa aún no tiene fases.",
        "no touchpoints · a adds one" => "sin puntos de contacto · a añade uno",
        "none · p adds one" => "ninguno · p añade uno",
        "action ✓" => "acción ✓",
        "no action" => "sin acción",
        "Emotion curve  ▲▲ +2 · ● 0 · ▼▼ -2" => "Curva emocional  ▲▲ +2 · ● 0 · ▼▼ -2",
        "The file on disk is invalid — the map shown is the last good one; fix the file and it reloads" => {
            "El archivo en disco no es válido — se muestra la última versión buena; corríjalo y se recargará"
        }
        // Hints
        "help" => "ayuda",
        "choose" => "elegir",
        "open" => "abrir",
        "quit" => "salir",
        "reload" => "recargar",
        "open other" => "abrir otro",
        "go to" => "ir a",
        "map" => "mapa",
        "save" => "guardar",
        "add phase" => "añadir fase",
        "add touchpoint" => "añadir contacto",
        "add pain" => "añadir dolor",
        "edit" => "editar",
        "move" => "mover",
        "add" => "añadir",
        "emotion" => "emoción",
        "key pt" => "clave",
        "vote" => "voto",
        "resolve" => "resolver",
        "link" => "vincular",
        "delete" => "borrar",
        "undo" => "deshacer",
        "score" => "puntuación",
        "next/prev field" => "campo sig./ant.",
        "confirm" => "confirmar",
        "cancel" => "cancelar",
        "any key" => "cualquier tecla",
        "close" => "cerrar",
        "restore" => "restaurar",
        "discard" => "descartar",
        "later" => "más tarde",
        "keep mine" => "mantener el mío",
        "take the file's" => "tomar el del archivo",
        "save mine as" => "guardar el mío como",
        "scroll" => "desplazar",
        "capture" => "capturar",
        "present" => "presentar",
        "phase" => "fase",
        "timer" => "temporizador",
        "back" => "volver",
        "dot" => "punto",
        "end vote" => "cerrar votación",
        // Merging
        "the file" => "el archivo",
        "the phase was deleted on disk meanwhile · nothing changed" => {
            "la fase se borró en disco mientras tanto · no cambió nada"
        }
        "the recovery copy could not be set aside; it stays where it is" => {
            "no se pudo apartar la copia de recuperación; sigue donde estaba"
        }
        "the copy" => "la copia",
        "the map's" => "del mapa:",
        "touchpoint" => "contacto",
        "pain point" => "punto de dolor",
        "deleted" => "borrado",
        "theirs" => "el suyo",
        "mine" => "el mío",
        "apply" => "aplicar",
        "↑↓ conflict · m mine · t theirs · M/T all · Enter apply · Esc later" => {
            "↑↓ conflicto · m el mío · t el suyo · M/T todos · Enter aplica · Esc después"
        }
        "decide later: your changes stay open; saving will offer the merge again" => {
            "decidir después: sus cambios siguen abiertos; al guardar se ofrecerá de nuevo la fusión"
        }
        "the conflicts stay: our side is shown; saving writes it without the markers" => {
            "los conflictos siguen: se muestra nuestro lado; al guardar se escribe sin las marcas"
        }
        // In the room
        "In the room" => "En la sala",
        "Selected" => "Selección",
        "Quick capture" => "Captura rápida",
        "Enter adds · Esc closes · u undoes afterwards" => {
            "Enter añade · Esc cierra · u deshace después"
        }
        "Name @Channel @\"two words\" +2…-2 * (key point)  ·  ! pain text s1…s5 (linked to the selected touchpoint)" => {
            "Nombre @Canal @\"dos palabras\" +2…-2 * (punto clave)  ·  ! texto del dolor s1…s5 (vinculado al contacto seleccionado)"
        }
        "↑/↓ scroll · any other key closes" => "↑/↓ desplaza · cualquier otra tecla cierra",
        "no touchpoints yet" => "aún no hay puntos de contacto",
        "Pain points" => "Puntos de dolor",
        "not measured" => "sin medir",
        "stage" => "etapa",
        "Ratings" => "Valoraciones",
        "key point" => "punto clave",
        "no corrective action yet" => "aún sin acción correctiva",
        "no emotion yet" => "aún sin emoción",
        "delighted" => "encantado",
        "pleased" => "contento",
        "neutral" => "neutral",
        "annoyed" => "molesto",
        "frustrated" => "frustrado",
        "Dots per person" => "Puntos por persona",
        "Participants" => "Participantes",
        "Dot voting: a new round" => "Votación por puntos: nueva ronda",
        "Countdown: how many minutes?" => "Cuenta atrás: ¿cuántos minutos?",
        "presenting mode: one phase full screen for the room" => {
            "modo presentación: una fase a pantalla completa para la sala"
        }
        "quick capture: type `Name @Channel +1 *` or `! pain s4`, line after line" => {
            "captura rápida: escriba `Nombre @Canal +1 *` o `! dolor s4`, línea tras línea"
        }
        "the selected card in full, in a window" => {
            "la tarjeta seleccionada completa, en una ventana"
        }
        "countdown timer: start (asks for minutes) / stop" => {
            "temporizador: iniciar (pide los minutos) / parar"
        }
        "dot-voting round: start / end and write the votes" => {
            "ronda de votación por puntos: iniciar / cerrar y anotar los votos"
        }
        "timer stopped" => "temporizador parado",
        "a touchpoint needs a name before its markers" => {
            "un punto de contacto necesita un nombre antes de sus marcas"
        }
        "a pain point needs a text after !" => "un punto de dolor necesita un texto después de !",
        "a channel in quotes needs its closing \"" => {
            "un canal entre comillas necesita sus comillas de cierre"
        }
        "nothing to present yet: add a phase first" => {
            "aún no hay nada que presentar: añada primero una fase"
        }
        "presenting: ←/→ phase · ↑/↓ scroll · Esc back to the map" => {
            "presentación: ←/→ fase · ↑/↓ desplaza · Esc vuelve al mapa"
        }
        "voting: select a pain point to give it a dot" => {
            "votación: seleccione un punto de dolor para darle un punto"
        }
        "no dots to take back here" => "aquí no hay puntos que retirar",
        "voting round ended: no dots were given" => {
            "ronda de votación cerrada: no se dio ningún punto"
        }
        "nothing is selected" => "no hay nada seleccionado",
        // Help
        "General" => "General",
        "Moving around" => "Moverse",
        "Building the map" => "Construir el mapa",
        "Workshop quick keys" => "Teclas rápidas del taller",
        "In forms and dialogs" => "En formularios y diálogos",
        "next / previous field" => "campo siguiente / anterior",
        "choose in a list field (or type its first letter)" => {
            "elegir en un campo de lista (o teclear su inicial)"
        }
        "confirm (refused with a message while a field is invalid)" => {
            "confirmar (se rechaza con un mensaje si un campo no es válido)"
        }
        "cancel, nothing changes" => "cancelar, nada cambia",
        "move and delete words in a text field; paste works" => {
            "moverse y borrar palabras en un campo de texto; pegar funciona"
        }
        "Mouse" => "Ratón",
        "click" => "clic",
        "wheel" => "rueda",
        "select a card or a phase" => "seleccionar una tarjeta o una fase",
        "move the selection up and down" => "mover la selección arriba y abajo",
        "Reading the map" => "Cómo leer el mapa",
        "key point (moment of truth)" => "punto clave (momento de la verdad)",
        "emotion +2 … -2" => "emoción +2 … -2",
        "touchpoint / phase score 0–100 after pain (– = not measured)" => {
            "puntuación 0–100 del contacto / de la fase tras el dolor (– = sin medir)"
        }
        "open pain point of severity 4 (✓ = resolved)" => {
            "punto de dolor abierto de gravedad 4 (✓ = resuelto)"
        }
        "Keys — ↑/↓ scroll, any other key closes" => {
            "Teclas — ↑/↓ desplazan, cualquier otra tecla cierra"
        }
        "↓ more" => "↓ más",
        // Action descriptions
        "quit (asks first when there are unsaved changes)" => {
            "salir (pregunta antes si hay cambios sin guardar)"
        }
        "show or hide this help" => "mostrar u ocultar esta ayuda",
        "save the map" => "guardar el mapa",
        "save the map under another name" => "guardar el mapa con otro nombre",
        "undo the last change" => "deshacer el último cambio",
        "redo what was undone" => "rehacer lo deshecho",
        "switch between the map and the score view" => "alternar entre el mapa y la puntuación",
        "open a file, a recent map or a template" => {
            "abrir un archivo, un mapa reciente o una plantilla"
        }
        "export: .md, .csv (-pains.csv for pain points), .html or .mmd by extension" => {
            "exportar: .md, .csv (-pains.csv para puntos de dolor), .html o .mmd según la extensión"
        }
        "edit the file in $VISUAL / $EDITOR at the selection, then reload" => {
            "editar el archivo en $VISUAL / $EDITOR en la selección, y recargar"
        }
        "previous phase" => "fase anterior",
        "next phase" => "fase siguiente",
        "previous item in the phase" => "elemento anterior de la fase",
        "next item in the phase" => "elemento siguiente de la fase",
        "add a touchpoint to the selected phase" => {
            "añadir un punto de contacto a la fase seleccionada"
        }
        "add a pain point to the selected phase" => {
            "añadir un punto de dolor a la fase seleccionada"
        }
        "add a phase after the selected one" => "añadir una fase tras la seleccionada",
        "edit the selection (in the score view: go to it)" => {
            "editar la selección (en la puntuación: ir a ella)"
        }
        "edit the map: title, persona, scoring weights" => {
            "editar el mapa: título, persona, pesos de la puntuación"
        }
        "delete the selection (undo brings it back)" => {
            "borrar la selección (deshacer la recupera)"
        }
        "duplicate the selection" => "duplicar la selección",
        "move the selection up (a phase: to the left)" => {
            "subir la selección (una fase: a la izquierda)"
        }
        "move the selection down (a phase: to the right)" => {
            "bajar la selección (una fase: a la derecha)"
        }
        "move the selection to the previous phase" => "mover la selección a la fase anterior",
        "move the selection to the next phase" => "mover la selección a la fase siguiente",
        "touchpoint: emotion up · pain point: +1 vote" => {
            "contacto: subir emoción · dolor: +1 voto"
        }
        "touchpoint: emotion down · pain point: -1 vote" => {
            "contacto: bajar emoción · dolor: -1 voto"
        }
        "touchpoint: toggle key point (moment of truth)" => {
            "contacto: marcar/desmarcar punto clave"
        }
        "pain point: resolve / reopen" => "dolor: resolver / reabrir",
        "pain point: link to a touchpoint of its phase" => {
            "dolor: vincular a un contacto de su fase"
        }
        // Forms
        "Name" => "Nombre",
        "Id" => "Id",
        "Channel" => "Canal",
        "Owner" => "Propietario",
        "Key point" => "Punto clave",
        "Emotion" => "Emoción",
        "Importance" => "Importancia",
        "Rating: place" => "Valoración: lugar",
        "Rating: price" => "Valoración: precio",
        "Rating: promotion" => "Valoración: promoción",
        "Rating: product" => "Valoración: producto",
        "Rating: people" => "Valoración: personas",
        "Rating: process" => "Valoración: proceso",
        "CSAT satisfied" => "CSAT satisfechos",
        "CSAT responses" => "CSAT respuestas",
        "CES" => "CES",
        "NPS promoters" => "NPS promotores",
        "NPS passives" => "NPS pasivos",
        "NPS detractors" => "NPS detractores",
        "Notes" => "Notas",
        "Text" => "Texto",
        "Severity" => "Gravedad",
        "Touchpoint" => "Punto de contacto",
        "Action" => "Acción",
        "Status" => "Estado",
        "Votes" => "Votos",
        "Stage" => "Etapa",
        "Goal" => "Objetivo",
        "Title" => "Título",
        "Description" => "Descripción",
        "Persona" => "Persona",
        "Persona description" => "Descripción de la persona",
        "Key weight (2.0)" => "Peso clave (2.0)",
        "k_pain (3.0)" => "k_pain (3.0)",
        "Weight: ratings" => "Peso: valoraciones",
        "Weight: emotion" => "Peso: emoción",
        "Weight: csat" => "Peso: csat",
        "Weight: ces" => "Peso: ces",
        "Weight: nps" => "Peso: nps",
        "no" => "no",
        "yes" => "sí",
        "(none)" => "(ninguno)",
        "Resolved" => "Resuelto",
        "required" => "obligatorio",
        "optional text" => "texto opcional",
        "←/→ or Space to choose" => "←/→ o Espacio para elegir",
        "not a number" => "no es un número",
        "New phase" => "Nueva fase",
        "Edit phase" => "Editar fase",
        "Map: title, persona, scoring" => "Mapa: título, persona, puntuación",
        "Tab next · Shift-Tab back · Enter save · Esc cancel" => {
            "Tab siguiente · Shift-Tab anterior · Enter guardar · Esc cancelar"
        }
        "Enter confirm · Esc cancel" => "Enter confirmar · Esc cancelar",
        "CSAT needs both satisfied and responses (or neither)" => {
            "CSAT necesita satisfechos y respuestas (o ninguno de los dos)"
        }
        "a persona description needs a persona name" => {
            "una descripción de persona necesita el nombre de la persona"
        }
        // Dialogs
        "Unsaved changes" => "Cambios sin guardar",
        "discard them" => "descartarlos",
        "go back" => "volver",
        "The file and the map disagree" => "El archivo y el mapa no coinciden",
        "take the file's version (u undoes it)" => "tomar la versión del archivo (u lo deshace)",
        "(the file is not a valid map: nothing to take)" => {
            "(el archivo no es un mapa válido: nada que tomar)"
        }
        "keep mine: save it over the file" => "mantener el mío: guardarlo sobre el archivo",
        "save mine to a new file" => "guardar el mío en un archivo nuevo",
        "decide later" => "decidir más tarde",
        "Unsaved work found" => "Hay trabajo sin guardar",
        "less than a minute" => "menos de un minuto",
        "the file:" => "el archivo:",
        "the copy:" => "la copia:",
        "restore it" => "restaurarla",
        "discard it" => "descartarla",
        "any key closes" => "cualquier tecla cierra",
        "The file changed on disk since it was opened or saved here." => {
            "El archivo cambió en disco desde que se abrió o guardó aquí."
        }
        "The file on disk has been changed and is not a valid map now." => {
            "El archivo en disco cambió y ahora no es un mapa válido."
        }
        "The file changed on disk while you have unsaved changes." => {
            "El archivo cambió en disco mientras usted tiene cambios sin guardar."
        }
        "Save as (path of a .ron file)" => "Guardar como (ruta de un archivo .ron)",
        "Save your version to a new file" => "Guardar su versión en un archivo nuevo",
        "Open a map (a new file name starts a new map)" => {
            "Abrir un mapa (un nombre nuevo empieza un mapa nuevo)"
        }
        "Export to (.md, .csv, -pains.csv, .html or .mmd)" => {
            "Exportar a (.md, .csv, -pains.csv, .html o .mmd)"
        }
        "Link the pain point to a touchpoint of its phase" => {
            "Vincular el punto de dolor a un contacto de su fase"
        }
        "(no link)" => "(sin vínculo)",
        "type a path, or Esc to cancel" => "escriba una ruta, o Esc para cancelar",
        "that is a directory; add a file name" => "es una carpeta; añada un nombre de archivo",
        "The configuration has problems: using the defaults for them" => {
            "La configuración tiene problemas: se usan los valores por defecto"
        }
        // Score view
        "Overall CX score" => "Puntuación CX global",
        "Six dimensions · surveys" => "Seis dimensiones · encuestas",
        "Dimensions" => "Dimensiones",
        "Phases (score · pain load)" => "Fases (puntuación · dolor)",
        "Phases" => "Fases",
        "Explain" => "Explicación",
        "of 100" => "de 100",
        "not scored" => "sin puntuar",
        "no touchpoint is measured yet: give one an emotion (+/-), ratings or a survey" => {
            "aún no hay contactos medidos: dé a uno una emoción (+/-), valoraciones o una encuesta"
        }
        "Phases  (score · open pain load)" => "Fases  (puntuación · carga de dolor abierto)",
        "Six dimensions (mean rating 1–5) · surveys" => {
            "Seis dimensiones (valoración media 1–5) · encuestas"
        }
        "not rated" => "sin valorar",
        "ratings" => "valoraciones",
        "weight" => "peso",
        "place" => "lugar",
        "price" => "precio",
        "promotion" => "promoción",
        "product" => "producto",
        "people" => "personas",
        "process" => "proceso",
        "Emotion across the journey" => "Emoción a lo largo del recorrido",
        "warn" => "aviso",
        "info" => "info",
        "nothing to fix: measure touchpoints to get priorities" => {
            "nada que arreglar: mida contactos para obtener prioridades"
        }
        "Select a line above to see how its number is made." => {
            "Elija una línea arriba para ver cómo se calcula."
        }
        "Enter: go to it on the map" => "Enter: ir a ello en el mapa",
        "Explain: how this number is made" => "Explicación: cómo se calcula",
        "not scored: no measured touchpoint" => "sin puntuar: ningún contacto medido",
        "not linked to a touchpoint, so it counts for the phase" => {
            "no vinculado a un contacto, así que cuenta para la fase"
        }
        "WEAK" => "DÉBIL",
        "FAIR" => "REGULAR",
        "GOOD" => "BUENA",
        "weak" => "débil",
        "fair" => "regular",
        "good" => "buena",
        // Messages
        "in the score view: ↑/↓ choose · Enter go to it on the map · Tab back" => {
            "en la puntuación: ↑/↓ elegir · Enter ir a ello en el mapa · Tab volver"
        }
        "nothing to go to" => "nada a lo que ir",
        "nothing to redo" => "nada que rehacer",
        "nothing to undo" => "nada que deshacer",
        "on the start screen: ↑/↓ choose · Enter open · q quit" => {
            "en el inicio: ↑/↓ elegir · Enter abrir · q salir"
        }
        "save the map first (Ctrl-s), then open it in the editor" => {
            "guarde primero el mapa (Ctrl-s) y luego ábralo en el editor"
        }
        "select a pain point to link it to a touchpoint" => {
            "seleccione un punto de dolor para vincularlo a un contacto"
        }
        "the configuration has problems: `cxmap config` shows them" => {
            "la configuración tiene problemas: `cxmap config` los muestra"
        }
        "a pain point lives in a phase: add the first phase" => {
            "un punto de dolor vive en una fase: añada la primera fase"
        }
        "a touchpoint lives in a phase: add the first phase" => {
            "un contacto vive en una fase: añada la primera fase"
        }
        "back from the editor · no changes" => "de vuelta del editor · sin cambios",
        "cancelled · nothing changed" => "cancelado · nada cambió",
        "cancelled" => "cancelado",
        "choose where to save, then repeat" => "elija dónde guardar y repita",
        "decide later: your changes stay open; saving will ask again" => {
            "decidir más tarde: sus cambios siguen abiertos; al guardar se volverá a preguntar"
        }
        "redone" => "rehecho",
        "reloaded from disk · u undoes the reload" => {
            "recargado desde disco · u deshace la recarga"
        }
        "the recovery copy was discarded" => "se descartó la copia de recuperación",
        "took the file's version · u brings yours back" => {
            "se tomó la versión del archivo · u recupera la suya"
        }
        "undone · Ctrl-r redoes it" => "deshecho · Ctrl-r lo rehace",
        "unsaved work restored · Ctrl-s saves it, u goes back to the file" => {
            "trabajo sin guardar restaurado · Ctrl-s lo guarda, u vuelve al archivo"
        }
        "add a phase first (P)" => "añada primero una fase (P)",
        "already at the edge" => "ya está en el borde",
        "no map is open" => "no hay ningún mapa abierto",
        "no phase there" => "no hay fase ahí",
        "no votes to take away" => "no hay votos que quitar",
        "nothing to delete" => "nada que borrar",
        "nothing to duplicate" => "nada que duplicar",
        "nothing to move" => "nada que mover",
        "select a pain point to link it" => "seleccione un punto de dolor para vincularlo",
        "select a pain point to resolve or reopen it" => {
            "seleccione un punto de dolor para resolverlo o reabrirlo"
        }
        "select a touchpoint (emotion) or a pain point (votes)" => {
            "seleccione un contacto (emoción) o un punto de dolor (votos)"
        }
        "select a touchpoint to mark it as a key point" => {
            "seleccione un contacto para marcarlo como punto clave"
        }
        "that is a map file: use save as (W) for .ron" => {
            "eso es un archivo de mapa: use guardar como (W) para .ron"
        }
        "unknown extension: use .md, .csv, -pains.csv, .html or .mmd" => {
            "extensión desconocida: use .md, .csv, -pains.csv, .html o .mmd"
        }
        "added pain point" => "punto de dolor añadido",
        "deleted pain point (u to undo)" => "punto de dolor borrado (u para deshacer)",
        "duplicated pain point" => "punto de dolor duplicado",
        "duplicated phase" => "fase duplicada",
        "duplicated touchpoint" => "contacto duplicado",
        "map updated" => "mapa actualizado",
        "moved pain point" => "punto de dolor movido",
        "moved phase" => "fase movida",
        "moved touchpoint" => "contacto movido",
        "pain point updated" => "punto de dolor actualizado",
        "phase updated" => "fase actualizada",
        "touchpoint updated" => "contacto actualizado",
        "marked as a key point (moment of truth)" => {
            "marcado como punto clave (momento de la verdad)"
        }
        "no longer a key point" => "ya no es un punto clave",
        "pain point resolved" => "punto de dolor resuelto",
        "pain point reopened" => "punto de dolor reabierto",
        "link removed" => "vínculo eliminado",
        "the brand" => "la marca",
        "a partner" => "un socio",
        "the customer" => "el cliente",
        "social (reviews, friends, the press)" => "lo social (reseñas, amigos, prensa)",
        "Markdown" => "Markdown",
        "CSV of pain points" => "CSV de puntos de dolor",
        "CSV of touchpoints" => "CSV de puntos de contacto",
        "HTML page" => "página HTML",
        "Mermaid journey" => "recorrido Mermaid",
        "open another map" => "abrir otro mapa",
        _ => return None,
    })
}

/// Sentences with parts filled in: `{}` in English, `{0}`, `{1}` … in
/// Spanish. The more specific come first.
const PATTERNS: &[(&str, &str)] = &[
    // Header and map view
    ("CX {} {}", "CX {0} {1}"),
    ("persona: {}", "persona: {0}"),
    ("pain points ({} open)", "puntos de dolor (abiertos: {0})"),
    ("{} votes", "{0} votos"),
    ("{} vote", "{0} voto"),
    (
        "Press {} to add the first phase (e.g. \"Discover\"), then {} to add touchpoints.",
        "Pulse {0} para añadir la primera fase (p. ej. «Descubrir») y luego {1} para añadir contactos.",
    ),
    (
        "The terminal is too small for cxmap: {}.\nMake it at least {}, or press q to quit.",
        "La terminal es demasiado pequeña para cxmap: {0}.\nAgrándela al menos a {1}, o pulse q para salir.",
    ),
    // Forms
    ("New touchpoint · {}", "Nuevo punto de contacto · {0}"),
    ("Edit touchpoint · {}", "Editar punto de contacto · {0}"),
    ("New pain point · {}", "Nuevo punto de dolor · {0}"),
    ("Edit pain point · {}", "Editar punto de dolor · {0}"),
    (
        "{}: {} is out of range {}",
        "{0}: {1} está fuera del rango {2}",
    ),
    ("{} is out of range {}", "{0} está fuera del rango {1}"),
    (
        "{}: not a whole number: {}",
        "{0}: no es un número entero: {1}",
    ),
    ("not a whole number: {}", "no es un número entero: {0}"),
    ("{}: out of range {}", "{0}: fuera del rango {1}"),
    ("out of range {}", "fuera del rango {0}"),
    ("{}: must be {} or more", "{0}: debe ser {1} o más"),
    ("must be {} or more", "debe ser {0} o más"),
    ("{}, empty = not set", "{0}, vacío = sin valor"),
    ("≥ {}, empty = default", "≥ {0}, vacío = por defecto"),
    ("{}: required", "{0}: obligatorio"),
    ("{}: not a number", "{0}: no es un número"),
    ("{}: optional text", "{0}: texto opcional"),
    (
        "{}: ←/→ or Space to choose",
        "{0}: ←/→ o Espacio para elegir",
    ),
    // Dialogs
    (
        "The map has changes that are not saved ({}).",
        "El mapa tiene cambios sin guardar ({0}).",
    ),
    ("Save them before you {}?", "¿Guardarlos antes de {0}?"),
    (
        "cxmap kept a copy of changes that were never saved ({} ago).",
        "cxmap guardó una copia de cambios que nunca se guardaron (hace {0}).",
    ),
    ("{} min", "{0} min"),
    (
        "{} phases, {} touchpoints, {} pain points",
        "{0} fases, {1} contactos, {2} puntos de dolor",
    ),
    (
        "{} exists; choose another name (cxmap never writes over a file it did not open)",
        "{0} ya existe; elija otro nombre (cxmap nunca escribe sobre un archivo que no abrió)",
    ),
    // Score view
    ("{} · of 100", "{0} · de 100"),
    ("net experience {}", "experiencia neta {0}"),
    (
        "= +{} pos −{} neg −{} pains",
        "= +{0} pos −{1} neg −{2} dolores",
    ),
    (
        "Fix first {} · loose pains {} · findings {}",
        "Arreglar primero {0} · dolores sueltos {1} · hallazgos {2}",
    ),
    ("{} ({} votes)", "{0} ({1} votos)"),
    ("Phase \"{}\"", "Fase «{0}»"),
    (
        "weighted mean of {} measured touchpoints: Σ(w·S_eff)/Σw = {}",
        "media ponderada de {0} contactos medidos: Σ(w·S_eff)/Σw = {1}",
    ),
    (
        "loose pain load {} × k_pain {} = −{}  →  P = {}",
        "carga de dolor suelto {0} × k_pain {1} = −{2}  →  P = {3}",
    ),
    ("phase weight W = Σw = {}", "peso de la fase W = Σw = {0}"),
    (
        "S = weighted mean of the signals = {}",
        "S = media ponderada de las señales = {0}",
    ),
    (
        "open pain load {} × k_pain {} = −{}  →  S_eff = {}",
        "carga de dolor abierto {0} × k_pain {1} = −{2}  →  S_eff = {3}",
    ),
    (
        "weight w = importance {} × {} = {} (key point)",
        "peso w = importancia {0} × {1} = {2} (punto clave)",
    ),
    (
        "weight w = importance {} × {} = {}",
        "peso w = importancia {0} × {1} = {2}",
    ),
    (
        "priority = w × (100 − S_eff) / 100 = {}",
        "prioridad = w × (100 − S_eff) / 100 = {0}",
    ),
    ("Pain point: {}", "Punto de dolor: {0}"),
    (
        "linked to `{}`, which is not measured, so it counts for the phase",
        "vinculado a `{0}`, que no está medido, así que cuenta para la fase",
    ),
    (
        "severity {} × k_pain {} = −{} on the phase score",
        "gravedad {0} × k_pain {1} = −{2} en la puntuación de la fase",
    ),
    (
        "S = {} · S_eff = {} · w = {}",
        "S = {0} · S_eff = {1} · w = {2}",
    ),
    ("(mean {} - 1) × 25 = {}", "(media {0} - 1) × 25 = {1}"),
    // Findings (the sentences of src/score/findings.rs)
    (
        "The phase \"{}\" has no touchpoints yet.",
        "La fase «{0}» aún no tiene puntos de contacto.",
    ),
    (
        "The touchpoint \"{}\" is not scored: the weights of its signals add up to 0.",
        "El contacto «{0}» no se puntúa: los pesos de sus señales suman 0.",
    ),
    (
        "The touchpoint \"{}\" has no signal: add an emotion, ratings or a survey result to score it.",
        "El contacto «{0}» no tiene señales: añada una emoción, valoraciones o una encuesta para puntuarlo.",
    ),
    (
        "The key point \"{}\" scores {} — below 50 — and has an open pain point of severity {}: \"{}\".",
        "El punto clave «{0}» puntúa {1} — por debajo de 50 — y tiene un punto de dolor abierto de gravedad {2}: «{3}».",
    ),
    (
        "The key point \"{}\" scores {} — below 50.",
        "El punto clave «{0}» puntúa {1} — por debajo de 50.",
    ),
    (
        "The key point \"{}\" has an open pain point of severity {}: \"{}\".",
        "El punto clave «{0}» tiene un punto de dolor abierto de gravedad {1}: «{2}».",
    ),
    (
        "The pain point \"{}\" has no corrective action yet.",
        "El punto de dolor «{0}» aún no tiene acción correctiva.",
    ),
    (
        "The journey ends on a low: the last emotion, at \"{}\", is {}. People remember the end (peak-end rule).",
        "El recorrido termina mal: la última emoción, en «{0}», es {1}. La gente recuerda el final (regla del pico y el final).",
    ),
    (
        "No phase is tagged for the {} stage.",
        "Ninguna fase está etiquetada con la etapa de {0}.",
    ),
    (
        "No touchpoint is owned by {}.",
        "Ningún contacto pertenece a {0}.",
    ),
    (
        "All {} touchpoints of \"{}\" use one channel only: {}.",
        "Los {0} contactos de «{1}» usan un solo canal: {2}.",
    ),
    // Messages
    (
        "{} does nothing here · press ? for the keys",
        "{0} no hace nada aquí · pulse ? para ver las teclas",
    ),
    (
        "opened {} · {} touchpoint id(s) derived from names, written on save",
        "abierto {0} · {1} id(s) de contacto derivados de los nombres, se escribirán al guardar",
    ),
    ("opened {}", "abierto {0}"),
    (
        "new map from template {} · Ctrl-s asks where to save it",
        "nuevo mapa desde la plantilla {0} · Ctrl-s pregunta dónde guardarlo",
    ),
    (
        "new map · it will be saved to {} (Ctrl-s)",
        "mapa nuevo · se guardará en {0} (Ctrl-s)",
    ),
    (
        "{} has problems: it is shown, not changed",
        "{0} tiene problemas: se muestra, no se cambia",
    ),
    (
        "saved {} · its comments are not kept: the original is in {}",
        "guardado {0} · sus comentarios no se conservan: el original está en {1}",
    ),
    ("saved {}", "guardado {0}"),
    (
        "could not save {}: the folder {} does not exist · the map is still open, nothing is lost",
        "no se pudo guardar {0}: la carpeta {1} no existe · el mapa sigue abierto, nada se pierde",
    ),
    (
        "could not save {}: {} · the map is still open, nothing is lost",
        "no se pudo guardar {0}: {1} · el mapa sigue abierto, nada se pierde",
    ),
    ("added touchpoint \"{}\"", "contacto «{0}» añadido"),
    ("added phase \"{}\"", "fase «{0}» añadida"),
    (
        "deleted phase \"{}\" with {} touchpoints and {} pain points (u to undo)",
        "fase «{0}» borrada con {1} contactos y {2} puntos de dolor (u para deshacer)",
    ),
    (
        "deleted touchpoint \"{}\", {} pain point(s) unlinked (u to undo)",
        "contacto «{0}» borrado, {1} punto(s) de dolor desvinculado(s) (u para deshacer)",
    ),
    (
        "deleted touchpoint \"{}\" (u to undo)",
        "contacto «{0}» borrado (u para deshacer)",
    ),
    (
        "moved touchpoint to \"{}\" with its {} pain point(s)",
        "contacto movido a «{0}» con su(s) {1} punto(s) de dolor",
    ),
    ("moved touchpoint to \"{}\"", "contacto movido a «{0}»"),
    (
        "moved pain point to \"{}\" (its link was removed)",
        "punto de dolor movido a «{0}» (se quitó su vínculo)",
    ),
    (
        "moved pain point to \"{}\"",
        "punto de dolor movido a «{0}»",
    ),
    (
        "emotion is already {}, the limit is ±2",
        "la emoción ya es {0}, el límite es ±2",
    ),
    ("emotion {}", "emoción {0}"),
    ("{} vote(s)", "{0} voto(s)"),
    ("linked to `{}`", "vinculado a `{0}`"),
    ("exported {} to {}", "exportado {0} a {1}"),
    ("could not write {}: {}", "no se pudo escribir {0}: {1}"),
    ("{} (no change)", "{0} (sin cambios)"),
    (
        "{} was removed from disk · Ctrl-s writes it again",
        "{0} se borró del disco · Ctrl-s lo vuelve a escribir",
    ),
    (
        "{} on disk has problems · the last good map stays here; fix the file and it reloads",
        "{0} en disco tiene problemas · se mantiene el último mapa bueno; corrija el archivo y se recargará",
    ),
    ("cannot read {}: {}", "no se puede leer {0}: {1}"),
    ("template {} is damaged", "la plantilla {0} está dañada"),
    (
        "not saved: the file has comments and no backup could be written ({})",
        "no guardado: el archivo tiene comentarios y no se pudo escribir una copia ({0})",
    ),
    (
        "duplicate touchpoint id `{}`: expected {}",
        "id de contacto duplicado `{0}`: se esperaba {1}",
    ),
    ("{} exited with {}", "{0} terminó con {1}"),
    (
        "cannot run the editor `{}`: {} (set $EDITOR)",
        "no se puede ejecutar el editor `{0}`: {1} (defina $EDITOR)",
    ),
    // In the room
    (
        "↓ {} more line(s) in a taller terminal",
        "↓ {0} línea(s) más en un terminal más alto",
    ),
    (
        "Fix first {} · findings {}",
        "Arreglar primero {0} · hallazgos {1}",
    ),
    ("Fix first {}", "Arreglar primero {0}"),
    (
        "no touchpoints · {} adds one",
        "sin puntos de contacto · {0} añade uno",
    ),
    ("none · {} adds one", "ninguno · {0} añade uno"),
    (
        "{} touchpoint(s), {} pain point(s), {} open",
        "{0} punto(s) de contacto, {1} punto(s) de dolor, {2} abierto(s)",
    ),
    (
        "… {} more line(s) · {} shows all",
        "… {0} línea(s) más · {1} lo muestra todo",
    ),
    ("Phase {} of {}", "Fase {0} de {1}"),
    (
        "↑↓ scroll · {} row(s) above, {} below",
        "↑↓ desplaza · {0} fila(s) arriba, {1} abajo",
    ),
    ("▲ {} more above", "▲ {0} más arriba"),
    ("▼ {} more below (Tab)", "▼ {0} más abajo (Tab)"),
    ("pains: {} open", "dolores abiertos: {0}"),
    ("{} open", "abiertos: {0}"),
    (
        "quick capture closed · {} added",
        "captura rápida cerrada · {0} añadido(s)",
    ),
    ("added touchpoint \"{}\" {}", "contacto «{0}» añadido {1}"),
    (
        "added pain point \"{}\" s{} → \"{}\"",
        "punto de dolor «{0}» s{1} añadido → «{2}»",
    ),
    (
        "added pain point \"{}\" s{}",
        "punto de dolor «{0}» s{1} añadido",
    ),
    (
        "timer started: {} · {} stops it",
        "temporizador en marcha: {0} · {1} lo para",
    ),
    (
        "not a number of minutes: 1..{}",
        "no es un número de minutos: 1..{0}",
    ),
    (
        "minutes must be more than 0 and at most {}",
        "los minutos deben ser más de 0 y como mucho {0}",
    ),
    (
        "voting: {} dots · select a pain point, + gives a dot, - takes it back · {} ends the round",
        "votación: {0} puntos · seleccione un dolor, + le da un punto, - lo retira · {1} cierra la ronda",
    ),
    (
        "no dots left · {} ends the round",
        "no quedan puntos · {0} cierra la ronda",
    ),
    ("{} dot(s) here · {} left", "{0} punto(s) aquí · quedan {1}"),
    (
        "voting round ended: {} dot(s) on {} pain point(s) · u undoes it",
        "ronda de votación cerrada: {0} punto(s) en {1} punto(s) de dolor · u lo deshace",
    ),
    ("● {} of {} dots left", "● quedan {0} de {1} puntos"),
    // The most general last.
    ("{}: {}", "{0}: {1}"),
    ("{} · {}", "{0} · {1}"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_left_as_is() {
        assert_eq!(tr(Lang::En, "save"), "save");
        assert_eq!(trs(Lang::En, "saved x.ron"), "saved x.ron");
    }

    #[test]
    fn fixed_and_composed_texts_are_translated() {
        assert_eq!(tr(Lang::Es, " save "), " guardar ");
        assert_eq!(trs(Lang::Es, "saved maps/a.ron"), "guardado maps/a.ron");
        assert_eq!(
            trs(Lang::Es, "added touchpoint \"Pays: at the till\""),
            "contacto «Pays: at the till» añadido"
        );
        assert_eq!(
            trs(Lang::Es, "No phase is tagged for the post-purchase stage."),
            "Ninguna fase está etiquetada con la etapa de poscompra."
        );
    }

    #[test]
    fn unknown_texts_stay_english() {
        assert_eq!(trs(Lang::Es, "something new"), "something new");
        // The user's words are never translated, even when they are app words.
        assert_eq!(
            trs(Lang::Es, "added touchpoint \"save\""),
            "contacto «save» añadido"
        );
    }

    #[test]
    fn capture_is_anchored_at_both_ends() {
        assert_eq!(capture("a {} b {}", "a x b y"), Some(vec!["x", "y"]));
        assert_eq!(capture("a {} b", "a x b c"), None);
        assert_eq!(capture("{} min", "3 min"), Some(vec!["3"]));
    }
}
