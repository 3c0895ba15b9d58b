//! The README's example map must load, and its key table must match the keymap.

const README: &str = include_str!("../README.md");

fn ron_blocks() -> Vec<&'static str> {
    README
        .split("```ron\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap())
        .collect()
}

#[test]
fn the_example_map_loads() {
    let blocks = ron_blocks();
    assert!(!blocks.is_empty(), "the README shows a map");
    let load = |b: &str| cxmap::storage::parse_str(b).unwrap_or_else(|d| panic!("{d:#?}\n{b}"));
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
fn every_action_of_the_keymap_is_in_the_readme() {
    let km = cxmap::tui::keymap::Keymap::default();
    for (action, keys) in km.bindings() {
        let first = keys[0].to_string();
        let shown = match first.as_str() {
            "←" | "→" | "↑" | "↓" => "`←↓↑→`".to_string(),
            k => format!("`{k}`"),
        };
        assert!(
            README.contains(&shown),
            "README lacks the key {shown} of {}",
            action.name()
        );
    }
}

#[test]
fn the_example_configuration_is_valid() {
    let start = README
        .find("```text\nConfig(")
        .expect("the README shows a configuration")
        + 8;
    let end = start + README[start..].find("```").unwrap();
    let (config, problems) = cxmap::config::parse(&README[start..end]);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(config.theme, cxmap::config::ThemeName::HighContrast);
    assert_eq!(config.language, cxmap::text::Lang::Es);
}
