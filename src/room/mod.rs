//! The room: participants' phones add notes and give dots to the open map
//! over the local network (docs/room.md).
//!
//! [`Room::open`] starts a small HTTP server on a thread of its own
//! ([`server`]) with a random token ([`token`]); its address is shown as a
//! URL and a QR code ([`qr`]). The server decides everything through the
//! [`hub`] (limits, the voting round's dots, the JSON of [`api`]) and sends
//! what the app must know as [`RoomEvent`]s; the app publishes what phones
//! may see as a [`Snapshot`] whenever it changes, and keeps the notes in
//! an [`Inbox`] until the facilitator accepts or rejects them. Closing the
//! room (or dropping it) ends every connection and closes the port.

pub mod api;
pub mod bind;
pub mod hub;
pub mod inbox;
pub mod limits;
pub mod page;
pub mod qr;
pub mod server;
pub mod snapshot;
pub mod token;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::thread::JoinHandle;

pub use api::{Kind, Note};
pub use bind::Bind;
pub use hub::{Dot, RoomEvent};
pub use inbox::Inbox;
pub use limits::Limits;
pub use snapshot::{Round, Snapshot};

/// Why the room did not open.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoomError {
    #[error("no local network address found (set room_bind in the configuration)")]
    NoLocalNetwork,
    #[error("cannot listen on {addr}: {error}")]
    Listen { addr: String, error: String },
    #[error("cannot start the room: {0}")]
    Start(String),
}

/// An open room. Dropping it closes it.
pub struct Room {
    hub: Arc<hub::Hub>,
    events: Receiver<RoomEvent>,
    stop: Arc<tokio::sync::Notify>,
    thread: Option<JoinHandle<()>>,
    addr: SocketAddr,
    url: String,
    qr: Option<Vec<String>>,
}

impl std::fmt::Debug for Room {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Room").field("addr", &self.addr).finish()
    }
}

/// What a poll found besides notes.
#[derive(Debug, Default, PartialEq)]
pub struct Polled {
    pub dots: Vec<Dot>,
    /// The server stopped: the room must be closed.
    pub failed: Option<String>,
}

impl Room {
    /// Listens where `bind` says, with a fresh token, and serves on a
    /// thread of its own.
    pub fn open(bind: Bind, limits: Limits) -> Result<Room, RoomError> {
        let at = bind.address()?;
        let listener = std::net::TcpListener::bind(at).map_err(|e| RoomError::Listen {
            addr: at.to_string(),
            error: e.to_string(),
        })?;
        let start = |e: std::io::Error| RoomError::Start(e.to_string());
        listener.set_nonblocking(true).map_err(start)?;
        let addr = listener.local_addr().map_err(start)?;
        let token = token::Token::random().map_err(start)?;
        let url = format!(
            "http://{}/?t={}",
            SocketAddr::new(bind::shown_ip(addr.ip()), addr.port()),
            token.as_str()
        );
        let (tx, events) = channel();
        let hub = Arc::new(hub::Hub::new(token, limits, tx));
        let stop = Arc::new(tokio::sync::Notify::new());
        let thread = std::thread::Builder::new()
            .name("cxmap-room".into())
            .spawn({
                let hub = hub.clone();
                let stop = stop.clone();
                move || server::run(listener, hub, stop)
            })
            .map_err(start)?;
        Ok(Room {
            hub,
            events,
            stop,
            thread: Some(thread),
            addr,
            qr: qr::lines(&url),
            url,
        })
    }

    /// The address to open on a phone, token included.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn token(&self) -> &str {
        self.hub.token.as_str()
    }

    /// The URL as a QR code, when it fits in one.
    pub fn qr(&self) -> Option<&[String]> {
        self.qr.as_deref()
    }

    /// What phones may see from now on.
    pub fn publish(&self, snapshot: Snapshot) {
        self.hub.publish(snapshot);
    }

    /// Stops taking dots for the running round; call before counting it,
    /// then [`Room::poll`] for the last dots.
    pub fn end_round(&self) {
        self.hub.end_round();
    }

    /// Dots the server took that the app has not counted yet.
    pub fn in_flight_dots(&self) -> i64 {
        self.hub.in_flight_dots()
    }

    /// Takes in what the server sent: notes into `inbox`, dots returned.
    /// Never waits.
    pub fn poll(&self, inbox: &mut Inbox) -> Polled {
        let mut out = Polled::default();
        for e in self.events.try_iter() {
            match e {
                RoomEvent::Note(n) => inbox.push(n),
                RoomEvent::Dot(d) => out.dots.push(d),
                RoomEvent::Failed(why) => out.failed = Some(why),
            }
        }
        self.hub.inbox_is(inbox.received(), inbox.len());
        out
    }

    /// Closes the room: every connection ends and the port is closed when
    /// this returns; what the server sent before is taken in.
    pub fn close(mut self, inbox: &mut Inbox) -> Polled {
        self.stop_server();
        self.poll(inbox)
    }

    fn stop_server(&mut self) {
        self.stop.notify_one();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.stop_server();
    }
}
