//! The room's secret: 128 random bits, written as 32 lowercase hex digits
//! in the room's address. Checked in constant time.

use subtle::ConstantTimeEq;

/// Random bytes from the operating system.
pub fn random<const N: usize>() -> std::io::Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes)
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

/// The token of one opening of the room.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// 128 bits from the operating system's random source.
    pub fn random() -> std::io::Result<Token> {
        Ok(Token(hex(&random::<16>()?)))
    }

    /// As written in the address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `candidate` is the token, in time that does not depend on
    /// where they differ (the length is no secret: every token has 32
    /// digits).
    pub fn matches(&self, candidate: &str) -> bool {
        let (a, b) = (self.0.as_bytes(), candidate.as_bytes());
        a.len() == b.len() && bool::from(a.ct_eq(b))
    }
}

/// Never printed by accident (the token is the room's only key).
impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_128_bits_of_hex_and_differ() {
        let a = Token::random().unwrap();
        let b = Token::random().unwrap();
        assert_eq!(a.as_str().len(), 32);
        assert!(a.as_str().bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
        assert!(!format!("{a:?}").contains(a.as_str()));
    }

    #[test]
    fn only_the_token_matches() {
        let t = Token(hex(&[0xab; 16]));
        assert!(t.matches(&"ab".repeat(16)));
        assert!(!t.matches(&"ab".repeat(15)));
        assert!(!t.matches(&format!("{}ac", "ab".repeat(15))));
        assert!(!t.matches(&"AB".repeat(16)));
        assert!(!t.matches(""));
    }

    #[test]
    fn hex_is_lowercase_and_ordered() {
        assert_eq!(hex(&[0x01, 0xfe, 0x7a]), "01fe7a");
    }
}
