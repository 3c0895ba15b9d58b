//! Deeper maps in the app: what the customer does, thinks and says in the
//! detail, evidence on the cards, the service blueprint, opportunities as
//! cards (add, status, what they address) and list fields edited as lists.

mod common;

use common::{key, render, typ};
use cxmap::keys::action::Action;
use cxmap::model::{
    Evidence, JourneyMap, Opportunity, OpportunityStatus, PainPoint, Persona, Phase, Touchpoint,
};
use cxmap::text::Lang;
use cxmap::tui::app::{App, Overlay, Screen};
use cxmap::tui::doc::{Doc, Sel, Target};
use cxmap::tui::update::apply;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// A small map with every deeper field filled in.
fn deeper_map() -> JourneyMap {
    let mut map = JourneyMap::new("Buying a laptop");
    map.persona = Some(Persona {
        name: "Ana".into(),
        description: Some("First-time buyer".into()),
        goals: vec!["Stay within budget".into()],
        needs: vec!["Honest advice".into()],
        frustrations: vec!["Jargon".into(), "Queues".into()],
        quote: Some("I just want it to work".into()),
    });
    let mut discover = Phase::new("Discover");
    let mut t = Touchpoint::new("reviews", "Reads reviews");
    t.emotion = Some(-1);
    t.key = true;
    t.doing = Some("Compares three review sites on her phone".into());
    t.thinking = Some("Can I trust any of these?".into());
    t.quotes = vec!["Every site says something different".into()];
    t.evidence = Some(Evidence::Researched);
    t.frontstage = vec!["Staff answer chat questions".into()];
    t.backstage = vec!["Marketing curates review widgets".into()];
    t.support = vec!["Review aggregation service".into()];
    discover.touchpoints.push(t);
    let mut ad = Touchpoint::new("ad", "Sees an ad");
    ad.evidence = Some(Evidence::Assumption);
    discover.touchpoints.push(ad);
    let mut pain = PainPoint::new("Reviews contradict each other", 3);
    pain.id = Some("contradict".into());
    pain.owner = Some("Marketing".into());
    pain.touchpoint = Some("reviews".into());
    discover.pain_points.push(pain);
    let mut guide = Opportunity::new("guide", "Publish a comparison guide");
    guide.owner = Some("Marketing".into());
    guide.status = OpportunityStatus::Planned;
    guide.due = Some("2026-12-15".into());
    guide.impact = 4;
    guide.effort = 2;
    guide.addresses = vec!["contradict".into()];
    discover.opportunities.push(guide);
    let mut store = Phase::new("Store visit");
    store
        .touchpoints
        .push(Touchpoint::new("arrives", "Arrives at the store"));
    store
        .pain_points
        .push(PainPoint::new("Only one seller on Saturdays", 4));
    map.phases = vec![discover, store];
    map
}

fn app_with(map: JourneyMap, lang: Lang) -> App {
    common::pin_day();
    let mut app = App::new(None);
    app.configure(&cxmap::config::Config {
        language: lang,
        ..Default::default()
    });
    app.doc = Some(Doc::new(map, None, None));
    app.screen = Screen::Map;
    app
}

fn doc(app: &App) -> &Doc {
    app.doc.as_ref().unwrap()
}

fn select(app: &mut App, sel: Sel) {
    app.doc.as_mut().unwrap().sel = sel;
}

fn shift(app: &mut App, code: KeyCode) {
    cxmap::tui::update::handle_event(app, Event::Key(KeyEvent::new(code, KeyModifiers::SHIFT)));
}

#[test]
fn the_detail_shows_what_the_customer_does_thinks_and_says() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut app = app_with(deeper_map(), Lang::En);
        select(&mut app, Sel::touchpoint(0, 0));
        let screen = render(&mut app, w, h);
        insta::assert_snapshot!(format!("detail_touchpoint_{w}x{h}"), screen);
        apply(&mut app, Action::Details);
        let window = render(&mut app, w, h);
        for text in [
            "Doing: Compares three review sites on her phone",
            "Thinking: Can I trust any of these?",
            "“Every site says something different”",
            "◉ researched",
            "Frontstage: Staff answer chat questions",
            "Backstage: Marketing curates review widgets",
            "Support: Review aggregation service",
        ] {
            assert!(window.contains(text), "no `{text}` at {w}×{h}:\n{window}");
        }
    }
}

#[test]
fn every_card_says_how_it_is_known() {
    let mut app = app_with(deeper_map(), Lang::En);
    let screen = render(&mut app, 160, 48);
    // Researched, then an assumption.
    assert!(screen.contains("◉ brand"), "{screen}");
    assert!(screen.contains("? brand"), "{screen}");
}

#[test]
fn the_blueprint_lines_up_the_lanes_under_the_touchpoints() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut app = app_with(deeper_map(), Lang::En);
        apply(&mut app, Action::Blueprint);
        assert_eq!(app.screen, Screen::Blueprint);
        let screen = render(&mut app, w, h);
        insta::assert_snapshot!(format!("blueprint_{w}x{h}"), screen);
        let lines: Vec<&str> = screen.lines().collect();
        let row_of = |text: &str| lines.iter().position(|l| l.contains(text));
        let col_of = |text: &str| lines.iter().find_map(|l| l.find(text));
        // Customer actions above the line of visibility, the rest below.
        let visibility = row_of("line of visibility").expect("the line is drawn");
        assert!(row_of("Reads reviews").unwrap() < visibility);
        assert!(row_of("Staff answer").unwrap() < visibility);
        assert!(row_of("• Marketing").unwrap() > visibility);
        assert!(row_of("• Review").unwrap() > row_of("• Marketing").unwrap());
        // In the touchpoint's column.
        assert_eq!(col_of("Reads reviews"), col_of("• Staff"));
        assert_eq!(col_of("Reads reviews"), col_of("• Marketing"));
        assert_eq!(col_of("Reads reviews"), col_of("• Review"));
    }
    // b again, or Esc, goes back to the map.
    let mut app = app_with(deeper_map(), Lang::En);
    apply(&mut app, Action::Blueprint);
    apply(&mut app, Action::Blueprint);
    assert_eq!(app.screen, Screen::Map);
}

#[test]
fn the_blueprint_in_spanish() {
    let mut app = app_with(deeper_map(), Lang::Es);
    apply(&mut app, Action::Blueprint);
    let screen = render(&mut app, 80, 24);
    for word in [
        "Acciones del",
        "línea de visibilidad",
        "Primer plano",
        "Trastienda",
    ] {
        assert!(screen.contains(word), "{word}:\n{screen}");
    }
}

#[test]
fn an_opportunity_is_added_by_keys_and_shown_as_a_card() {
    let mut app = app_with(deeper_map(), Lang::En);
    select(&mut app, Sel::touchpoint(1, 0));
    apply(&mut app, Action::AddOpportunity);
    typ(&mut app, "Hire a weekend seller");
    key(&mut app, KeyCode::Tab);
    typ(&mut app, "Store manager");
    key(&mut app, KeyCode::Enter);
    let o = &doc(&app).map.phases[1].opportunities[0];
    assert_eq!(o.text, "Hire a weekend seller");
    assert_eq!(o.owner.as_deref(), Some("Store manager"));
    assert_eq!(o.id, "hire-a-weekend-seller", "derived from the text");
    assert_eq!(doc(&app).target(), Target::Opportunity(1, 0));
    let screen = render(&mut app, 160, 48);
    assert!(screen.contains("◆ Hire a weekend seller"), "{screen}");
    assert!(screen.contains("idea · Store manager"), "{screen}");
    // r moves its status on; u brings it back.
    apply(&mut app, Action::ToggleResolved);
    assert_eq!(
        doc(&app).map.phases[1].opportunities[0].status,
        OpportunityStatus::Planned
    );
    assert_eq!(app.message.as_ref().unwrap().text, "status: planned");
    apply(&mut app, Action::Undo);
    assert_eq!(
        doc(&app).map.phases[1].opportunities[0].status,
        OpportunityStatus::Idea
    );
}

#[test]
fn an_opportunity_addresses_pain_points_of_any_phase() {
    let mut app = app_with(deeper_map(), Lang::En);
    select(&mut app, Sel::opportunity(&deeper_map(), 0, 0));
    apply(&mut app, Action::Link);
    let Some(Overlay::Addresses(a)) = &app.overlay else {
        panic!("the checklist opens")
    };
    assert_eq!(a.checked, [true, false], "what it addresses is checked");
    insta::assert_snapshot!("addresses_80x24", render(&mut app, 80, 24));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    let map = &doc(&app).map;
    // The pain point of the other phase got an id from its first words.
    assert_eq!(
        map.phases[1].pain_points[0].id.as_deref(),
        Some("only-one-seller-on")
    );
    assert_eq!(
        map.phases[0].opportunities[0].addresses,
        ["contradict", "only-one-seller-on"]
    );
    assert!(cxmap::model::validate(map).is_empty());
    // One undo step puts both back.
    apply(&mut app, Action::Undo);
    assert_eq!(doc(&app).map, deeper_map());
}

#[test]
fn deleting_an_addressed_pain_point_removes_it_from_what_is_addressed() {
    let mut app = app_with(deeper_map(), Lang::En);
    select(&mut app, Sel::pain_point(&deeper_map(), 0, 0));
    apply(&mut app, Action::Delete);
    let map = &doc(&app).map;
    assert!(map.phases[0].pain_points.is_empty());
    assert!(map.phases[0].opportunities[0].addresses.is_empty());
    apply(&mut app, Action::Undo);
    assert_eq!(doc(&app).map, deeper_map());
}

#[test]
fn list_fields_are_edited_as_lists() {
    let mut app = app_with(deeper_map(), Lang::En);
    select(&mut app, Sel::touchpoint(0, 0));
    apply(&mut app, Action::Edit);
    let Some(Overlay::Form(f)) = &app.overlay else {
        panic!("the form opens")
    };
    let quotes = f
        .fields
        .iter()
        .position(|x| x.id == cxmap::model::fields::TouchpointField::Quotes.into())
        .unwrap();
    for _ in 0..quotes {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Char(' '));
    insta::assert_snapshot!("list_editor_80x24", render(&mut app, 80, 24));
    // Add one after the first, type it, then move it up.
    key(&mut app, KeyCode::Char('a'));
    typ(&mut app, "Too many tabs open");
    key(&mut app, KeyCode::Enter);
    shift(&mut app, KeyCode::Up);
    // Edit the second: it is the old first one now.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    typ(&mut app, "!");
    key(&mut app, KeyCode::Enter);
    // A pasted block is one item per line.
    cxmap::tui::update::handle_event(&mut app, Event::Paste("One\nTwo\n".into()));
    // Remove the last.
    key(&mut app, KeyCode::Char('d'));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none(), "{:?}", app.message);
    assert_eq!(
        doc(&app).map.phases[0].touchpoints[0].quotes,
        [
            "Too many tabs open",
            "Every site says something different!",
            "One"
        ]
    );
}

#[test]
fn the_persona_is_edited_in_the_map_form() {
    let mut app = app_with(deeper_map(), Lang::En);
    apply(&mut app, Action::EditMap);
    let Some(Overlay::Form(f)) = &app.overlay else {
        panic!("the form opens")
    };
    let goals = f
        .fields
        .iter()
        .position(|x| x.id == cxmap::model::fields::PersonaField::Goals.into())
        .unwrap();
    for _ in 0..goals {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char('a'));
    typ(&mut app, "Be online by Monday");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Enter);
    let p = doc(&app).map.persona.clone().unwrap();
    assert_eq!(p.goals, ["Stay within budget", "Be online by Monday"]);
    assert_eq!(p.frustrations, ["Jargon", "Queues"], "the others stay");
}

#[test]
fn a_map_with_opportunities_saves_and_reads_back() {
    let map = deeper_map();
    let text = cxmap::storage::to_ron(&map);
    assert!(text.contains("opportunities: ["), "{text}");
    let (back, _) = cxmap::storage::parse_str(&text).unwrap();
    assert_eq!(back, map);
}

/// The deeper map with a second opportunity, for the fix plan.
fn planned_map() -> JourneyMap {
    let mut map = deeper_map();
    map.phases[1].pain_points[0].id = Some("one-seller".into());
    let mut hire = Opportunity::new("hire", "Hire a weekend seller");
    hire.owner = Some("Store manager".into());
    hire.impact = 3;
    hire.effort = 3;
    hire.addresses = vec!["one-seller".into()];
    map.phases[1].opportunities.push(hire);
    let mut later = Opportunity::new("chat", "Open a chat on the web");
    later.impact = 2;
    later.effort = 4;
    map.phases[0].opportunities.push(later);
    map
}

#[test]
fn the_fix_plan_lists_opportunities_by_value_and_groups_them() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut app = app_with(planned_map(), Lang::En);
        apply(&mut app, Action::FixPlan);
        assert_eq!(app.screen, Screen::FixPlan);
        let screen = render(&mut app, w, h);
        insta::assert_snapshot!(format!("fix_plan_{w}x{h}"), screen);
    }
    let mut app = app_with(planned_map(), Lang::En);
    apply(&mut app, Action::FixPlan);
    let screen = render(&mut app, 160, 48);
    // guide: impact 4 × (1 + 3) / effort 2 = 8.0
    // hire:  impact 3 × (1 + 4) / effort 3 = 5.0
    // chat:  impact 2 × (1 + 0) / effort 4 = 0.5
    let at = |t: &str| {
        screen
            .find(t)
            .unwrap_or_else(|| panic!("no {t}:\n{screen}"))
    };
    assert!(at("8.0  ◆ Publish a comparison guide") < at("5.0  ◆ Hire a weekend seller"));
    assert!(at("5.0  ◆ Hire a weekend seller") < at("0.5  ◆ Open a chat"));
    assert!(
        screen.contains("value = impact 4 × (1 + 3) / effort 2 = 8.0"),
        "{screen}"
    );
    // By owner: headings, each group by value.
    apply(&mut app, Action::Right);
    let by_owner = render(&mut app, 160, 48);
    for heading in ["Marketing", "Store manager", "(no owner yet)"] {
        assert!(by_owner.contains(heading), "{heading}:\n{by_owner}");
    }
    // By status.
    apply(&mut app, Action::Right);
    let by_status = render(&mut app, 160, 48);
    assert!(by_status.find("idea").unwrap() < by_status.find("planned").unwrap());
    // r moves the selected one's status on; Enter goes to it on the map.
    apply(&mut app, Action::Left);
    apply(&mut app, Action::Left);
    apply(&mut app, Action::Down);
    apply(&mut app, Action::ToggleResolved);
    assert_eq!(
        doc(&app).map.phases[1].opportunities[0].status,
        OpportunityStatus::Planned
    );
    apply(&mut app, Action::Edit);
    assert_eq!(app.screen, Screen::Map);
    assert_eq!(doc(&app).target(), Target::Opportunity(1, 0));
}

#[test]
fn the_score_view_explains_an_opportunitys_value() {
    let mut app = app_with(planned_map(), Lang::En);
    apply(&mut app, Action::SwitchView);
    use cxmap::tui::screens::{ScoreItem, ScoreScreen};
    let items = ScoreScreen::items(&doc(&app).report);
    app.score.sel = items
        .iter()
        .position(|i| matches!(i, ScoreItem::Opportunity(_)))
        .unwrap();
    let screen = render(&mut app, 160, 48);
    assert!(
        screen.contains("value = impact 4 × (1 + 3) / effort 2 = 8.0"),
        "{screen}"
    );
}

#[test]
fn a_future_map_is_scored_beside_its_baseline() {
    let dir = tempfile::tempdir().unwrap();
    // The current state: Discover scores 25 (emotion -1), Store visit 75.
    let mut current = JourneyMap::new("Today");
    let mut d = Phase::new("Discover");
    let mut t = Touchpoint::new("a", "A");
    t.emotion = Some(-1);
    d.touchpoints.push(t);
    let mut s = Phase::new("Store visit");
    let mut t = Touchpoint::new("b", "B");
    t.emotion = Some(1);
    s.touchpoints.push(t);
    current.phases = vec![d, s];
    std::fs::write(
        dir.path().join("today.ron"),
        cxmap::storage::to_ron(&current),
    )
    .unwrap();
    // The future: Discover at emotion +1 → 75 (Δ +50), Store visit the same.
    let mut future = current.clone();
    future.title = "Tomorrow".into();
    future.state = cxmap::model::MapState::Future;
    future.baseline = Some("today.ron".into());
    future.phases[0].touchpoints[0].emotion = Some(1);
    let path = dir.path().join("tomorrow.ron");
    std::fs::write(&path, cxmap::storage::to_ron(&future)).unwrap();
    common::pin_day();
    let mut app = App::new(None);
    cxmap::tui::update::open_path(&mut app, &path);
    apply(&mut app, Action::SwitchView);
    // The temporary folder's name, the same length every time.
    let tmp = dir.path().display().to_string();
    let steady = |s: String| s.replace(&tmp, &"T".repeat(tmp.chars().count()));
    let screen = render(&mut app, 160, 48);
    insta::assert_snapshot!("future_score_160x48", steady(screen.clone()));
    // Overall: 50 before ((25 + 75) / 2), 75 now: +25.
    assert!(screen.contains("vs \"Today\" 50: +25"), "{screen}");
    assert!(screen.contains("Δ+50"), "{screen}");
    assert!(screen.contains("Δ+0"), "{screen}");
    insta::assert_snapshot!("future_score_80x24", steady(render(&mut app, 80, 24)));
    // A baseline that is not there is said.
    std::fs::remove_file(dir.path().join("today.ron")).unwrap();
    cxmap::tui::update::open_path(&mut app, &path);
    apply(&mut app, Action::SwitchView);
    let screen = render(&mut app, 160, 48);
    assert!(
        screen.contains("baseline today.ron: the file is not there"),
        "{screen}"
    );
}

#[test]
fn a_duplicated_phase_is_named_in_the_apps_language() {
    for (lang, name) in [
        (Lang::En, "Discover (copy)"),
        (Lang::Es, "Discover (copia)"),
    ] {
        let mut app = app_with(deeper_map(), lang);
        select(&mut app, Sel { phase: 0, row: 0 });
        apply(&mut app, Action::Duplicate);
        let map = &doc(&app).map;
        assert_eq!(map.phases[1].name, name, "{:?}", app.message);
        // Copies get ids of their own: the map stays valid.
        assert!(cxmap::model::validate(map).is_empty());
        assert_ne!(map.phases[1].opportunities[0].id, "guide");
        assert_eq!(map.phases[1].pain_points[0].id, None);
    }
}

#[test]
fn an_opportunity_addressing_another_phase_is_edited_like_any_other() {
    // guide (Discover) addresses a pain point of Store visit.
    let mut map = planned_map();
    map.phases[0].opportunities[0]
        .addresses
        .push("one-seller".into());
    let mut app = app_with(map, Lang::En);
    let sel = Sel::opportunity(&doc(&app).map, 0, 0);
    select(&mut app, sel);
    apply(&mut app, Action::ToggleResolved);
    assert_eq!(
        doc(&app).map.phases[0].opportunities[0].status,
        OpportunityStatus::InProgress,
        "{:?}",
        app.message
    );
    // Editing the pain point it addresses, in its own phase, too.
    let pain = Sel::pain_point(&doc(&app).map, 1, 0);
    select(&mut app, pain);
    apply(&mut app, Action::Raise);
    assert_eq!(
        doc(&app).map.phases[1].pain_points[0].votes,
        1,
        "{:?}",
        app.message
    );
    // A pain id taken twice across phases is still refused.
    select(&mut app, pain);
    apply(&mut app, Action::Edit);
    let Some(Overlay::Form(f)) = &app.overlay else {
        panic!("the form opens")
    };
    let id = f
        .fields
        .iter()
        .position(|x| x.id == cxmap::model::fields::PainField::Id.into())
        .unwrap();
    for _ in 0..id {
        key(&mut app, KeyCode::Tab);
    }
    for _ in 0.."one-seller".len() {
        key(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "contradict");
    key(&mut app, KeyCode::Enter);
    let Some(Overlay::Form(f)) = &app.overlay else {
        panic!("refused: the form stays open")
    };
    assert!(
        app.say(f.error.as_ref().unwrap())
            .contains("duplicate pain point id `contradict`")
    );
}
