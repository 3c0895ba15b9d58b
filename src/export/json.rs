//! The machine-readable report of docs/scoring.md (`cxmap score --format
//! json`): the typed report serialised as it is (its field names are the
//! keys), numbers unrounded, `null` where there is no score; each finding
//! with its sentence in English (a script's interface does not change with
//! the language). Keys beyond the documented ones are extras.

use serde::Serialize;

use crate::score::{Finding, Report};
use crate::text::Lang;

/// The report as a JSON value.
pub fn to_json(r: &Report) -> serde_json::Value {
    serde_json::to_value(Json::of(r)).expect("a report serialises to JSON")
}

/// Writes the report pretty-printed, with a newline, as it is serialised:
/// the long lists (touchpoints, priorities, …) one element at a time, never
/// the whole document in memory.
pub fn write_json(r: &Report, mut w: impl std::io::Write) -> std::io::Result<()> {
    // Control characters, DEL, C1 and bidirectional overrides from the file
    // are escaped too (the values stay the same).
    let mut ser =
        serde_json::Serializer::with_formatter(&mut w, crate::escape::SafeJson::default());
    Json::of(r)
        .serialize(&mut ser)
        .map_err(std::io::Error::from)?;
    w.write_all(b"\n")
}

/// The report, and its findings with their sentences.
#[derive(Serialize)]
struct Json<'r> {
    #[serde(flatten)]
    report: &'r Report,
    findings: Findings<'r>,
}

impl<'r> Json<'r> {
    fn of(report: &'r Report) -> Json<'r> {
        Json {
            report,
            findings: Findings(&report.findings),
        }
    }
}

/// The findings, each said as it is serialised.
struct Findings<'r>(&'r [Finding]);

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|finding| Said {
            finding,
            message: finding.text(Lang::En),
        }))
    }
}

/// A finding and its sentence.
#[derive(Serialize)]
struct Said<'f> {
    #[serde(flatten)]
    finding: &'f Finding,
    message: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::JourneyMap;
    use crate::score::testutil::*;
    use serde_json::{Value, json};

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
            let text = String::from_utf8(out).unwrap();
            assert!(text.ends_with("}\n"), "{text}");
            let read: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(read, to_json(&r));
            // pretty-printed: one key per line
            assert!(text.contains("\n  \"overall\": "), "{text}");
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
                "answers": ["none"],
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
        // 3 * (100 - 75) / 100 = 0.75; no votes: a factor of 1
        assert_eq!(
            v["priorities"],
            json!([{ "id": "ad", "priority": 0.75, "phase": "Discover", "votes": 0,
                     "gap": 0.75, "vote_factor": 1.0 }])
        );
        // the only loose pain: rank = severity 2 × (1 + 1 × 3 / 3) = 4
        assert_eq!(
            v["pains"],
            json!([{ "phase": "Discover", "text": "Too many ads", "severity": 2, "votes": 3,
                     "touchpoint": null, "rank": 4.0 }])
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
        assert_eq!(v["constants"]["vote_weight"], json!(1.0));
        assert_eq!(v["baseline"], Value::Null);
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
