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
    let mut taken: HashSet<String> = map
        .touchpoints()
        .filter(|(_, t)| !t.id.is_empty())
        .map(|(_, t)| t.id.clone())
        .collect();
    let mut derived = 0;
    for phase in &mut map.phases {
        for tp in &mut phase.touchpoints {
            if tp.id.is_empty() {
                tp.id = unique_id(&slugify(&tp.name), &taken);
                taken.insert(tp.id.clone());
                derived += 1;
            }
        }
    }
    // Opportunities: from their text, unique among opportunities.
    let mut taken: HashSet<String> = map
        .phases
        .iter()
        .flat_map(|p| &p.opportunities)
        .filter(|o| !o.id.is_empty())
        .map(|o| o.id.clone())
        .collect();
    for phase in &mut map.phases {
        for o in &mut phase.opportunities {
            if o.id.is_empty() {
                o.id = unique_id(&slugify(&o.text), &taken);
                taken.insert(o.id.clone());
                derived += 1;
            }
        }
    }
    derived
}

/// `base`, or `base-2`, `base-3` … whichever is not taken yet.
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
