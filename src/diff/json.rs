//! The diff for scripts: one JSON object, indices 0-based, values as in the
//! map (`null` when absent), scores unrounded.

use serde_json::{Value, json};

use super::{Diff, Field, Item, Place};

/// The diff as a JSON object.
pub fn to_json(d: &Diff) -> Value {
    let fields = |fs: &[Field]| -> Vec<Value> {
        fs.iter()
            .map(|f| json!({ "field": f.name.as_str(), "old": f.old, "new": f.new }))
            .collect()
    };
    let place = |p: &Option<Place>| {
        p.as_ref().map_or(
            Value::Null,
            |p| json!({ "phase": p.phase_name, "phase_index": p.phase, "index": p.index }),
        )
    };
    let item = |key: &str, i: &Item| {
        let mut v = json!({
            "change": i.change.as_str(),
            "old": place(&i.old),
            "new": place(&i.new),
            "moved": i.moved,
            "fields": fields(&i.fields),
        });
        v[key] = json!(i.label);
        if key == "id" {
            v["name"] = json!(i.name);
        }
        v
    };
    let phase = |i: &Item| {
        let at = |p: &Option<Place>| {
            p.as_ref().map_or(
                Value::Null,
                |p| json!({ "name": p.phase_name, "index": p.index }),
            )
        };
        json!({
            "change": i.change.as_str(),
            "name": i.label,
            "old": at(&i.old),
            "new": at(&i.new),
            "moved": i.moved,
            "fields": fields(&i.fields),
        })
    };
    let delta = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => json!(b - a),
        _ => Value::Null,
    };
    let (a, b) = d.score.overall;
    json!({
        "same": d.is_empty(),
        "changes": d.len(),
        "map": fields(&d.map),
        "phases": d.phases.iter().map(phase).collect::<Vec<_>>(),
        "touchpoints": d.touchpoints.iter().map(|i| item("id", i)).collect::<Vec<_>>(),
        "pain_points": d.pains.iter().map(|i| item("text", i)).collect::<Vec<_>>(),
        "opportunities": d.opportunities.iter().map(|i| item("id", i)).collect::<Vec<_>>(),
        "score": {
            "overall": { "old": a, "new": b, "delta": delta(a, b) },
            "phases": d.score.phases.iter().map(|p| json!({
                "name": p.name,
                "old": p.old,
                "new": p.new,
                "delta": delta(p.old, p.new),
                "in_old": p.in_old,
                "in_new": p.in_new,
            })).collect::<Vec<_>>(),
        },
    })
}
