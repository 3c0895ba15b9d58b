//! The room's server over real HTTP on 127.0.0.1: the token, the page,
//! the API, its refusals and limits, many phones at once, and closing.

mod common;

use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use common::http::{Reply, get, post, request, request_from, send};
use cxmap::model::{JourneyMap, PainPoint, Phase, Touchpoint};
use cxmap::room::{Bind, Inbox, Kind, Limits, Room, Round, Snapshot};

fn map() -> JourneyMap {
    let mut m = JourneyMap::new("Laptop <store> & co");
    m.phases.push(Phase::new("Discover"));
    let mut buy = Phase::new("Buy");
    buy.touchpoints
        .push(Touchpoint::new("checkout", "Checkout"));
    buy.pain_points.push(PainPoint::new("Card form resets", 4));
    buy.pain_points.push(PainPoint::new("Slow delivery", 3));
    m.phases.push(buy);
    m
}

fn open_with(limits: Limits) -> Room {
    let room = Room::open(Bind::At("127.0.0.1:0".parse().unwrap()), limits).unwrap();
    room.publish(Snapshot::of(&map(), cxmap::text::Lang::En, None));
    room
}

fn open() -> Room {
    open_with(Limits::default())
}

/// `path` with the room's token.
fn with_token(room: &Room, path: &str) -> String {
    format!("{path}?t={}", room.token())
}

fn note(phase: &str, kind: &str, text: &str) -> String {
    serde_json::json!({"author": "Ana", "phase": phase, "kind": kind, "text": text}).to_string()
}

fn pain_ids(room: &Room) -> Vec<String> {
    let s = get(room.addr(), &with_token(room, "/api/state")).json();
    s["phases"][1]["pain_points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect()
}

fn start_round(room: &Room, id: u64, dots: i64, total: i64) {
    room.publish(Snapshot::of(
        &map(),
        cxmap::text::Lang::En,
        Some(Round {
            id,
            dots_per_person: dots,
            total,
            used: 0,
            remote_counted: 0,
        }),
    ));
}

#[test]
fn the_url_has_the_address_and_a_128_bit_token() {
    let room = open();
    let url = room.url();
    assert!(
        url.starts_with(&format!("http://127.0.0.1:{}/?t=", room.addr().port())),
        "{url}"
    );
    assert_eq!(url.rsplit("t=").next().unwrap().len(), 32);
    assert!(room.qr().is_some_and(|q| q.len() > 10));
    let other = open();
    assert_ne!(other.token(), room.token());
}

#[test]
fn nothing_answers_without_the_token() {
    let room = open();
    let a = room.addr();
    let wrong = format!("?t={}", "0".repeat(32));
    for (method, path) in [
        ("GET", "/"),
        ("GET", "/room.js"),
        ("GET", "/api/state"),
        ("POST", "/api/notes"),
        ("POST", "/api/votes"),
        ("GET", "/etc/passwd"),
    ] {
        for q in ["", wrong.as_str(), "?t=", "?T=x"] {
            let r = request(a, method, &format!("{path}{q}"), &[], b"{}");
            assert_eq!(r.status, 403, "{method} {path}{q}: {r:?}");
            assert!(!r.body.contains("Laptop"), "{}", r.body);
        }
    }
    // A wrong cookie is no better.
    let r = request(
        a,
        "GET",
        "/api/state",
        &[("Cookie", &format!("cxmap_t={}", "f".repeat(32)))],
        b"",
    );
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["error"], "forbidden");
    let mut inbox = Inbox::default();
    assert!(room.poll(&mut inbox).dots.is_empty());
    assert!(inbox.is_empty());
}

#[test]
fn the_page_sets_its_cookies_and_a_strict_policy() {
    let room = open();
    let r = get(room.addr(), &with_token(&room, "/"));
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
    assert!(r.body.contains(r#"<html lang="en">"#));
    assert!(r.body.contains("Add a note"));
    let policy = r.header("content-security-policy").unwrap();
    assert!(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"));
    assert_eq!(r.header("cache-control"), Some("no-store"));
    let token = r.cookie("cxmap_t").unwrap();
    assert_eq!(token, format!("cxmap_t={}", room.token()));
    let device = r.cookie("cxmap_p").unwrap();
    for c in r.all("set-cookie") {
        assert!(
            c.contains("HttpOnly") && c.contains("SameSite=Strict"),
            "{c}"
        );
    }
    // With the cookies, no token in the address is needed, and a device
    // keeps its id.
    let both = format!("{token}; {device}");
    let again = request(room.addr(), "GET", "/", &[("Cookie", &both)], b"");
    assert_eq!(again.status, 200);
    assert_eq!(again.cookie("cxmap_p"), None);
    for asset in ["/room.js", "/room.css", "/api/state"] {
        assert_eq!(
            request(room.addr(), "GET", asset, &[("Cookie", &token)], b"").status,
            200,
            "{asset}"
        );
    }
}

#[test]
fn the_state_is_the_map_as_the_room_may_see_it() {
    let room = open();
    let s = get(room.addr(), &with_token(&room, "/api/state")).json();
    assert_eq!(s["title"], "Laptop <store> & co");
    assert_eq!(s["phases"][0]["name"], "Discover");
    assert_eq!(
        s["phases"][1]["touchpoints"][0],
        serde_json::json!({"id": "checkout", "name": "Checkout"})
    );
    assert_eq!(s["phases"][1]["pain_points"][0]["text"], "Card form resets");
    assert_eq!(s["phases"][1]["pain_points"][0]["votes"], 0);
    assert_eq!(s["vote"], serde_json::Value::Null);
    // Nothing else of the map (its scores, owners, notes …).
    let keys: Vec<_> = s.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["lang", "max_note", "phases", "title", "vote"]);
}

#[test]
fn notes_reach_the_inbox_as_sent() {
    let room = open();
    let a = room.addr();
    let t = with_token(&room, "/api/notes");
    let r = post(
        a,
        &t,
        None,
        &note(
            "Buy",
            "pain",
            "The card form <b>resets</b>\n\u{1b}[2J on error",
        ),
    );
    assert_eq!(r.status, 202, "{r:?}");
    assert_eq!(r.json()["id"], 1);
    assert_eq!(
        post(
            a,
            &t,
            None,
            &note("Discover", "idea", "Compare models side by side")
        )
        .status,
        202
    );
    assert_eq!(
        post(a, &t, None, &note("Discover", "touchpoint", "Review site")).status,
        202
    );
    let mut inbox = Inbox::default();
    room.poll(&mut inbox);
    let got: Vec<_> = inbox
        .notes()
        .iter()
        .map(|n| (n.kind, n.phase.as_str(), n.text.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            // One line; the rest kept as text for the app to show safely.
            (
                Kind::Pain,
                "Buy",
                "The card form <b>resets</b> \u{1b}[2J on error"
            ),
            (Kind::Idea, "Discover", "Compare models side by side"),
            (Kind::Touchpoint, "Discover", "Review site"),
        ]
    );
    assert_eq!(inbox.notes()[0].author.as_deref(), Some("Ana"));
}

#[test]
fn bad_notes_are_refused_with_their_status() {
    let room = open();
    let a = room.addr();
    let t = with_token(&room, "/api/notes");
    let cases: [(&str, u16, &str); 7] = [
        ("{", 400, "malformed"),
        (
            r#"{"phase":"Buy","kind":"wish","text":"x"}"#,
            400,
            "malformed",
        ),
        (
            r#"{"phase":"Buy","kind":"idea","text":"x","admin":true}"#,
            400,
            "malformed",
        ),
        (&note("Buy", "idea", "  \n "), 400, "empty"),
        (&note("Nowhere", "idea", "x"), 400, "unknown_phase"),
        (&note("Buy", "idea", &"x".repeat(501)), 413, "too_large"),
        ("\u{0}\u{1}binary", 400, "malformed"),
    ];
    for (body, status, code) in cases {
        let r = post(a, &t, None, body);
        assert_eq!(
            (r.status, r.json()["error"].as_str()),
            (status, Some(code)),
            "{body}"
        );
    }
    assert_eq!(
        post(a, &t, None, &note("Buy", "idea", &"é".repeat(500))).status,
        202
    );
    let mut inbox = Inbox::default();
    room.poll(&mut inbox);
    assert_eq!(inbox.len(), 1);
}

#[test]
fn a_100_kb_note_is_refused_before_it_is_read() {
    let room = open();
    let a = room.addr();
    let big = note("Buy", "idea", &"x".repeat(100_000));
    let r = post(a, &with_token(&room, "/api/notes"), None, &big);
    assert_eq!(r.status, 413);
    assert_eq!(r.json()["error"], "too_large");
    // Sent in chunks, with no length said: refused at the limit.
    let mut raw = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n",
        with_token(&room, "/api/notes")
    )
    .into_bytes();
    for chunk in big.as_bytes().chunks(4096) {
        raw.extend(format!("{:x}\r\n", chunk.len()).bytes());
        raw.extend(chunk);
        raw.extend(b"\r\n");
    }
    raw.extend(b"0\r\n\r\n");
    let r = send(a, &raw).unwrap();
    assert_eq!(r.status, 413);
    let mut inbox = Inbox::default();
    room.poll(&mut inbox);
    assert!(inbox.is_empty());
    // The room still answers.
    assert_eq!(get(a, &with_token(&room, "/api/state")).status, 200);
}

#[test]
fn a_flood_from_one_phone_is_refused() {
    let room = open();
    let a = room.addr();
    let t = with_token(&room, "/api/notes");
    let device = "cxmap_p=00000000000000aa";
    let statuses: Vec<u16> = (0..30)
        .map(|i| {
            post(
                a,
                &t,
                Some(device),
                &note("Buy", "idea", &format!("idea {i}")),
            )
            .status
        })
        .collect();
    let accepted = statuses.iter().filter(|s| **s == 202).count();
    assert_eq!(
        accepted,
        Limits::default().notes_per_participant.burst as usize
    );
    assert!(
        statuses[accepted..].iter().all(|s| *s == 429),
        "{statuses:?}"
    );
    let r = post(a, &t, Some(device), &note("Buy", "idea", "one more"));
    assert_eq!(r.header("retry-after"), Some("5"));
    let mut inbox = Inbox::default();
    room.poll(&mut inbox);
    assert_eq!(inbox.len(), accepted);
}

#[test]
fn requests_from_one_address_are_limited() {
    let limits = Limits {
        requests_per_address: cxmap::room::limits::Rate::new(5, Duration::from_secs(60)),
        ..Limits::default()
    };
    let room = open_with(limits);
    let t = with_token(&room, "/api/state");
    let statuses: Vec<u16> = (0..8).map(|_| get(room.addr(), &t).status).collect();
    assert_eq!(statuses, [200, 200, 200, 200, 200, 429, 429, 429]);
}

#[test]
fn dots_obey_the_round_and_the_dots_per_person() {
    let room = open();
    let a = room.addr();
    let t = with_token(&room, "/api/votes");
    let ids = pain_ids(&room);
    let vote = |device: &str, pain: &str| {
        let body = serde_json::json!({"author": "", "pain": pain}).to_string();
        post(a, &t, Some(&format!("cxmap_p={device}")), &body)
    };
    let phone = "00000000000000a1";
    let r = vote(phone, &ids[0]);
    assert_eq!(
        (r.status, r.json()["error"].as_str()),
        (409, Some("no_round"))
    );
    start_round(&room, 7, 2, 20);
    assert_eq!(vote(phone, &ids[0]).json()["left"], 1);
    assert_eq!(vote(phone, &ids[1]).json()["left"], 0);
    let r = vote(phone, &ids[1]);
    assert_eq!(
        (r.status, r.json()["error"].as_str()),
        (429, Some("no_dots_left"))
    );
    assert_eq!(vote("00000000000000a2", "no-such-pain").status, 400);
    assert_eq!(vote("00000000000000a2", &ids[0]).status, 200);
    // The state tells each phone its own dots.
    let cookie = format!("cxmap_p={phone}");
    let s = request(
        a,
        "GET",
        &with_token(&room, "/api/state"),
        &[("Cookie", &cookie)],
        b"",
    )
    .json();
    assert_eq!(s["vote"]["dots_per_person"], 2);
    assert_eq!(s["vote"]["left"], 0);
    assert_eq!(s["vote"]["mine"][&ids[0]], 1);
    let mut inbox = Inbox::default();
    let dots = room.poll(&mut inbox).dots;
    let pains: Vec<_> = dots
        .iter()
        .map(|d| (d.round, d.phase.as_str(), d.pain.as_str()))
        .collect();
    assert_eq!(
        pains,
        [
            (7, "Buy", "Card form resets"),
            (7, "Buy", "Slow delivery"),
            (7, "Buy", "Card form resets")
        ]
    );
    room.end_round();
    assert_eq!(vote("00000000000000a3", &ids[0]).status, 409);
}

#[test]
fn the_file_system_and_other_paths_are_not_served() {
    let room = open();
    let a = room.addr();
    for path in [
        "/Cargo.toml",
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/config.ron",
        "/api",
        "/api/state/x",
        "//etc/passwd",
    ] {
        let r = get(a, &with_token(&room, path));
        assert_eq!(r.status, 404, "{path}");
        assert_eq!(r.body, r#"{"error":"not_found"}"#);
    }
    let r = request(a, "DELETE", &with_token(&room, "/api/notes"), &[], b"");
    assert_eq!((r.status, r.header("allow")), (405, Some("POST")));
    let r = request(a, "POST", &with_token(&room, "/api/state"), &[], b"{}");
    assert_eq!((r.status, r.header("allow")), (405, Some("GET")));
}

#[test]
fn garbage_gets_400_and_the_room_goes_on() {
    let room = open();
    let a = room.addr();
    for raw in [
        &b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n"[..],
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET\r\n\r\n",
        b"GET / HTTP/1.1\r\nBad Header Line\r\n\r\n",
    ] {
        // An answer of 400 or a closed connection: never a crash.
        if let Ok(r) = send(a, raw) {
            assert!(r.status >= 400, "{r:?}");
        }
    }
    // Headers too large for the buffer.
    let huge = format!("GET / HTTP/1.1\r\nX-Big: {}\r\n\r\n", "a".repeat(64 * 1024));
    if let Ok(r) = send(a, huge.as_bytes()) {
        assert_eq!(r.status, 431, "{r:?}");
    }
    assert_eq!(get(a, &with_token(&room, "/api/state")).status, 200);
}

#[test]
fn a_slow_phone_is_cut_off_and_holds_no_one_up() {
    let limits = Limits {
        read_timeout: Duration::from_millis(300),
        ..Limits::default()
    };
    let room = open_with(limits);
    let a = room.addr();
    use std::io::{Read, Write};
    let mut slow = TcpStream::connect(a).unwrap();
    slow.write_all(b"GET /api/state HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    // Others are served meanwhile.
    assert_eq!(get(a, &with_token(&room, "/api/state")).status, 200);
    slow.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut rest = Vec::new();
    let started = std::time::Instant::now();
    let _ = slow.read_to_end(&mut rest);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the slow connection was kept"
    );
    // A body that never comes.
    let mut slow = TcpStream::connect(a).unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{{",
        with_token(&room, "/api/notes")
    );
    slow.write_all(head.as_bytes()).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = String::new();
    let _ = slow.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer:?}");
}

#[test]
fn connections_past_the_cap_are_closed() {
    let limits = Limits {
        connections_per_address: 3,
        ..Limits::default()
    };
    let room = open_with(limits);
    let a = room.addr();
    let held: Vec<TcpStream> = (0..3).map(|_| TcpStream::connect(a).unwrap()).collect();
    // Let the server take them in.
    std::thread::sleep(Duration::from_millis(200));
    let r = send(
        a,
        format!(
            "GET {} HTTP/1.1\r\nHost: x\r\n\r\n",
            with_token(&room, "/api/state")
        )
        .as_bytes(),
    );
    assert!(r.is_err(), "a fourth connection was served: {r:?}");
    drop(held);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(get(a, &with_token(&room, "/api/state")).status, 200);
}

/// 40 phones post at once: every note answered 202 is in the inbox, once.
#[test]
fn forty_phones_at_once_lose_nothing() {
    let (accepted, inbox) = phones_posting(40, 1);
    assert_eq!(accepted, 40);
    assert_eq!(inbox.len(), 40);
}

/// The load test (docs/room.md): 40 phones, each sending 5 notes while
/// reading the state, all at once. `cargo test --release --test room_server
/// -- --ignored`.
#[test]
#[ignore]
fn load_forty_phones_five_notes_each_while_polling() {
    let started = std::time::Instant::now();
    let (accepted, inbox) = phones_posting(40, 5);
    eprintln!("{accepted} notes from 40 phones in {:?}", started.elapsed());
    assert_eq!(accepted, 200);
    assert_eq!(inbox.len(), 200);
}

/// `phones` threads, each with its own device, post `each` notes (and read
/// the state between them) after waiting for all to be ready. Returns how
/// many were answered 202 and the inbox, checked to hold exactly those.
fn phones_posting(phones: usize, each: usize) -> (usize, Inbox) {
    // Each phone from an address of its own, as on a real network; where
    // the system has only 127.0.0.1, they share it, and the limits per
    // address are raised to let them.
    let own = common::http::many_loopback_addresses();
    let room = if own {
        open()
    } else {
        eprintln!("the phones share 127.0.0.1: limits per address raised");
        open_with(Limits {
            connections_per_address: 4 * phones,
            notes_per_address: cxmap::room::limits::Rate::new(
                4 * (phones * each) as u32,
                Duration::from_secs(1),
            ),
            requests_per_address: cxmap::room::limits::Rate::new(
                8 * (phones * each) as u32,
                Duration::from_secs(1),
            ),
            ..Limits::default()
        })
    };
    let a = room.addr();
    let notes = with_token(&room, "/api/notes");
    let state = with_token(&room, "/api/state");
    let start = std::sync::Arc::new(std::sync::Barrier::new(phones));
    let handles: Vec<_> = (0..phones)
        .map(|p| {
            let (notes, state, start) = (notes.clone(), state.clone(), start.clone());
            let from = own.then(|| std::net::IpAddr::from([127, 0, 0, 2 + p as u8]));
            std::thread::spawn(move || {
                let cookie = format!("cxmap_p={p:016x}");
                start.wait();
                let mut sent = Vec::new();
                for i in 0..each {
                    let text = format!("phone {p} note {i}");
                    let body = note("Buy", "pain", &text);
                    let headers = [
                        ("Cookie", cookie.as_str()),
                        ("Content-Type", "application/json"),
                    ];
                    let r = request_from(from, a, "POST", &notes, &headers, body.as_bytes());
                    assert!(r.status == 202 || r.status == 429, "{r:?}");
                    if r.status == 202 {
                        sent.push(text);
                    }
                    let r: Reply =
                        request_from(from, a, "GET", &state, &[("Cookie", &cookie)], b"");
                    assert_eq!(r.status, 200);
                }
                sent
            })
        })
        .collect();
    let mut sent: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    let mut inbox = Inbox::default();
    room.poll(&mut inbox);
    let mut got: Vec<String> = inbox.notes().iter().map(|n| n.text.clone()).collect();
    sent.sort();
    got.sort();
    assert_eq!(got, sent, "the inbox holds exactly the notes answered 202");
    (sent.len(), inbox)
}

#[test]
fn closing_the_room_closes_the_port_and_keeps_what_came() {
    let room = open();
    let a: SocketAddr = room.addr();
    assert_eq!(
        post(
            a,
            &with_token(&room, "/api/notes"),
            None,
            &note("Buy", "idea", "last")
        )
        .status,
        202
    );
    // A phone keeps a connection open.
    let idle = TcpStream::connect(a).unwrap();
    let mut inbox = Inbox::default();
    room.close(&mut inbox);
    assert_eq!(inbox.notes()[0].text, "last");
    let refused = TcpStream::connect_timeout(&a, Duration::from_secs(2));
    assert!(refused.is_err(), "the port is still open");
    // The idle connection was ended too.
    use std::io::Read;
    idle.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut buf = [0u8; 16];
    assert!(matches!((&idle).read(&mut buf), Ok(0) | Err(_)));
    // The same port can be opened again at once.
    let again = Room::open(Bind::At(a), Limits::default()).unwrap();
    assert_eq!(again.addr(), a);
}
