use std::collections::HashSet;

use super::JourneyMap;

/// A lower-case ASCII slug of a name, accents folded: "Reseñas en línea" →
/// "resenas-en-linea". Never empty: a name with no letters or digits gives
/// "touchpoint".
pub fn slugify(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        let folded = fold(c);
        for f in folded.chars() {
            if f.is_ascii_alphanumeric() {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(f.to_ascii_lowercase());
            } else {
                dash = true;
            }
        }
    }
    if out.is_empty() {
        out.push_str("touchpoint");
    }
    out
}

/// Latin letters with diacritics to their plain ASCII letters.
fn fold(c: char) -> String {
    let s = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'É' | 'È' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'Í' | 'Ì' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => "I",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => "o",
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ú' | 'Ù' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ñ' | 'ń' | 'ň' => "n",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ç' | 'ć' | 'č' => "c",
        'Ç' | 'Ć' | 'Č' => "C",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ś' | 'š' | 'ş' => "s",
        'Ś' | 'Š' | 'Ş' => "S",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ł' => "l",
        'Ł' => "L",
        'ř' => "r",
        'Ř' => "R",
        'ď' | 'đ' => "d",
        'Ď' | 'Đ' => "D",
        'ť' => "t",
        'Ť' => "T",
        'ğ' => "g",
        'Ğ' => "G",
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        _ => return c.to_string(),
    };
    s.to_string()
}

/// Gives every touchpoint whose id is empty one derived from its name,
/// unique in the map (`-2`, `-3` … on collision). Ids already written are
/// never changed. Returns how many ids were derived.
pub fn derive_missing_ids(map: &mut JourneyMap) -> usize {
    let mut ids = Fresh::new(
        map.touchpoints()
            .filter(|(_, t)| !t.id.is_empty())
            .map(|(_, t)| t.id.clone()),
    );
    let mut derived = 0;
    for phase in &mut map.phases {
        for tp in &mut phase.touchpoints {
            if tp.id.is_empty() {
                tp.id = ids.take(&slugify(&tp.name));
                derived += 1;
            }
        }
    }
    // Opportunities: from their text, unique among opportunities.
    let mut ids = Fresh::new(
        map.phases
            .iter()
            .flat_map(|p| &p.opportunities)
            .filter(|o| !o.id.is_empty())
            .map(|o| o.id.clone()),
    );
    for phase in &mut map.phases {
        for o in &mut phase.opportunities {
            if o.id.is_empty() {
                o.id = ids.take(&slugify(&o.text));
                derived += 1;
            }
        }
    }
    derived
}

/// Ids handed out one after another, each unique: what [`unique_id`] gives,
/// in time linear in the ids however many share a base (each base goes on
/// from its last suffix: `t`, `t-2`, `t-3` …).
pub struct Fresh {
    taken: HashSet<String>,
    next: std::collections::HashMap<String, usize>,
}

impl Fresh {
    pub fn new(taken: impl IntoIterator<Item = String>) -> Fresh {
        Fresh {
            taken: taken.into_iter().collect(),
            next: std::collections::HashMap::new(),
        }
    }

    /// `base`, else `base-2`, `base-3` …: the first none has; now taken.
    pub fn take(&mut self, base: &str) -> String {
        let id = if self.taken.contains(base) {
            let n = self.next.entry(base.to_string()).or_insert(2);
            loop {
                let c = format!("{base}-{n}");
                *n += 1;
                if !self.taken.contains(&c) {
                    break c;
                }
            }
        } else {
            base.to_string()
        };
        self.taken.insert(id.clone());
        id
    }
}

pub fn unique_id(base: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| !taken.contains(c))
        .expect("an unbounded range always finds a free suffix")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Phase, Touchpoint};

    #[test]
    fn slugs_fold_accents_and_punctuation() {
        assert_eq!(slugify("Reseñas en línea"), "resenas-en-linea");
        assert_eq!(slugify("  Sees a WEB ad!! "), "sees-a-web-ad");
        assert_eq!(slugify("Straße & Café"), "strasse-cafe");
        assert_eq!(slugify("¿?"), "touchpoint");
    }

    #[test]
    fn derived_ids_avoid_written_ones_and_each_other() {
        let mut map = JourneyMap::new("t");
        let mut ph = Phase::new("p");
        ph.touchpoints.push(Touchpoint::new("", "Ad"));
        ph.touchpoints.push(Touchpoint::new("ad", "Written"));
        ph.touchpoints.push(Touchpoint::new("", "ad"));
        map.phases.push(ph);
        assert_eq!(derive_missing_ids(&mut map), 2);
        let ids: Vec<_> = map.touchpoints().map(|(_, t)| t.id.as_str()).collect();
        assert_eq!(ids, ["ad-2", "ad", "ad-3"]);
    }
}
