//! Quick capture: one line typed as the room calls it out becomes a
//! touchpoint or a pain point.
//!
//! - `Name @Channel +1 * #partner *4` — a touchpoint: `@word` or
//!   `@"two words"` is the channel, `+2` … `-2` the emotion, `*` a key point,
//!   `#owner` whose it is (`#brand` `#partner` `#customer` `#social`, or the
//!   Spanish `#marca` `#socio` `#cliente`), `*1` … `*5` its importance. All
//!   optional, in any order after the name.
//! - `! Queue too long s4` — a pain point of severity `s1` … `s5` (3 when not
//!   given), linked to the selected touchpoint.
//!
//! Markers are read from the end of the line, after the name: a word that
//! looks like a marker inside the name ("Compares plans - pricing page",
//! "Asks about the S2 plan") stays part of it, and so does anything that is
//! not a marker (`+7`, `s9`, `@`), so nothing typed is ever dropped.

use crate::model::{Owner, PainPoint, Touchpoint};

/// What a captured line asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Capture {
    Touchpoint(Box<Touchpoint>),
    Pain(PainPoint),
}

/// Why a line cannot be captured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptureError {
    /// Nothing but markers: a touchpoint needs a name.
    NoName,
    /// `!` with nothing after it.
    NoPainText,
    /// `@"…` without its closing quote.
    UnclosedQuote,
}

impl CaptureError {
    /// What to tell the person typing.
    pub fn msg(self) -> crate::text::Msg {
        use crate::text::Msg;
        match self {
            CaptureError::NoName => Msg::CaptureNoName,
            CaptureError::NoPainText => Msg::CaptureNoPainText,
            CaptureError::UnclosedQuote => Msg::CaptureUnclosedQuote,
        }
    }
}

/// One word of the line, with whether it came from `@"…"`.
fn words(line: &str) -> Result<Vec<(String, bool)>, CaptureError> {
    let mut out = Vec::new();
    let mut rest = line.trim_start();
    while !rest.is_empty() {
        if let Some(q) = rest.strip_prefix("@\"") {
            let end = q.find('"').ok_or(CaptureError::UnclosedQuote)?;
            out.push((format!("@{}", &q[..end]), true));
            rest = q[end + 1..].trim_start();
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        out.push((rest[..end].to_string(), false));
        rest = rest[end..].trim_start();
    }
    Ok(out)
}

fn emotion(word: &str) -> Option<i64> {
    match word {
        "+2" => Some(2),
        "+1" => Some(1),
        "0" | "+0" | "-0" => Some(0),
        "-1" => Some(-1),
        "-2" => Some(-2),
        _ => None,
    }
}

/// `#brand` … `#social`, in English or Spanish, any case.
fn owner(word: &str) -> Option<Owner> {
    let w = word.strip_prefix('#')?.to_lowercase();
    Owner::ALL.iter().copied().find(|o| {
        let name = crate::text::W::owner(*o);
        [crate::text::Lang::En, crate::text::Lang::Es]
            .iter()
            .any(|l| name.text(*l) == w)
    })
}

/// `*1` … `*5`: the importance.
fn importance(word: &str) -> Option<i64> {
    match word.strip_prefix('*')?.parse::<i64>() {
        Ok(n) if (1..=5).contains(&n) => Some(n),
        _ => None,
    }
}

fn severity(word: &str) -> Option<i64> {
    let n = word.strip_prefix(['s', 'S'])?;
    match n.parse::<i64>() {
        Ok(s) if (1..=5).contains(&s) => Some(s),
        _ => None,
    }
}

/// Parses one captured line. The touchpoint's id is left empty: it is
/// derived from the name when it is added.
pub fn parse(line: &str) -> Result<Capture, CaptureError> {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix('!') {
        let mut words = words(rest)?;
        let sev = match words.last() {
            Some((w, false)) if words.len() > 1 => severity(w),
            _ => None,
        };
        if sev.is_some() {
            words.pop();
        }
        if words.is_empty() || (words.len() == 1 && severity(&words[0].0).is_some()) {
            return Err(CaptureError::NoPainText);
        }
        let text: Vec<String> = words.into_iter().map(|(w, _)| w).collect();
        return Ok(Capture::Pain(PainPoint::new(
            text.join(" "),
            sev.unwrap_or(3),
        )));
    }
    let mut words = words(line)?;
    let mut channel = None;
    let mut emo = None;
    let mut key = false;
    let mut own = None;
    let mut imp = None;
    // Markers from the end, each kind once, while a name stays before them.
    while words.len() > 1 {
        let (w, quoted) = words.last().expect("more than one word");
        if (*quoted || (w.len() > 1 && w.starts_with('@'))) && channel.is_none() {
            channel = Some(w[1..].to_string());
        } else if emotion(w).is_some() && emo.is_none() {
            emo = emotion(w);
        } else if w == "*" && !key {
            key = true;
        } else if owner(w).is_some() && own.is_none() {
            own = owner(w);
        } else if importance(w).is_some() && imp.is_none() {
            imp = importance(w);
        } else {
            break;
        }
        words.pop();
    }
    if words.iter().all(|(w, quoted)| !quoted && w.is_empty()) || words.is_empty() {
        return Err(CaptureError::NoName);
    }
    let name: Vec<String> = words.into_iter().map(|(w, _)| w).collect();
    let mut t = Touchpoint::new("", name.join(" "));
    t.channel = channel.filter(|c| !c.is_empty());
    t.emotion = emo;
    t.key = key;
    t.owner = own.unwrap_or_default();
    if let Some(i) = imp {
        t.importance = i;
    }
    Ok(Capture::Touchpoint(Box::new(t)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tp(line: &str) -> Touchpoint {
        match parse(line) {
            Ok(Capture::Touchpoint(t)) => *t,
            other => panic!("{line:?} gave {other:?}"),
        }
    }

    fn pain(line: &str) -> PainPoint {
        match parse(line) {
            Ok(Capture::Pain(p)) => p,
            other => panic!("{line:?} gave {other:?}"),
        }
    }

    #[test]
    fn a_name_alone_is_a_touchpoint() {
        let t = tp("Sees a web ad");
        assert_eq!(t.name, "Sees a web ad");
        assert_eq!((t.channel, t.emotion, t.key), (None, None, false));
    }

    #[test]
    fn markers_in_any_order_after_the_name() {
        let t = tp("Reads reviews @Web +1 *");
        assert_eq!(t.name, "Reads reviews");
        assert_eq!(t.channel.as_deref(), Some("Web"));
        assert_eq!((t.emotion, t.key), (Some(1), true));
        let u = tp("Reads reviews * -2 @Web");
        assert_eq!(
            (u.name.as_str(), u.emotion, u.key),
            ("Reads reviews", Some(-2), true)
        );
        assert_eq!(u.channel.as_deref(), Some("Web"));
    }

    #[test]
    fn a_quoted_channel_has_spaces() {
        let t = tp("Asks staff @\"In store\" 0");
        assert_eq!(t.channel.as_deref(), Some("In store"));
        assert_eq!(t.emotion, Some(0));
        assert_eq!(t.name, "Asks staff");
        assert_eq!(parse("Asks @\"In store"), Err(CaptureError::UnclosedQuote));
    }

    #[test]
    fn what_is_not_a_marker_stays_in_the_name() {
        // +7 is no emotion, a lone @ no channel, a second * no second key.
        let t = tp("Gets +7 points @ till * *");
        assert_eq!(t.name, "Gets +7 points @ till *");
        assert!(t.key);
        assert_eq!(t.channel, None);
        // A marker before the name, or inside it, is part of it.
        assert_eq!(tp("+1 coupon").name, "+1 coupon");
        let u = tp("Compares plans - pricing page");
        assert_eq!(
            (u.name.as_str(), u.emotion),
            ("Compares plans - pricing page", None)
        );
        let v = tp("Uses @home wifi +1");
        assert_eq!(
            (v.name.as_str(), v.channel, v.emotion),
            ("Uses @home wifi", None, Some(1))
        );
        // Each kind once, from the end: the first emotion read stays.
        let w = tp("Pays +1 -1");
        assert_eq!((w.name.as_str(), w.emotion), ("Pays +1", Some(-1)));
    }

    #[test]
    fn owner_and_importance_in_either_language() {
        let t = tp("Calls the courier @Phone #partner *4 -1");
        assert_eq!(t.name, "Calls the courier");
        assert_eq!(
            (t.owner, t.importance, t.emotion),
            (Owner::Partner, 4, Some(-1))
        );
        assert_eq!(t.channel.as_deref(), Some("Phone"));
        let u = tp("Lee opiniones #Socio *5 *");
        assert_eq!(u.name, "Lee opiniones");
        assert_eq!((u.owner, u.importance, u.key), (Owner::Partner, 5, true));
        assert_eq!(tp("Pide ayuda #cliente").owner, Owner::Customer);
        assert_eq!(tp("Shares a photo #social").owner, Owner::Social);
        assert_eq!(tp("Pays #marca").owner, Owner::Brand);
        // Not given: the brand's, of importance 3 (the format's defaults).
        let v = tp("Sees a web ad @Web");
        assert_eq!((v.owner, v.importance), (Owner::Brand, 3));
        // What is not an owner or an importance stays in the name.
        let w = tp("Finds #hashtag *9 *0");
        assert_eq!(w.name, "Finds #hashtag *9 *0");
        assert_eq!((w.owner, w.importance), (Owner::Brand, 3));
        // Before the name, or inside it, it is part of it.
        assert_eq!(tp("#partner desk").name, "#partner desk");
        // Each kind once, from the end.
        let x = tp("Asks *2 *4");
        assert_eq!((x.name.as_str(), x.importance), ("Asks *2", 4));
    }

    #[test]
    fn pains_start_with_a_bang() {
        let p = pain("! Queue too long s4");
        assert_eq!((p.text.as_str(), p.severity), ("Queue too long", 4));
        let q = pain("!No parking");
        assert_eq!((q.text.as_str(), q.severity), ("No parking", 3));
        // s9 is out of range, so it is text; S2 at the end counts.
        let r = pain("! Waits s9 S2");
        assert_eq!((r.text.as_str(), r.severity), ("Waits s9", 2));
        // Inside the text it is a word.
        let q = pain("! Nobody explains the S2 plan");
        assert_eq!(
            (q.text.as_str(), q.severity),
            ("Nobody explains the S2 plan", 3)
        );
        assert_eq!(parse("!  s4"), Err(CaptureError::NoPainText));
    }

    #[test]
    fn markers_alone_are_refused() {
        assert_eq!(parse("   "), Err(CaptureError::NoName));
        assert_eq!(parse("!"), Err(CaptureError::NoPainText));
    }
}
