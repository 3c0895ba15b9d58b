//! In the room: presenting mode, quick capture, the countdown timer and
//! dot-voting rounds.

use crate::text::{Msg, W};
use std::time::{Duration, Instant};

use crate::tui::action::Action;
use crate::tui::app::{
    App, CapturePrompt, Message, Overlay, Prompt, PromptPurpose, Screen, Timer, VoteRound, mmss,
};
use crate::tui::capture::{self, Capture};
use crate::tui::doc::{Reach, Sel, Target};
use crate::tui::form::Form;
use crate::tui::ops;
use crate::tui::tables::{SCREEN, ScreenKey};

/// The longest countdown, in minutes.
pub const TIMER_MAX_MINUTES: u64 = 180;

/// Keys while presenting: phases with ←/→, scrolling with ↑/↓.
pub(super) fn present_action(app: &mut App, action: Action) {
    let Some(doc) = app.doc.as_mut() else { return };
    let n = doc.map.phases.len();
    match action {
        Action::Left | Action::MovePrev => {
            doc.sel = Sel {
                phase: doc.sel.phase.saturating_sub(1),
                row: 0,
            };
            app.present.scroll = 0;
        }
        Action::Right | Action::MoveNext => {
            doc.sel = Sel {
                phase: (doc.sel.phase + 1).min(n.saturating_sub(1)),
                row: 0,
            };
            app.present.scroll = 0;
        }
        // Rows of cards; the view stops at the last.
        Action::Up => app.present.scroll = app.present.scroll.saturating_sub(1),
        Action::Down => {
            let ph = &doc.map.phases[doc.sel.phase];
            let most =
                (ph.touchpoints.len() + ph.pain_points.len() + ph.opportunities.len() + 3) as u16;
            app.present.scroll = (app.present.scroll + 1).min(most);
        }
        Action::Present => app.screen = Screen::Map,
        Action::Timer => timer(app),
        // The room's code is shown on the projector too.
        Action::Room => super::phones::room_key(app),
        Action::Inbox => super::phones::inbox_key(app),
        _ => {
            let back = SCREEN.key(&app.keymap, ScreenKey::Back);
            app.error(Msg::PresentingKeys { back })
        }
    }
}

/// Starts presenting the selected phase.
pub(super) fn present(app: &mut App) {
    match &app.doc {
        Some(doc) if !doc.map.phases.is_empty() => {
            app.present.scroll = 0;
            app.screen = Screen::Present;
        }
        _ => app.error(Msg::NothingToPresent),
    }
}

pub(super) fn open_capture(app: &mut App) {
    match &app.doc {
        Some(doc) if !doc.map.phases.is_empty() => {
            app.overlay = Some(Overlay::Capture(Box::default()));
        }
        _ => app.error(Msg::TouchpointNeedsPhase),
    }
}

/// Adds what one captured line says; the prompt stays open for the next.
pub(super) fn capture_line(app: &mut App, p: &mut CapturePrompt) {
    let line = p.input.lines().join(" ");
    if line.trim().is_empty() {
        return;
    }
    let result = match capture::parse(&line) {
        Err(e) => Err(e.msg()),
        Ok(c) => add_captured(app, c),
    };
    let error = result.is_err();
    if !error {
        p.input = Default::default();
    }
    let (Ok(msg) | Err(msg)) = result;
    p.log.push(Message {
        text: app.say(&msg),
        error,
    });
    if p.log.len() > 20 {
        p.log.remove(0);
    }
}

/// One capture, one undo step. A touchpoint goes after the selected one
/// and becomes the selection; a pain point is linked to the selected
/// touchpoint (or to the one the selected pain point is linked to) and the
/// selection stays, so the next pain point links there too.
fn add_captured(app: &mut App, c: Capture) -> ops::Edit {
    let Some(doc) = app.doc.as_mut() else {
        return Err(Msg::NoMapOpen);
    };
    match c {
        Capture::Touchpoint(t) => {
            let mut facts = Vec::new();
            if let Some(ch) = &t.channel {
                facts.push(format!("@{ch}"));
            }
            if let Some(e) = t.emotion {
                facts.push(format!("{e:+}"));
            }
            if t.key {
                facts.push("★".into());
            }
            if t.owner != crate::model::Owner::default() {
                facts.push(format!(
                    "#{}",
                    crate::text::W::owner(t.owner).text(app.lang)
                ));
            }
            if t.importance != crate::model::Touchpoint::new("", "").importance {
                facts.push(format!("*{}", t.importance));
            }
            let name = t.name.clone();
            doc.change_with(Reach::Selection, |m, s, ids| {
                ops::add_touchpoint(m, s, *t, ids)
            })?;
            Ok(Msg::AddedTouchpoint {
                name,
                marks: facts.join(" "),
            })
        }
        Capture::Pain(mut pain) => {
            let map = &doc.map;
            let link = match doc.target() {
                Target::Touchpoint(p, i) => Some((p, map.phases[p].touchpoints[i].id.clone())),
                Target::PainPoint(p, i) => map.phases[p].pain_points[i]
                    .touchpoint
                    .clone()
                    .map(|id| (p, id)),
                _ => None,
            };
            let keep = doc.sel;
            let linked_name = link.as_ref().and_then(|(p, id)| {
                map.phases[*p]
                    .touchpoints
                    .iter()
                    .find(|t| &t.id == id)
                    .map(|t| t.name.clone())
            });
            pain.touchpoint = link.map(|(_, id)| id);
            let text = pain.text.clone();
            let sev = pain.severity;
            doc.change(|m, s| {
                ops::add_pain_point(m, s, pain)?;
                if matches!(keep.target(m), Target::Touchpoint(..)) {
                    *s = keep;
                }
                Ok(Msg::AddedPainPoint)
            })?;
            Ok(Msg::AddedPainCaptured {
                text,
                severity: sev,
                linked: linked_name,
            })
        }
    }
}

/// `T`: asks for minutes, or stops the running timer.
pub(super) fn timer(app: &mut App) {
    if app.room.timer.take().is_some() {
        app.info(Msg::TimerStopped);
        return;
    }
    let mut p = Prompt::new(W::CountdownHowManyMinutes, "5", PromptPurpose::Timer);
    p.input.select_all();
    app.overlay = Some(Overlay::Prompt(Box::new(p)));
}

/// Minutes typed for the timer: whole or decimal ("1.5", "1,5").
pub fn parse_minutes(text: &str) -> Result<Duration, Msg> {
    let max = TIMER_MAX_MINUTES;
    let v: f64 = text
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| Msg::MinutesNotNumber { max })?;
    if !(v > 0.0 && v <= max as f64) {
        return Err(Msg::MinutesOutOfRange { max });
    }
    Ok(Duration::from_secs((v * 60.0).round().max(1.0) as u64))
}

pub(super) fn start_timer(app: &mut App, total: Duration) {
    app.room.timer = Some(Timer {
        end: app.now + total,
        total,
    });
    app.info(Msg::TimerStarted {
        time: mmss(total.as_secs()),
    });
}

/// `v`: starts a round (asks for dots and participants) or ends it.
pub(super) fn vote(app: &mut App) {
    match app.room.vote.take() {
        None => app.overlay = Some(Overlay::form(Form::vote())),
        Some(round) => end_vote(app, round),
    }
}

pub(super) fn start_vote(app: &mut App, dots: i64, participants: i64) {
    app.room.vote = Some(VoteRound::new(dots, participants));
    // Phones see the round at once.
    super::phones::sync(app);
    app.info(Msg::VoteStarted {
        dots: dots * participants,
    });
}

/// `+`/`-` on a pain point during a round; the room's dots taken in
/// first, and those on their way counted as given.
pub(super) fn record_vote(app: &mut App, delta: i64) {
    super::phones::sync(app);
    let in_flight = app.phones.in_flight_dots();
    let Some(doc) = &app.doc else { return };
    let Target::PainPoint(p, i) = doc.target() else {
        app.error(Msg::VoteSelectPain);
        return;
    };
    let key = (
        doc.map.phases[p].name.clone(),
        doc.map.phases[p].pain_points[i].text.clone(),
    );
    let Some(round) = app.room.vote.as_mut() else {
        return;
    };
    if delta > 0 && round.left() - in_flight <= 0 {
        app.error(Msg::NoDotsLeft);
        return;
    }
    let current = round.votes(&key.0, &key.1);
    let next = round.give(&key.0, &key.1, delta);
    if next == current {
        app.error(Msg::NoDotsHere);
        return;
    }
    let left = round.left() - in_flight;
    super::phones::sync(app);
    app.info(Msg::DotsHere { here: next, left });
}

/// Ends a round: the votes are added to the pain points' votes in one
/// undo step.
fn end_vote(app: &mut App, mut round: VoteRound) {
    // Phones can give no more dots; those they gave are counted.
    app.phones.end_round(&mut round);
    let Some(doc) = app.doc.as_mut() else { return };
    if round.tally.is_empty() {
        app.info(Msg::VoteEndedNone);
        return;
    }
    let used = round.used();
    let result = doc.change_all(|m, _| {
        let mut given = 0;
        for ((phase, text), n) in &round.tally {
            if let Some(pain) = m
                .phases
                .iter_mut()
                .find(|p| &p.name == phase)
                .and_then(|p| p.pain_points.iter_mut().find(|x| &x.text == text))
            {
                pain.votes += n;
                given += 1;
            }
        }
        Ok(Msg::VoteEnded {
            dots: used,
            pains: given,
        })
    });
    match result {
        Ok(m) => app.info(m),
        Err(e) => app.error(e),
    }
}

/// The clock moved on: returns whether the screen shows something new
/// (the timer's seconds).
pub fn tick(app: &mut App, now: Instant) -> bool {
    let before = app.room.timer.map(|t| t.left(app.now));
    app.now = now;
    let after = app.room.timer.map(|t| t.left(now));
    // At zero the timer flashes: redraw every tick.
    before != after || after == Some(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_parse_with_a_range() {
        assert_eq!(parse_minutes("5"), Ok(Duration::from_secs(300)));
        assert_eq!(parse_minutes(" 1,5 "), Ok(Duration::from_secs(90)));
        assert!(parse_minutes("0").is_err());
        assert!(parse_minutes("-3").is_err());
        assert!(parse_minutes("181").is_err());
        assert!(parse_minutes("five").is_err());
    }

    #[test]
    fn timer_shows_whole_seconds_left() {
        let start = Instant::now();
        let t = Timer {
            end: start + Duration::from_secs(300),
            total: Duration::from_secs(300),
        };
        assert_eq!(mmss(t.left(start)), "05:00");
        assert_eq!(mmss(t.left(start + Duration::from_millis(1500))), "04:59");
        assert_eq!(t.left(start + Duration::from_secs(400)), 0);
    }
}
