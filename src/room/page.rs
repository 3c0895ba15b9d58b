//! The participants' page, embedded in the binary (assets/room/): no build
//! step, nothing fetched from elsewhere. The HTML gets the page's language,
//! the token (for the script and style it loads) and its words.

use crate::lang::Lang;
use crate::text::W;

pub const INDEX: &str = include_str!("../../assets/room/index.html");
pub const SCRIPT: &str = include_str!("../../assets/room/room.js");
pub const STYLE: &str = include_str!("../../assets/room/room.css");

/// What the page may load and where it may connect: only the room itself,
/// no inline script, no frame around it.
pub const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; \
    frame-ancestors 'none'";

/// The page's words (in the one word table, `W::Page…`), by the key its
/// script looks them up by.
pub const WORDS: &[(&str, W)] = &[
    ("AddNote", W::PageAddNote),
    ("Phase", W::PagePhase),
    ("Kind", W::PageKind),
    ("Touchpoint", W::PageTouchpoint),
    ("Pain", W::PagePain),
    ("Idea", W::PageIdea),
    ("Note", W::PageNote),
    ("Characters", W::PageCharacters),
    ("Name", W::PageName),
    ("Send", W::PageSend),
    ("Sending", W::PageSending),
    ("Sent", W::PageSent),
    ("Phases", W::PagePhases),
    ("NoPhases", W::PageNoPhases),
    ("Voting", W::PageVoting),
    ("DotsLeft", W::PageDotsLeft),
    ("GiveDot", W::PageGiveDot),
    ("YourDots", W::PageYourDots),
    ("Votes", W::PageVotes),
    ("NoPains", W::PageNoPains),
    ("Connecting", W::PageConnecting),
    ("Offline", W::PageOffline),
    ("Forbidden", W::PageForbidden),
    ("Malformed", W::PageMalformed),
    ("Empty", W::PageEmpty),
    ("UnknownPhase", W::PageUnknownPhase),
    ("UnknownPain", W::PageUnknownPain),
    ("NoRound", W::PageNoRound),
    ("TooLarge", W::PageTooLarge),
    ("SlowDown", W::PageSlowDown),
    ("NoDotsLeft", W::PageNoDotsLeft),
    ("RoundFull", W::PageRoundFull),
    ("InboxFull", W::PageInboxFull),
    ("Failed", W::PageFailed),
];

/// The page's words in `lang`, as a JSON object by key.
pub fn words_json(lang: Lang) -> String {
    let map: serde_json::Map<String, serde_json::Value> = WORDS
        .iter()
        .map(|(k, w)| (k.to_string(), w.text(lang).into()))
        .collect();
    serde_json::Value::Object(map).to_string()
}

/// The page in `lang` for the room whose token is `token` (hex digits
/// only, safe in an attribute).
pub fn index(lang: Lang, token: &str) -> String {
    debug_assert!(token.bytes().all(|b| b.is_ascii_hexdigit()));
    INDEX
        .replace("{{lang}}", lang.code())
        .replace("{{t}}", token)
        .replace("{{words}}", &script_safe(&words_json(lang)))
}

/// JSON that cannot end the `<script>` element it sits in.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_has_its_language_token_and_words() {
        let es = index(Lang::Es, "00ff");
        assert!(es.contains(r#"<html lang="es">"#));
        assert!(es.contains("/room.js?t=00ff"));
        assert!(es.contains("Añadir una nota"));
        assert!(!es.contains("{{"));
        assert!(index(Lang::En, "00ff").contains("Add a note"));
    }

    #[test]
    fn the_words_are_json_every_word_present() {
        for lang in Lang::ALL {
            let page = index(lang, "ab");
            let start = page.find(r#"id="words">"#).unwrap() + r#"id="words">"#.len();
            let end = start + page[start..].find("</script>").unwrap();
            let words: serde_json::Value = serde_json::from_str(&page[start..end]).unwrap();
            for (k, w) in WORDS {
                assert_eq!(words[k], w.text(lang), "{k}");
            }
        }
    }

    #[test]
    fn script_safe_json_reads_the_same() {
        let s = script_safe(r#"{"a":"</script><b>&"}"#);
        assert!(!s.contains('<') && !s.contains('&'));
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["a"], "</script><b>&");
    }

    #[test]
    fn the_script_never_writes_html() {
        // Data reaches the page through textContent only.
        for bad in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
        ] {
            assert!(!SCRIPT.contains(bad), "{bad}");
        }
        // Every refusal the API gives has its words.
        for r in super::super::api::Refusal::ALL
            .into_iter()
            .filter(|r| r.worded())
        {
            let code = r.code();
            assert!(SCRIPT.contains(&format!("{code}: \"")), "{code}");
        }
    }

    #[test]
    fn every_word_the_page_asks_for_is_there() {
        // In the script: w("Key") and the refusals' "Key"; in the HTML:
        // data-w="Key".
        let mut asked = Vec::new();
        for (text, open) in [(SCRIPT, "w(\""), (SCRIPT, ": \""), (INDEX, "data-w=\"")] {
            for part in text.split(open).skip(1) {
                let key = &part[..part.find('"').unwrap()];
                if key.starts_with(char::is_uppercase)
                    && key.chars().all(|c| c.is_ascii_alphabetic())
                {
                    asked.push(key.to_string());
                }
            }
        }
        assert!(asked.len() > 20, "{asked:?}");
        for k in &asked {
            assert!(WORDS.iter().any(|(w, _)| w == k), "the page asks for {k}");
        }
        let keys: std::collections::HashSet<_> = WORDS.iter().map(|(k, _)| k).collect();
        assert_eq!(keys.len(), WORDS.len(), "a key twice");
    }
}
