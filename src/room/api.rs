//! The room's JSON API (docs/room.md): what phones send and get back, and
//! the checks a note passes before it reaches the inbox. Pure.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::limits::Limits;
use super::snapshot::Snapshot;

/// What a participant's note becomes once accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Touchpoint,
    Pain,
    /// Becomes an opportunity.
    Idea,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Touchpoint, Kind::Pain, Kind::Idea];
}

/// `POST /api/notes`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteIn {
    #[serde(default)]
    pub author: Option<String>,
    pub phase: String,
    pub kind: Kind,
    pub text: String,
}

/// `POST /api/votes`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteIn {
    #[serde(default)]
    pub author: Option<String>,
    pub pain: String,
}

/// A note that passed the checks, waiting for the facilitator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Counted from 1 in each opening of the room.
    pub id: u64,
    pub author: Option<String>,
    pub phase: String,
    pub kind: Kind,
    pub text: String,
}

/// `GET /api/state`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StateOut<'a> {
    pub title: &'a str,
    pub lang: &'static str,
    pub phases: Vec<PhaseOut<'a>>,
    pub vote: Option<VoteOut>,
    /// The longest note, in characters.
    pub max_note: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PhaseOut<'a> {
    pub name: &'a str,
    pub touchpoints: Vec<TouchpointOut<'a>>,
    pub pain_points: Vec<PainOut<'a>>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TouchpointOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PainOut<'a> {
    pub id: &'a str,
    pub text: &'a str,
    /// Votes in the map (rounds that ended).
    pub votes: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct VoteOut {
    pub dots_per_person: i64,
    /// The asking participant's dots left.
    pub left: i64,
    /// The asking participant's dots, by pain point id.
    pub mine: BTreeMap<String, i64>,
}

impl<'a> StateOut<'a> {
    pub fn new(s: &'a Snapshot, vote: Option<VoteOut>, limits: &Limits) -> StateOut<'a> {
        StateOut {
            title: &s.title,
            lang: s.lang.code(),
            phases: s
                .phases
                .iter()
                .map(|p| PhaseOut {
                    name: &p.name,
                    touchpoints: p
                        .touchpoints
                        .iter()
                        .map(|(id, name)| TouchpointOut { id, name })
                        .collect(),
                    pain_points: p
                        .pain_points
                        .iter()
                        .map(|x| PainOut {
                            id: &x.key,
                            text: &x.text,
                            votes: x.votes,
                        })
                        .collect(),
                })
                .collect(),
            vote,
            max_note: limits.note_chars,
        }
    }
}

/// Why a request was refused: an HTTP status and a stable code the page
/// turns into words (docs/room.md lists them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// 400: not JSON, or not the fields the API takes.
    Malformed,
    /// 400: a note with no text.
    Empty,
    /// 400: no phase of that name.
    UnknownPhase,
    /// 400: no open pain point with that id.
    UnknownPain,
    /// 403: no token, or the wrong one.
    Forbidden,
    /// 404.
    NotFound,
    /// 405.
    MethodNotAllowed,
    /// 408: the request took too long to arrive.
    Timeout,
    /// 409: no voting round is running.
    NoRound,
    /// 413: a note, a name or a body too long.
    TooLarge,
    /// 429: too many requests or notes.
    SlowDown,
    /// 429: the participant has spent their dots.
    NoDotsLeft,
    /// 429: the round's dots are all spent.
    RoundFull,
    /// 503: the facilitator's inbox is full.
    InboxFull,
}

impl Refusal {
    pub const ALL: [Refusal; 14] = [
        Refusal::Malformed,
        Refusal::Empty,
        Refusal::UnknownPhase,
        Refusal::UnknownPain,
        Refusal::Forbidden,
        Refusal::NotFound,
        Refusal::MethodNotAllowed,
        Refusal::Timeout,
        Refusal::NoRound,
        Refusal::TooLarge,
        Refusal::SlowDown,
        Refusal::NoDotsLeft,
        Refusal::RoundFull,
        Refusal::InboxFull,
    ];

    /// Whether the page has words for it (the others are said with their
    /// status: the page never sends what they answer).
    pub fn worded(self) -> bool {
        !matches!(
            self,
            Refusal::NotFound | Refusal::MethodNotAllowed | Refusal::Timeout
        )
    }

    pub fn status(self) -> u16 {
        use Refusal::*;
        match self {
            Malformed | Empty | UnknownPhase | UnknownPain => 400,
            Forbidden => 403,
            NotFound => 404,
            MethodNotAllowed => 405,
            Timeout => 408,
            NoRound => 409,
            TooLarge => 413,
            SlowDown | NoDotsLeft | RoundFull => 429,
            InboxFull => 503,
        }
    }

    pub fn code(self) -> &'static str {
        use Refusal::*;
        match self {
            Malformed => "malformed",
            Empty => "empty",
            UnknownPhase => "unknown_phase",
            UnknownPain => "unknown_pain",
            Forbidden => "forbidden",
            NotFound => "not_found",
            MethodNotAllowed => "method_not_allowed",
            Timeout => "timeout",
            NoRound => "no_round",
            TooLarge => "too_large",
            SlowDown => "slow_down",
            NoDotsLeft => "no_dots_left",
            RoundFull => "round_full",
            InboxFull => "inbox_full",
        }
    }

    /// `{"error": "…"}`.
    pub fn body(self) -> String {
        format!("{{\"error\":\"{}\"}}", self.code())
    }
}

/// Runs of whitespace (line breaks among them) as one space, trimmed: a
/// note is one line in the map.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name as sent: one line, `None` when empty.
pub fn name(author: Option<&str>, limits: &Limits) -> Result<Option<String>, Refusal> {
    let a = one_line(author.unwrap_or(""));
    if a.chars().count() > limits.name_chars {
        return Err(Refusal::TooLarge);
    }
    Ok((!a.is_empty()).then_some(a))
}

/// A note as sent → the note for the inbox, checked against the map.
pub fn check_note(
    n: NoteIn,
    id: u64,
    snapshot: &Snapshot,
    limits: &Limits,
) -> Result<Note, Refusal> {
    // Sizes first: a long note is "too long" whatever else is wrong.
    if n.text.chars().count() > limits.note_chars {
        return Err(Refusal::TooLarge);
    }
    let author = name(n.author.as_deref(), limits)?;
    let text = one_line(&n.text);
    if text.is_empty() {
        return Err(Refusal::Empty);
    }
    if snapshot.phase(&n.phase).is_none() {
        return Err(Refusal::UnknownPhase);
    }
    Ok(Note {
        id,
        author,
        phase: n.phase,
        kind: n.kind,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{JourneyMap, PainPoint, Phase};

    fn snapshot() -> Snapshot {
        let mut m = JourneyMap::new("T <b>");
        let mut p = Phase::new("Buy");
        p.pain_points.push(PainPoint::new("Slow", 2));
        m.phases.push(p);
        Snapshot::of(&m, crate::lang::Lang::En, None)
    }

    fn note(text: &str) -> NoteIn {
        NoteIn {
            author: Some("  Ana \n M ".into()),
            phase: "Buy".into(),
            kind: Kind::Pain,
            text: text.into(),
        }
    }

    #[test]
    fn notes_are_one_line_with_a_checked_phase_and_size() {
        let l = Limits::default();
        let s = snapshot();
        let ok = check_note(note(" card\n\tform  resets "), 7, &s, &l).unwrap();
        assert_eq!(ok.text, "card form resets");
        assert_eq!(ok.author.as_deref(), Some("Ana M"));
        assert_eq!(ok.id, 7);
        assert_eq!(check_note(note(" \n "), 1, &s, &l), Err(Refusal::Empty));
        assert_eq!(
            check_note(note(&"é".repeat(501)), 1, &s, &l),
            Err(Refusal::TooLarge)
        );
        assert!(check_note(note(&"é".repeat(500)), 1, &s, &l).is_ok());
        let mut other = note("x");
        other.phase = "Pay".into();
        assert_eq!(check_note(other, 1, &s, &l), Err(Refusal::UnknownPhase));
        let mut long_name = note("x");
        long_name.author = Some("n".repeat(41));
        assert_eq!(check_note(long_name, 1, &s, &l), Err(Refusal::TooLarge));
        let mut anonymous = note("x");
        anonymous.author = Some("   ".into());
        assert_eq!(check_note(anonymous, 1, &s, &l).unwrap().author, None);
    }

    #[test]
    fn the_api_takes_only_its_fields() {
        let n: NoteIn =
            serde_json::from_str(r#"{"phase":"Buy","kind":"idea","text":"x"}"#).unwrap();
        assert_eq!((n.kind, n.author), (Kind::Idea, None));
        for bad in [
            r#"{"phase":"Buy","kind":"idea","text":"x","extra":1}"#,
            r#"{"phase":"Buy","kind":"opportunity","text":"x"}"#,
            r#"{"phase":"Buy","text":"x"}"#,
            r#"{"phase":3,"kind":"idea","text":"x"}"#,
            "not json",
            "",
        ] {
            assert!(serde_json::from_str::<NoteIn>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_state_is_the_documented_json() {
        let s = snapshot();
        let key = s.phases[0].pain_points[0].key.clone();
        let out = StateOut::new(&s, None, &Limits::default());
        let v: serde_json::Value = serde_json::to_value(&out).unwrap();
        assert_eq!(
            v,
            serde_json::json!({
                "title": "T <b>",
                "lang": "en",
                "phases": [{"name": "Buy", "touchpoints": [],
                            "pain_points": [{"id": key, "text": "Slow", "votes": 0}]}],
                "vote": null,
                "max_note": 500
            })
        );
    }

    #[test]
    fn refusals_have_their_status() {
        assert_eq!(Refusal::NoRound.status(), 409);
        assert_eq!(Refusal::NoDotsLeft.status(), 429);
        assert_eq!(Refusal::TooLarge.status(), 413);
        assert_eq!(Refusal::Forbidden.body(), r#"{"error":"forbidden"}"#);
    }
}
