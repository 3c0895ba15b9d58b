//! The maps shipped inside the binary, so that cxmap works with no file.

/// A shipped template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    pub name: &'static str,
    pub description: &'static str,
    pub text: &'static str,
}

/// Every template, the seed's laptop-store example first.
pub const TEMPLATES: &[Template] = &[
    Template {
        name: "laptop-store",
        description: "Buying a laptop in a street store (Spanish): research, visit, purchase, home use, support",
        text: include_str!("../assets/templates/laptop-store.ron"),
    },
    Template {
        name: "saas-onboarding",
        description: "The \"Ello\" SaaS journey (English): awareness, trial, purchase, onboarding, support, renewal",
        text: include_str!("../assets/templates/saas-onboarding.ron"),
    },
    Template {
        name: "blank",
        description: "Three empty phases, one per stage: before, during and after the purchase",
        text: include_str!("../assets/templates/blank.ron"),
    },
];

/// The template with this name.
pub fn find(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.name == name)
}

/// The template names, for messages.
pub fn names() -> Vec<&'static str> {
    TEMPLATES.iter().map(|t| t.name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{parse_str, to_ron};

    #[test]
    fn every_template_is_valid_and_canonical() {
        for t in TEMPLATES {
            let (map, derived) = parse_str(t.text)
                .unwrap_or_else(|d| panic!("template {} is invalid: {d:?}", t.name));
            assert_eq!(derived, 0, "template {} leaves ids out", t.name);
            assert_eq!(to_ron(&map), t.text, "template {} is not canonical", t.name);
        }
    }

    #[test]
    fn blank_has_one_phase_per_stage_and_no_touchpoints() {
        let (map, _) = parse_str(find("blank").unwrap().text).unwrap();
        let stages: Vec<_> = map.phases.iter().map(|p| p.stage).collect();
        assert_eq!(stages, crate::model::Stage::ALL.map(Some));
        assert_eq!(map.touchpoints().count(), 0);
    }
}
