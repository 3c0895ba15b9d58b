//! The room's state shared by the server's thread and the app: the map as
//! the app last published it, the voting round's dots per participant, the
//! rate limits and the notes counted on their way to the inbox. Everything
//! the server answers is decided here, without HTTP: the server's glue
//! (`server.rs`) reads requests and writes what this says.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use super::api::{self, Note, NoteIn, Refusal, StateOut, VoteIn, VoteOut};
use super::limits::{Buckets, Limits};
use super::snapshot::Snapshot;
use super::token::Token;

/// What the server tells the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomEvent {
    /// A note for the inbox.
    Note(Note),
    /// A dot given from a phone, counted by the server against the
    /// participant's and the round's dots.
    Dot(Dot),
    /// The server stopped and cannot go on (the room is closed).
    Failed(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dot {
    pub round: u64,
    pub phase: String,
    /// The pain point's text (what the round's tally keys dots by).
    pub pain: String,
}

/// Who is asking: the device's cookie, else the name they give, else
/// their address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Participant(String);

impl Participant {
    pub fn device(id: &str) -> Participant {
        Participant(format!("device:{id}"))
    }

    pub fn of(device: Option<&str>, author: Option<&str>, ip: IpAddr) -> Participant {
        match (device, author) {
            (Some(d), _) => Participant::device(d),
            (None, Some(a)) if !a.is_empty() => Participant(format!("name:{}", a.to_lowercase())),
            _ => Participant(format!("address:{ip}")),
        }
    }
}

/// The dots given from phones in one round.
#[derive(Debug, Default)]
struct Ledger {
    round: u64,
    /// Per participant, per pain point key.
    given: HashMap<Participant, BTreeMap<String, i64>>,
    /// Every dot sent to the app in this round.
    sent: i64,
}

#[derive(Debug)]
struct Shared {
    snapshot: Arc<Snapshot>,
    ledger: Ledger,
    requests: Buckets<IpAddr>,
    notes_by_participant: Buckets<Participant>,
    notes_by_address: Buckets<IpAddr>,
    /// Notes sent to the app, and how many of them the app has taken in.
    sent_notes: u64,
    received_notes: u64,
    /// Notes in the app's inbox when it last said.
    inbox: usize,
}

#[derive(Debug)]
pub struct Hub {
    pub token: Token,
    pub limits: Limits,
    shared: Mutex<Shared>,
    events: Sender<RoomEvent>,
}

impl Hub {
    pub fn new(token: Token, limits: Limits, events: Sender<RoomEvent>) -> Hub {
        Hub {
            token,
            limits,
            shared: Mutex::new(Shared {
                snapshot: Arc::new(Snapshot::default()),
                ledger: Ledger::default(),
                requests: Buckets::new(limits.requests_per_address),
                notes_by_participant: Buckets::new(limits.notes_per_participant),
                notes_by_address: Buckets::new(limits.notes_per_address),
                sent_notes: 0,
                received_notes: 0,
                inbox: 0,
            }),
            events,
        }
    }

    /// The lock, even after a panic elsewhere (the state stays usable:
    /// every change under it is a few assignments).
    fn lock(&self) -> MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|e| e.into_inner())
    }

    // --- The app's side ---

    /// The map and round as they are now. A new round starts a new ledger.
    pub fn publish(&self, snapshot: Snapshot) {
        let mut s = self.lock();
        if let Some(r) = snapshot.vote
            && r.id != s.ledger.round
        {
            s.ledger = Ledger {
                round: r.id,
                ..Ledger::default()
            };
        }
        s.snapshot = Arc::new(snapshot);
    }

    /// No more dots for the round: the app is about to count it. Every
    /// dot answered 200 before this is already in the channel.
    pub fn end_round(&self) {
        let mut s = self.lock();
        if s.snapshot.vote.is_some() {
            let mut snap = (*s.snapshot).clone();
            snap.vote = None;
            s.snapshot = Arc::new(snap);
        }
    }

    /// Dots sent but not yet counted by the app.
    pub fn in_flight_dots(&self) -> i64 {
        let s = self.lock();
        match s.snapshot.vote {
            Some(r) if r.id == s.ledger.round => (s.ledger.sent - r.remote_counted).max(0),
            _ => 0,
        }
    }

    /// The app has taken `received` notes in all and has `inbox` waiting.
    pub fn inbox_is(&self, received: u64, inbox: usize) {
        let mut s = self.lock();
        s.received_notes = received;
        s.inbox = inbox;
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.lock().snapshot.clone()
    }

    // --- The server's side ---

    /// Every request, before anything else: one from the address's bucket.
    pub fn admit(&self, ip: IpAddr, now: Instant) -> Result<(), Refusal> {
        if self.lock().requests.take(&ip, now) {
            Ok(())
        } else {
            Err(Refusal::SlowDown)
        }
    }

    /// The token from the query or the cookie.
    pub fn authorized(&self, query: Option<&str>, cookie: Option<&str>) -> bool {
        // Both checked, so the time does not tell which was there.
        let q = query.is_some_and(|t| self.token.matches(t));
        let c = cookie.is_some_and(|t| self.token.matches(t));
        q | c
    }

    /// `GET /api/state` for one participant.
    pub fn state(&self, who: &Participant) -> String {
        let (snapshot, vote) = {
            let s = self.lock();
            let vote = s.snapshot.vote.map(|r| {
                let mine = if s.ledger.round == r.id {
                    s.ledger.given.get(who).cloned().unwrap_or_default()
                } else {
                    BTreeMap::new()
                };
                VoteOut {
                    dots_per_person: r.dots_per_person,
                    left: r.dots_per_person - mine.values().sum::<i64>(),
                    mine,
                }
            });
            (s.snapshot.clone(), vote)
        };
        // Serialised outside the lock: the app never waits for it.
        serde_json::to_string(&StateOut::new(&snapshot, vote, &self.limits))
            .unwrap_or_else(|_| "{}".into())
    }

    /// `POST /api/notes`: the note's number once it is on its way to the
    /// inbox.
    pub fn note(
        &self,
        body: &[u8],
        device: Option<&str>,
        ip: IpAddr,
        now: Instant,
    ) -> Result<u64, Refusal> {
        let n: NoteIn = serde_json::from_slice(body).map_err(|_| Refusal::Malformed)?;
        let author = api::name(n.author.as_deref(), &self.limits)?;
        let who = Participant::of(device, author.as_deref(), ip);
        let mut s = self.lock();
        let id = s.sent_notes + 1;
        let note = api::check_note(n, id, &s.snapshot, &self.limits)?;
        let waiting = s.inbox as u64 + s.sent_notes - s.received_notes;
        if waiting >= self.limits.waiting_notes as u64 {
            return Err(Refusal::InboxFull);
        }
        // Both buckets are asked; a note refused by one is still counted
        // by the other (a flood pays for its attempts).
        let by_participant = s.notes_by_participant.take(&who, now);
        let by_address = s.notes_by_address.take(&ip, now);
        if !(by_participant && by_address) {
            return Err(Refusal::SlowDown);
        }
        // Sent under the lock: the app's count of what it received never
        // runs ahead of what was sent.
        self.events
            .send(RoomEvent::Note(note))
            .map_err(|_| Refusal::InboxFull)?;
        s.sent_notes = id;
        Ok(id)
    }

    /// `POST /api/votes`: the participant's dots left.
    pub fn vote(&self, body: &[u8], device: Option<&str>, ip: IpAddr) -> Result<i64, Refusal> {
        let v: VoteIn = serde_json::from_slice(body).map_err(|_| Refusal::Malformed)?;
        let author = api::name(v.author.as_deref(), &self.limits)?;
        let who = Participant::of(device, author.as_deref(), ip);
        let mut s = self.lock();
        let Some(round) = s.snapshot.vote else {
            return Err(Refusal::NoRound);
        };
        let Some((phase, pain)) = s.snapshot.pain(&v.pain) else {
            return Err(Refusal::UnknownPain);
        };
        let dot = Dot {
            round: round.id,
            phase: phase.name.clone(),
            pain: pain.text.clone(),
        };
        let mine: i64 = s.ledger.given.get(&who).map_or(0, |m| m.values().sum());
        if mine >= round.dots_per_person {
            return Err(Refusal::NoDotsLeft);
        }
        let in_flight = (s.ledger.sent - round.remote_counted).max(0);
        if round.used + in_flight >= round.total {
            return Err(Refusal::RoundFull);
        }
        // Sent under the lock: once `end_round` has run, no dot of the
        // round can still be on its way.
        self.events
            .send(RoomEvent::Dot(dot))
            .map_err(|_| Refusal::InboxFull)?;
        s.ledger.sent += 1;
        *s.ledger
            .given
            .entry(who)
            .or_default()
            .entry(v.pain)
            .or_default() += 1;
        Ok(round.dots_per_person - mine - 1)
    }

    /// The server failed: the app is told once.
    pub fn failed(&self, why: String) {
        let _ = self.events.send(RoomEvent::Failed(why));
    }
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::Round;
    use super::*;
    use crate::model::{JourneyMap, PainPoint, Phase};
    use std::net::Ipv4Addr;
    use std::sync::mpsc::{Receiver, channel};

    const IP: IpAddr = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 5));

    fn hub(limits: Limits) -> (Hub, Receiver<RoomEvent>) {
        let (tx, rx) = channel();
        let hub = Hub::new(Token::random().unwrap(), limits, tx);
        let mut m = JourneyMap::new("Store");
        let mut p = Phase::new("Buy");
        p.pain_points.push(PainPoint::new("Slow", 2));
        p.pain_points.push(PainPoint::new("Queue", 2));
        m.phases.push(p);
        hub.publish(Snapshot::of(&m, crate::lang::Lang::En, None));
        (hub, rx)
    }

    fn start_round(hub: &Hub, id: u64, dots: i64, total: i64) {
        let mut s = (*hub.snapshot()).clone();
        s.vote = Some(Round {
            id,
            dots_per_person: dots,
            total,
            used: 0,
            remote_counted: 0,
        });
        hub.publish(s);
    }

    fn key(hub: &Hub, i: usize) -> String {
        hub.snapshot().phases[0].pain_points[i].key.clone()
    }

    fn vote_body(pain: &str) -> Vec<u8> {
        format!(r#"{{"pain":"{pain}"}}"#).into_bytes()
    }

    #[test]
    fn dots_need_a_round_and_stop_at_the_dots_per_person() {
        let (hub, rx) = hub(Limits::default());
        let slow = key(&hub, 0);
        assert_eq!(
            hub.vote(&vote_body(&slow), Some("a"), IP),
            Err(Refusal::NoRound)
        );
        start_round(&hub, 1, 2, 10);
        assert_eq!(hub.vote(&vote_body(&slow), Some("a"), IP), Ok(1));
        assert_eq!(hub.vote(&vote_body(&slow), Some("a"), IP), Ok(0));
        assert_eq!(
            hub.vote(&vote_body(&slow), Some("a"), IP),
            Err(Refusal::NoDotsLeft)
        );
        // Another device has its own dots.
        assert_eq!(hub.vote(&vote_body(&slow), Some("b"), IP), Ok(1));
        assert_eq!(
            hub.vote(&vote_body("nope"), Some("c"), IP),
            Err(Refusal::UnknownPain)
        );
        let dots: Vec<_> = rx.try_iter().collect();
        assert_eq!(dots.len(), 3);
        assert_eq!(
            dots[0],
            RoomEvent::Dot(Dot {
                round: 1,
                phase: "Buy".into(),
                pain: "Slow".into()
            })
        );
        assert_eq!(hub.in_flight_dots(), 3);
        let state: serde_json::Value =
            serde_json::from_str(&hub.state(&Participant::device("a"))).unwrap();
        assert_eq!(state["vote"]["left"], 0);
        assert_eq!(state["vote"]["mine"][&slow], 2);
    }

    #[test]
    fn the_round_total_counts_local_and_in_flight_dots() {
        let (hub, _rx) = hub(Limits::default());
        let slow = key(&hub, 0);
        start_round(&hub, 1, 5, 3);
        // The app counted two local dots.
        let mut s = (*hub.snapshot()).clone();
        s.vote.as_mut().unwrap().used = 2;
        hub.publish(s);
        assert_eq!(hub.vote(&vote_body(&slow), Some("a"), IP), Ok(4));
        assert_eq!(
            hub.vote(&vote_body(&slow), Some("b"), IP),
            Err(Refusal::RoundFull)
        );
        // The app counted that dot: still full.
        let mut s = (*hub.snapshot()).clone();
        let r = s.vote.as_mut().unwrap();
        r.used = 3;
        r.remote_counted = 1;
        hub.publish(s);
        assert_eq!(hub.in_flight_dots(), 0);
        assert_eq!(
            hub.vote(&vote_body(&slow), Some("b"), IP),
            Err(Refusal::RoundFull)
        );
    }

    #[test]
    fn an_ended_round_takes_no_dot_and_a_new_round_starts_afresh() {
        let (hub, rx) = hub(Limits::default());
        let slow = key(&hub, 0);
        start_round(&hub, 1, 1, 10);
        assert_eq!(hub.vote(&vote_body(&slow), Some("a"), IP), Ok(0));
        hub.end_round();
        assert_eq!(
            hub.vote(&vote_body(&slow), Some("a"), IP),
            Err(Refusal::NoRound)
        );
        start_round(&hub, 2, 1, 10);
        assert_eq!(hub.vote(&vote_body(&slow), Some("a"), IP), Ok(0));
        let rounds: Vec<_> = rx
            .try_iter()
            .map(|e| match e {
                RoomEvent::Dot(d) => d.round,
                _ => 0,
            })
            .collect();
        assert_eq!(rounds, [1, 2]);
    }

    #[test]
    fn participants_are_devices_then_names_then_addresses() {
        let other = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 6));
        assert_eq!(
            Participant::of(Some("x"), Some("Ana"), IP),
            Participant::device("x")
        );
        assert_eq!(
            Participant::of(None, Some("Ana"), IP),
            Participant::of(None, Some("ANA"), other)
        );
        assert_ne!(
            Participant::of(None, None, IP),
            Participant::of(None, None, other)
        );
        assert_ne!(
            Participant::of(None, Some("address:10.0.0.5"), IP),
            Participant::of(None, None, IP)
        );
    }

    #[test]
    fn notes_are_limited_per_participant_and_per_address() {
        let (hub, rx) = hub(Limits::default());
        let t = Instant::now();
        let body = br#"{"phase":"Buy","kind":"pain","text":"card form resets"}"#;
        for i in 1..=10 {
            assert_eq!(hub.note(body, Some("a"), IP, t), Ok(i));
        }
        assert_eq!(hub.note(body, Some("a"), IP, t), Err(Refusal::SlowDown));
        // New devices from the same address: up to the address's limit
        // (60, the refused note above counted).
        let mut ok = 0;
        for d in 0..100 {
            if hub.note(body, Some(&format!("d{d}")), IP, t).is_ok() {
                ok += 1;
            }
        }
        assert_eq!(ok, 60 - 11);
        assert_eq!(rx.try_iter().count(), 10 + ok);
    }

    #[test]
    fn a_full_inbox_refuses_notes() {
        let limits = Limits {
            waiting_notes: 3,
            ..Limits::default()
        };
        let (hub, rx) = hub(limits);
        let t = Instant::now();
        let body = br#"{"phase":"Buy","kind":"idea","text":"x"}"#;
        for _ in 0..3 {
            hub.note(body, Some("a"), IP, t).unwrap();
        }
        assert_eq!(hub.note(body, Some("a"), IP, t), Err(Refusal::InboxFull));
        // The app took them in and settled two: room for two more.
        assert_eq!(rx.try_iter().count(), 3);
        hub.inbox_is(3, 1);
        assert!(hub.note(body, Some("a"), IP, t).is_ok());
        assert!(hub.note(body, Some("a"), IP, t).is_ok());
        assert_eq!(hub.note(body, Some("a"), IP, t), Err(Refusal::InboxFull));
    }

    #[test]
    fn malformed_bodies_are_refused() {
        let (hub, rx) = hub(Limits::default());
        let t = Instant::now();
        for bad in [&b"{"[..], b"[]", b"{\"phase\":\"Buy\"}", b"\xff\xfe", b""] {
            assert_eq!(hub.note(bad, None, IP, t), Err(Refusal::Malformed));
            assert_eq!(hub.vote(bad, None, IP), Err(Refusal::Malformed));
        }
        assert_eq!(rx.try_iter().count(), 0);
    }

    #[test]
    fn requests_are_limited_per_address() {
        let limits = Limits::default();
        let (hub, _rx) = hub(limits);
        let t = Instant::now();
        for _ in 0..limits.requests_per_address.burst {
            assert!(hub.admit(IP, t).is_ok());
        }
        assert_eq!(hub.admit(IP, t), Err(Refusal::SlowDown));
        assert!(hub.admit(IpAddr::V4(Ipv4Addr::LOCALHOST), t).is_ok());
    }
}
