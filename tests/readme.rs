//! The documentation's examples hold: the example maps of docs/format.md and
//! the README load, the key table of docs/keys.md has every action of the
//! keymap, the example configuration of docs/configuration.md is valid, and
//! the links between the README and docs/ lead somewhere.

const README: &str = include_str!("../README.md");
const FORMAT: &str = include_str!("../docs/format.md");
const KEYS: &str = include_str!("../docs/keys.md");
const CONFIGURATION: &str = include_str!("../docs/configuration.md");

fn ron_blocks(doc: &str) -> Vec<&str> {
    doc.split("```ron\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap())
        .collect()
}

fn load(b: &str) -> (cxmap::model::JourneyMap, usize) {
    cxmap::storage::parse_str(b).unwrap_or_else(|d| panic!("{d:#?}\n{b}"))
}

#[test]
fn the_example_map_loads() {
    let blocks = ron_blocks(FORMAT);
    assert!(!blocks.is_empty(), "docs/format.md shows a map");
    let (map, derived) = load(blocks[0]);
    assert_eq!(map.phases[0].touchpoints.len(), 2);
    assert_eq!(derived, 1, "one id is left out to show derivation");
    assert_eq!(map.phases[0].touchpoints[1].id, "sees-a-web-ad");
    // The deeper map's example: every new field, and valid.
    let (deeper, _) = load(blocks[1]);
    assert_eq!(deeper.state, cxmap::model::MapState::Future);
    let ph = &deeper.phases[0];
    assert_eq!(ph.opportunities[0].addresses, ["contradict"]);
    assert!(!ph.touchpoints[0].frontstage.is_empty());
    assert!(!deeper.persona.as_ref().unwrap().goals.is_empty());
    for b in &blocks[2..] {
        load(b);
    }
}

#[test]
fn the_readme_map_loads() {
    let blocks = ron_blocks(README);
    assert!(!blocks.is_empty(), "the README shows a small map");
    for b in blocks {
        load(b);
    }
}

#[test]
fn every_action_of_the_keymap_is_in_the_key_table() {
    // The rows of the tables of docs/keys.md.
    let table: String = KEYS
        .lines()
        .filter(|l| l.starts_with("| `"))
        .collect::<Vec<_>>()
        .join("\n");
    let km = cxmap::tui::keymap::Keymap::default();
    for (action, keys) in km.bindings() {
        let first = keys[0].to_string();
        let shown = match first.as_str() {
            "←" | "→" | "↑" | "↓" => "`←↓↑→`".to_string(),
            k => format!("`{k}`"),
        };
        assert!(
            table.contains(&shown),
            "the key table of docs/keys.md lacks the key {shown} of {}",
            action.name()
        );
    }
}

#[test]
fn every_action_name_is_in_the_configuration_doc() {
    let km = cxmap::tui::keymap::Keymap::default();
    for (action, _) in km.bindings() {
        let name = format!("`{}`", action.name());
        assert!(
            CONFIGURATION.contains(&name),
            "docs/configuration.md lacks the action name {name}"
        );
    }
}

#[test]
fn the_example_configuration_is_valid() {
    let start = CONFIGURATION
        .find("```text\nConfig(")
        .expect("docs/configuration.md shows a configuration")
        + 8;
    let end = start + CONFIGURATION[start..].find("```").unwrap();
    let (config, problems) = cxmap::config::parse(&CONFIGURATION[start..end]);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(config.theme, cxmap::config::ThemeName::HighContrast);
    assert_eq!(config.language, cxmap::text::Lang::Es);
}

/// GitHub's anchor for a heading: lower case, spaces as `-`, punctuation
/// dropped.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn links_between_the_readme_and_docs_lead_somewhere() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = vec![(root.join("README.md"), README.to_string())];
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&path).unwrap();
            docs.push((path, text));
        }
    }
    let mut checked = 0;
    for (path, text) in &docs {
        for link in text.split("](").skip(1) {
            let target = link.split(')').next().unwrap();
            if target.contains("://") {
                continue;
            }
            let (file, fragment) = target.split_once('#').unwrap_or((target, ""));
            let file = if file.is_empty() {
                path.clone()
            } else {
                path.parent().unwrap().join(file)
            };
            assert!(
                file.exists(),
                "{}: the link ({target}) leads nowhere",
                path.display()
            );
            if !fragment.is_empty() {
                let text = std::fs::read_to_string(&file).unwrap();
                let found = text
                    .lines()
                    .filter_map(|l| l.strip_prefix('#'))
                    .any(|h| anchor(h.trim_start_matches('#')) == fragment);
                assert!(
                    found,
                    "{}: no heading of {} has the anchor #{fragment}",
                    path.display(),
                    file.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 10, "only {checked} links found");
}
