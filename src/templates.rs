//! The maps shipped inside the binary, so that cxmap works with no file.
//!
//! The example maps are written in one language and say so (`language:`);
//! the blank map comes in each language ([`Template::text_in`]).

use crate::text::Lang;
use crate::text::W;

/// A shipped template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    pub name: &'static str,
    /// The map as shipped (the English blank for `blank`).
    pub text: &'static str,
    about: W,
    /// The map in Spanish, when the template has one of its own.
    text_es: Option<&'static str>,
}

impl Template {
    /// What the template is, in `lang` (one of the words of
    /// [`crate::text::report`]).
    pub fn description(&self, lang: Lang) -> &'static str {
        self.about.text(lang)
    }

    /// The map to start from for someone who speaks `lang`: the blank map
    /// in that language; an example map is the same in every language.
    pub fn text_in(&self, lang: Lang) -> &'static str {
        match (lang, self.text_es) {
            (Lang::Es, Some(es)) => es,
            _ => self.text,
        }
    }
}

/// Every template, the seed's laptop-store example first.
pub const TEMPLATES: &[Template] = &[
    Template {
        name: "laptop-store",
        text: include_str!("../assets/templates/laptop-store.ron"),
        about: W::BuyingLaptopStreetStoreSpanish,
        text_es: None,
    },
    Template {
        name: "saas-onboarding",
        text: include_str!("../assets/templates/saas-onboarding.ron"),
        about: W::AboutSaasOnboarding,
        text_es: None,
    },
    Template {
        name: "blank",
        text: include_str!("../assets/templates/blank.ron"),
        about: W::ThreeEmptyPhasesOnePer,
        text_es: Some(include_str!("../assets/templates/blank.es.ron")),
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
            for lang in Lang::ALL {
                let text = t.text_in(lang);
                let (map, derived) = parse_str(text)
                    .unwrap_or_else(|d| panic!("template {} is invalid: {d:?}", t.name));
                assert_eq!(derived, 0, "template {} leaves ids out", t.name);
                assert_eq!(to_ron(&map), text, "template {} is not canonical", t.name);
            }
        }
    }

    #[test]
    fn blank_has_one_phase_per_stage_and_no_touchpoints() {
        for lang in Lang::ALL {
            let (map, _) = parse_str(find("blank").unwrap().text_in(lang)).unwrap();
            let stages: Vec<_> = map.phases.iter().map(|p| p.stage).collect();
            assert_eq!(stages, crate::model::Stage::ALL.map(Some));
            assert_eq!(map.touchpoints().count(), 0);
        }
    }

    #[test]
    fn templates_say_their_language() {
        let lang = |name: &str, l: Lang| {
            let (map, _) = parse_str(find(name).unwrap().text_in(l)).unwrap();
            map.lang()
        };
        assert_eq!(lang("laptop-store", Lang::En), Some(Lang::Es));
        assert_eq!(lang("saas-onboarding", Lang::Es), Some(Lang::En));
        assert_eq!(lang("blank", Lang::Es), Some(Lang::Es));
        // The English blank leaves it out: its reports follow the interface.
        assert_eq!(lang("blank", Lang::En), None);
        let es = find("blank").unwrap().text_in(Lang::Es);
        assert!(es.contains("Antes de la compra"), "{es}");
        let blank = find("blank").unwrap();
        assert!(
            blank
                .description(Lang::En)
                .starts_with("Three empty phases")
        );
        assert!(blank.description(Lang::Es).starts_with("Tres fases vacías"));
    }
}
