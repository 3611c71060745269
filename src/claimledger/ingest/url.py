"""Fetching a page over HTTP(S) with timeouts, a size cap, bounded redirects and, when asked
(always in `serve`), refusal of private, loopback and link-local addresses (SSRF).

When blocking, the host is resolved ONCE per hop, every address is checked, and the connection
goes to the checked address (`_PinnedTransport`): resolving again at connect time would let a
hostile DNS server answer "public" to the check and "127.0.0.1" to the connection (DNS
rebinding). The Host header and the TLS SNI/certificate check keep the original host name."""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import FetchError
from ..settings import Settings

# The whole fetch, every hop and byte, must end within this many per-read timeouts: a server
# that sends one byte just before each read timeout (slowloris) would otherwise hold it for hours.
_WHOLE_FETCH_TIMEOUTS = 4

_TEXTUAL = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml",
            "application/rss+xml", "application/atom+xml")


@dataclass
class Fetched:
    url: str
    body: bytes
    content_type: str


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def public_address(url: str) -> str:
    """The address to connect to for `url`; FetchError unless every address of its host is public."""
    host = urlsplit(url).hostname
    if not host:
        raise FetchError(f"{url}: no host in URL")
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"{url}: host {host} could not be resolved") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    for address in addresses:
        if not all(_public(x) for x in (address, *_embedded_ipv4(address))):
            raise FetchError(f"{url}: refused, {host} resolves to a non-public address ({address})")
    if not addresses:
        raise FetchError(f"{url}: host {host} could not be resolved")
    return str(addresses[0])


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return address.is_global and not address.is_multicast


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _embedded_ipv4(address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 one carries (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::a.b.c.d, 6to4,
    Teredo): a gateway on the way may deliver to them, so they must be public too."""
    if address.version != 6:
        return []
    embedded = [address.ipv4_mapped, address.sixtofour, *(address.teredo or ())]
    if address in _NAT64:
        embedded.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return [x for x in embedded if x is not None]


class _PinnedTransport(httpx.BaseTransport):
    """Sends each request to the address `public_address` checked, not to a fresh resolution.

    The URL's host is swapped for the checked IP; httpx already set the Host header from the
    original URL, and the `sni_hostname` extension makes TLS send and verify the real name."""

    def __init__(self, inner: httpx.BaseTransport):
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # A copy: the client reports the original request (and so the real URL) on the response.
        extensions = dict(request.extensions)
        if request.url.scheme == "https":
            extensions["sni_hostname"] = request.url.host
        pinned = httpx.Request(request.method, request.url.copy_with(host=public_address(str(request.url))),
                               headers=request.headers, stream=request.stream, extensions=extensions)
        return self._inner.handle_request(pinned)

    def close(self) -> None:
        self._inner.close()


def _client(settings: Settings, block: bool) -> httpx.Client:
    headers = {"User-Agent": settings.http_user_agent, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"}
    transport = None
    if block:
        # trust_env=False: an environment proxy would resolve the host itself, unchecked.
        # No keep-alive: connections are pooled by IP now, and a TLS connection verified for one
        # name must not carry a redirect to another name on the same address.
        transport = _PinnedTransport(httpx.HTTPTransport(
            trust_env=False, limits=httpx.Limits(max_keepalive_connections=0)))
    return httpx.Client(timeout=settings.http_timeout, follow_redirects=False, headers=headers,
                        transport=transport, trust_env=not block)


def fetch(url: str, settings: Settings, block_private: Optional[bool] = None) -> Fetched:
    """GET a URL; redirects are followed by hand so each hop is checked and counted."""
    block = settings.block_private_urls if block_private is None else block_private
    deadline = time.monotonic() + _WHOLE_FETCH_TIMEOUTS * settings.http_timeout
    try:
        with _client(settings, block) as client:
            for _ in range(settings.http_max_redirects + 1):
                if urlsplit(url).scheme not in ("http", "https"):
                    raise FetchError(f"{url}: only http and https URLs are fetched")
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    return _read(url, response, settings, deadline)
            raise FetchError(f"{url}: more than {settings.http_max_redirects} redirects")
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out after {settings.http_timeout:g}s") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: unreachable ({type(exc).__name__}: {exc})".splitlines()[0]) from None


def _read(url: str, response: httpx.Response, settings: Settings, deadline: float) -> Fetched:
    if response.status_code >= 400:
        raise FetchError(f"{url}: HTTP {response.status_code}")
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and not content_type.startswith(_TEXTUAL):
        raise FetchError(f"{url}: not an HTML or text page ({content_type})")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > settings.http_max_bytes:
        raise FetchError(f"{url}: larger than the {settings.http_max_bytes} byte download cap")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > settings.http_max_bytes:
            raise FetchError(f"{url}: larger than the {settings.http_max_bytes} byte download cap")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: timed out, the page took over {_WHOLE_FETCH_TIMEOUTS * settings.http_timeout:g}s")
        chunks.append(chunk)
    return Fetched(url=str(response.url), body=b"".join(chunks), content_type=content_type)
