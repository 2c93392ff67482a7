"""IP addresses (IPv4, IPv6 in full and compressed forms, with a zone), validated by `ipaddress`.

Loopback (127.0.0.0/8, ::1), unspecified (0.0.0.0, ::), multicast and reserved addresses
(240.0.0.0/4, which holds 255.255.255.255 and netmask-like values) are not reported: they are
the same on every machine and identify nobody. Private and public addresses are reported: a LAN
address still tells an outsider about one person's network.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING

from desktop.engine.detectors.base import NOT_ALNUM_AFTER
from desktop.engine.detectors.cues import LazyRegex
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

if TYPE_CHECKING:
    import ipaddress

# A version word right before the number (quoted as in `version = "1.2.3.4"` and JSON), or a
# comparison only versions take ("newer than 2.36.227.252", "升級到 14.17.166.203").
_VERSION_BEFORE_RE = LazyRegex(
    r"(?:(?:^|[^a-z])(?:version|ver\.?|v|build|release|firmware|fw|app|sdk|patch|update|upgrade"
    r"|section|sec\.|chapter|step)(?:\s+to)?|(?:newer|older|later|earlier)\s+than"
    # what was deployed or tagged ("deploy 8.27.21.79 完成"); "deploy to 10.0.0.5" is a host
    r"|(?:^|[^a-z])(?:deploy(?:ed|ing)?|roll(?:ed)?\s*out|ship(?:ped)?|tag(?:ged)?|bump(?:ed)?))"
    r"\s*[\"']?\s*[:#=]?\s*[\"']?\s*$"
    r"|(?:版本|版號|韌體|更新|升級|條|章|節|§)(?:到|至)?\s*[:：]?\s*[\"'「]?\s*$"
)
_IP_CUE_RE = LazyRegex(
    r"(?<![a-z])(?:ip|ipv4|address|addr|host|server|dns|gateway|proxy|subnet|from|login|connect"
    r"|client|ping|ssh|remote|firewall|allow|block|source|src|dst)(?![a-z])"
    r"|位址|地址|伺服器|主機|閘道|來源|登入|連線|防火牆|白名單|封鎖"
)


def _ipaddress() -> ModuleType:
    import ipaddress  # on first use: few texts contain an address

    return ipaddress


def _ip_is_personal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, _ipaddress().IPv6Address):
        if address.ipv4_mapped is not None:
            address = address.ipv4_mapped  # ::ffff:a.b.c.d is judged by its IPv4 part
        else:
            # IPv6's "reserved" blocks are most of the address space, unassigned rather than
            # special: a written address there still names a machine (or a made-up one).
            return not (address.is_loopback or address.is_unspecified or address.is_multicast)
    if int(address) >> 24 == 0:
        return False  # 0.0.0.0/8 is "this network": no machine is written so
    return not (
        address.is_loopback or address.is_unspecified or address.is_multicast or address.is_reserved
    )


_IPV4_RE = LazyRegex(r"(?<![0-9A-Za-z.])(?:\d{1,3}\.){3}\d{1,3}" + NOT_ALNUM_AFTER + r"(?!\.\d)")
# A colon may stand before the address: a label's ("主機：::ffff:..." normalises to
# "主機:::ffff:..."). An address starts with a hex group or "::", never ":::" or ":a".
_IPV6_RE = LazyRegex(
    r"(?<![0-9A-Za-z.])(?!:::)(?!:[0-9A-Fa-f])(?:[0-9A-Fa-f]{1,4}:|:)(?:[0-9A-Fa-f]{0,4}:){1,7}"
    r"(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{1,4}|(?<=::))"  # ends in a group, or in "::"
    # a colon after it only as punctuation: "webhook from 2404:6800::2b6f: Bearer ..."
    r"(?:%[0-9A-Za-z._-]+)?(?![0-9A-Za-z])(?!:[0-9A-Za-z:])(?!\.\d)"
)


class IPAddressDetector:
    """IPv4 and IPv6 addresses that can point at a person's machine or network."""

    name = "ip_address"
    label = Label.IP_ADDRESS

    def detect(self, doc: Document) -> Iterator[Span]:
        for pattern, valid in ((_IPV4_RE, self._ipv4_valid), (_IPV6_RE, self._ipv6_valid)):
            for match in pattern.finditer(doc.norm):
                start, end = match.span()
                if valid(match.group(), doc, start, end):
                    yield Span(start, end, self.label, Source.PATTERN, 0.9, self.name)

    @staticmethod
    def _ipv4_valid(value: str, doc: Document, start: int, end: int) -> bool:
        try:
            address = _ipaddress().IPv4Address(value)
        except ValueError:
            return False
        if not _ip_is_personal(address):
            return False
        if _VERSION_BEFORE_RE.search(doc.before(start, 24)):
            return False  # "upgrade from anything newer than 2.36.227.252": "from" is no cue here
        first, second = (int(octet) for octet in value.split(".")[:2])
        if first < 10 and second < 10:
            # "4.8.13.91" is far more often a four-part version than an address: ask for a cue.
            return _IP_CUE_RE.search(doc.before(start, 30)) is not None
        return True

    @staticmethod
    def _ipv6_valid(value: str, doc: Document, start: int, end: int) -> bool:
        try:
            address = _ipaddress().IPv6Address(value)
        except ValueError:
            return False
        groups = [group for group in value.split("%")[0].split(":") if group]
        if len(groups) < 2 or sum(len(g) for g in groups) < 4:
            return False  # "a::b", "::1" and the like are code, not addresses
        return _ip_is_personal(address)
