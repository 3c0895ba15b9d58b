/// The candidate closest to `word`, if it is close enough to be what the
/// person meant (a typo, a case slip, a missing letter).
pub fn did_you_mean<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let lower = word.to_lowercase();
    let mut best: Option<(&str, f64)> = None;
    for c in candidates {
        let cl = c.to_lowercase();
        let score = if cl == lower {
            1.0
        } else {
            strsim::jaro_winkler(&lower, &cl).max(
                if cl.starts_with(&lower) || lower.starts_with(&cl) {
                    0.85
                } else {
                    0.0
                },
            )
        };
        if score >= 0.75 && best.is_none_or(|(_, s)| score > s) {
            best = Some((c, score));
        }
    }
    best.map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_but_not_strangers() {
        let fields = ["emotion", "importance", "ratings", "owner"];
        assert_eq!(did_you_mean("emotoin", fields), Some("emotion"));
        assert_eq!(did_you_mean("Importance", fields), Some("importance"));
        assert_eq!(did_you_mean("brand", ["Brand", "Partner"]), Some("Brand"));
        assert_eq!(did_you_mean("xyz", fields), None);
    }
}
