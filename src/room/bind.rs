//! Where the room listens: an address from the configuration
//! (`room_bind`), or by default the machine's address on the local
//! network, on a free port. Never a public address unless the
//! configuration names one.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};

use super::RoomError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bind {
    /// The local network's address of this machine, a free port.
    #[default]
    LocalNetwork,
    /// As configured (`"127.0.0.1:0"`: loopback, a free port).
    At(SocketAddr),
}

impl Bind {
    /// The address to listen on.
    pub fn address(self) -> Result<SocketAddr, RoomError> {
        match self {
            Bind::At(a) => Ok(a),
            Bind::LocalNetwork => local_ip()
                .map(|ip| SocketAddr::new(ip, 0))
                .ok_or(RoomError::NoLocalNetwork),
        }
    }
}

/// The address this machine would send from to the outside, when it is on
/// a local network. A UDP socket's `connect` sends nothing: the system
/// only picks the route (to TEST-NET-1, an address no host has).
pub fn local_ip() -> Option<IpAddr> {
    let s = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    s.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).ok()?;
    let ip = s.local_addr().ok()?.ip();
    local_network(ip).then_some(ip)
}

/// Private (10/8, 172.16/12, 192.168/16), shared (100.64/10, as carrier
/// and mesh networks use), link-local, or IPv6 unique-local/link-local.
pub fn local_network(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_private() || v4.is_link_local() || (a == 100 && (b & 0xc0) == 64)
        }
        IpAddr::V6(v6) => {
            let s = v6.segments()[0];
            (s & 0xfe00) == 0xfc00 || (s & 0xffc0) == 0xfe80
        }
    }
}

/// The address a phone should open: a server listening on every address
/// (`0.0.0.0`) is reached at the local network's, else at loopback.
pub fn shown_ip(bound: IpAddr) -> IpAddr {
    if bound.is_unspecified() {
        local_ip().unwrap_or(match bound {
            IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(_) => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        })
    } else {
        bound
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_network_addresses_are_chosen() {
        for local in [
            "10.1.2.3",
            "172.16.0.9",
            "172.31.255.1",
            "192.168.1.20",
            "169.254.3.4",
            "100.64.0.1",
            "100.127.255.254",
            "fd12::1",
            "fe80::1",
        ] {
            assert!(local_network(local.parse().unwrap()), "{local}");
        }
        for public in [
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "192.169.0.1",
            "127.0.0.1",
            "2001:db8::1",
            "::1",
        ] {
            assert!(!local_network(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn a_configured_address_is_used_as_it_is() {
        let a: SocketAddr = "127.0.0.1:0".parse().unwrap();
        assert_eq!(Bind::At(a).address(), Ok(a));
        let named: SocketAddr = "127.0.0.1:7878".parse().unwrap();
        assert_eq!(shown_ip(named.ip()), named.ip());
    }
}
