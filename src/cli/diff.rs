//! `cxmap diff`: what changed between two maps, semantically. Exit 0 when
//! they are the same map, 1 when they differ, 2 on errors — like `diff`.

use std::path::Path;

use super::files::load_or_report;
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE, Format, color_stdout};
use crate::diff;
use crate::model::JourneyMap;
use crate::storage::input::display_name;
use crate::text::Lang;

pub fn run(old: &Path, new: &Path, format: Format, lang: Lang) -> u8 {
    if let Err(code) = super::files::stdin_at_most_once([old, new], lang) {
        return code;
    }
    let (Some(a), Some(b)) = (load(old, lang), load(new, lang)) else {
        return EXIT_USAGE;
    };
    let d = diff::diff(&a, &b);
    match format {
        Format::Text => out!(
            "{}",
            diff::to_text(
                &d,
                (&display_name(old), &display_name(new)),
                color_stdout(),
                lang
            )
        ),
        Format::Json => outln!("{}", crate::escape::json_pretty(&diff::to_json(&d))),
    }
    if d.is_empty() { EXIT_OK } else { EXIT_INVALID }
}

/// A map, or `None` after reporting why not. `/dev/null` (what git passes
/// for a file that does not exist on one side) is an empty map.
fn load(path: &Path, lang: Lang) -> Option<JourneyMap> {
    if path == Path::new("/dev/null") {
        return Some(JourneyMap::new(""));
    }
    load_or_report(path, lang).ok().map(|l| l.map)
}
