//! The machine-readable report of docs/scoring.md, numbers unrounded, `null`
//! where there is no score. Keys beyond the documented ones are extras.

use std::cell::Cell;

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Map, Value, json};

use super::report::{Band, Baseline, Report};

/// The report as the JSON object of docs/scoring.md ("Machine-readable report").
pub fn to_json(r: &Report) -> Value {
    let mut v = Map::new();
    for (key, part) in parts(r) {
        let value = match part {
            Part::Value(v) => v,
            Part::Each(items) => Value::Array(items.collect()),
        };
        v.insert(key.to_string(), value);
    }
    Value::Object(v)
}

/// Writes [`to_json`] pretty-printed, with a newline, as it is produced:
/// the long lists (touchpoints, priorities, …) one element at a time, never
/// the whole document in memory. The bytes are those of
/// `serde_json::to_string_pretty(&to_json(r))` and a newline.
pub fn write_json(r: &Report, mut w: impl std::io::Write) -> std::io::Result<()> {
    let mut ser =
        serde_json::Serializer::with_formatter(&mut w, crate::escape::SafeJson::default());
    Whole(r).serialize(&mut ser).map_err(std::io::Error::from)?;
    w.write_all(b"\n")
}

/// The elements of a list, made one at a time.
type Items<'r> = Box<dyn Iterator<Item = Value> + 'r>;

/// One top-level value: built whole when small, else element by element.
enum Part<'r> {
    Value(Value),
    Each(Items<'r>),
}

/// The report serialized from [`parts`], in key order.
struct Whole<'r>(&'r Report);

impl Serialize for Whole<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let parts = parts(self.0);
        let mut m = s.serialize_map(Some(parts.len()))?;
        for (key, part) in parts {
            match part {
                Part::Value(v) => m.serialize_entry(key, &v)?,
                Part::Each(items) => m.serialize_entry(key, &Each(Cell::new(Some(items))))?,
            }
        }
        m.end()
    }
}

/// A list serialized as its iterator yields.
struct Each<'r>(Cell<Option<Items<'r>>>);

impl Serialize for Each<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for item in self.0.take().into_iter().flatten() {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

/// The top-level keys in the order a JSON object keeps them (sorted), with
/// their values.
fn parts(r: &Report) -> Vec<(&'static str, Part<'_>)> {
    let phase_name = |p: usize| r.phases.get(p).map_or("", |ph| ph.name.as_str());
    let band = |s: Option<f64>| s.map(|s| Band::of(s).label());
    let phases = r.phases.iter().map(move |ph| {
        json!({
            "name": ph.name,
            "score": ph.score,
            "weight": ph.weight,
            "pain_load": ph.pain_load,
            "band": band(ph.score),
            "mean": ph.mean,
            "loose_pain_load": ph.loose_load,
            "measured": ph.measured,
        })
    });
    let touchpoints = r.touchpoints.iter().map(move |t| {
        let signals: Vec<Value> = r
            .signals(t)
            .iter()
            .map(|s| {
                json!({
                    "signal": s.signal.as_str(),
                    "input": s.input.to_string(),
                    "value": s.value,
                    "weight": s.weight,
                })
            })
            .collect();
        json!({
            "id": t.id,
            "phase": phase_name(t.phase),
            "score": t.score,
            "effective": t.effective,
            "weight": t.weight,
            "name": t.name,
            "key": t.key,
            "importance": t.importance,
            "pain_load": t.pain_load,
            "band": band(t.effective),
            "signals": signals,
        })
    });
    let priorities = r.priorities.iter().map(move |p| {
        let id = r.touchpoints.get(p.index).map_or("", |t| t.id.as_str());
        json!({ "id": id, "priority": p.priority, "phase": phase_name(p.phase), "votes": p.votes })
    });
    let pains = r.loose_pains.iter().map(move |l| {
        json!({
            "phase": phase_name(l.phase),
            "text": l.text,
            "severity": l.severity,
            "votes": l.votes,
            "touchpoint": l.touchpoint,
        })
    });
    let findings = r.findings.iter().map(|f| {
        json!({
            "code": f.code,
            "level": f.level.as_str(),
            "target": f.label,
            "message": f.text(crate::text::Lang::En),
            "target_kind": f.target.kind(),
        })
    });
    let unmeasured = r.unmeasured().map(|t| json!(t.id));
    let opportunities = r.opportunities.iter().map(move |o| {
        let addresses: Vec<&str> = o.pains.iter().map(|x| x.id.as_str()).collect();
        json!({
            "id": o.id,
            "phase": phase_name(o.phase),
            "text": o.text,
            "owner": o.owner,
            "status": o.status.as_str(),
            "value": o.value,
            "due": o.due,
            "impact": o.impact,
            "effort": o.effort,
            "addresses": addresses,
            "addressed_severity": o.addressed,
        })
    });
    let baseline = match &r.baseline {
        Some(Baseline::Compared(c)) => {
            let phases: Vec<Value> = c
                .phases
                .iter()
                .map(|p| json!({ "name": p.name, "score": p.baseline, "delta": p.delta }))
                .collect();
            json!({
                "file": c.file,
                "overall": c.overall,
                "delta": c.delta,
                "phases": phases,
            })
        }
        Some(Baseline::Unavailable { .. }) | None => Value::Null,
    };
    let ru = &r.rollups;
    let dimensions: Map<String, Value> = ru
        .dimensions
        .iter()
        .map(|d| {
            let v = json!({ "mean": d.mean, "count": d.count });
            (d.dimension.as_str().to_string(), v)
        })
        .collect();
    let c = &r.constants;
    let signal_weight: Map<String, Value> = super::Signal::ALL
        .iter()
        .map(|&s| (s.as_str().to_string(), json!(c.signal_weight(s))))
        .collect();
    vec![
        ("band", Part::Value(json!(band(r.overall)))),
        ("baseline", Part::Value(baseline)),
        (
            "constants",
            Part::Value(json!({
                "key_weight": c.key_weight,
                "k_pain": c.k_pain,
                "signal_weight": signal_weight,
            })),
        ),
        ("findings", Part::Each(Box::new(findings))),
        (
            "net",
            Part::Value(json!({
                "positive": r.net.positive,
                "negative": r.net.negative,
                "pains": r.net.pains,
                "net": r.net.net,
            })),
        ),
        ("opportunities", Part::Each(Box::new(opportunities))),
        ("overall", Part::Value(json!(r.overall))),
        ("pains", Part::Each(Box::new(pains))),
        ("phases", Part::Each(Box::new(phases))),
        ("priorities", Part::Each(Box::new(priorities))),
        (
            "rollups",
            Part::Value(json!({
                "dimensions": dimensions,
                "nps": { "promoters": ru.nps.promoters, "passives": ru.nps.passives,
                         "detractors": ru.nps.detractors, "nps": ru.nps.nps },
                "csat": { "satisfied": ru.csat.satisfied, "responses": ru.csat.responses,
                          "percent": ru.csat.percent },
                "ces": { "mean": ru.ces.mean, "count": ru.ces.count },
            })),
        ),
        ("touchpoints", Part::Each(Box::new(touchpoints))),
        ("unmeasured", Part::Each(Box::new(unmeasured))),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::model::JourneyMap;

    #[test]
    fn the_streamed_json_is_the_pretty_printed_value() {
        let m = map(vec![
            phase(
                "Discover",
                vec![emo("ad", 1), tp("blank", |_| {}), emo("low", -2)],
                vec![
                    voted(pain("Too many ads", 2, None), 3),
                    pain("on ad", 4, Some("ad")),
                ],
            ),
            phase("Empty", vec![], vec![]),
        ]);
        for m in [m, JourneyMap::new("empty")] {
            let r = scored(&m);
            let mut out = Vec::new();
            write_json(&r, &mut out).unwrap();
            let expected = serde_json::to_string_pretty(&to_json(&r)).unwrap() + "\n";
            assert_eq!(String::from_utf8(out).unwrap(), expected);
        }
    }

    #[test]
    fn the_documented_keys_are_there_with_null_for_no_score() {
        let m = map(vec![
            phase(
                "Discover",
                vec![emo("ad", 1), tp("blank", |_| {})],
                vec![voted(pain("Too many ads", 2, None), 3)],
            ),
            phase("Empty", vec![], vec![]),
        ]);
        let v = to_json(&scored(&m));
        let obj = v.as_object().unwrap();
        for key in [
            "overall",
            "phases",
            "touchpoints",
            "priorities",
            "pains",
            "net",
            "findings",
        ] {
            assert!(obj.contains_key(key), "{key}");
        }
        // ad: 75, no linked pain; L_phase = 2 -> P = 75 - 6 = 69; O = 69 (W = 3)
        assert_eq!(v["overall"], json!(69.0));
        assert_eq!(v["band"], "fair");
        assert_eq!(
            v["phases"][0],
            json!({
                "name": "Discover", "score": 69.0, "weight": 3.0, "pain_load": 2,
                "band": "fair", "mean": 75.0, "loose_pain_load": 2, "measured": 1,
            })
        );
        assert_eq!(v["phases"][1]["score"], Value::Null);
        assert_eq!(v["phases"][1]["weight"], json!(0.0));
        let blank = &v["touchpoints"][1];
        assert_eq!(
            (&blank["id"], &blank["phase"]),
            (&json!("blank"), &json!("Discover"))
        );
        assert_eq!(
            (&blank["score"], &blank["effective"]),
            (&Value::Null, &Value::Null)
        );
        assert_eq!(blank["weight"], json!(3.0));
        assert_eq!(v["touchpoints"][0]["signals"][0]["input"], "emotion +1");
        // 3 * (100 - 75) / 100 = 0.75
        assert_eq!(
            v["priorities"],
            json!([{ "id": "ad", "priority": 0.75, "phase": "Discover", "votes": 0 }])
        );
        assert_eq!(
            v["pains"],
            json!([{ "phase": "Discover", "text": "Too many ads", "severity": 2, "votes": 3, "touchpoint": null }])
        );
        // 1 positive, 0 negative, 1 open pain -> 0
        assert_eq!(
            v["net"],
            json!({ "positive": 1, "negative": 0, "pains": 1, "net": 0 })
        );
        assert_eq!(v["unmeasured"], json!(["blank"]));
        let findings = v["findings"].as_array().unwrap();
        let f = findings
            .iter()
            .find(|f| f["code"] == "empty-phase")
            .unwrap();
        assert_eq!(
            (&f["code"], &f["level"], &f["target"]),
            (&json!("empty-phase"), &json!("warn"), &json!("Empty"))
        );
        assert!(f["message"].is_string());
        assert!(findings.iter().any(|f| f["level"] == "info"));
        assert_eq!(v["constants"]["signal_weight"]["nps"], json!(1.0));
    }

    #[test]
    fn nothing_scored_is_null_overall() {
        let v = to_json(&scored(&map(vec![phase(
            "P",
            vec![tp("a", |_| {})],
            vec![],
        )])));
        assert_eq!(v["overall"], Value::Null);
        assert_eq!(v["band"], Value::Null);
        assert_eq!(v["priorities"], json!([]));
        assert_eq!(v["rollups"]["nps"]["nps"], Value::Null);
    }
}
