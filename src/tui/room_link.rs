//! The room as the app holds it (`crate::room` is the server): the open
//! room, the inbox of notes, the note being edited in a form. Once per turn
//! of the event loop [`RoomLink::sync`] takes in what the server sent
//! (notes into the inbox, dots into the voting round) without waiting, and
//! publishes the map as the room may see it when it changed.

use crate::room::{Bind, Inbox, Kind, Limits, Note, Room, RoomError, Snapshot};
use crate::text::msg::Element;
use crate::text::{Lang, Msg};

use super::app::VoteRound;
use super::doc::{Doc, Reach, Sel};
use super::ops;

/// What the room last saw: the map (by identity and revision), the round
/// and the language.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Published {
    doc: Option<(u64, u64)>,
    vote: Option<crate::room::Round>,
    lang: Lang,
}

#[derive(Debug, Default)]
pub struct RoomLink {
    /// Where the room listens (the configuration's `room_bind`).
    pub bind: Bind,
    pub limits: Limits,
    room: Option<Room>,
    /// Notes waiting for the facilitator; they outlive the room.
    pub inbox: Inbox,
    /// A note taken out of the inbox into a form (`e`), with its place in
    /// the inbox: saved, it is accepted; the form closed any other way, it
    /// goes back (see [`RoomLink::sync`]).
    pub editing: Option<(usize, Note)>,
    /// How many notes waited when quitting was last refused for them.
    pub quit_warned: Option<usize>,
    published: Option<Published>,
}

/// What a sync found.
#[derive(Debug, Default, PartialEq)]
pub struct Synced {
    /// Something to draw anew (notes, dots).
    pub changed: bool,
    /// The server stopped: the room was closed.
    pub failed: Option<String>,
}

impl RoomLink {
    pub fn room(&self) -> Option<&Room> {
        self.room.as_ref()
    }

    pub fn is_open(&self) -> bool {
        self.room.is_some()
    }

    /// Opens the room where the configuration says.
    pub fn open(&mut self) -> Result<(), Msg> {
        let room = Room::open(self.bind, self.limits).map_err(|e| match e {
            RoomError::NoLocalNetwork => Msg::RoomNoNetwork,
            RoomError::Listen { addr, error } => Msg::RoomCannotListen { addr, error },
            RoomError::Start(error) => Msg::RoomCannotStart { error },
        })?;
        self.room = Some(room);
        self.published = None;
        Ok(())
    }

    /// Closes the room and its port; what it sent before is taken in.
    pub fn close(&mut self, vote: Option<&mut VoteRound>) {
        if let Some(room) = self.room.take() {
            let polled = room.close(&mut self.inbox);
            if let Some(round) = vote {
                count_dots(round, &polled.dots);
            }
        }
        self.published = None;
    }

    /// Takes in the server's notes and dots, puts an edited note whose
    /// form is gone back in the inbox, and publishes the map when it
    /// changed. Never waits.
    pub fn sync(
        &mut self,
        doc: Option<&Doc>,
        vote: Option<&mut VoteRound>,
        lang: Lang,
        form_open: bool,
    ) -> Synced {
        let mut out = Synced::default();
        if !form_open && let Some((i, note)) = self.editing.take() {
            self.inbox.put_back(i, note);
            out.changed = true;
        }
        let Some(room) = &self.room else {
            return out;
        };
        let before = self.inbox.received();
        let polled = room.poll(&mut self.inbox);
        out.changed |= self.inbox.received() != before || !polled.dots.is_empty();
        let mut vote = vote;
        if let Some(round) = vote.as_deref_mut() {
            count_dots(round, &polled.dots);
        }
        let now = Published {
            doc: doc.map(|d| (d.identity(), d.revision())),
            vote: vote.as_deref().map(VoteRound::for_room),
            lang,
        };
        if self.published != Some(now) {
            let snapshot = match doc {
                Some(d) => Snapshot::of(&d.map, lang, now.vote),
                None => Snapshot {
                    lang,
                    vote: now.vote,
                    ..Snapshot::default()
                },
            };
            room.publish(snapshot);
            self.published = Some(now);
        }
        if let Some(why) = polled.failed {
            self.room = None;
            self.published = None;
            out.failed = Some(why);
            out.changed = true;
        }
        out
    }

    /// Ends the round for the room before it is counted: no phone can
    /// give a dot any more, and the dots given so far are in `round`.
    pub fn end_round(&mut self, round: &mut VoteRound) {
        if let Some(room) = &self.room {
            room.end_round();
            let polled = room.poll(&mut self.inbox);
            count_dots(round, &polled.dots);
        }
    }

    /// Dots the room took that the round has not counted yet.
    pub fn in_flight_dots(&self) -> i64 {
        self.room.as_ref().map_or(0, Room::in_flight_dots)
    }

    /// The notes waiting, the one in a form among them.
    pub fn waiting(&self) -> usize {
        self.inbox.len() + usize::from(self.editing.is_some())
    }
}

/// The room's dots of this round into its tally.
fn count_dots(round: &mut VoteRound, dots: &[crate::room::Dot]) {
    let id = round.id;
    for d in dots.iter().filter(|d| d.round == id) {
        round.give(&d.phase, &d.pain, 1);
        round.remote += 1;
    }
}

/// What an accepted note becomes.
pub fn element(kind: Kind) -> Element {
    match kind {
        Kind::Touchpoint => Element::Touchpoint,
        Kind::Pain => Element::PainPoint,
        Kind::Idea => Element::Opportunity,
    }
}

/// Where a note goes: its phase, by name.
pub fn phase_of(doc: &Doc, note: &Note) -> Option<usize> {
    doc.map.phases.iter().position(|p| p.name == note.phase)
}

/// A note into the map as it is: a touchpoint or a pain point at the end
/// of its phase, an idea as an opportunity of its phase; one undoable
/// edit, the new card selected. `None` when its phase is gone.
pub fn accept(doc: &mut Doc, note: &Note) -> Option<ops::Edit> {
    let p = phase_of(doc, note)?;
    let text = note.text.clone();
    Some(doc.change_with(Reach::Around(p), |m, s, ids| {
        *s = Sel { phase: p, row: 0 };
        match note.kind {
            Kind::Touchpoint => {
                ops::add_touchpoint(m, s, crate::model::Touchpoint::new("", text), ids)?
            }
            Kind::Pain => ops::add_pain_point(m, s, crate::model::PainPoint::new(text, 3))?,
            Kind::Idea => {
                ops::add_opportunity(m, s, crate::model::Opportunity::new("", text), ids)?
            }
        };
        Ok(Msg::NoteAccepted {
            element: element(note.kind),
            phase: note.phase.clone(),
        })
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{JourneyMap, Phase};

    fn doc() -> Doc {
        let mut m = JourneyMap::new("Store");
        m.phases.push(Phase::new("Discover"));
        m.phases.push(Phase::new("Buy"));
        Doc::new(m, None, None)
    }

    fn note(kind: Kind, phase: &str, text: &str) -> Note {
        Note {
            id: 1,
            author: Some("Ana".into()),
            phase: phase.into(),
            kind,
            text: text.into(),
        }
    }

    #[test]
    fn each_kind_of_note_becomes_its_element_in_one_undo_step() {
        let mut d = doc();
        let m = accept(&mut d, &note(Kind::Touchpoint, "Buy", "Pays at the till"))
            .unwrap()
            .unwrap();
        assert_eq!(
            m,
            Msg::NoteAccepted {
                element: Element::Touchpoint,
                phase: "Buy".into()
            }
        );
        accept(&mut d, &note(Kind::Pain, "Buy", "Queue too long"))
            .unwrap()
            .unwrap();
        accept(
            &mut d,
            &note(Kind::Idea, "Discover", "Compare side by side"),
        )
        .unwrap()
        .unwrap();
        let buy = &d.map.phases[1];
        assert_eq!(buy.touchpoints[0].name, "Pays at the till");
        assert_eq!(buy.touchpoints[0].id, "pays-at-the-till");
        assert_eq!(buy.pain_points[0].text, "Queue too long");
        assert_eq!(buy.pain_points[0].severity, 3);
        assert_eq!(buy.pain_points[0].touchpoint, None);
        let o = &d.map.phases[0].opportunities[0];
        assert_eq!(
            (o.text.as_str(), o.id.is_empty()),
            ("Compare side by side", false)
        );
        // The last one is selected; each undo takes one note back.
        assert_eq!(d.sel.phase, 0);
        assert!(d.undo());
        assert!(d.map.phases[0].opportunities.is_empty());
        assert!(d.undo());
        assert!(d.map.phases[1].pain_points.is_empty());
        assert!(d.undo());
        assert!(d.map.phases[1].touchpoints.is_empty());
    }

    #[test]
    fn a_note_whose_phase_is_gone_is_not_accepted() {
        let mut d = doc();
        let before = d.revision();
        assert_eq!(accept(&mut d, &note(Kind::Pain, "Pay", "x")), None);
        assert_eq!(d.revision(), before);
    }

    #[test]
    fn dots_of_another_round_are_not_counted() {
        let mut r = VoteRound::new(3, 2);
        let dot = |round| crate::room::Dot {
            round,
            phase: "Buy".into(),
            pain: "Queue".into(),
        };
        let id = r.id;
        count_dots(&mut r, &[dot(id), dot(id + 1), dot(id)]);
        assert_eq!(r.votes("Buy", "Queue"), 2);
        assert_eq!((r.remote, r.used(), r.left()), (2, 2, 4));
    }

    #[test]
    fn an_edited_note_goes_back_when_its_form_is_gone() {
        let mut link = RoomLink::default();
        link.inbox.push(note(Kind::Idea, "Buy", "a"));
        link.inbox.push(note(Kind::Idea, "Buy", "b"));
        let n = link.inbox.take(0).unwrap();
        link.editing = Some((0, n));
        assert_eq!(link.waiting(), 2);
        assert!(!link.sync(None, None, Lang::En, true).changed);
        assert!(link.editing.is_some());
        assert!(link.sync(None, None, Lang::En, false).changed);
        let texts: Vec<_> = link.inbox.notes().iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, ["a", "b"]);
    }
}
