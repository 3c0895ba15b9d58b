//! The touchpoint score S(t): each signal normalised to 0..=100, then their
//! weighted mean (docs/scoring.md, "Touchpoint score").

use super::report::{Constants, Signal, SignalInput, SignalScore};
use crate::model::{Csat, Nps, Ratings, Touchpoint};

/// R = (mean of the rated dimensions - 1) * 25; `None` when nothing is rated.
pub fn ratings(r: &Ratings) -> Option<f64> {
    let (sum, n) = r
        .iter()
        .fold((0i64, 0u32), |(s, n), (_, v)| (s.saturating_add(v), n + 1));
    (n > 0).then(|| (sum as f64 / f64::from(n) - 1.0) * 25.0)
}

/// E = (emotion + 2) * 25.
pub fn emotion(e: i64) -> f64 {
    (e as f64 + 2.0) * 25.0
}

/// C = 100 * satisfied / responses; `None` without responses.
pub fn csat(c: Csat) -> Option<f64> {
    (c.responses > 0).then(|| 100.0 * c.satisfied as f64 / c.responses as f64)
}

/// F = (ces - 1) / 6 * 100; `None` when not a number.
pub fn ces(c: f64) -> Option<f64> {
    c.is_finite().then(|| (c - 1.0) / 6.0 * 100.0)
}

/// N = (NPS + 100) / 2, NPS = 100 * (promoters - detractors) / total; `None` without answers.
pub fn nps(n: Nps) -> Option<f64> {
    let total = n.total();
    (total > 0).then(|| {
        let score = 100.0 * (n.promoters as f64 - n.detractors as f64) / total as f64;
        (score + 100.0) / 2.0
    })
}

/// How many signals a touchpoint has at most (a capacity hint).
pub fn max_count(t: &Touchpoint) -> usize {
    usize::from(!t.ratings.is_empty())
        + usize::from(t.emotion.is_some())
        + usize::from(t.csat.is_some())
        + usize::from(t.ces.is_some())
        + usize::from(t.nps.is_some())
}

/// Appends the signals present on a touchpoint, normalised, in
/// [`Signal::ALL`] order.
pub fn push_signals(t: &Touchpoint, c: &Constants, out: &mut Vec<SignalScore>) {
    let mut push = |signal, input, value| {
        let weight = c.signal_weight(signal);
        out.push(SignalScore {
            signal,
            input,
            value,
            weight,
        });
    };
    if let Some(v) = ratings(&t.ratings) {
        push(Signal::Ratings, SignalInput::Ratings(t.ratings), v);
    }
    if let Some(e) = t.emotion {
        push(Signal::Emotion, SignalInput::Emotion(e), emotion(e));
    }
    if let Some((x, v)) = t.csat.and_then(|x| csat(x).map(|v| (x, v))) {
        push(Signal::Csat, SignalInput::Csat(x), v);
    }
    if let Some((x, v)) = t.ces.and_then(|x| ces(x).map(|v| (x, v))) {
        push(Signal::Ces, SignalInput::Ces(x), v);
    }
    if let Some((x, v)) = t.nps.and_then(|x| nps(x).map(|v| (x, v))) {
        push(Signal::Nps, SignalInput::Nps(x), v);
    }
}

/// The signals present on a touchpoint (see [`push_signals`]), in a vector
/// of just their number.
pub fn signals(t: &Touchpoint, c: &Constants) -> Vec<SignalScore> {
    let mut out = Vec::with_capacity(max_count(t));
    push_signals(t, c, &mut out);
    out
}

/// S(t): the weighted mean of the signals; `None` when there is none or
/// their weights add up to 0.
pub fn weighted_mean(signals: &[SignalScore]) -> Option<f64> {
    let (sum, weights) = signals.iter().fold((0.0, 0.0), |(s, w), x| {
        (s + x.weight * x.value, w + x.weight)
    });
    let mean = sum / weights;
    (weights > 0.0 && mean.is_finite()).then_some(mean)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Scoring, SignalWeights};

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn ratings_are_the_mean_minus_one_times_25() {
        let mut r = Ratings::default();
        assert_eq!(ratings(&r), None);
        // product 4, price 2: mean 3 -> (3 - 1) * 25 = 50
        r.product = Some(4);
        r.price = Some(2);
        assert_eq!(ratings(&r), Some(50.0));
        // + people 5: mean (4 + 2 + 5) / 3 = 11/3 -> (11/3 - 1) * 25 = 8/3 * 25 = 66.666…
        r.people = Some(5);
        assert!(close(ratings(&r).unwrap(), 200.0 / 3.0));
        // all six at 1 -> 0; all six at 5 -> 100
        let ones = Ratings {
            place: Some(1),
            price: Some(1),
            promotion: Some(1),
            product: Some(1),
            people: Some(1),
            process: Some(1),
        };
        assert_eq!(ratings(&ones), Some(0.0));
        let fives = Ratings {
            place: Some(5),
            price: Some(5),
            promotion: Some(5),
            product: Some(5),
            people: Some(5),
            process: Some(5),
        };
        assert_eq!(ratings(&fives), Some(100.0));
    }

    #[test]
    fn emotion_is_shifted_and_times_25() {
        // (e + 2) * 25 for -2, -1, 0, 1, 2
        let got: Vec<f64> = (-2..=2).map(emotion).collect();
        assert_eq!(got, [0.0, 25.0, 50.0, 75.0, 100.0]);
    }

    #[test]
    fn csat_is_the_satisfied_share() {
        // 100 * 30 / 50 = 60
        let c = |satisfied, responses| Csat {
            satisfied,
            responses,
        };
        assert_eq!(csat(c(30, 50)), Some(60.0));
        assert_eq!(csat(c(0, 8)), Some(0.0));
        assert_eq!(csat(c(8, 8)), Some(100.0));
        assert_eq!(csat(c(0, 0)), None);
    }

    #[test]
    fn ces_maps_one_to_seven_onto_0_to_100() {
        // (4.5 - 1) / 6 * 100 = 3.5 / 6 * 100 = 58.333…
        assert!(close(ces(4.5).unwrap(), 350.0 / 6.0));
        // (4 - 1) / 6 * 100 = 50
        assert_eq!(ces(4.0), Some(50.0));
        assert_eq!(ces(1.0), Some(0.0));
        assert_eq!(ces(7.0), Some(100.0));
        assert_eq!(ces(f64::NAN), None);
    }

    #[test]
    fn nps_is_halved_onto_0_to_100() {
        let n = |promoters, passives, detractors| Nps {
            promoters,
            passives,
            detractors,
        };
        // 20/10/20: NPS = 100 * (20 - 20) / 50 = 0 -> (0 + 100) / 2 = 50
        assert_eq!(nps(n(20, 10, 20)), Some(50.0));
        // 30/10/10: NPS = 100 * 20 / 50 = 40 -> 140 / 2 = 70
        assert_eq!(nps(n(30, 10, 10)), Some(70.0));
        // all detractors: NPS -100 -> 0; all promoters: 100 -> 100
        assert_eq!(nps(n(0, 0, 5)), Some(0.0));
        assert_eq!(nps(n(5, 0, 0)), Some(100.0));
        assert_eq!(nps(n(0, 0, 0)), None);
    }

    #[test]
    fn the_weighted_mean_uses_signal_weight_overrides() {
        let mut t = Touchpoint::new("t", "T");
        t.emotion = Some(-1); // E = 25
        t.csat = Some(Csat {
            satisfied: 30,
            responses: 50,
        }); // C = 60
        let default = Constants::of(&Scoring::default());
        let s = signals(&t, &default);
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].signal, s[0].value), (Signal::Emotion, 25.0));
        assert_eq!((s[1].signal, s[1].value), (Signal::Csat, 60.0));
        // weights 1, 1: (25 + 60) / 2 = 42.5
        assert_eq!(weighted_mean(&s), Some(42.5));

        let s = signals(&t, &emotion_weighing(2.0));
        assert_eq!(s[0].weight, 2.0);
        // (2 * 25 + 1 * 60) / (2 + 1) = 110 / 3 = 36.666…
        assert!(close(weighted_mean(&s).unwrap(), 110.0 / 3.0));
    }

    /// The constants of a map whose emotion weighs `w`.
    fn emotion_weighing(w: f64) -> Constants {
        Constants::of(&Scoring {
            signal_weight: SignalWeights {
                emotion: Some(w),
                ..SignalWeights::default()
            },
            ..Scoring::default()
        })
    }

    #[test]
    fn zero_total_weight_or_no_signal_gives_no_score() {
        let mut t = Touchpoint::new("t", "T");
        let c = Constants::of(&Scoring::default());
        assert!(signals(&t, &c).is_empty());
        assert_eq!(weighted_mean(&signals(&t, &c)), None);

        t.emotion = Some(2);
        let s = signals(&t, &emotion_weighing(0.0));
        assert_eq!(s.len(), 1);
        assert_eq!(weighted_mean(&s), None);
    }

    #[test]
    fn inputs_and_formulas_explain_the_numbers() {
        let mut t = Touchpoint::new("t", "T");
        t.ratings.product = Some(4);
        t.ratings.price = Some(2);
        t.emotion = Some(-1);
        t.nps = Some(Nps {
            promoters: 30,
            passives: 10,
            detractors: 10,
        });
        let s = signals(&t, &Constants::of(&Scoring::default()));
        assert_eq!(s[0].input.to_string(), "price 2, product 4");
        assert_eq!(s[0].formula(), "(mean 3.00 - 1) × 25 = 50.0");
        assert_eq!(s[1].input.to_string(), "emotion -1");
        assert_eq!(s[1].formula(), "(-1 + 2) × 25 = 25.0");
        assert_eq!(
            s[2].input.to_string(),
            "30 promoters, 10 passives, 10 detractors"
        );
        assert_eq!(s[2].formula(), "(NPS 40.0 + 100) / 2 = 70.0");
    }
}
