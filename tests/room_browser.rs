//! The room's page in a real browser: Debian's chromium, headless, driven
//! over the DevTools protocol on a pipe (no driver, no WebSocket). The
//! page loads with the token, shows the map in its language, sends a note
//! that lands in the inbox, remembers the name, gives a dot during a
//! round, and shows hostile text as text. Skipped, saying so, where
//! chromium is not installed (`apt-get install chromium`; CXMAP_CHROMIUM
//! names another binary).

#[cfg(unix)]
mod browser {
    use std::io::{BufRead, BufReader, Write};
    use std::os::unix::process::CommandExt;
    use std::path::PathBuf;
    use std::process::{Child, Command, Stdio};
    use std::sync::mpsc::{Receiver, channel};
    use std::time::{Duration, Instant};

    use serde_json::{Value, json};

    /// The browser, where there is one.
    pub fn find() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os("CXMAP_CHROMIUM") {
            return Some(PathBuf::from(p));
        }
        let path = std::env::var_os("PATH")?;
        ["chromium", "chromium-browser", "google-chrome"]
            .iter()
            .flat_map(|name| std::env::split_paths(&path).map(move |d| d.join(name)))
            .find(|p| p.is_file())
    }

    /// A headless browser and one page in it.
    pub struct Browser {
        child: Child,
        to: std::io::PipeWriter,
        from: Receiver<Value>,
        next: u64,
        session: String,
        _profile: tempfile::TempDir,
    }

    impl Browser {
        pub fn start(exe: &std::path::Path) -> Browser {
            let profile = tempfile::tempdir().unwrap();
            let (cmd_read, cmd_write) = std::io::pipe().unwrap();
            let (out_read, out_write) = std::io::pipe().unwrap();
            let mut cmd = Command::new(exe);
            cmd.args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-pipe",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
            use std::os::fd::AsRawFd;
            let (r, w) = (cmd_read.as_raw_fd(), out_write.as_raw_fd());
            // SAFETY: between fork and exec only dup2, which is
            // async-signal-safe: the browser reads the protocol on fd 3 and
            // writes on fd 4 (--remote-debugging-pipe). No crate passes
            // descriptors to a child at given numbers.
            unsafe {
                cmd.pre_exec(move || {
                    if libc::dup2(r, 3) < 0 || libc::dup2(w, 4) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
            let child = cmd.spawn().expect("start chromium");
            drop((cmd_read, out_write));
            let (tx, from) = channel();
            std::thread::spawn(move || {
                let mut r = BufReader::new(out_read);
                let mut buf = Vec::new();
                while r.read_until(0, &mut buf).is_ok_and(|n| n > 0) {
                    buf.pop();
                    if let Ok(v) = serde_json::from_slice(&buf)
                        && tx.send(v).is_err()
                    {
                        break;
                    }
                    buf.clear();
                }
            });
            let mut b = Browser {
                child,
                to: cmd_write,
                from,
                next: 0,
                session: String::new(),
                _profile: profile,
            };
            let target = b.call(None, "Target.createTarget", json!({"url": "about:blank"}));
            let id = target["targetId"].as_str().unwrap().to_string();
            let attached = b.call(
                None,
                "Target.attachToTarget",
                json!({"targetId": id, "flatten": true}),
            );
            b.session = attached["sessionId"].as_str().unwrap().to_string();
            b
        }

        /// Sends a command and waits for its answer.
        fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
            self.next += 1;
            let id = self.next;
            let mut msg = json!({"id": id, "method": method, "params": params});
            if let Some(s) = session {
                msg["sessionId"] = json!(s);
            }
            let mut bytes = serde_json::to_vec(&msg).unwrap();
            bytes.push(0);
            self.to.write_all(&bytes).unwrap();
            let deadline = Instant::now() + Duration::from_secs(30);
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                let v = self
                    .from
                    .recv_timeout(left)
                    .unwrap_or_else(|_| panic!("no answer to {method}"));
                if v["id"] == json!(id) {
                    assert!(v.get("error").is_none(), "{method}: {v}");
                    return v["result"].clone();
                }
            }
        }

        pub fn open(&mut self, url: &str) {
            let s = self.session.clone();
            self.call(Some(&s), "Page.navigate", json!({"url": url}));
        }

        /// The value of a JavaScript expression in the page (promises
        /// awaited).
        pub fn eval(&mut self, js: &str) -> Value {
            let s = self.session.clone();
            let r = self.call(
                Some(&s),
                "Runtime.evaluate",
                json!({"expression": js, "returnByValue": true, "awaitPromise": true}),
            );
            assert!(r.get("exceptionDetails").is_none(), "{js}: {r}");
            r["result"]["value"].clone()
        }

        /// Waits until `js` is true. Until then it may also throw (the
        /// page is still loading, an element not there yet): that counts as
        /// not yet.
        pub fn wait(&mut self, js: &str) {
            let deadline = Instant::now() + Duration::from_secs(20);
            let guarded = format!(
                "(() => {{ try {{ return Boolean({js}); }} catch (e) {{ return false; }} }})()"
            );
            while Instant::now() < deadline {
                if self.eval(&guarded) == json!(true) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            let body = self.eval("document.body ? document.body.innerText : ''");
            panic!("never true: {js}\npage: {body}");
        }
    }

    impl Drop for Browser {
        fn drop(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[cfg(unix)]
#[test]
fn the_page_works_in_a_real_browser() {
    use cxmap::model::{JourneyMap, PainPoint, Phase};
    use cxmap::room::{Bind, Inbox, Kind, Limits, Room, Round, Snapshot};
    use cxmap::text::Lang;
    use serde_json::json;

    let Some(exe) = browser::find() else {
        eprintln!(
            "SKIPPED the_page_works_in_a_real_browser: no chromium on PATH \
             (apt-get install chromium, or CXMAP_CHROMIUM=/path/to/chrome)"
        );
        return;
    };
    let mut map = JourneyMap::new("Tienda <b>bold</b>");
    map.language = Some("es".into());
    map.phases.push(Phase::new("Descubrir"));
    let mut buy = Phase::new("Comprar");
    buy.pain_points.push(PainPoint::new(
        "<img src=x onerror=\"document.title='pwned'\">",
        4,
    ));
    buy.pain_points.push(PainPoint::new("Entrega lenta", 3));
    map.phases.push(buy);
    let room = Room::open(Bind::At("127.0.0.1:0".parse().unwrap()), Limits::default()).unwrap();
    room.publish(Snapshot::of(&map, Lang::En, None));

    let mut b = browser::Browser::start(&exe);
    b.open(room.url());
    b.wait(
        "document.getElementById('phase') && document.getElementById('phase').options.length === 2",
    );
    // The map's language, its title as text.
    assert_eq!(b.eval("document.documentElement.lang"), json!("es"));
    assert_eq!(
        b.eval("document.querySelector('#note-box h2').textContent"),
        json!("Añadir una nota")
    );
    assert_eq!(
        b.eval("document.getElementById('title').textContent"),
        json!("Tienda <b>bold</b>")
    );
    assert_eq!(
        b.eval("document.querySelectorAll('#title *').length"),
        json!(0)
    );
    assert_eq!(
        b.eval("Array.from(document.querySelectorAll('#phases li')).map(e => e.textContent)"),
        json!(["Descubrir", "Comprar"])
    );
    assert_eq!(
        b.eval("document.getElementById('vote-box').hidden"),
        json!(true)
    );

    // A note, sent as a participant would.
    b.eval(
        "(() => { const f = (id, v) => { document.getElementById(id).value = v; };
            f('phase', 'Comprar'); f('text', 'El formulario se borra'); f('author', 'Ana');
            document.querySelector('input[name=kind][value=idea]').checked = true;
            document.getElementById('send').click(); })()",
    );
    b.wait("document.getElementById('result').textContent.startsWith('Enviada')");
    assert_eq!(b.eval("document.getElementById('text').value"), json!(""));
    let mut inbox = Inbox::default();
    room.poll(&mut inbox);
    let n = &inbox.notes()[0];
    assert_eq!(
        (
            n.kind,
            n.phase.as_str(),
            n.text.as_str(),
            n.author.as_deref()
        ),
        (Kind::Idea, "Comprar", "El formulario se borra", Some("Ana"))
    );
    // Too long: the server's refusal in words.
    b.eval(
        "(() => { const t = document.getElementById('text'); t.removeAttribute('maxlength');
            t.value = 'x'.repeat(600); document.getElementById('send').click(); })()",
    );
    b.wait("document.getElementById('result').textContent.startsWith('Demasiado largo')");

    // The name is remembered on the device.
    b.open(room.url());
    b.wait("document.getElementById('phase').options.length === 2");
    assert_eq!(
        b.eval("document.getElementById('author').value"),
        json!("Ana")
    );

    // A round: the open pain points with a dot each, hostile text as text.
    room.publish(Snapshot::of(
        &map,
        Lang::En,
        Some(Round {
            id: 1,
            dots_per_person: 2,
            total: 10,
            used: 0,
            remote_counted: 0,
        }),
    ));
    b.wait("!document.getElementById('vote-box').hidden");
    assert_eq!(
        b.eval("document.getElementById('dots').textContent"),
        json!("Puntos que le quedan: 2 de 2")
    );
    assert_eq!(
        b.eval("document.querySelectorAll('#pains img').length"),
        json!(0)
    );
    assert_eq!(
        b.eval("document.querySelector('#pains .pain').textContent"),
        json!("<img src=x onerror=\"document.title='pwned'\">")
    );
    b.eval("document.querySelectorAll('#pains button.dot')[1].click()");
    b.wait("document.getElementById('dots').textContent === 'Puntos que le quedan: 1 de 2'");
    b.eval("document.querySelectorAll('#pains button.dot')[1].click()");
    b.wait("document.getElementById('dots').textContent === 'Puntos que le quedan: 0 de 2'");
    b.wait("Array.from(document.querySelectorAll('#pains button.dot')).every(x => x.disabled)");
    assert_eq!(
        b.eval("document.querySelectorAll('#pains .meta')[1].textContent"),
        json!("votos: 0 · sus puntos: 2")
    );
    let dots = room.poll(&mut inbox).dots;
    assert_eq!(dots.len(), 2);
    assert!(
        dots.iter()
            .all(|d| d.pain == "Entrega lenta" && d.round == 1)
    );
    assert_ne!(b.eval("document.title"), json!("pwned"));

    // The room closes: the page says it cannot reach it.
    room.close(&mut inbox);
    b.wait("document.getElementById('status').textContent.startsWith('No se puede contactar')");
}
