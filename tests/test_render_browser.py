"""Rendering in a real Chromium (crawler/render.py), issue 6.

The browser is launched with exactly the options ``playwright_settings`` gives
scrapy-playwright and reaches fixture hosts (``tests/web/sites/<host>``) served
by a small server on 127.0.0.1, port 0, through ``--host-resolver-rules`` built
from ``BACKLINKS_HOSTS``: a URL like ``http://app.gardenplanner-spa.com:PORT/``
only works if those rules do. One test runs the pieces inside a real Scrapy
crawl with scrapy-playwright.

Skipped only when no browser exists (``browser_available``); CI installs
Debian's chromium so they run there. Set ``BACKLINKS_RENDER_BENCH_PAGES`` for a
longer measurement (pages rendered per second, peak memory of the browser).
"""
from __future__ import annotations

import asyncio
import datetime
import http.client
import ipaddress
import json
import os
import ssl
import subprocess
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from scrapy.settings import Settings

from crawler.analysis.document import PageDoc
from crawler.render import (
    LINK_INDEX_ATTR, RenderConfig, RenderTimeout, browser_available, close_render,
    context_options, guard_page, inspect_rendered_page, launch_options, render_failure_reason,
    render_meta, should_abort_request,
)

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "tests" / "web" / "sites"
TARGET = "https://www.mytarget-store.com/"
USER_AGENT = "BacklinkVerifier-RenderTest/1.0 (+https://example.invalid/bot)"
TIMEOUT_S = 3.0

pytestmark = pytest.mark.timeout(120)


# --------------------------------------------------------------------------- fixture web

_TYPES = {".html": "text/html", ".js": "application/javascript", ".json": "application/json",
          ".css": "text/css"}


class _Handler(BaseHTTPRequestHandler):
    """Static files of tests/web/sites/<Host>/, plus /_/hang (never answers)."""

    protocol_version = "HTTP/1.1"

    def do_GET(self):  # noqa: N802 (http.server's name)
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
        path = urlsplit(self.path).path
        self.server.requests.append((host, path, self.headers.get("User-Agent")))
        if path == "/_/hang":
            self.server.stopping.wait()
            return
        file = _resolve(host, path)
        if file is None:
            self._send(404, b"not found", "text/plain")
            return
        self._send(200, file.read_bytes(), _TYPES.get(file.suffix, "application/octet-stream"))

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def _resolve(host: str, path: str) -> Path | None:
    """DEVELOPING.md's rule: ``/`` is index.html; ``/a/`` is a/index.html;
    ``/a`` is a, else a.html, else a/index.html."""
    base = SITES / host
    if not host or not base.is_dir() or ".." in path:
        return None
    rel = path.lstrip("/")
    if not rel or rel.endswith("/"):
        candidates = [base / rel / "index.html"]
    else:
        candidates = [base / rel, base / f"{rel}.html", base / rel / "index.html"]
    return next((c for c in candidates if c.is_file()), None)


class FixtureWeb:
    """HTTP and HTTPS (self-signed) on 127.0.0.1, ports chosen by the system."""

    def __init__(self, cert_dir: Path):
        self.requests: list[tuple[str, str, str | None]] = []
        self.stopping = threading.Event()
        self.servers = []
        for tls in (False, True):
            server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
            server.daemon_threads = True
            server.requests = self.requests
            server.stopping = self.stopping
            if tls:
                context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                context.load_cert_chain(*_self_signed(cert_dir))
                server.socket = context.wrap_socket(server.socket, server_side=True)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self.servers.append(server)
        self.port = self.servers[0].server_address[1]
        self.tls_port = self.servers[1].server_address[1]

    def url(self, host: str, path: str = "/", *, https: bool = False) -> str:
        if https:
            return f"https://{host}:{self.tls_port}{path}"
        return f"http://{host}:{self.port}{path}"

    def requested(self, host: str) -> list[tuple[str, str | None]]:
        return [(path, agent) for h, path, agent in list(self.requests) if h == host]

    def stop(self) -> None:
        self.stopping.set()
        for server in self.servers:
            server.shutdown()
            server.server_close()


def _self_signed(directory: Path) -> tuple[str, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=7))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


# --------------------------------------------------------------------------- browser processes

#: Environment variable every process of a test's browser inherits (Chromium's
#: crash handler too, which is not its child): how the tests find them in /proc.
MARKER = "BACKLINKS_RENDER_TEST"


def _new_marker() -> str:
    return f"{MARKER}={uuid.uuid4().hex}"


def _browser_processes(marker: str) -> list[int]:
    """Live (not zombie) browser processes whose environment holds ``marker``,
    and every process below them (zygotes and renderers get a clean environment)."""
    needle = marker.encode() + b"\0"
    parents: dict[int, int] = {}
    roots = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as f:
                stat = f.read()
            with open(f"/proc/{entry}/environ", "rb") as f:
                environ = f.read() + b"\0"
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")].lower()
        state, parent = stat[stat.rindex(")") + 2:].split()[:2]
        if state == "Z":
            continue
        parents[int(entry)] = int(parent)
        if needle in environ and ("chrom" in name or "headless" in name):
            roots.add(int(entry))
    found = set(roots)
    grew = True
    while grew:
        below = {pid for pid, parent in parents.items() if parent in found} - found
        found |= below
        grew = bool(below)
    return sorted(found)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as f:
            stat = f.read()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2:].split()[0] != "Z"


def _wait_gone(marker: str, pids=(), seconds: float = 5) -> list[int]:
    """Browser processes still alive after ``seconds``: those of ``marker`` and
    any of ``pids`` (seen while it ran: zygotes and renderers lose the marker
    and their parent when the browser exits first)."""
    deadline = time.monotonic() + seconds
    while True:
        left = sorted(set(_browser_processes(marker)) | {p for p in pids if _alive(p)})
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def _memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; (0, 0) once it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return 0, 0
    values = {line.split(":")[0]: int(line.split()[1]) for line in text.splitlines()[1:]
              if line.split(":")[0] in ("Rss", "Pss")}
    return values.get("Rss", 0), values.get("Pss", 0)


class MemorySampler:
    """Peak summed RSS and PSS of one browser's processes, sampled every 50 ms."""

    def __init__(self, marker: str):
        self.marker = marker
        self.peak_rss = self.peak_pss = self.peak_processes = 0
        self.seen: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _browser_processes(self.marker)
            self.seen.update(pids)
            rss = pss = 0
            for pid in pids:
                r, p = _memory_kib(pid)
                rss, pss = rss + r, pss + p
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.peak_processes = max(self.peak_processes, len(pids))
            self._stop.wait(0.05)

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


# --------------------------------------------------------------------------- the browser

class Browser:
    """Playwright's async API on its own event loop thread (no asyncio plugin needed):
    ``browser.run(coro)`` from a test."""

    def __init__(self, config: RenderConfig, marker: str):
        self.config = config
        self.marker = marker
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.run(self._start())

    def run(self, coro, timeout: float = 60):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    async def _start(self) -> None:
        from playwright.async_api import async_playwright

        self.playwright = await async_playwright().start()
        name, value = self.marker.split("=", 1)
        self.browser = await self.playwright.chromium.launch(
            **launch_options(self.config), env=dict(os.environ, **{name: value}))

    async def open(self, url: str, *, context_kwargs: dict | None = None):
        """A page in a new context, as scrapy-playwright opens it for ``render_meta``."""
        meta = render_meta(self.config, context_name="test")
        context = await self.browser.new_context(**(context_kwargs or meta["playwright_context_kwargs"]))
        page = await context.new_page()

        async def route(route):
            if should_abort_request(route.request):
                await route.abort()
            else:
                await route.continue_()

        await page.route("**", route)
        try:
            await page.goto(url, **meta["playwright_page_goto_kwargs"])
        except BaseException:
            await close_render(page)
            raise
        return page

    async def render(self, url: str, *, settle_ms: int = 300, timeout_s: float = TIMEOUT_S):
        page = await self.open(url)
        try:
            return await inspect_rendered_page(page, settle_ms=settle_ms, timeout_s=timeout_s)
        finally:
            await close_render(page)

    def close(self) -> None:
        async def stop():
            await self.browser.close()
            await self.playwright.stop()

        self.run(stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


def _config(**settings) -> RenderConfig:
    values = {"BACKLINKS_HOSTS": {"*": "127.0.0.1", "gone.neverloads-crafts.com": ""},
              "BACKLINKS_RENDER_TIMEOUT": TIMEOUT_S, "USER_AGENT": USER_AGENT}
    values.update(settings)
    return RenderConfig.from_settings(Settings(values))


@pytest.fixture(scope="module")
def config() -> RenderConfig:
    config = _config()
    ok, message = browser_available(config)
    if not ok:
        pytest.skip(message)
    return config


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    web = FixtureWeb(tmp_path_factory.mktemp("tls"))
    yield web
    web.stop()


@pytest.fixture(scope="module")
def browser(config):
    marker = _new_marker()
    harness = Browser(config, marker)
    assert _browser_processes(marker), "the marker does not reach the browser's processes"
    yield harness
    running = _browser_processes(marker)
    harness.close()
    assert _wait_gone(marker, running) == [], "browser processes outlived the browser"


def _by_href(rendered, href: str):
    found = [link for link in rendered.links if link.href == href]
    assert found, f"{href} not among {[link.href for link in rendered.links]}"
    return found[0]


# --------------------------------------------------------------------------- links only script adds

def test_script_inserted_link_is_found(browser, site):
    url = site.url("app.gardenplanner-spa.com")
    rendered = browser.run(browser.render(url))
    link = _by_href(rendered, TARGET + "raised-beds/")
    assert link.displayed and link.above_fold and 0 < link.top < 768
    assert link.text == "raised bed kits from MyTarget"
    assert rendered.loaded
    # The rendered HTML carries the link, and each <a> of it points to its layout.
    doc = PageDoc.from_html(rendered.html, rendered.url)
    anchors = [a for a in doc.anchors if a.url == TARGET + "raised-beds/"]
    assert len(anchors) == 1 and rendered.link_for(anchors[0].element) is link
    assert all(rendered.link_for(a.element) is not None for a in doc.anchors)
    # The raw HTML had no link at all.
    raw = PageDoc.from_html((SITES / "app.gardenplanner-spa.com/index.html").read_text(), url)
    assert raw.anchors == []


def test_browser_sends_our_user_agent(browser, site):
    browser.run(browser.render(site.url("app.gardenplanner-spa.com", "/?ua")))
    seen = dict(site.requested("app.gardenplanner-spa.com"))
    assert seen["/"] == USER_AGENT                    # the page
    assert seen["/static/js/main.3f9a1c.js"] == USER_AGENT   # its script
    assert seen["/api/post.json"] == USER_AGENT       # what the script fetched


def test_link_added_after_a_delay_is_found(browser, site):
    url = site.url("www.slowscript-recipes.com")
    rendered = browser.run(browser.render(url, settle_ms=1300))
    link = _by_href(rendered, TARGET + "dutch-oven-5l")
    assert link.displayed and link.above_fold


def test_settle_time_is_what_finds_the_delayed_link(browser, site):
    url = site.url("www.slowscript-recipes.com")
    rendered = browser.run(browser.render(url, settle_ms=0))
    assert TARGET + "dutch-oven-5l" not in [link.href for link in rendered.links]


def test_lazy_section_is_woken_by_scrolling(browser, site):
    url = site.url("www.lazycomments-travel.com")
    rendered = browser.run(browser.render(url))
    link = _by_href(rendered, TARGET + "travel-adapters/")
    assert rendered.scroll_steps >= 2
    assert link.displayed and not link.above_fold and link.top > 768
    assert ("/comments/fragment.html", USER_AGENT) in site.requested("www.lazycomments-travel.com")
    # Measured at the top of the page again, whatever the scrolling did.
    assert _by_href(rendered, url.rsplit("/", 1)[0] + "/").top < 100


# --------------------------------------------------------------------------- layout: hidden, fold

INVISIBLE = {
    "visible": True, "image": True, "in-scroller": True,
    "display-none": False, "visibility-hidden": False, "opacity-zero": False,
    "offscreen": False, "font-size-zero": False, "sr-only": False, "hidden-attr": False,
    "zero-height": False, "text-indent": False, "clip-path": False,
}


def test_links_styled_invisible_are_not_displayed(browser, site):
    rendered = browser.run(browser.render(site.url("www.invisible-links-forum.com", "/thread/42")))
    got = {name: _by_href(rendered, f"{TARGET}headphones/{name}").displayed for name in INVISIBLE}
    assert got == INVISIBLE
    assert not any(link.above_fold for link in rendered.links if not link.displayed)


def test_link_far_below_the_fold(browser, site):
    host = "www.longread-hiking.com"
    rendered = browser.run(browser.render(site.url(host, "/guides/cairngorms")))
    deep = _by_href(rendered, TARGET + "boots/")
    assert deep.displayed and not deep.above_fold and deep.top > 768 + 900
    home = _by_href(rendered, site.url(host, "/"))
    assert home.above_fold and home.top < 768
    # Images and fonts are never downloaded; the hero keeps its declared size.
    paths = [path for path, _ in site.requested(host)]
    assert "/guides/cairngorms" in paths
    assert "/img/cairngorms-hero.jpg" not in paths and "/fonts/trail.woff2" not in paths


def test_link_above_the_fold(browser, site):
    rendered = browser.run(browser.render(site.url("www.abovefold-petnews.com")))
    link = _by_href(rendered, TARGET + "cat-toys/")
    assert link.displayed and link.above_fold and link.top < 768
    assert rendered.height > 768


def test_self_signed_https_page_is_rendered(browser, site):
    url = site.url("www.abovefold-petnews.com", https=True)
    rendered = browser.run(browser.render(url))
    assert rendered.url.startswith("https://")
    assert _by_href(rendered, TARGET + "cat-toys/").above_fold
    # Without ignore_https_errors the same page fails: the option is what does it.
    strict = dict(context_options(browser.config), ignore_https_errors=False)
    from playwright.async_api import Error as PlaywrightError

    with pytest.raises(PlaywrightError) as failure:
        browser.run(browser.open(url, context_kwargs=strict))
    assert render_failure_reason(failure.value) == "tls_error"


def test_unmapped_name_is_a_dns_error(browser, site):
    from playwright.async_api import Error as PlaywrightError

    with pytest.raises(PlaywrightError) as failure:
        browser.run(browser.open(site.url("gone.neverloads-crafts.com")))
    assert render_failure_reason(failure.value) == "dns_error"


# --------------------------------------------------------------------------- pages that never finish

def test_page_whose_document_never_arrives_times_out(browser, site):
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    started = time.monotonic()
    with pytest.raises(PlaywrightTimeout) as failure:
        browser.run(browser.open(site.url("www.neverloads-crafts.com", "/blocking-script/")))
    assert time.monotonic() - started < TIMEOUT_S + 3
    assert render_failure_reason(failure.value) == "timeout"


def test_page_whose_load_never_comes_is_read_anyway(browser, site):
    started = time.monotonic()
    rendered = browser.run(browser.render(site.url("www.neverloads-crafts.com", "/hanging-iframe/")))
    assert time.monotonic() - started < TIMEOUT_S + 3
    assert rendered.loaded is False
    assert _by_href(rendered, TARGET + "fabric/").displayed


def test_page_that_never_yields_raises_render_timeout(browser, site):
    async def scenario():
        page = await browser.open(site.url("www.neverloads-crafts.com", "/busy-loop/"))
        started = time.monotonic()
        try:
            with pytest.raises(RenderTimeout) as failure:
                await inspect_rendered_page(page, settle_ms=800, timeout_s=2)
            spent = time.monotonic() - started
        finally:
            closing = time.monotonic()
            await close_render(page)
        return failure.value, spent, time.monotonic() - closing, page.is_closed()

    error, spent, closing, closed = browser.run(scenario())
    assert spent < 4 and closing < 5 and closed
    assert render_failure_reason(error) == "timeout" and "busy-loop" in str(error)


def test_guard_closes_a_page_left_open(browser, site):
    class Request:
        meta = {"backlinks_render_lifetime": 0.6}

    async def scenario():
        page = await browser.open(site.url("www.neverloads-crafts.com", "/busy-loop/"))
        await guard_page(page, Request())
        await asyncio.sleep(0.3)
        early = page.is_closed()
        await asyncio.sleep(1.5)
        return early, page.is_closed(), page.context.pages

    early, late, pages = browser.run(scenario())
    assert (early, late, pages) == (False, True, [])


# --------------------------------------------------------------------------- inside Scrapy

PROBE_SPIDER = '''
import json
import scrapy
from playwright.async_api import Error as PlaywrightError
from crawler.render import (RenderConfig, RenderError, close_render, inspect_rendered_page,
                            playwright_settings, render_failure_reason, render_meta)


class RenderProbe(scrapy.Spider):
    name = "render_probe"

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        settings.update(playwright_settings(RenderConfig.from_settings(settings)), "spider")

    async def start(self):
        config = RenderConfig.from_settings(self.settings)
        for n, url in enumerate(json.loads(self.settings["PROBE_URLS"])):
            yield scrapy.Request(url, meta=render_meta(config, context_name=f"render-{n}"),
                                 callback=self.parse, errback=self.failed, dont_filter=True,
                                 cb_kwargs={"config": config})

    async def parse(self, response, config):
        page = response.meta["playwright_page"]
        try:
            rendered = await inspect_rendered_page(page, settle_ms=config.settle_ms,
                                                   timeout_s=config.timeout)
        except (RenderError, PlaywrightError) as exc:
            yield {"url": response.request.url, "reason": render_failure_reason(exc)}
            return
        finally:
            await close_render(page)
        yield {"url": response.request.url, "flags": response.flags,
               "links": [[l.href, l.displayed, l.above_fold] for l in rendered.links]}

    async def failed(self, failure):
        await close_render(failure.request.meta.get("playwright_page"))
        yield {"url": failure.request.url, "reason": render_failure_reason(failure.value)}
'''


def test_inside_a_scrapy_crawl_with_scrapy_playwright(config, site, tmp_path):
    """The settings, meta and callbacks work with scrapy-playwright as they are."""
    spider = tmp_path / "probe.py"
    spider.write_text(PROBE_SPIDER)
    urls = {"spa": site.url("app.gardenplanner-spa.com", "/?scrapy"),
            "blocking": site.url("www.neverloads-crafts.com", "/blocking-script/?scrapy"),
            "busy": site.url("www.neverloads-crafts.com", "/busy-loop/?scrapy"),
            "tls": site.url("www.abovefold-petnews.com", "/?scrapy", https=True)}
    out = tmp_path / "out.jsonl"
    settings = {"PROBE_URLS": json.dumps(list(urls.values())), "USER_AGENT": USER_AGENT,
                "BACKLINKS_HOSTS": json.dumps({"*": "127.0.0.1"}),
                "BACKLINKS_RENDER_TIMEOUT": "3", "BACKLINKS_RENDER_SETTLE_MS": "700",
                "ROBOTSTXT_OBEY": "0", "TELNETCONSOLE_ENABLED": "0", "LOG_LEVEL": "INFO"}
    command = [sys.executable, "-m", "scrapy", "runspider", str(spider), "-O", f"{out}:jsonlines"]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    marker = _new_marker()
    env = dict(os.environ, PYTHONPATH=str(ROOT), **dict([marker.split("=", 1)]))
    with MemorySampler(marker) as browser_processes:
        done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=90)
    assert done.returncode == 0, done.stderr[-3000:]
    items = {item["url"]: item for item in map(json.loads, out.read_text().splitlines())}
    assert set(items) == set(urls.values()), done.stderr[-3000:]
    spa = items[urls["spa"]]
    assert "playwright" in spa["flags"]
    assert [TARGET + "raised-beds/", True, True] in spa["links"]
    assert items[urls["tls"]]["links"] and [TARGET + "cat-toys/", True, True] in items[urls["tls"]]["links"]
    assert items[urls["blocking"]]["reason"] == "timeout"
    assert items[urls["busy"]]["reason"] == "timeout"
    assert dict(site.requested("app.gardenplanner-spa.com"))["/api/post.json"] == USER_AGENT
    # One context per page, all closed; never more than BACKLINKS_RENDER_CONCURRENCY at once.
    log = done.stderr
    assert "Page init callback exception" not in log   # guard_page was loaded and ran
    assert "'playwright/context_count': 4" in log
    assert "'playwright/page_count/max_concurrent': 1" in log or \
        "'playwright/page_count/max_concurrent': 2" in log
    # The crawl closed its browser: no process of it is left, crash handler included.
    assert browser_processes.seen and _wait_gone(marker, browser_processes.seen) == []


# --------------------------------------------------------------------------- cost of rendering

def test_render_rate_and_memory(config, site, capsys):
    """Pages rendered per second (one at a time, two at once) next to the
    raw-HTML path; peak memory of the browser; and no browser process left once
    it is closed. A short settle time keeps the test fast; the report's numbers
    use ``BACKLINKS_RENDER_BENCH_SETTLE_MS=1500`` (the default) and more pages."""
    pages = int(os.environ.get("BACKLINKS_RENDER_BENCH_PAGES", "4"))
    settle = int(os.environ.get("BACKLINKS_RENDER_BENCH_SETTLE_MS", "300"))
    urls = [site.url(host, path + f"?bench={n}") for n in range(pages)
            for host, path in [("app.gardenplanner-spa.com", "/"),
                               ("www.abovefold-petnews.com", "/")]][:pages]
    marker = _new_marker()
    with MemorySampler(marker) as memory:
        harness = Browser(config, marker)
        try:
            harness.run(harness.render(urls[0], settle_ms=settle, timeout_s=TIMEOUT_S * 3))  # warm-up: launch costs apart
            started = time.monotonic()
            for url in urls:
                harness.run(harness.render(url, settle_ms=settle, timeout_s=TIMEOUT_S * 3))
            sequential = len(urls) / (time.monotonic() - started)

            contexts_open = []

            async def two_at_once():
                gate = asyncio.Semaphore(2)

                async def one(url):
                    async with gate:
                        page = await harness.open(url)
                        contexts_open.append(len(harness.browser.contexts))
                        try:
                            return await inspect_rendered_page(page, settle_ms=settle,
                                                               timeout_s=TIMEOUT_S * 3)
                        finally:
                            await close_render(page)

                return await asyncio.gather(*(one(url) for url in urls))

            started = time.monotonic()
            results = harness.run(two_at_once(), timeout=120)
            parallel = len(urls) / (time.monotonic() - started)
            assert all(r.links for r in results)
            assert max(contexts_open) == 2 and harness.browser.contexts == []  # 2 at once, all closed
        finally:
            harness.close()
        left = _wait_gone(marker, memory.seen)
    started = time.monotonic()
    for url in urls:
        parts = urlsplit(url)
        connection = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=5)
        connection.request("GET", f"{parts.path}?{parts.query}",
                           headers={"Host": parts.netloc, "User-Agent": USER_AGENT})
        body = connection.getresponse().read()
        connection.close()
        assert PageDoc.from_html(body.decode("utf-8"), url).root is not None
    raw = len(urls) / (time.monotonic() - started)
    assert memory.seen and left == [], "browser processes outlived the browser"
    assert memory.peak_rss > 0
    with capsys.disabled():
        print(f"\nrender bench: {len(urls)} pages, settle {settle} ms: "
              f"{sequential:.2f} pages/s one at a time, {parallel:.2f} pages/s two at once; "
              f"raw HTML fetch+parse {raw:.0f} pages/s; browser peak RSS sum "
              f"{memory.peak_rss / 1024:.0f} MiB, PSS sum {memory.peak_pss / 1024:.0f} MiB, "
              f"{memory.peak_processes} processes")
    assert LINK_INDEX_ATTR in results[0].html


def test_page_that_redirects_by_script_is_read_where_it_ends(browser, site):
    rendered = browser.run(browser.render(site.url("www.slowscript-recipes.com", "/old-recipe/"),
                                          settle_ms=500))
    assert rendered.url == site.url("www.slowscript-recipes.com", "/moved-recipe/")
    assert _by_href(rendered, TARGET + "baking-tray/").displayed
    assert "Focaccia" in rendered.html and LINK_INDEX_ATTR in rendered.html
