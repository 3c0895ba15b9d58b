// The room's page: reads the map's state every two seconds, sends notes
// and dots. Text from the map or from people is only ever set with
// textContent, never parsed as HTML: it is shown as text, whatever it holds.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const words = JSON.parse($("words").textContent);
  // A word, with {n}-style blanks filled in.
  function w(key, vars) {
    let s = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key;
    for (const [name, value] of Object.entries(vars || {})) {
      s = s.split("{" + name + "}").join(String(value));
    }
    return s;
  }
  for (const e of document.querySelectorAll("[data-w]")) e.textContent = w(e.dataset.w);

  // The token from the address; the cookie set with the page carries it too.
  const token = new URLSearchParams(location.search).get("t");
  const url = (path) => (token ? path + "?t=" + encodeURIComponent(token) : path);
  const refusals = {
    malformed: "Malformed", empty: "Empty", unknown_phase: "UnknownPhase",
    unknown_pain: "UnknownPain", forbidden: "Forbidden", no_round: "NoRound",
    too_large: "TooLarge", slow_down: "SlowDown", no_dots_left: "NoDotsLeft",
    round_full: "RoundFull", inbox_full: "InboxFull",
  };
  let state = null;
  let shown = "";
  let maxNote = 500;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
  }
  function say(id, text, bad) {
    const e = $(id);
    e.textContent = text;
    e.classList.toggle("bad", Boolean(bad));
  }
  function refusal(status, body) {
    const key = body && Object.prototype.hasOwnProperty.call(refusals, body.error) && refusals[body.error];
    return key ? w(key, { max: maxNote }) : w("Failed", { status: status });
  }
  async function call(method, path, payload) {
    const init = { method: method, cache: "no-store", credentials: "same-origin" };
    if (payload !== undefined) {
      init.headers = { "Content-Type": "application/json" };
      init.body = JSON.stringify(payload);
    }
    const res = await fetch(url(path), init);
    let body = null;
    try {
      body = await res.json();
    } catch (e) {
      body = null;
    }
    return { status: res.status, body: body };
  }

  // The name is kept on this phone only (and not at all where storage is
  // off, as in some private windows).
  const nameKey = "cxmap-name";
  try {
    $("author").value = localStorage.getItem(nameKey) || "";
  } catch (e) {
    /* no storage: the name is typed each time */
  }
  function author() {
    const a = $("author").value.trim();
    try {
      localStorage.setItem(nameKey, a);
    } catch (e) {
      /* not kept */
    }
    return a;
  }

  function render(s) {
    state = s;
    maxNote = s.max_note;
    document.title = s.title;
    $("title").textContent = s.title;
    $("text").maxLength = s.max_note;
    count();
    const list = $("phases");
    clear(list);
    for (const p of s.phases) list.appendChild(el("li", p.name));
    $("no-phases").hidden = s.phases.length > 0;
    const select = $("phase");
    const chosen = select.value;
    clear(select);
    for (const p of s.phases) {
      const o = el("option", p.name);
      o.value = p.name;
      select.appendChild(o);
    }
    if (s.phases.some((p) => p.name === chosen)) select.value = chosen;
    $("send").disabled = s.phases.length === 0;
    renderVote(s);
  }

  function renderVote(s) {
    const box = $("vote-box");
    box.hidden = !s.vote;
    if (!s.vote) return;
    $("dots").textContent = w("DotsLeft", { n: s.vote.left, max: s.vote.dots_per_person });
    const pains = $("pains");
    clear(pains);
    let any = false;
    for (const p of s.phases) {
      if (p.pain_points.length === 0) continue;
      any = true;
      pains.appendChild(el("h3", p.name));
      const ul = el("ul", undefined, "pains");
      for (const x of p.pain_points) {
        const li = el("li");
        li.appendChild(el("span", x.text, "pain"));
        const mine = s.vote.mine[x.id] || 0;
        const meta = [w("Votes", { n: x.votes })];
        if (mine > 0) meta.push(w("YourDots", { n: mine }));
        li.appendChild(el("span", meta.join(" · "), "meta"));
        const b = el("button", w("GiveDot"), "dot");
        b.type = "button";
        b.dataset.pain = x.id;
        b.disabled = s.vote.left <= 0;
        b.addEventListener("click", () => dot(x.id, b));
        li.appendChild(b);
        ul.appendChild(li);
      }
      pains.appendChild(ul);
    }
    if (!any) pains.appendChild(el("p", w("NoPains"), "hint"));
  }

  async function refresh() {
    try {
      const r = await call("GET", "/api/state");
      if (r.status === 200 && r.body) {
        say("status", "");
        const text = JSON.stringify(r.body);
        if (text !== shown) {
          shown = text;
          render(r.body);
        }
      } else if (r.status !== 429) {
        say("status", refusal(r.status, r.body), true);
      }
    } catch (e) {
      say("status", w("Offline"), true);
    }
  }
  async function poll() {
    await refresh();
    setTimeout(poll, 2000);
  }

  function count() {
    const n = Array.from($("text").value).length;
    $("count").textContent = w("Characters", { n: n, max: maxNote });
  }
  $("text").addEventListener("input", count);

  $("note").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = $("text").value;
    if (text.trim() === "") {
      say("result", w("Empty"), true);
      return;
    }
    const kind = document.querySelector('input[name="kind"]:checked').value;
    const send = $("send");
    send.disabled = true;
    say("result", w("Sending"));
    try {
      const r = await call("POST", "/api/notes", {
        author: author(),
        phase: $("phase").value,
        kind: kind,
        text: text,
      });
      if (r.status === 202) {
        $("text").value = "";
        count();
        say("result", w("Sent"));
      } else {
        say("result", refusal(r.status, r.body), true);
      }
    } catch (e) {
      say("result", w("Offline"), true);
    }
    send.disabled = !state || state.phases.length === 0;
  });

  async function dot(pain, button) {
    button.disabled = true;
    try {
      const r = await call("POST", "/api/votes", { author: author(), pain: pain });
      say("vote-result", r.status === 200 ? "" : refusal(r.status, r.body), r.status !== 200);
    } catch (e) {
      say("vote-result", w("Offline"), true);
    }
    shown = "";
    await refresh();
  }

  count();
  poll();
})();
