//! Forms: real text inputs (ratatui-textarea: cursor movement, Home/End,
//! word deletion, paste), choices from a list, numbers checked as you type
//! with their allowed range shown. A form is turned into model values only
//! when every field is valid.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui_textarea::TextArea;

use crate::keys::keymap::{Key, Keymap};
use crate::model::fields::{
    self, AnyField, CsatField, MapField as M, NpsField, OpportunityField as O, PainField as P,
    PersonaField, PhaseField as Ph, ScoringField, SignalWeightField, TouchpointField as T,
};
use crate::model::{
    Csat, Dimension, Evidence, JourneyMap, Nps, Opportunity, OpportunityStatus, Owner, PainPoint,
    Persona, Phase, Scoring, Stage, Status, Touchpoint,
};
use crate::text::msg::{FieldError, FieldHint};
use crate::text::{Lang, Msg, W};
use crate::tui::tables::{FORM, FormKey, ITEM, ItemKey, LIST, ListKey};

/// Which field of a form: how forms, their checks and their views refer
/// to a field (never by its label). A field of the format is named by its
/// typed field from the table, which gives its range and choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldId {
    Of(AnyField),
    /// The set-up of a dot-voting round (not fields of the format).
    DotsPerPerson,
    Participants,
}

macro_rules! field_ids {
    ($($t:ty),*) => {$(
        impl From<$t> for FieldId {
            fn from(f: $t) -> FieldId {
                FieldId::Of(f.into())
            }
        }
    )*};
}

field_ids!(
    fields::MapField,
    fields::PersonaField,
    fields::PhaseField,
    fields::TouchpointField,
    fields::RatingsField,
    fields::CsatField,
    fields::NpsField,
    fields::PainField,
    fields::OpportunityField,
    fields::ScoringField,
    fields::SignalWeightField
);

/// The rating field of a dimension.
fn rating(d: Dimension) -> FieldId {
    fields::RatingsField::from_name(d.as_str())
        .expect("every dimension is a field of ratings")
        .into()
}

impl FieldId {
    /// The field of the format it edits (none for a voting round's set-up).
    pub fn spec(self) -> Option<&'static fields::Field> {
        match self {
            FieldId::Of(f) => Some(f.spec()),
            FieldId::DotsPerPerson | FieldId::Participants => None,
        }
    }

    /// The label shown next to the field.
    pub fn label(self) -> W {
        match self {
            FieldId::DotsPerPerson => W::DotsPerPerson,
            FieldId::Participants => W::Participants,
            FieldId::Of(f) => crate::text::fields::label(f),
        }
    }

    /// The range of a number field, from the format's table.
    fn range(self) -> (i64, i64) {
        match self.spec().map(|s| s.kind) {
            Some(fields::Kind::Int { min, max }) => (min, max),
            Some(fields::Kind::Count { min }) => (min, i64::from(u32::MAX)),
            _ => (i64::MIN, i64::MAX),
        }
    }
}

/// An option of a choice field: an app word (shown in the app's language)
/// or the user's own words (a touchpoint's name, never translated).
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    Word(W),
    User(String),
}

impl Choice {
    pub fn text(&self, lang: Lang) -> &str {
        match self {
            Choice::Word(w) => w.text(lang),
            Choice::User(s) => s,
        }
    }
}

/// What a field holds.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    Text {
        required: bool,
    },
    Int {
        min: i64,
        max: i64,
        optional: bool,
    },
    Float {
        min: f64,
        max: f64,
        optional: bool,
    },
    /// A calendar date, or empty: typed `YYYY-MM-DD` or day first
    /// (`31/03/2026`, `31-3-2026`, `31.03.26`), kept as `YYYY-MM-DD`.
    Date,
    Choice {
        options: Vec<Choice>,
    },
    /// A list of texts, edited item by item in the form.
    List {
        items: Vec<String>,
        sel: usize,
    },
}

#[derive(Debug, Clone)]
pub struct Field {
    pub id: FieldId,
    pub kind: FieldKind,
    pub input: TextArea<'static>,
    pub choice: usize,
    /// For a choice whose options are the user's words shown by name (the
    /// touchpoint a pain point is linked to): the value behind each option.
    /// Such options are never translated.
    pub values: Vec<String>,
    /// A value put there for the person to replace (a new map's title
    /// from its template), not yet edited: the first character typed
    /// replaces it; an arrow key or `Home` first keeps it for editing.
    pub fresh: bool,
}

impl Field {
    fn text(id: impl Into<FieldId>, value: &str, required: bool) -> Field {
        let mut input = TextArea::new(vec![value.to_string()]);
        input.move_cursor(ratatui_textarea::CursorMove::End);
        Field {
            id: id.into(),
            kind: FieldKind::Text { required },
            input,
            choice: 0,
            values: Vec::new(),
            fresh: false,
        }
    }

    /// A whole number field of the format, its range from the table.
    fn int(id: impl Into<FieldId>, value: Option<i64>, optional: bool) -> Field {
        let id = id.into();
        let (min, max) = id.range();
        Field::int_in(id, value, min, max, optional)
    }

    fn int_in(
        id: impl Into<FieldId>,
        value: Option<i64>,
        min: i64,
        max: i64,
        optional: bool,
    ) -> Field {
        let mut f = Field::text(id, &value.map(|v| v.to_string()).unwrap_or_default(), false);
        f.kind = FieldKind::Int { min, max, optional };
        f
    }

    /// A number field of the format, its range from the table.
    fn float(id: impl Into<FieldId>, value: Option<f64>) -> Field {
        let id = id.into();
        let (min, max) = match id.spec().map(|s| s.kind) {
            Some(fields::Kind::Number { min, max }) => (min, max),
            _ => (f64::MIN, f64::MAX),
        };
        let mut f = Field::text(id, &value.map(|v| v.to_string()).unwrap_or_default(), false);
        f.kind = FieldKind::Float {
            min,
            max,
            optional: true,
        };
        f
    }

    /// A date field (`YYYY-MM-DD`), empty for none.
    fn date(id: impl Into<FieldId>, value: Option<&str>) -> Field {
        let mut f = Field::text(id, value.unwrap_or(""), false);
        f.kind = FieldKind::Date;
        f
    }

    /// A list of texts.
    fn list(id: impl Into<FieldId>, items: &[String]) -> Field {
        let mut f = Field::text(id, "", false);
        f.kind = FieldKind::List {
            items: items.to_vec(),
            sel: 0,
        };
        f
    }

    /// The items of a list field (empty for any other field).
    pub fn items(&self) -> Vec<String> {
        match &self.kind {
            FieldKind::List { items, .. } => items.clone(),
            _ => Vec::new(),
        }
    }

    fn choice(id: impl Into<FieldId>, options: Vec<Choice>, choice: usize) -> Field {
        Field {
            id: id.into(),
            kind: FieldKind::Choice { options },
            input: TextArea::default(),
            choice,
            values: Vec::new(),
            fresh: false,
        }
    }

    /// The text typed, without surrounding spaces.
    pub fn value(&self) -> String {
        self.input.lines().join(" ").trim().to_string()
    }

    pub fn opt_text(&self) -> Option<String> {
        let v = self.value();
        (!v.is_empty()).then_some(v)
    }

    /// The allowed values, shown next to the field (with the form's keys
    /// that choose).
    pub fn range_hint(&self, km: &Keymap) -> Option<FieldHint> {
        let keys = |does: &[FormKey]| {
            let keys: Vec<String> = does
                .iter()
                .flat_map(|d| FORM.keys(km, *d))
                .map(|k| k.to_string())
                .collect();
            keys.join("/")
        };
        match &self.kind {
            FieldKind::Text { required: true } => Some(FieldHint::Required),
            FieldKind::Text { required: false } => None,
            FieldKind::Int { min, max, .. } => Some(FieldHint::Range {
                min: *min,
                max: *max,
            }),
            FieldKind::Float { min, max, .. } if max.is_finite() => Some(FieldHint::Decimal {
                min: *min,
                max: *max,
            }),
            FieldKind::Float { min, .. } => Some(FieldHint::AtLeast { min: *min }),
            FieldKind::Choice { .. } => Some(FieldHint::Choose {
                keys: keys(&[FormKey::ChoicePrev, FormKey::ChoiceNext]),
            }),
            FieldKind::Date => Some(FieldHint::Date),
            FieldKind::List { items, .. } => Some(FieldHint::List {
                items: items.len(),
                keys: keys(&[FormKey::ChoiceNext]),
            }),
        }
    }

    /// Why the current input is not valid, if it is not.
    pub fn error(&self) -> Option<FieldError> {
        let v = self.value();
        match &self.kind {
            FieldKind::Text { required } => {
                (*required && v.is_empty()).then_some(FieldError::Required)
            }
            FieldKind::Int { min, max, optional } => {
                if v.is_empty() {
                    return (!optional).then_some(FieldError::Required);
                }
                let (min, max) = (*min, *max);
                match v.parse::<i64>() {
                    Ok(n) if n >= min && n <= max => None,
                    Ok(value) => Some(FieldError::IntOutOfRange { value, min, max }),
                    Err(_) => Some(FieldError::NotWhole { min, max }),
                }
            }
            FieldKind::Float { min, max, optional } => {
                if v.is_empty() {
                    return (!optional).then_some(FieldError::Required);
                }
                let (min, max) = (*min, *max);
                match v.replace(',', ".").parse::<f64>() {
                    Ok(n) if n.is_finite() && n >= min && n <= max => None,
                    Ok(_) if max.is_finite() => Some(FieldError::OutOfRange { min, max }),
                    Ok(_) => Some(FieldError::AtLeast { min }),
                    Err(_) => Some(FieldError::NotNumber),
                }
            }
            FieldKind::Date if v.is_empty() || parse_date(&v).is_some() => None,
            FieldKind::Date => Some(FieldError::NotDate),
            FieldKind::Choice { .. } | FieldKind::List { .. } => None,
        }
    }

    fn int_value(&self) -> Option<i64> {
        self.value().parse().ok()
    }

    fn float_value(&self) -> Option<f64> {
        self.value().replace(',', ".").parse().ok()
    }

    /// The value behind the chosen option of a choice of the user's words.
    pub fn chosen(&self) -> &str {
        self.values.get(self.choice).map_or("", |v| v.as_str())
    }

    /// Whether the options are the user's own words.
    pub fn user_options(&self) -> bool {
        !self.values.is_empty()
    }

    fn is_number(&self) -> bool {
        matches!(self.kind, FieldKind::Int { .. } | FieldKind::Float { .. })
    }
}

/// Which element a form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    Touchpoint {
        phase: usize,
        index: Option<usize>,
    },
    PainPoint {
        phase: usize,
        index: Option<usize>,
    },
    Phase {
        index: Option<usize>,
    },
    Opportunity {
        phase: usize,
        index: Option<usize>,
    },
    Map,
    /// The set-up of a dot-voting round.
    Vote,
}

/// What a key did to a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Continue,
    Submit,
    Cancel,
}

#[derive(Debug, Clone)]
pub struct Form {
    /// The list field being edited item by item, if any.
    pub list_edit: Option<ListEdit>,
    pub title: W,
    /// The element edited, by its name (none for a new one): named in
    /// the title, so that a form opened by mistake is seen for what it is.
    pub what: Option<String>,
    /// What the title is about (the phase's name), shown after it.
    pub subject: Option<String>,
    pub kind: FormKind,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Why the last submit was refused.
    pub error: Option<Msg>,
    /// The language the options are shown in (typing a letter jumps to
    /// the option that starts with it there).
    pub lang: Lang,
    /// The element as it was when the form opened: what the form changes
    /// is applied over the element as it is when the form is confirmed.
    pub original: Option<Original>,
}

/// A list field being edited: which field, and the item being typed (its
/// index when it replaces one, `None` for a new one).
#[derive(Debug, Clone)]
pub struct ListEdit {
    pub field: usize,
    pub input: Option<(Option<usize>, TextArea<'static>)>,
    /// Started by typing on the field in the form: `Enter` or `Esc` on the
    /// item goes back to the form.
    pub typed: bool,
}

/// An element a form edits, as it was when the form opened.
#[derive(Debug, Clone)]
pub enum Original {
    Touchpoint(Box<Touchpoint>),
    Pain(PainPoint),
    Phase(Box<Phase>),
    Opportunity(Box<Opportunity>),
}

fn stage_options() -> Vec<Choice> {
    std::iter::once(Choice::Word(W::None))
        .chain(Stage::ALL.iter().map(|s| Choice::Word(W::stage(*s))))
        .collect()
}

impl Form {
    fn new(title: W, kind: FormKind, fields: Vec<Field>) -> Form {
        Form {
            list_edit: None,
            title,
            what: None,
            subject: None,
            kind,
            fields,
            focus: 0,
            error: None,
            lang: Lang::En,
            original: None,
        }
    }

    pub fn touchpoint(map: &JourneyMap, phase: usize, index: Option<usize>) -> Form {
        let blank = Touchpoint::new("", "");
        let t = index
            .and_then(|i| map.phases.get(phase)?.touchpoints.get(i))
            .unwrap_or(&blank);
        let owner = Owner::ALL.iter().position(|o| *o == t.owner).unwrap_or(0);
        // In the order people fill them in: what it is, where, how it
        // felt, whether it matters most, whose it is; the rest after; the
        // id last (derived from the name when left empty).
        let mut fields = vec![
            Field::text(T::Name, &t.name, true),
            Field::text(T::Channel, t.channel.as_deref().unwrap_or(""), false),
            Field::int(T::Emotion, t.emotion, true),
            Field::choice(
                T::Key,
                vec![Choice::Word(W::No), Choice::Word(W::Yes)],
                t.key as usize,
            ),
            Field::choice(
                T::Owner,
                Owner::ALL
                    .iter()
                    .map(|o| Choice::Word(W::owner(*o)))
                    .collect(),
                owner,
            ),
            Field::int(T::Importance, Some(t.importance), false),
            Field::text(T::Notes, t.notes.as_deref().unwrap_or(""), false),
            // What the customer does, thinks and says; how sure we are.
            Field::text(T::Doing, t.doing.as_deref().unwrap_or(""), false),
            Field::text(T::Thinking, t.thinking.as_deref().unwrap_or(""), false),
            Field::list(T::Quotes, &t.quotes),
            Field::choice(
                T::Evidence,
                std::iter::once(Choice::Word(W::Unstated))
                    .chain(Evidence::ALL.iter().map(|e| Choice::Word(W::evidence(*e))))
                    .collect(),
                t.evidence
                    .and_then(|e| Evidence::ALL.iter().position(|x| *x == e))
                    .map_or(0, |i| i + 1),
            ),
            // The service blueprint.
            Field::list(T::Frontstage, &t.frontstage),
            Field::list(T::Backstage, &t.backstage),
            Field::list(T::Support, &t.support),
        ];
        for d in Dimension::ALL {
            fields.push(Field::int(rating(d), t.ratings.get(d), true));
        }
        fields.extend([
            Field::int(CsatField::Satisfied, t.csat.map(|c| c.satisfied), true),
            Field::int(CsatField::Responses, t.csat.map(|c| c.responses), true),
            Field::float(T::Ces, t.ces),
            Field::int(NpsField::Promoters, t.nps.map(|n| n.promoters), true),
            Field::int(NpsField::Passives, t.nps.map(|n| n.passives), true),
            Field::int(NpsField::Detractors, t.nps.map(|n| n.detractors), true),
            // A new touchpoint's id is derived from its name on save.
            Field::text(T::Id, if index.is_some() { &t.id } else { "" }, false),
        ]);
        let title = match index {
            Some(_) => W::EditTouchpoint,
            None => W::NewTouchpoint,
        };
        let mut form = Form::new(title, FormKind::Touchpoint { phase, index }, fields);
        form.subject = map.phases.get(phase).map(|p| p.name.clone());
        form.what = index.map(|_| t.name.clone());
        form.original = index.map(|_| Original::Touchpoint(Box::new(t.clone())));
        form
    }

    pub fn pain_point(map: &JourneyMap, phase: usize, index: Option<usize>) -> Form {
        let blank = PainPoint::new("", 3);
        let ph = map.phases.get(phase);
        let pain = index.and_then(|i| ph?.pain_points.get(i)).unwrap_or(&blank);
        // Touchpoints by name; the id is the value behind each.
        let tps: Vec<&Touchpoint> = ph.into_iter().flat_map(|p| &p.touchpoints).collect();
        let mut names = vec![Choice::Word(W::None)];
        names.extend(tps.iter().map(|t| Choice::User(t.name.clone())));
        let mut ids = vec![String::new()];
        ids.extend(tps.iter().map(|t| t.id.clone()));
        let link = pain
            .touchpoint
            .as_ref()
            .and_then(|id| ids.iter().position(|l| l == id))
            .unwrap_or(0);
        let mut link_field = Field::choice(P::Touchpoint, names, link);
        link_field.values = ids;
        let fields = vec![
            Field::text(P::Text, &pain.text, true),
            Field::int(P::Severity, Some(pain.severity), false),
            link_field,
            Field::text(P::Action, pain.action.as_deref().unwrap_or(""), false),
            Field::choice(
                P::Status,
                vec![Choice::Word(W::Open), Choice::Word(W::ResolvedLabel)],
                (pain.status == Status::Resolved) as usize,
            ),
            Field::int(P::Votes, Some(pain.votes), false),
            Field::text(P::Owner, pain.owner.as_deref().unwrap_or(""), false),
            Field::text(P::Id, pain.id.as_deref().unwrap_or(""), false),
        ];
        let title = match index {
            Some(_) => W::EditPainPoint,
            None => W::NewPainPoint,
        };
        let mut form = Form::new(title, FormKind::PainPoint { phase, index }, fields);
        form.subject = ph.map(|p| p.name.clone());
        form.what = index.map(|_| pain.text.clone());
        form.original = index.map(|_| Original::Pain(pain.clone()));
        form
    }

    pub fn opportunity(map: &JourneyMap, phase: usize, index: Option<usize>) -> Form {
        let blank = Opportunity::new("", "");
        let ph = map.phases.get(phase);
        let o = index
            .and_then(|i| ph?.opportunities.get(i))
            .unwrap_or(&blank);
        let status = OpportunityStatus::ALL
            .iter()
            .position(|s| *s == o.status)
            .unwrap_or(0);
        let fields = vec![
            Field::text(O::Text, &o.text, true),
            Field::text(O::Owner, o.owner.as_deref().unwrap_or(""), false),
            Field::choice(
                O::Status,
                OpportunityStatus::ALL
                    .iter()
                    .map(|s| Choice::Word(W::opportunity_status(*s)))
                    .collect(),
                status,
            ),
            Field::date(O::Due, o.due.as_deref()),
            Field::int(O::Impact, Some(o.impact), false),
            Field::int(O::Effort, Some(o.effort), false),
            // A new opportunity's id is derived from its text.
            Field::text(O::Id, if index.is_some() { &o.id } else { "" }, false),
        ];
        let title = match index {
            Some(_) => W::EditOpportunity,
            None => W::NewOpportunity,
        };
        let mut form = Form::new(title, FormKind::Opportunity { phase, index }, fields);
        form.subject = ph.map(|p| p.name.clone());
        form.what = index.map(|_| o.text.clone());
        form.original = index.map(|_| Original::Opportunity(Box::new(o.clone())));
        form
    }

    /// The opportunity this form describes, on top of `base` (its
    /// addresses are kept: they are chosen with the link key).
    pub fn to_opportunity(&self, mut o: Opportunity) -> Opportunity {
        o.text = self.field(O::Text).value();
        o.owner = self.field(O::Owner).opt_text();
        o.status = OpportunityStatus::ALL[self.field(O::Status).choice.min(3)];
        // Checked: a date typed day first is kept as `YYYY-MM-DD`.
        o.due = self
            .field(O::Due)
            .opt_text()
            .map(|d| parse_date(&d).unwrap_or(d));
        o.impact = self.field(O::Impact).int_value().unwrap_or(3);
        o.effort = self.field(O::Effort).int_value().unwrap_or(3);
        o.id = self.field(O::Id).value();
        o
    }

    pub fn phase(map: &JourneyMap, index: Option<usize>) -> Form {
        let blank = Phase::new("");
        let ph = index.and_then(|i| map.phases.get(i)).unwrap_or(&blank);
        let stage = ph
            .stage
            .and_then(|s| Stage::ALL.iter().position(|x| *x == s))
            .map_or(0, |i| i + 1);
        let fields = vec![
            Field::text(Ph::Name, &ph.name, true),
            Field::choice(Ph::Stage, stage_options(), stage),
            Field::text(Ph::Goal, ph.goal.as_deref().unwrap_or(""), false),
        ];
        let title = if index.is_some() {
            W::EditPhase
        } else {
            W::NewPhase
        };
        let mut form = Form::new(title, FormKind::Phase { index }, fields);
        form.what = index.map(|_| ph.name.clone());
        form.original = index.map(|_| Original::Phase(Box::new(ph.clone())));
        form
    }

    /// The set-up of a dot-voting round.
    pub fn vote() -> Form {
        let mut f = Form::new(
            W::DotVotingNewRound,
            FormKind::Vote,
            vec![
                Field::int_in(FieldId::DotsPerPerson, Some(3), 1, 20, false),
                Field::int_in(FieldId::Participants, Some(8), 1, 500, false),
            ],
        );
        f.fields[0].input.select_all();
        f
    }

    /// Dots per person and participants of a checked vote form.
    pub fn vote_values(&self) -> (i64, i64) {
        (
            self.field(FieldId::DotsPerPerson).int_value().unwrap_or(3),
            self.field(FieldId::Participants).int_value().unwrap_or(1),
        )
    }

    /// Links a new pain point's form to a touchpoint (by id).
    /// Fills the first text field (a touchpoint's name, a pain point's or
    /// an opportunity's text) with `text`: a note from the room, edited
    /// before it is added.
    pub fn prefill(&mut self, text: &str) {
        if let Some(f) = self
            .fields
            .iter_mut()
            .find(|f| matches!(f.kind, FieldKind::Text { .. }))
        {
            f.input = TextArea::new(vec![text.to_string()]);
            f.input.move_cursor(ratatui_textarea::CursorMove::End);
        }
    }

    pub fn link_to(&mut self, id: &str) {
        if let Some(f) = self
            .fields
            .iter_mut()
            .find(|f| f.id == FieldId::from(P::Touchpoint))
            && let Some(i) = f.values.iter().position(|v| v == id)
        {
            f.choice = i;
        }
    }

    pub fn map(map: &JourneyMap) -> Form {
        let persona = map.persona.as_ref();
        let s = &map.scoring;
        let w = &s.signal_weight;
        let weight = |id: FieldId, v| Field::float(id, v);
        // The language of the map's reports; languages by their own names.
        let codes = ["", "en", "es"];
        let mut language = Field::choice(
            M::Language,
            vec![
                Choice::Word(W::None),
                Choice::User("English".into()),
                Choice::User("español".into()),
            ],
            codes
                .iter()
                .position(|c| map.language.as_deref() == Some(*c))
                .unwrap_or(0),
        );
        language.values = codes.iter().map(|c| c.to_string()).collect();
        let fields = vec![
            Field::text(M::Title, &map.title, true),
            Field::text(
                M::Description,
                map.description.as_deref().unwrap_or(""),
                false,
            ),
            language,
            Field::text(
                PersonaField::Name,
                persona.map_or("", |p| p.name.as_str()),
                false,
            ),
            Field::text(
                PersonaField::Description,
                persona.and_then(|p| p.description.as_deref()).unwrap_or(""),
                false,
            ),
            Field::list(PersonaField::Goals, persona.map_or(&[][..], |p| &p.goals)),
            Field::list(PersonaField::Needs, persona.map_or(&[][..], |p| &p.needs)),
            Field::list(
                PersonaField::Frustrations,
                persona.map_or(&[][..], |p| &p.frustrations),
            ),
            Field::text(
                PersonaField::Quote,
                persona.and_then(|p| p.quote.as_deref()).unwrap_or(""),
                false,
            ),
            weight(ScoringField::KeyWeight.into(), s.key_weight),
            weight(ScoringField::KPain.into(), s.k_pain),
            weight(ScoringField::VoteWeight.into(), s.vote_weight),
            weight(SignalWeightField::Ratings.into(), w.ratings),
            weight(SignalWeightField::Emotion.into(), w.emotion),
            weight(SignalWeightField::Csat.into(), w.csat),
            weight(SignalWeightField::Ces.into(), w.ces),
            weight(SignalWeightField::Nps.into(), w.nps),
        ];
        Form::new(W::MapTitlePersonaScoring, FormKind::Map, fields)
    }

    /// Marks the text already in the fields as put there to be replaced
    /// (a new map's title and description from its template): the first
    /// character typed in such a field replaces it.
    pub fn prefilled(mut self) -> Form {
        for f in &mut self.fields {
            f.fresh = matches!(f.kind, FieldKind::Text { .. }) && !f.value().is_empty();
        }
        self.focus_on(self.focus);
        self
    }

    /// The form's title: what it does, the element it edits by name, and
    /// the phase it is in.
    pub fn heading(&self) -> Msg {
        Msg::FormTitle {
            title: self.title,
            what: self.what.clone(),
            subject: self.subject.clone(),
        }
    }

    /// The form with its options shown in `lang`.
    pub fn in_lang(&mut self, lang: Lang) -> &mut Form {
        self.lang = lang;
        self
    }

    /// Feeds one terminal event to the form; its keys are the form's
    /// table ([`FORM`], [`LIST`], [`ITEM`]), bound in `km`.
    pub fn handle(&mut self, event: &Event, km: &Keymap) -> Outcome {
        if self.list_edit.is_some() {
            match event {
                Event::Key(k) if k.kind != KeyEventKind::Release => return self.list_key(*k, km),
                Event::Paste(text) => self.list_paste(text),
                _ => {}
            }
            return Outcome::Continue;
        }
        match event {
            // Pasted on a list field: one line is an item being typed (Enter
            // keeps it), several lines are items each, shown in its editor.
            Event::Paste(text)
                if matches!(self.fields[self.focus].kind, FieldKind::List { .. }) =>
            {
                let one = crate::tui::paste::lines(text).count() == 1;
                self.list_edit = Some(ListEdit {
                    field: self.focus,
                    input: one.then(|| (None, TextArea::default())),
                    typed: one,
                });
                self.list_paste(text);
                Outcome::Continue
            }
            Event::Paste(text) => {
                let line = crate::tui::paste::one_line(text);
                if !self.is_choice() {
                    let input = &mut self.fields[self.focus].input;
                    if fits(input, line.chars().count()) {
                        input.insert_str(line);
                    } else {
                        self.error = Some(self.too_long());
                    }
                }
                Outcome::Continue
            }
            Event::Key(k)
                if k.kind != KeyEventKind::Release
                    && matches!(k.code, KeyCode::Char(_))
                    && !k
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                    && !self.is_choice()
                    && !fits(&self.fields[self.focus].input, 1) =>
            {
                self.error = Some(self.too_long());
                Outcome::Continue
            }
            Event::Key(k) if k.kind != KeyEventKind::Release => self.key(*k, km),
            _ => Outcome::Continue,
        }
    }

    /// Moves the focus; a number, or a value put there to be replaced, is
    /// selected whole, so that typing replaces it (`4` over `3` gives 4).
    pub fn focus_on(&mut self, i: usize) {
        self.focus = i;
        let f = &mut self.fields[i];
        if f.is_number() || f.fresh {
            f.input.move_cursor(ratatui_textarea::CursorMove::End);
            f.input.select_all();
        }
    }

    fn is_choice(&self) -> bool {
        matches!(
            self.fields[self.focus].kind,
            FieldKind::Choice { .. } | FieldKind::List { .. }
        )
    }

    /// Keys while a list field is edited: move, add, edit, remove, reorder.
    fn list_key(&mut self, k: KeyEvent, km: &Keymap) -> Outcome {
        let Some(le) = &mut self.list_edit else {
            return Outcome::Continue;
        };
        let FieldKind::List { items, sel } = &mut self.fields[le.field].kind else {
            self.list_edit = None;
            return Outcome::Continue;
        };
        let key = Key::from_event(k);
        if let Some((at, input)) = &mut le.input {
            match ITEM.command(km, key) {
                Some(ItemKey::Drop) => le.input = None,
                Some(ItemKey::Keep) => {
                    let text = input.lines().join(" ").trim().to_string();
                    commit_item(items, sel, *at, text);
                    le.input = None;
                }
                None if FORM.command(km, key) == Some(FormKey::Clear) => {
                    *input = TextArea::default();
                }
                None => {
                    if !matches!(k.code, KeyCode::Char(_)) || fits(input, 1) {
                        input.input(k);
                    }
                }
            }
            // An item typed from the form: back to the form once it is
            // kept or dropped.
            if le.input.is_none() && le.typed {
                self.list_edit = None;
            }
            return Outcome::Continue;
        }
        let n = items.len();
        match LIST.command(km, key) {
            Some(ListKey::Back) => self.list_edit = None,
            // Moving past an end does nothing (and is not a selection move).
            Some(ListKey::MoveUp) => {
                if *sel > 0 && *sel < n {
                    items.swap(*sel, *sel - 1);
                    *sel -= 1;
                }
            }
            Some(ListKey::MoveDown) => {
                if *sel + 1 < n {
                    items.swap(*sel, *sel + 1);
                    *sel += 1;
                }
            }
            Some(ListKey::Up) => *sel = sel.saturating_sub(1),
            Some(ListKey::Down) => *sel = (*sel + 1).min(n.saturating_sub(1)),
            Some(ListKey::Edit) if n > 0 => {
                let mut input = TextArea::new(vec![items[*sel].clone()]);
                input.move_cursor(ratatui_textarea::CursorMove::End);
                le.input = Some((Some(*sel), input));
            }
            // Nothing to edit yet: a new item.
            Some(ListKey::Add | ListKey::Edit) => le.input = Some((None, TextArea::default())),
            Some(ListKey::Delete) if n > 0 => {
                items.remove(*sel);
                *sel = (*sel).min(items.len().saturating_sub(1));
            }
            Some(ListKey::Delete) | None => {}
        }
        Outcome::Continue
    }

    /// Text pasted while a list is edited: one item per line. Into the
    /// item being typed when it is one line; several lines finish that item
    /// with the first and add the others after it.
    fn list_paste(&mut self, text: &str) {
        let Some(le) = &mut self.list_edit else {
            return;
        };
        let FieldKind::List { items, sel } = &mut self.fields[le.field].kind else {
            return;
        };
        let mut lines: Vec<&str> = crate::tui::paste::lines(text).collect();
        if let Some((at, input)) = &mut le.input {
            if lines.is_empty() {
                return;
            }
            let first = lines.remove(0);
            if fits(input, first.chars().count()) {
                input.insert_str(first);
            }
            if lines.is_empty() {
                return;
            }
            let typed = input.lines().join(" ").trim().to_string();
            commit_item(items, sel, *at, typed);
            le.input = None;
        }
        for line in lines {
            commit_item(
                items,
                sel,
                None,
                line.chars().take(MAX_FIELD_CHARS).collect(),
            );
        }
    }

    fn key(&mut self, k: KeyEvent, km: &Keymap) -> Outcome {
        let n = self.fields.len();
        let command = FORM.command(km, Key::from_event(k));
        let kind = &self.fields[self.focus].kind;
        match command {
            Some(FormKey::Cancel) => return Outcome::Cancel,
            Some(FormKey::Submit) => return Outcome::Submit,
            Some(FormKey::Next) => self.focus_on((self.focus + 1) % n),
            Some(FormKey::Prev) => self.focus_on((self.focus + n - 1) % n),
            Some(FormKey::ChoiceNext) if matches!(kind, FieldKind::List { .. }) => {
                self.list_edit = Some(ListEdit {
                    field: self.focus,
                    input: None,
                    typed: false,
                });
            }
            // Typing on a list field starts its next item with what is
            // typed (the list's own keys are for its editor).
            None if matches!(kind, FieldKind::List { .. }) && is_typed(k) => {
                let mut input = TextArea::default();
                input.input(k);
                self.list_edit = Some(ListEdit {
                    field: self.focus,
                    input: Some((None, input)),
                    typed: true,
                });
            }
            Some(FormKey::Clear) if !self.is_choice() => {
                let f = &mut self.fields[self.focus];
                f.input = TextArea::default();
                f.fresh = false;
            }
            _ if self.is_choice() => self.choose(k, command),
            _ => {
                let f = &mut self.fields[self.focus];
                f.input.input(k);
                f.fresh = false;
            }
        }
        self.error = None;
        Outcome::Continue
    }

    /// A key on a choice field: the next or previous option, the first or
    /// last, or the next one starting with the letter typed.
    fn choose(&mut self, k: KeyEvent, command: Option<FormKey>) {
        let lang = self.lang;
        let f = &mut self.fields[self.focus];
        let FieldKind::Choice { options } = &f.kind else {
            return;
        };
        let len = options.len().max(1);
        match (command, k.code) {
            (Some(FormKey::ChoicePrev), _) => f.choice = (f.choice + len - 1) % len,
            (Some(FormKey::ChoiceNext), _) => f.choice = (f.choice + 1) % len,
            (Some(FormKey::First), _) => f.choice = 0,
            (Some(FormKey::Last), _) => f.choice = len - 1,
            (None, KeyCode::Char(c)) => {
                // Jump to the next option starting with the letter typed.
                let c = c.to_lowercase().next().unwrap_or(c);
                if let Some(i) = (1..=len)
                    .map(|d| (f.choice + d) % len)
                    .find(|&i| options[i].text(lang).to_lowercase().starts_with(c))
                {
                    f.choice = i;
                }
            }
            _ => {}
        }
    }

    /// The first invalid field, focused, with its message.
    pub fn check(&mut self) -> Result<(), Msg> {
        if let Some((i, error)) = self
            .fields
            .iter()
            .enumerate()
            .find_map(|(i, f)| f.error().map(|e| (i, e)))
        {
            self.focus = i;
            return Err(Msg::FieldInvalid {
                field: self.fields[i].id.label(),
                error,
            });
        }
        Ok(())
    }

    /// The focused field refuses more text.
    fn too_long(&self) -> Msg {
        Msg::FieldInvalid {
            field: self.fields[self.focus].id.label(),
            error: FieldError::TooLong {
                max: MAX_FIELD_CHARS,
            },
        }
    }

    fn field(&self, id: impl Into<FieldId>) -> &Field {
        let id = id.into();
        self.fields
            .iter()
            .find(|f| f.id == id)
            .expect("forms only ask for their own fields")
    }

    /// The touchpoint this form describes, on top of `base`.
    pub fn to_touchpoint(&self, mut t: Touchpoint) -> Result<Touchpoint, Msg> {
        t.name = self.field(T::Name).value();
        t.id = self.field(T::Id).value();
        t.channel = self.field(T::Channel).opt_text();
        t.owner = Owner::ALL[self.field(T::Owner).choice.min(3)];
        t.key = self.field(T::Key).choice == 1;
        t.emotion = self.field(T::Emotion).int_value();
        t.importance = self.field(T::Importance).int_value().unwrap_or(3);
        for d in Dimension::ALL {
            t.ratings.set(d, self.field(rating(d)).int_value());
        }
        let sat = self.field(CsatField::Satisfied).int_value();
        let resp = self.field(CsatField::Responses).int_value();
        t.csat = match (sat, resp) {
            (Some(satisfied), Some(responses)) => Some(Csat {
                satisfied,
                responses,
            }),
            (None, None) => None,
            _ => return Err(Msg::CsatNeedsBoth),
        };
        t.ces = self.field(T::Ces).float_value();
        let counts = [
            self.field(NpsField::Promoters).int_value(),
            self.field(NpsField::Passives).int_value(),
            self.field(NpsField::Detractors).int_value(),
        ];
        t.nps = if counts.iter().all(Option::is_none) {
            None
        } else {
            Some(Nps {
                promoters: counts[0].unwrap_or(0),
                passives: counts[1].unwrap_or(0),
                detractors: counts[2].unwrap_or(0),
            })
        };
        t.notes = self.field(T::Notes).opt_text();
        t.doing = self.field(T::Doing).opt_text();
        t.thinking = self.field(T::Thinking).opt_text();
        t.quotes = self.field(T::Quotes).items();
        let e = self.field(T::Evidence).choice;
        t.evidence = (e > 0).then(|| Evidence::ALL[(e - 1).min(2)]);
        t.frontstage = self.field(T::Frontstage).items();
        t.backstage = self.field(T::Backstage).items();
        t.support = self.field(T::Support).items();
        Ok(t)
    }

    pub fn to_pain_point(&self, mut p: PainPoint) -> PainPoint {
        p.text = self.field(P::Text).value();
        p.severity = self.field(P::Severity).int_value().unwrap_or(3);
        let link = self.field(P::Touchpoint).chosen();
        p.touchpoint = (!link.is_empty()).then(|| link.to_string());
        p.action = self.field(P::Action).opt_text();
        p.status = if self.field(P::Status).choice == 1 {
            Status::Resolved
        } else {
            Status::Open
        };
        p.votes = self.field(P::Votes).int_value().unwrap_or(0);
        p.owner = self.field(P::Owner).opt_text();
        p.id = self.field(P::Id).opt_text();
        p
    }

    pub fn to_phase(&self, mut ph: Phase) -> Phase {
        ph.name = self.field(Ph::Name).value();
        let s = self.field(Ph::Stage).choice;
        ph.stage = (s > 0).then(|| Stage::ALL[(s - 1).min(2)]);
        ph.goal = self.field(Ph::Goal).opt_text();
        ph
    }

    /// Title, description, persona and scoring onto `map`.
    pub fn apply_to_map(&self, map: &mut JourneyMap) -> Result<(), Msg> {
        map.title = self.field(M::Title).value();
        map.description = self.field(M::Description).opt_text();
        let language = self.field(M::Language).chosen();
        map.language = (!language.is_empty()).then(|| language.to_string());
        let pd = self.field(PersonaField::Description).opt_text();
        map.persona = match self.field(PersonaField::Name).opt_text() {
            Some(name) => Some(Persona {
                name,
                description: pd,
                goals: self.field(PersonaField::Goals).items(),
                needs: self.field(PersonaField::Needs).items(),
                frustrations: self.field(PersonaField::Frustrations).items(),
                quote: self.field(PersonaField::Quote).opt_text(),
            }),
            None if pd.is_some()
                || self.field(PersonaField::Quote).opt_text().is_some()
                || [
                    PersonaField::Goals,
                    PersonaField::Needs,
                    PersonaField::Frustrations,
                ]
                .iter()
                .any(|f| !self.field(*f).items().is_empty()) =>
            {
                return Err(Msg::PersonaNeedsName);
            }
            None => None,
        };
        let f = |id: FieldId| self.field(id).float_value();
        map.scoring = Scoring {
            key_weight: f(ScoringField::KeyWeight.into()),
            k_pain: f(ScoringField::KPain.into()),
            vote_weight: f(ScoringField::VoteWeight.into()),
            signal_weight: crate::model::SignalWeights {
                ratings: f(SignalWeightField::Ratings.into()),
                emotion: f(SignalWeightField::Emotion.into()),
                csat: f(SignalWeightField::Csat.into()),
                ces: f(SignalWeightField::Ces.into()),
                nps: f(SignalWeightField::Nps.into()),
            },
        };
        Ok(())
    }
}

/// A key that types a character (no Ctrl or Alt with it).
fn is_typed(k: KeyEvent) -> bool {
    matches!(k.code, KeyCode::Char(_))
        && !k
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// A date as typed: `YYYY-MM-DD`, or day first, the way it is written in
/// English and Spanish (`31/03/2026`, `31-3-2026`, `31.03.2026`, and with
/// a year of two digits, `31/03/26`, in the 2000s). Returns it as
/// `YYYY-MM-DD`; `None` when it is no day of the calendar.
pub fn parse_date(text: &str) -> Option<String> {
    let text = text.trim();
    if crate::model::is_iso_date(text) {
        return Some(text.to_string());
    }
    let sep = text.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = text.split(sep).collect();
    let [d, m, y] = parts[..] else { return None };
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
    };
    if !(digits(d, 1..=2) && digits(m, 1..=2) && (digits(y, 4..=4) || digits(y, 2..=2))) {
        return None;
    }
    let year = if y.len() == 2 {
        format!("20{y}")
    } else {
        y.to_string()
    };
    let iso = format!("{year}-{m:0>2}-{d:0>2}");
    crate::model::is_iso_date(&iso).then_some(iso)
}

/// The most characters a form field takes: editing stays fast (a field is
/// copied to be drawn), and longer text belongs in the file.
pub const MAX_FIELD_CHARS: usize = 10_000;

/// Whether `more` characters still fit in the field (any selection is
/// counted as kept). Cheap for any length: the bytes bound the characters.
fn fits(input: &TextArea<'_>, more: usize) -> bool {
    let Some(limit) = MAX_FIELD_CHARS.checked_sub(more) else {
        return false;
    };
    let bytes: usize = input.lines().iter().map(String::len).sum();
    if bytes <= limit {
        return true;
    }
    // A character is at most 4 bytes long.
    if bytes > 4 * MAX_FIELD_CHARS {
        return false;
    }
    input
        .lines()
        .iter()
        .map(|l| l.chars().count())
        .sum::<usize>()
        <= limit
}

/// A list item typed or pasted: replaces item `at`, or is added after the
/// selection (and selected); an empty text changes nothing.
fn commit_item(items: &mut Vec<String>, sel: &mut usize, at: Option<usize>, text: String) {
    match (at, text.is_empty()) {
        (_, true) => {}
        (Some(i), false) if i < items.len() => items[i] = text,
        _ => {
            let i = if items.is_empty() { 0 } else { *sel + 1 };
            items.insert(i.min(items.len()), text);
            *sel = i.min(items.len() - 1);
        }
    }
}

#[cfg(test)]
mod long_text_tests {
    use super::*;
    use crate::keys::keymap::Keymap;

    fn form() -> Form {
        let mut m = JourneyMap::new("T");
        m.phases.push(Phase::new("Discover"));
        Form::phase(&m, Some(0))
    }

    fn chars(f: &Form) -> usize {
        f.fields[f.focus].value().chars().count()
    }

    #[test]
    fn a_field_takes_at_most_the_limit_and_says_so() {
        let mut f = form();
        f.handle(
            &Event::Paste("é".repeat(MAX_FIELD_CHARS)),
            &Keymap::default(),
        );
        // "Discover" and 10 000 more do not fit: nothing is pasted.
        assert_eq!(f.fields[f.focus].value(), "Discover");
        assert_eq!(f.error, Some(f.too_long()));
        assert_eq!(
            f.error
                .as_ref()
                .unwrap()
                .text(Lang::En, &Default::default()),
            "Name: this field takes at most 10000 characters"
        );

        let mut f = form();
        let key = |c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
        f.handle(
            &Event::Paste("é".repeat(MAX_FIELD_CHARS - 8)),
            &Keymap::default(),
        );
        assert_eq!((chars(&f), f.error.as_ref()), (MAX_FIELD_CHARS, None));
        f.handle(&key(KeyCode::Char('x')), &Keymap::default());
        assert_eq!(chars(&f), MAX_FIELD_CHARS);
        assert_eq!(f.error, Some(f.too_long()));
        // Deleting still works, and then there is room again.
        f.handle(&key(KeyCode::Backspace), &Keymap::default());
        f.handle(&key(KeyCode::Char('x')), &Keymap::default());
        assert_eq!(chars(&f), MAX_FIELD_CHARS);
        assert!(f.fields[f.focus].value().ends_with('x'));
        assert_eq!(f.error, None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::keymap::Keymap;

    fn key(c: KeyCode) -> Event {
        Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
    }

    fn typ(form: &mut Form, s: &str) {
        for c in s.chars() {
            form.handle(&key(KeyCode::Char(c)), &Keymap::default());
        }
    }

    #[test]
    fn numbers_are_checked_with_their_range() {
        let map = JourneyMap::new("t");
        let mut form = Form::touchpoint(&map, 0, None);
        typ(&mut form, "Ad");
        form.focus = 2; // Emotion
        typ(&mut form, "3");
        assert_eq!(
            form.fields[2].error(),
            Some(FieldError::IntOutOfRange {
                value: 3,
                min: -2,
                max: 2
            })
        );
        assert_eq!(
            form.fields[2].error().unwrap().text(Lang::Es),
            "3 está fuera del rango: de -2 a 2"
        );
        assert!(form.check().is_err());
        form.handle(&key(KeyCode::Backspace), &Keymap::default());
        typ(&mut form, "-1");
        assert!(form.check().is_ok());
        let t = form.to_touchpoint(Touchpoint::new("", "")).unwrap();
        assert_eq!((t.name.as_str(), t.emotion), ("Ad", Some(-1)));
    }

    #[test]
    fn tab_moves_focus_and_choices_cycle() {
        let map = JourneyMap::new("t");
        let mut form = Form::touchpoint(&map, 0, None);
        for _ in 0..4 {
            form.handle(&key(KeyCode::Tab), &Keymap::default());
        }
        assert_eq!(form.fields[form.focus].id, T::Owner.into());
        form.handle(&key(KeyCode::Right), &Keymap::default());
        form.handle(&key(KeyCode::Char('s')), &Keymap::default());
        assert_eq!(form.fields[4].choice, 3, "s jumps to social");
        // In Spanish the letters are the Spanish names': c for cliente.
        form.lang = Lang::Es;
        form.handle(&key(KeyCode::Char('c')), &Keymap::default());
        assert_eq!(form.fields[4].choice, 2, "c jumps to cliente");
        form.handle(&key(KeyCode::Char('s')), &Keymap::default());
        assert_eq!(form.fields[4].choice, 3, "s jumps to social");
        form.handle(&key(KeyCode::Char('s')), &Keymap::default());
        assert_eq!(form.fields[4].choice, 1, "s jumps on to socio");
        assert_eq!(
            form.handle(&key(KeyCode::Enter), &Keymap::default()),
            Outcome::Submit
        );
        assert_eq!(
            form.handle(&key(KeyCode::Esc), &Keymap::default()),
            Outcome::Cancel
        );
    }

    #[test]
    fn the_first_fields_are_the_ones_people_fill_in_and_the_id_is_last() {
        let map = JourneyMap::new("t");
        let form = Form::touchpoint(&map, 0, None);
        let labels: Vec<&str> = form.fields.iter().map(|f| f.id.label().en()).collect();
        assert_eq!(
            labels[..5],
            ["Name", "Channel", "Emotion", "Key point", "Owner"]
        );
        assert_eq!(labels.last(), Some(&"Id"));
    }

    #[test]
    fn a_number_entered_is_replaced_by_what_is_typed() {
        let mut map = JourneyMap::new("t");
        let mut ph = Phase::new("P");
        let mut t = Touchpoint::new("a", "A");
        t.importance = 3;
        ph.touchpoints.push(t);
        map.phases.push(ph);
        let mut form = Form::touchpoint(&map, 0, Some(0));
        let imp = form
            .fields
            .iter()
            .position(|f| f.id == FieldId::from(T::Importance))
            .unwrap();
        while form.focus != imp {
            form.handle(&key(KeyCode::Tab), &Keymap::default());
        }
        typ(&mut form, "4");
        assert_eq!(form.fields[imp].value(), "4");
        let t = form.to_touchpoint(Touchpoint::new("", "")).unwrap();
        assert_eq!(t.importance, 4);
    }

    #[test]
    fn the_link_chooser_shows_names_and_stores_ids() {
        let mut map = JourneyMap::new("t");
        let mut ph = Phase::new("P");
        ph.touchpoints
            .push(Touchpoint::new("till", "Pays at the till"));
        ph.touchpoints.push(Touchpoint::new("ad", "Sees an ad"));
        map.phases.push(ph);
        let mut form = Form::pain_point(&map, 0, None);
        form.link_to("ad");
        let f = form
            .fields
            .iter()
            .find(|f| f.id == FieldId::from(P::Touchpoint))
            .unwrap();
        let FieldKind::Choice { options } = &f.kind else {
            panic!("not a choice")
        };
        assert_eq!(options[f.choice], Choice::User("Sees an ad".into()));
        typ(&mut form, "Too loud");
        let p = form.to_pain_point(PainPoint::new("", 3));
        assert_eq!(p.touchpoint.as_deref(), Some("ad"));
    }

    fn ctrl(c: char) -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
    }

    fn focus(form: &mut Form, id: impl Into<FieldId>) -> usize {
        let id = id.into();
        let i = form.fields.iter().position(|f| f.id == id).unwrap();
        while form.focus != i {
            form.handle(&key(KeyCode::Tab), &Keymap::default());
        }
        i
    }

    #[test]
    fn dates_are_typed_day_first_or_iso_and_kept_iso() {
        for typed in [
            "31/03/2026",
            "31-3-2026",
            "31.03.2026",
            "31/3/26",
            "2026-03-31",
            " 31/03/2026 ",
        ] {
            assert_eq!(parse_date(typed).as_deref(), Some("2026-03-31"), "{typed}");
        }
        assert_eq!(parse_date("1/2/2028").as_deref(), Some("2028-02-01"));
        assert_eq!(parse_date("29/02/2028").as_deref(), Some("2028-02-29"));
        // No such day, a mix of separators, the year first but not ISO,
        // a year of three digits, words: refused.
        for typed in [
            "29/02/2027",
            "31/04/2026",
            "32/01/2026",
            "0/01/2026",
            "31/13/2026",
            "31/03-2026",
            "2026/03/31",
            "31/03/202",
            "31/03",
            "next friday",
            "2026-3-31",
        ] {
            assert_eq!(parse_date(typed), None, "{typed}");
        }
    }

    #[test]
    fn a_due_date_typed_day_first_is_saved_iso_and_a_wrong_one_refused_in_both_languages() {
        let mut map = JourneyMap::new("t");
        map.phases.push(Phase::new("P"));
        let mut form = Form::opportunity(&map, 0, None);
        typ(&mut form, "Open on Sundays");
        let due = focus(&mut form, O::Due);
        typ(&mut form, "15/12/2026");
        assert!(form.check().is_ok());
        let o = form.to_opportunity(Opportunity::new("", ""));
        assert_eq!(o.due.as_deref(), Some("2026-12-15"));
        form.handle(&ctrl('u'), &Keymap::default());
        typ(&mut form, "31/02/2026");
        assert_eq!(form.fields[due].error(), Some(FieldError::NotDate));
        let why = form.check().unwrap_err();
        let km = Keymap::default();
        assert_eq!(
            why.text(Lang::En, &km),
            "Due: no such day: type 31/12/2026 or 2026-12-31"
        );
        assert_eq!(
            why.text(Lang::Es, &km),
            "Fecha límite: no existe ese día: escriba 31/12/2026 o 2026-12-31"
        );
    }

    #[test]
    fn ranges_are_said_as_people_say_them() {
        let map = JourneyMap::new("t");
        let form = Form::touchpoint(&map, 0, None);
        let hint = |id: FieldId, lang| {
            let f = form.fields.iter().find(|f| f.id == id).unwrap();
            f.range_hint(&Keymap::default()).unwrap().text(lang)
        };
        let promoters = FieldId::from(NpsField::Promoters);
        assert_eq!(hint(promoters, Lang::En), "0 or more, empty = not set");
        assert_eq!(hint(promoters, Lang::Es), "0 o más, vacío = sin valor");
        let emotion = FieldId::from(T::Emotion);
        assert_eq!(hint(emotion, Lang::En), "-2 to 2, empty = not set");
        assert_eq!(hint(emotion, Lang::Es), "de -2 a 2, vacío = sin valor");
        let ces = FieldId::from(T::Ces);
        assert_eq!(hint(ces, Lang::Es), "de 1,0 a 7,0, vacío = sin valor");
        assert_eq!(
            FieldError::NotWhole {
                min: 0,
                max: i64::from(u32::MAX)
            }
            .text(Lang::En),
            "not a whole number: 0 or more"
        );
    }

    #[test]
    fn typing_on_a_list_field_starts_an_item_and_enter_goes_back_to_the_form() {
        let map = JourneyMap::new("t");
        let mut form = Form::touchpoint(&map, 0, None);
        typ(&mut form, "Asks");
        let says = focus(&mut form, T::Quotes);
        // "a" is the list editor's add key: typed here, it is a letter.
        typ(&mut form, "a ver, Hola");
        assert!(form.list_edit.is_some());
        form.handle(&key(KeyCode::Enter), &Keymap::default());
        assert!(form.list_edit.is_none(), "back to the form");
        typ(&mut form, "Otra");
        form.handle(&key(KeyCode::Enter), &Keymap::default());
        assert_eq!(form.fields[says].items(), ["a ver, Hola", "Otra"]);
        // Esc drops the item typed, back in the form too.
        typ(&mut form, "x");
        form.handle(&key(KeyCode::Esc), &Keymap::default());
        assert!(form.list_edit.is_none());
        assert_eq!(form.fields[says].items().len(), 2);
        // The editor still opens with → for moving and removing.
        form.handle(&key(KeyCode::Right), &Keymap::default());
        assert!(form.list_edit.as_ref().is_some_and(|l| l.input.is_none()));
    }

    #[test]
    fn a_prefilled_value_is_replaced_by_typing_and_kept_by_moving_first() {
        let map = JourneyMap::new("Compra de un ordenador");
        let mut form = Form::map(&map).prefilled();
        typ(&mut form, "Mi tienda");
        assert_eq!(form.fields[0].value(), "Mi tienda");
        // Edited: coming back to it does not replace it again.
        form.handle(&key(KeyCode::Tab), &Keymap::default());
        form.handle(&key(KeyCode::BackTab), &Keymap::default());
        typ(&mut form, "!");
        assert_eq!(form.fields[0].value(), "Mi tienda!");
        // An arrow key or Home first keeps it for editing.
        let mut form = Form::map(&map).prefilled();
        form.handle(&key(KeyCode::Home), &Keymap::default());
        typ(&mut form, "La ");
        assert_eq!(form.fields[0].value(), "La Compra de un ordenador");
        // A form that is not prefilled adds to what is there.
        let mut form = Form::map(&map);
        typ(&mut form, "!");
        assert_eq!(form.fields[0].value(), "Compra de un ordenador!");
    }

    #[test]
    fn ctrl_u_empties_the_field_and_the_item_being_typed() {
        let mut map = JourneyMap::new("t");
        map.phases.push(Phase::new("Visita a la tienda"));
        let mut form = Form::phase(&map, Some(0));
        form.handle(&ctrl('u'), &Keymap::default());
        assert_eq!(form.fields[0].value(), "");
        typ(&mut form, "Visita");
        assert_eq!(form.fields[0].value(), "Visita");
        let mut form = Form::touchpoint(&map, 0, None);
        focus(&mut form, T::Quotes);
        typ(&mut form, "Hola");
        form.handle(&ctrl('u'), &Keymap::default());
        typ(&mut form, "Adiós");
        form.handle(&key(KeyCode::Enter), &Keymap::default());
        assert_eq!(form.field(T::Quotes).items(), ["Adiós"]);
    }

    #[test]
    fn a_letter_again_goes_on_to_the_next_option_starting_with_it() {
        let map = JourneyMap::new("t");
        let mut form = Form::phase(&map, None);
        form.lang = Lang::Es;
        let stage = focus(&mut form, Ph::Stage);
        typ(&mut form, "p");
        assert_eq!(form.fields[stage].choice, 1, "precompra");
        typ(&mut form, "p");
        assert_eq!(form.fields[stage].choice, 3, "poscompra");
        typ(&mut form, "p");
        assert_eq!(form.fields[stage].choice, 1, "round to precompra");
        typ(&mut form, "Nombre");
        let ph = form.to_phase(Phase::new(""));
        assert_eq!(ph.stage, Some(Stage::PrePurchase));
    }

    #[test]
    fn the_title_names_what_is_edited() {
        let mut map = JourneyMap::new("t");
        let mut ph = Phase::new("Visita a la tienda");
        ph.pain_points.push(PainPoint::new("Nadie atiende", 4));
        map.phases.push(ph);
        let km = Keymap::default();
        assert_eq!(
            Form::phase(&map, Some(0)).heading().text(Lang::Es, &km),
            "Editar fase «Visita a la tienda»"
        );
        assert_eq!(
            Form::pain_point(&map, 0, Some(0))
                .heading()
                .text(Lang::En, &km),
            "Edit pain point \"Nadie atiende\" · Visita a la tienda"
        );
        assert_eq!(
            Form::pain_point(&map, 0, None)
                .heading()
                .text(Lang::Es, &km),
            "Nuevo punto de dolor · Visita a la tienda"
        );
    }

    #[test]
    fn paste_on_a_list_field_gives_items() {
        let map = JourneyMap::new("t");
        let mut form = Form::touchpoint(&map, 0, None);
        let says = focus(&mut form, T::Quotes);
        // One line: an item being typed, kept with Enter, back in the form.
        form.handle(&Event::Paste("Too many forms".into()), &Keymap::default());
        form.handle(&key(KeyCode::Enter), &Keymap::default());
        assert!(form.list_edit.is_none(), "back to the form");
        assert_eq!(form.fields[says].items(), ["Too many forms"]);
        // Several lines: an item each, in the list's editor.
        form.handle(&Event::Paste("Slow\r\nRude\n".into()), &Keymap::default());
        assert!(form.list_edit.is_some());
        assert_eq!(
            form.fields[says].items(),
            ["Too many forms", "Slow", "Rude"]
        );
    }

    #[test]
    fn paste_goes_into_the_focused_field_on_one_line() {
        let map = JourneyMap::new("t");
        let mut form = Form::phase(&map, None);
        form.handle(&Event::Paste("Buy\nonline".into()), &Keymap::default());
        assert_eq!(form.fields[0].value(), "Buy online");
    }
}
