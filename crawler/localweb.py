"""A local web: fixture sites under their real host names, on loopback.

One random address in 127.0.0.0/8 serves HTTP on port 80 and HTTPS on 443
(self-signed certificate), so pages keep realistic URLs. Scrapy reaches it
through ``BACKLINKS_HOSTS``; Chromium through ``--host-resolver-rules``.
The tests serve ``tests/web/sites`` with it, ``scrapy demo`` serves
``data/demo/sites``. See docs/DEVELOPING.md for the layout of a sites folder
and the ``/_/`` resources. Ports 80 and 443 need root (or
CAP_NET_BIND_SERVICE).
"""
from __future__ import annotations

import datetime
import gzip
import io
import mimetypes
import random
import socket
import ssl
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit



def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate (for "localhost"; any name will mismatch,
    as Scrapy does not verify certificates)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption()))
    return cert_path, key_path


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address, handler, web: "LocalWeb"):
        self.web = web
        super().__init__(address, handler)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format, *args):  # quiet
        pass

    # ------------------------------------------------------------ routing
    def do_HEAD(self):
        self.do_GET(head=True)

    def do_GET(self, head: bool = False):
        web = self.server.web
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        parts = urlsplit(self.path)
        web._record(host, self.path, self.headers.get("User-Agent", ""))
        self._head_only = head
        if parts.path.startswith("/_/"):
            return self._dynamic(parts.path[3:], parse_qs(parts.query), host)
        found = web.find(host, parts.path)
        if found is None:
            return self._send(404, b"<html><head><title>404 Not Found</title></head>"
                              b"<body><h1>Not Found</h1></body></html>")
        if found == "gone":
            return self._send(404, b"<html><body><h1>Gone</h1></body></html>")
        path, status, headers = found
        body = path.read_bytes()
        if path.suffix == ".gz" and not any(k.lower() == "content-encoding" for k, _ in headers):
            body = gzip.decompress(body)
        return self._send(status, body, headers, content_type=_content_type(path))

    def _send(self, status, body: bytes, headers=(), content_type="text/html"):
        self.send_response(status)
        names = {k.lower() for k, _ in headers}
        if "content-type" not in names:
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        if "content-length" not in names:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not self._head_only:
            self.wfile.write(body)

    # ----------------------------------------------------- dynamic pages
    def _dynamic(self, name: str, query: dict, host: str):
        q = {k: v[0] for k, v in query.items()}
        kind, _, rest = name.partition("/")
        if kind == "status":
            code = int(rest or 200)
            return self._send(code, f"<html><body><h1>Status {code}</h1></body></html>".encode())
        if kind == "redirect":
            self.send_response(int(q.get("code", 301)))
            self.send_header("Location", q.get("to", "/"))
            self.send_header("Content-Length", "0")
            return self.end_headers()
        if kind == "loop":
            self.send_response(302)
            self.send_header("Location", "/_/loop2" if rest != "2" else "/_/loop")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        if kind == "loop2":
            self.send_response(302)
            self.send_header("Location", "/_/loop")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        if kind == "meta-refresh":
            to = q.get("to", "/")
            return self._send(200, f'<html><head><meta http-equiv="refresh" content="0; url={to}">'
                                   f'</head><body>Moved</body></html>'.encode())
        if kind == "delay":
            time.sleep(min(float(q.get("s", 1)), 60))
            return self._send(200, b"<html><body><p>Late page, no link.</p></body></html>")
        if kind == "hang":
            self.server.web.stopping.wait(120)
            return
        if kind == "gzipbomb":
            return self._send(200, self.server.web.gzip_bomb(), [("Content-Encoding", "gzip")])
        if kind == "huge":
            size = int(float(q.get("mb", 12)) * 1024 * 1024)
            chunk = (b"<p>" + b"filler text " * 80 + b"</p>\n")
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if q.get("length", "1") == "1":
                self.send_header("Content-Length", str(size))
            else:
                self.send_header("Connection", "close")
            self.end_headers()
            sent = 0
            try:
                while sent < size:
                    piece = chunk[: size - sent]
                    self.wfile.write(piece)
                    sent += len(piece)
            except OSError:
                pass
            self.close_connection = True
            return
        if kind == "binary":
            data = random.Random(7).randbytes(50_000)
            return self._send(200, data, content_type="text/html")
        if kind == "retry-after":
            key = q.get("key", self.path)
            count = self.server.web.bump(key)
            if count <= int(q.get("times", 1)):
                return self._send(429, b"Too many requests", [("Retry-After", q.get("s", "1"))])
            return self._send(200, f'<html><body><p>Finally <a href="{q.get("link", "")}">a link</a>'
                                   f'</p></body></html>'.encode())
        if kind == "flaky":
            key = q.get("key", self.path)
            count = self.server.web.bump(key)
            if count <= int(q.get("fail", 1)):
                return self._send(500, b"<html><body>Temporary failure</body></html>")
            return self._send(200, f'<html><body><p>Back: <a href="{q.get("link", "")}">link</a>'
                                   f'</p></body></html>'.encode())
        if kind == "challenge":
            return self._send(403, b"<html><head><title>Just a moment...</title></head>"
                                   b"<body>Checking your browser</body></html>",
                              [("cf-mitigated", "challenge"), ("Server", "cloudflare")])
        if kind == "echo":
            return self._send(200, f"<html><body><pre>{self.headers}</pre></body></html>".encode())
        return self._send(404, b"unknown dynamic resource")


def _content_type(path: Path) -> str:
    name = path.name[:-3] if path.suffix == ".gz" else path.name
    if name.endswith((".html", ".htm")) or "." not in name:
        return "text/html"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _read_sidecar(path: Path) -> tuple[int, list[tuple[str, str]]]:
    sidecar = path.with_name(path.name + ".headers")
    status, headers = 200, []
    if sidecar.exists():
        for line in sidecar.read_text().splitlines():
            if not line.strip():
                continue
            name, _, value = line.partition(":")
            if name.strip().lower() == "status":
                status = int(value.strip())
            else:
                headers.append((name.strip(), value.strip()))
    return status, headers


class LocalWeb:
    """HTTP and HTTPS servers for every fixture host, on one loopback address."""

    def __init__(self, roots: list[Path], *, overlays: Path | None = None, ip: str | None = None,
                 http_port: int = 80, https_port: int = 443, pages: dict[str, Path] | None = None):
        self.ip = ip or f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}"
        self.http_port, self.https_port = http_port, https_port
        self.roots = list(roots)
        self.overlays = overlays
        #: single pages served at "host/path?query" (real pages kept under their own names)
        self.pages = dict(pages or {})
        #: active overlay, or overlays layered (the first shadows the next)
        self.overlay: str | tuple[str, ...] | None = None
        self.stopping = threading.Event()
        self.requests: list[tuple[str, str, str]] = []
        self._counters: Counter = Counter()
        self._lock = threading.Lock()
        self._servers: list[_Server] = []
        self._bomb: bytes | None = None

    # ------------------------------------------------------------- state
    def _record(self, host, path, agent):
        with self._lock:
            self.requests.append((host, path, agent))

    def bump(self, key: str) -> int:
        with self._lock:
            self._counters[key] += 1
            return self._counters[key]

    def count(self, host: str, path: str) -> int:
        """How many times ``host`` + ``path`` (with query) was requested."""
        with self._lock:
            return sum(1 for h, p, _ in self.requests if h == host and p == path)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._counters.clear()

    def gzip_bomb(self) -> bytes:
        if self._bomb is None:
            buffer = io.BytesIO()
            with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as f:
                f.write(b"<html><body>")
                zeros = b"\0" * (1024 * 1024)
                for _ in range(64):
                    f.write(zeros)
            self._bomb = buffer.getvalue()
        return self._bomb

    def find(self, host: str, path: str):
        """(file, status, headers) for a request, "gone", or None."""
        page = self.pages.get(host + path)
        if page is not None:
            return page, 200, []
        relative = path.lstrip("/")
        if ".." in relative.split("/"):
            return None
        candidates = [relative + "index.html"] if relative.endswith("/") or not relative else \
            [relative, relative + ".html", relative + "/index.html"]
        roots = list(self.roots)
        if self.overlay and self.overlays is not None:
            names = (self.overlay,) if isinstance(self.overlay, str) else self.overlay
            roots[:0] = [self.overlays / name for name in names]
        for root in roots:
            base = root / host
            for candidate in candidates:
                file = base / candidate
                if root.parent == self.overlays and file.with_name(file.name + ".gone").exists():
                    return "gone"
                for real in (file, file.with_name(file.name + ".gz")):
                    if real.is_file() and not real.name.endswith(".headers"):
                        status, headers = _read_sidecar(file)
                        return real, status, headers
        return None

    # ---------------------------------------------------------- lifecycle
    def start(self) -> "LocalWeb":
        http = _Server((self.ip, self.http_port), Handler, self)
        self.http_port = http.server_address[1]
        tmp = Path(tempfile.mkdtemp(prefix="localweb-"))
        cert, key = make_certificate(tmp)
        https = _Server((self.ip, self.https_port), Handler, self)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        https.socket = context.wrap_socket(https.socket, server_side=True)
        self.https_port = https.server_address[1]
        self._servers = [http, https]
        for server in self._servers:
            threading.Thread(target=server.serve_forever, daemon=True, name="localweb").start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def hosts_setting(self) -> dict[str, str]:
        """The ``BACKLINKS_HOSTS`` value that sends every name here, except the
        names reserved for DNS errors (``*.nxdomain.test``)."""
        return {"*": self.ip, "*.nxdomain.test": "", "refused.test": _unused_loopback()}

    def host_resolver_rules(self) -> str:
        return f"MAP * {self.ip}"


def _unused_loopback() -> str:
    """An address on loopback where nothing listens on port 80/443."""
    while True:
        ip = f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.1"
        for port in (80, 443):
            with socket.socket() as probe:
                probe.settimeout(0.2)
                if probe.connect_ex((ip, port)) == 0:
                    break
        else:
            return ip
