//! A plain HTTP/1.1 client over a TcpStream, for the room's tests: each
//! request on its own connection (`Connection: close`), the answer read to
//! the end.

use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::time::Duration;

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    /// The first header of that name (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.all(name).into_iter().next()
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }

    /// `name=value` of a Set-Cookie header.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.all("set-cookie").into_iter().find_map(|c| {
            let first = c.split(';').next()?;
            let (k, v) = first.split_once('=')?;
            (k == name).then(|| format!("{k}={v}"))
        })
    }
}

/// Sends `raw` as it is and reads the answer to the end.
pub fn send(addr: SocketAddr, raw: &[u8]) -> std::io::Result<Reply> {
    let s = TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
    exchange(s, raw)
}

/// As [`send`], from the address `from` (a phone of its own on loopback:
/// 127.0.0.2, 127.0.0.3 … where the system has them, as Linux does).
pub fn send_from(from: IpAddr, addr: SocketAddr, raw: &[u8]) -> std::io::Result<Reply> {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)?;
    socket.bind(&SocketAddr::new(from, 0).into())?;
    socket.connect_timeout(&addr.into(), Duration::from_secs(5))?;
    exchange(socket.into(), raw)
}

/// Whether this system lets a client use loopback addresses other than
/// 127.0.0.1.
pub fn many_loopback_addresses() -> bool {
    std::net::TcpListener::bind("127.0.0.2:0").is_ok()
}

fn exchange(mut s: TcpStream, raw: &[u8]) -> std::io::Result<Reply> {
    s.set_read_timeout(Some(Duration::from_secs(20)))?;
    s.write_all(raw)?;
    let mut bytes = Vec::new();
    s.read_to_end(&mut bytes)?;
    parse(&bytes).ok_or_else(|| {
        std::io::Error::other(format!(
            "no HTTP answer: {:?}",
            String::from_utf8_lossy(&bytes)
        ))
    })
}

fn parse(bytes: &[u8]) -> Option<Reply> {
    let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&bytes[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Some(Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes[end + 4..]).into_owned(),
    })
}

/// One request; `headers` as `("Name", "value")`.
pub fn request(
    addr: SocketAddr,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    request_from(None, addr, method, target, headers, body)
}

/// [`request`] from the address `from` ([`send_from`]).
pub fn request_from(
    from: Option<IpAddr>,
    addr: SocketAddr,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let mut raw = format!("{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        raw.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        raw.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    raw.push_str("\r\n");
    let mut bytes = raw.into_bytes();
    bytes.extend_from_slice(body);
    match from {
        Some(ip) => send_from(ip, addr, &bytes),
        None => send(addr, &bytes),
    }
    .unwrap_or_else(|e| panic!("{method} {target}: {e}"))
}

pub fn get(addr: SocketAddr, target: &str) -> Reply {
    request(addr, "GET", target, &[], b"")
}

/// A POST of JSON with the token in the query and, when given, cookies.
pub fn post(addr: SocketAddr, target: &str, cookie: Option<&str>, body: &str) -> Reply {
    let mut headers = vec![("Content-Type", "application/json")];
    if let Some(c) = cookie {
        headers.push(("Cookie", c));
    }
    request(addr, "POST", target, &headers, body.as_bytes())
}
