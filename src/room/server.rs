//! The room's HTTP server: hyper's HTTP/1 on a current-thread tokio
//! runtime, on a thread of its own (the app's loop never waits for it).
//! This file is glue: it reads requests within the limits (connections,
//! head and body sizes, time) and writes what the hub decides.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderMap, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpStream;
use tokio::sync::{Notify, Semaphore};

use super::api::Refusal;
use super::hub::{Hub, Participant};
use super::limits::Limits;
use super::page;
use super::token;
use crate::text::W;

/// The cookies the page sets: the token, and the device's own id (what
/// counts a participant's dots and notes).
pub const TOKEN_COOKIE: &str = "cxmap_t";
pub const DEVICE_COOKIE: &str = "cxmap_p";

/// Serves until `stop` is notified, then ends every connection and closes
/// the port. Runs on the room's thread.
pub fn run(listener: std::net::TcpListener, hub: Arc<Hub>, stop: Arc<Notify>) {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return hub.failed(e.to_string()),
    };
    rt.block_on(async {
        match tokio::net::TcpListener::from_std(listener) {
            Ok(l) => {
                tokio::spawn(accept(l, hub));
                stop.notified().await;
            }
            Err(e) => hub.failed(e.to_string()),
        }
    });
    // Dropping the runtime drops every task: the listener and each
    // connection are closed.
    drop(rt);
}

/// Connections from one address, counted while they are open.
type PerAddress = Arc<Mutex<HashMap<IpAddr, usize>>>;

struct Slot {
    per: PerAddress,
    ip: IpAddr,
}

impl Slot {
    fn take(per: &PerAddress, ip: IpAddr, most: usize) -> Option<Slot> {
        let mut m = per.lock().unwrap_or_else(|e| e.into_inner());
        let n = m.entry(ip).or_insert(0);
        if *n >= most {
            return None;
        }
        *n += 1;
        Some(Slot {
            per: per.clone(),
            ip,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut m = self.per.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = m.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                m.remove(&self.ip);
            }
        }
    }
}

async fn accept(listener: tokio::net::TcpListener, hub: Arc<Hub>) {
    let all = Arc::new(Semaphore::new(hub.limits.connections));
    let per: PerAddress = Arc::default();
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(c) => c,
            // Out of file descriptors, a connection reset while queued:
            // the room goes on.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Past a limit the connection is closed at once.
        let Ok(permit) = all.clone().try_acquire_owned() else {
            continue;
        };
        let Some(slot) = Slot::take(&per, peer.ip(), hub.limits.connections_per_address) else {
            continue;
        };
        let hub = hub.clone();
        tokio::spawn(async move {
            serve(stream, peer, hub).await;
            drop((permit, slot));
        });
    }
}

/// One connection, for at most `connection_life`.
async fn serve(stream: TcpStream, peer: SocketAddr, hub: Arc<Hub>) {
    let _ = stream.set_nodelay(true);
    let limits = hub.limits;
    let service = service_fn(move |req| {
        let hub = hub.clone();
        async move { Ok::<_, Infallible>(respond(&hub, peer.ip(), req).await) }
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.read_timeout)
        .max_buf_size(16 * 1024)
        .max_headers(48)
        .keep_alive(true);
    let conn = builder.serve_connection(TokioIo::new(stream), service);
    let mut conn = std::pin::pin!(conn);
    if tokio::time::timeout(limits.connection_life, conn.as_mut())
        .await
        .is_err()
    {
        conn.as_mut().graceful_shutdown();
        let _ = tokio::time::timeout(limits.read_timeout, conn).await;
    }
}

/// The paths the room answers.
const PATHS: [&str; 6] = [
    "/",
    "/room.js",
    "/room.css",
    "/api/state",
    "/api/notes",
    "/api/votes",
];

async fn respond(hub: &Hub, ip: IpAddr, req: Request<Incoming>) -> Response<Full<Bytes>> {
    let now = Instant::now();
    if let Err(r) = hub.admit(ip, now) {
        return refused(r);
    }
    let query_token = query(req.uri().query(), "t");
    let cookies = Cookies::of(req.headers());
    if !hub.authorized(query_token, cookies.get(TOKEN_COOKIE)) {
        return forbidden(hub, req.uri().path());
    }
    let device = cookies.get(DEVICE_COOKIE).filter(|d| valid_device(d));
    let device = device.map(str::to_string);
    let device = device.as_deref();
    let path = req.uri().path().to_string();
    match (req.method().clone(), path.as_str()) {
        (Method::GET, "/") => index(hub, device.is_none()),
        (Method::GET, "/room.js") => file("text/javascript; charset=utf-8", page::SCRIPT),
        (Method::GET, "/room.css") => file("text/css; charset=utf-8", page::STYLE),
        (Method::GET, "/api/state") => json(
            StatusCode::OK,
            hub.state(&Participant::of(device, None, ip)),
        ),
        (Method::POST, "/api/notes") => match body(req, &hub.limits).await {
            Err(r) => refused(r),
            Ok(b) => match hub.note(&b, device, ip, now) {
                Ok(id) => json(StatusCode::ACCEPTED, format!("{{\"id\":{id}}}")),
                Err(r) => refused(r),
            },
        },
        (Method::POST, "/api/votes") => match body(req, &hub.limits).await {
            Err(r) => refused(r),
            Ok(b) => match hub.vote(&b, device, ip) {
                Ok(left) => json(StatusCode::OK, format!("{{\"left\":{left}}}")),
                Err(r) => refused(r),
            },
        },
        (_, p) if PATHS.contains(&p) => {
            let mut r = refused(Refusal::MethodNotAllowed);
            let allow = if p.starts_with("/api/") && p != "/api/state" {
                "POST"
            } else {
                "GET"
            };
            r.headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static(allow));
            r
        }
        _ => refused(Refusal::NotFound),
    }
}

/// A request's body, within the size and time limits.
async fn body(req: Request<Incoming>, limits: &Limits) -> Result<Bytes, Refusal> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    // Refused before a byte of it is read.
    if declared.is_some_and(|n| n > limits.body_bytes as u64) {
        return Err(Refusal::TooLarge);
    }
    let limited = Limited::new(req.into_body(), limits.body_bytes);
    match tokio::time::timeout(limits.read_timeout, limited.collect()).await {
        Err(_) => Err(Refusal::Timeout),
        Ok(Ok(c)) => Ok(c.to_bytes()),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => Err(Refusal::TooLarge),
        Ok(Err(_)) => Err(Refusal::Malformed),
    }
}

/// A query parameter, as written (the token is hex: nothing to decode).
fn query<'a>(q: Option<&'a str>, name: &str) -> Option<&'a str> {
    q?.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == name).then_some(v)
    })
}

/// The request's cookies, as written.
struct Cookies(Vec<(String, String)>);

impl Cookies {
    fn of(headers: &HeaderMap) -> Cookies {
        Cookies(
            headers
                .get_all(header::COOKIE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(';'))
                .filter_map(|kv| {
                    let (k, v) = kv.split_once('=')?;
                    Some((k.trim().to_string(), v.trim().to_string()))
                })
                .collect(),
        )
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A device id as the room makes them: 16 lowercase hex digits.
fn valid_device(d: &str) -> bool {
    d.len() == 16 && d.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn response(status: StatusCode, content_type: &'static str, body: Bytes) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(body));
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    r
}

fn json(status: StatusCode, body: String) -> Response<Full<Bytes>> {
    response(status, "application/json", Bytes::from(body))
}

fn file(content_type: &'static str, text: &'static str) -> Response<Full<Bytes>> {
    response(
        StatusCode::OK,
        content_type,
        Bytes::from_static(text.as_bytes()),
    )
}

fn refused(r: Refusal) -> Response<Full<Bytes>> {
    let status = StatusCode::from_u16(r.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let mut resp = json(status, r.body());
    if matches!(r, Refusal::SlowDown | Refusal::InboxFull) {
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    }
    resp
}

/// 403: JSON for the API, a sentence in the map's language for a person.
fn forbidden(hub: &Hub, path: &str) -> Response<Full<Bytes>> {
    if path.starts_with("/api/") {
        return refused(Refusal::Forbidden);
    }
    let lang = hub.snapshot().lang;
    response(
        StatusCode::FORBIDDEN,
        "text/plain; charset=utf-8",
        Bytes::from(W::PageForbidden.text(lang)),
    )
}

/// The page, with the cookies: the token (so the page's requests carry it)
/// and, for a device that has none, its id.
fn index(hub: &Hub, new_device: bool) -> Response<Full<Bytes>> {
    let lang = hub.snapshot().lang;
    let mut r = response(
        StatusCode::OK,
        "text/html; charset=utf-8",
        Bytes::from(page::index(lang, hub.token.as_str())),
    );
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(page::POLICY),
    );
    let cookie = |name: &str, value: &str, extra: &str| {
        HeaderValue::from_str(&format!(
            "{name}={value}; Path=/; HttpOnly; SameSite=Strict{extra}"
        ))
    };
    if let Ok(v) = cookie(TOKEN_COOKIE, hub.token.as_str(), "") {
        h.append(header::SET_COOKIE, v);
    }
    if new_device
        && let Ok(bytes) = token::random::<8>()
        && let Ok(v) = cookie(DEVICE_COOKIE, &token::hex(&bytes), "; Max-Age=43200")
    {
        h.append(header::SET_COOKIE, v);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_and_cookies_are_read_as_written() {
        assert_eq!(query(Some("a=1&t=ff&b"), "t"), Some("ff"));
        assert_eq!(query(Some("tt=1"), "t"), None);
        assert_eq!(query(None, "t"), None);
        let mut h = HeaderMap::new();
        h.append(header::COOKIE, HeaderValue::from_static("a=1; cxmap_t=ab"));
        h.append(
            header::COOKIE,
            HeaderValue::from_static("cxmap_p=0123456789abcdef"),
        );
        let c = Cookies::of(&h);
        assert_eq!(c.get(TOKEN_COOKIE), Some("ab"));
        assert_eq!(c.get(DEVICE_COOKIE), Some("0123456789abcdef"));
        assert_eq!(c.get("b"), None);
    }

    #[test]
    fn device_ids_are_sixteen_hex_digits() {
        assert!(valid_device("0123456789abcdef"));
        assert!(!valid_device("0123456789ABCDEF"));
        assert!(!valid_device("0123456789abcde"));
        assert!(!valid_device("0123456789abcdeg"));
    }
}
