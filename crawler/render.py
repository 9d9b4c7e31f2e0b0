"""Rendering linking pages in a real browser (Chromium through scrapy-playwright).

The pieces the ``verify`` spider calls; the spider decides *when* to render
(``BACKLINKS_RENDER`` and :mod:`crawler.analysis.scriptlinks`)::

    config = RenderConfig.from_settings(settings)            # once, loudly on bad values
    settings.update(playwright_settings(config), "spider")   # when rendering is on
    ok, message = browser_available(config)                 # once; log message when not ok
    yield Request(url, meta=render_meta(config, context_name=f"render-{n}"), ...)

    # callback: every page has its own context, closed here (and in the errback)
    page = response.meta["playwright_page"]
    try:
        rendered = await inspect_rendered_page(page, settle_ms=config.settle_ms,
                                               timeout_s=config.timeout)
    finally:
        await close_render(page)
    doc = PageDoc.from_html(rendered.html, rendered.url)
    layout = rendered.link_for(anchor.element)   # RenderedLink: top, displayed, above_fold

A render that fails is an ``error`` whose reason :func:`render_failure_reason`
gives (``timeout`` and the network reasons of the SPEC), never ``lost``.

Why a new context per page: a context holds cookies, cache, service workers
and its renderer processes; closing it after each page is what keeps a long run
from growing (scrapy-playwright's README, "Closing contexts while crawling").
No context is created at start-up, so Chromium is launched only when a first
page is rendered.
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Values of ``BACKLINKS_RENDER``.
RENDER_MODES: tuple[str, ...] = ("auto", "always", "never")
#: Debian's Chromium, used when present unless ``BACKLINKS_BROWSER_PATH`` says otherwise.
DEBIAN_CHROMIUM = "/usr/bin/chromium"
#: ``BACKLINKS_BROWSER_PATH`` value that asks for Playwright's own Chromium.
PLAYWRIGHT_BROWSER = "playwright"
#: The viewport of the SPEC's ``above_fold``.
VIEWPORT: dict[str, int] = {"width": 1366, "height": 768}
FOLD_PX = 768
#: Resource types the browser never downloads (scrapy-playwright's ``PLAYWRIGHT_ABORT_REQUEST``).
BLOCKED_RESOURCE_TYPES = frozenset({"image", "media", "font"})
#: Attribute set on every ``<a href>`` of a rendered page: its index in :attr:`RenderedPage.links`.
LINK_INDEX_ATTR = "data-backlinks-link"
#: Request meta key read by :func:`guard_page`: seconds a page may stay open.
LIFETIME_META_KEY = "backlinks_render_lifetime"

_INSTALL_HINT = ("install one: `apt-get install chromium` (Debian/Ubuntu), or "
                 "`python -m playwright install chromium` on a machine with internet")


class RenderSettingsError(ValueError):
    """A ``BACKLINKS_RENDER*`` / ``BACKLINKS_BROWSER_PATH`` setting has an impossible value."""


class RenderError(Exception):
    """Rendering a page failed (the record is an ``error``, never ``lost``)."""


class RenderTimeout(RenderError, TimeoutError):
    """The page did not settle within the render timeout (reason ``timeout``)."""

    def __init__(self, url: str, seconds: float):
        super().__init__(f"rendering {url} took longer than {seconds:g} s")
        self.url = url
        self.seconds = seconds


# --------------------------------------------------------------------------- configuration

@dataclass(frozen=True)
class RenderConfig:
    """Every rendering setting, read once (:meth:`from_settings`)."""

    mode: str = "auto"                       #: ``BACKLINKS_RENDER``
    timeout: float = 20.0                    #: ``BACKLINKS_RENDER_TIMEOUT``, seconds per page
    concurrency: int = 2                     #: ``BACKLINKS_RENDER_CONCURRENCY``, pages at once
    settle_ms: int = 1500                    #: ``BACKLINKS_RENDER_SETTLE_MS``, wait after load
    browser_path: str | None = None          #: Chromium executable; None: Playwright's own
    hosts: tuple[tuple[str, str], ...] = ()  #: ``BACKLINKS_HOSTS`` as (pattern, address) pairs
    hosts_only: bool = False                 #: ``BACKLINKS_HOSTS_ONLY``
    user_agent: str | None = None            #: ``USER_AGENT``

    @classmethod
    def from_settings(cls, settings) -> "RenderConfig":
        """Read a Scrapy ``Settings`` (or any object with ``get``/``getdict``/``getbool``).

        Raises :class:`RenderSettingsError` naming the setting, the value and
        what is allowed, for anything but a usable value.
        """
        mode = str(settings.get("BACKLINKS_RENDER") or "auto").strip().lower()
        if mode not in RENDER_MODES:
            raise RenderSettingsError(
                f"BACKLINKS_RENDER={settings.get('BACKLINKS_RENDER')!r}: "
                f"use one of {', '.join(RENDER_MODES)}")
        timeout = _number(settings, "BACKLINKS_RENDER_TIMEOUT", 20.0, float, minimum=0.001,
                          unit="seconds")
        concurrency = _number(settings, "BACKLINKS_RENDER_CONCURRENCY", 2, int, minimum=1,
                              unit="pages")
        settle_ms = _number(settings, "BACKLINKS_RENDER_SETTLE_MS", 1500, int, minimum=0,
                            unit="milliseconds")
        hosts = settings.getdict("BACKLINKS_HOSTS") or {}
        for pattern, address in hosts.items():
            if not isinstance(pattern, str) or not isinstance(address, (str, type(None))):
                raise RenderSettingsError(
                    f"BACKLINKS_HOSTS: {pattern!r}: {address!r} must map a host name to an address")
        return cls(
            mode=mode, timeout=float(timeout), concurrency=int(concurrency),
            settle_ms=int(settle_ms),
            browser_path=choose_browser_path(settings.get("BACKLINKS_BROWSER_PATH")),
            hosts=tuple((str(p), address or "") for p, address in hosts.items()),
            hosts_only=settings.getbool("BACKLINKS_HOSTS_ONLY", False),
            user_agent=settings.get("USER_AGENT") or None,
        )

    @property
    def enabled(self) -> bool:
        """Rendering may happen (``auto`` or ``always``)."""
        return self.mode != "never"

    @property
    def lifetime(self) -> float:
        """Hard limit, in seconds, on how long a rendered page stays open
        (navigation, then inspection, then a margin): :func:`guard_page`."""
        return 2 * self.timeout + self.settle_ms / 1000 + 15


def _number(settings, name: str, default, kind, *, minimum, unit: str):
    raw = settings.get(name)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return default
    try:
        if isinstance(raw, bool):
            raise ValueError(raw)
        number = float(raw)
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError(raw)
        if kind is int and not number.is_integer():
            raise ValueError(raw)
        value = kind(number)
    except (TypeError, ValueError):
        what = "a whole number" if kind is int else "a number"
        raise RenderSettingsError(f"{name}={raw!r}: expected {what} of {unit}") from None
    if value < minimum:
        raise RenderSettingsError(f"{name}={raw!r}: must be at least {minimum:g} {unit}")
    return value


def choose_browser_path(setting: str | None, *, debian: str = DEBIAN_CHROMIUM) -> str | None:
    """The Chromium executable to launch, from ``BACKLINKS_BROWSER_PATH``.

    Empty: Debian's Chromium when it exists, else None (Playwright's own);
    ``"playwright"``: always Playwright's own; anything else: that path (checked
    by :func:`browser_available`, not here).

    >>> choose_browser_path("/opt/chrome/chrome")
    '/opt/chrome/chrome'
    >>> choose_browser_path("playwright") is None
    True
    >>> choose_browser_path("", debian="/nonexistent/chromium") is None
    True
    """
    value = (setting or "").strip()
    if value.lower() == PLAYWRIGHT_BROWSER:
        return None
    if value:
        return os.path.expanduser(value)
    return debian if os.path.exists(debian) else None


# --------------------------------------------------------------------------- Chromium flags

def host_resolver_rules(hosts: Mapping[str, str] | tuple[tuple[str, str], ...], *,
                        only: bool = False) -> str | None:
    """Chromium's ``--host-resolver-rules`` value giving the browser the same
    answers :func:`crawler.dns.lookup_mapped` gives Scrapy.

    Chromium takes the first rule that matches, so exact names come first, then
    ``*.domain`` patterns longest first (each also maps the bare domain, as
    ``lookup_mapped`` does), then ``*``. An empty address is "does not exist"
    (``~NOTFOUND``); ``only`` makes every other name fail to resolve. Other
    patterns with ``*`` match nothing in ``lookup_mapped`` and are left out.

    >>> host_resolver_rules({"*": "127.0.0.9", "gone.test": ""})
    'MAP gone.test ~NOTFOUND, MAP * 127.0.0.9'
    >>> host_resolver_rules({"*.blog.test": "::1"}, only=True)
    'MAP blog.test [::1], MAP *.blog.test [::1], MAP * ~NOTFOUND'
    >>> host_resolver_rules({}) is None
    True
    """
    pairs = hosts.items() if isinstance(hosts, Mapping) else hosts
    exact: dict[str, str] = {}
    patterns: dict[str, str] = {}
    catch_all: str | None = None
    for pattern, address in pairs:
        pattern = pattern.strip().lower().rstrip(".")
        target = _rule_target(address)
        if pattern == "*":
            catch_all = target
        elif pattern.startswith("*.") and "*" not in pattern[2:]:
            patterns.setdefault(pattern[2:], target)
        elif pattern and "*" not in pattern:
            exact.setdefault(pattern, target)
    rules = [f"MAP {name} {target}" for name, target in exact.items()]
    for domain in sorted(patterns, key=len, reverse=True):
        if domain not in exact:
            rules.append(f"MAP {domain} {patterns[domain]}")
        rules.append(f"MAP *.{domain} {patterns[domain]}")
    if catch_all is not None:
        rules.append(f"MAP * {catch_all}")
    elif only:
        rules.append("MAP * ~NOTFOUND")
    return ", ".join(rules) or None


def _rule_target(address: str | None) -> str:
    address = (address or "").strip()
    if not address:
        return "~NOTFOUND"
    return f"[{address}]" if ":" in address and not address.startswith("[") else address


def browser_args(config: RenderConfig) -> list[str]:
    """Command-line flags for Chromium (Playwright adds its own defaults)."""
    args = [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",   # containers give /dev/shm 64 MB; big pages crash in it
        "--no-first-run",
    ]
    if _running_as_root():
        args.append("--no-sandbox")
    rules = host_resolver_rules(config.hosts, only=config.hosts_only)
    if rules:
        args.append(f"--host-resolver-rules={rules}")
    return args


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def launch_options(config: RenderConfig) -> dict[str, Any]:
    """Keyword arguments of Playwright's ``chromium.launch()``.

    Playwright turns the sandbox off unless ``chromium_sandbox`` is true, so it
    is asked for explicitly: off only when running as root, where Chromium
    refuses to start with it.
    """
    options: dict[str, Any] = {
        "headless": True,
        "chromium_sandbox": not _running_as_root(),
        "args": browser_args(config),
    }
    if config.browser_path:
        options["executable_path"] = config.browser_path
    return options


def context_options(config: RenderConfig) -> dict[str, Any]:
    """Keyword arguments of ``browser.new_context()`` for one rendered page:
    certificate errors ignored (Scrapy's own download ignores them too), the
    SPEC's 1366x768 viewport, the project's User-Agent, no service workers
    (they outlive the page and cache behind our back)."""
    options: dict[str, Any] = {
        "ignore_https_errors": True,
        "viewport": dict(VIEWPORT),
        "screen": dict(VIEWPORT),
        "java_script_enabled": True,
        "service_workers": "block",
    }
    if config.user_agent:
        options["user_agent"] = config.user_agent
    return options


def should_abort_request(request) -> bool:
    """``PLAYWRIGHT_ABORT_REQUEST``: images, media and fonts are not downloaded.

    Layout stays right for images whose size the page declares (``width`` and
    ``height`` attributes or CSS); an image without a declared size collapses,
    which can move later content up.
    """
    return request.resource_type in BLOCKED_RESOURCE_TYPES


def playwright_settings(config: RenderConfig) -> dict[str, Any]:
    """scrapy-playwright settings to merge into the crawler's settings when
    rendering is on (``settings.update(playwright_settings(config), "spider")``,
    e.g. in the spider's ``update_settings``).

    The download handler is scrapy-playwright's: requests without
    ``meta["playwright"]`` still go through Scrapy's own HTTP handler. No
    context is created at start-up (``PLAYWRIGHT_CONTEXTS`` empty): each page
    gets its own (:func:`render_meta`), one page per context, at most
    ``concurrency`` contexts at once.
    """
    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": launch_options(config),
        "PLAYWRIGHT_CONTEXTS": {},
        "PLAYWRIGHT_MAX_CONTEXTS": config.concurrency,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 1,
        "PLAYWRIGHT_ABORT_REQUEST": f"{__name__}.should_abort_request",
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": config.timeout * 1000,
        "PLAYWRIGHT_RESTART_DISCONNECTED_BROWSER": True,
    }


def render_meta(config: RenderConfig, *, context_name: str) -> dict[str, Any]:
    """Request meta for one page to render in its own context ``context_name``
    (unique per request, e.g. ``f"render-{n}"``).

    Navigation waits for ``domcontentloaded`` only: :func:`inspect_rendered_page`
    then waits for ``load`` within its own budget, so a page whose load event
    never comes (a hanging ad or iframe) is still read rather than failed.
    The callback and the errback must call :func:`close_render` on
    ``meta["playwright_page"]`` (present in the errback too once the page
    exists). :func:`guard_page` closes the page anyway after
    :attr:`RenderConfig.lifetime` seconds, so a page whose script never yields
    cannot hold a slot for ever (scrapy-playwright reads the page's content with
    no timeout of its own).
    """
    return {
        "playwright": True,
        "playwright_include_page": True,
        "playwright_context": context_name,
        "playwright_context_kwargs": context_options(config),
        "playwright_page_goto_kwargs": {"wait_until": "domcontentloaded",
                                        "timeout": config.timeout * 1000},
        "playwright_page_init_callback": f"{__name__}.guard_page",
        LIFETIME_META_KEY: config.lifetime,
    }


# --------------------------------------------------------------------------- the browser

def browser_available(config: RenderConfig) -> tuple[bool, str]:
    """Whether a Chromium to launch exists, and a one-line message saying which
    one, or what is missing and how to install one. Cheap: no process started.
    """
    if config.browser_path:
        path = config.browser_path
        resolved = path if os.path.isabs(path) else shutil.which(path)
        if resolved and os.path.isfile(resolved) and os.access(resolved, os.X_OK):
            return True, f"rendering with Chromium at {resolved}"
        return False, (f"no browser for rendering: {path} (BACKLINKS_BROWSER_PATH) is not an "
                       f"executable file; {_INSTALL_HINT}, or leave BACKLINKS_BROWSER_PATH empty")
    try:
        found, where = _playwright_chromium()
    except (ImportError, OSError, ValueError, KeyError) as exc:
        return False, f"no browser for rendering: Playwright is unusable ({exc}); {_INSTALL_HINT}"
    if found:
        return True, f"rendering with Playwright's Chromium in {where}"
    debian = "" if os.path.exists(DEBIAN_CHROMIUM) else f"{DEBIAN_CHROMIUM} does not exist and "
    return False, (f"no browser for rendering: {debian}Playwright's Chromium is not installed "
                   f"(looked in {where}); {_INSTALL_HINT}")


def _playwright_chromium() -> tuple[bool, str]:
    """(installed, directory) of the Chromium Playwright launches headless:
    Playwright's ``chromium-headless-shell`` of the revision its ``browsers.json``
    pins, in Playwright's registry directory (``PLAYWRIGHT_BROWSERS_PATH``)."""
    import playwright

    package = Path(playwright.__file__).parent / "driver" / "package"
    browsers = json.loads((package / "browsers.json").read_text(encoding="utf-8"))["browsers"]
    revision = {b["name"]: b["revision"] for b in browsers}["chromium-headless-shell"]
    env = os.environ.get("PLAYWRIGHT_BROWSERS_PATH")
    if env == "0":
        registry = package / ".local-browsers"
    elif env:
        registry = Path(env)
    elif sys.platform == "darwin":
        registry = Path.home() / "Library" / "Caches" / "ms-playwright"
    elif sys.platform == "win32":
        registry = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "ms-playwright"
    else:
        registry = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ms-playwright"
    directory = registry / f"chromium_headless_shell-{revision}"
    return (directory / "INSTALLATION_COMPLETE").exists(), str(directory)


async def guard_page(page, request) -> None:
    """``playwright_page_init_callback``: close ``page`` if it is still open
    ``request.meta[LIFETIME_META_KEY]`` seconds from now. Closing a page whose
    script loops for ever works (the browser process does it), reading it does not."""
    lifetime = float(request.meta.get(LIFETIME_META_KEY) or 0)
    if lifetime <= 0:
        return
    loop = asyncio.get_running_loop()
    handle = loop.call_later(lifetime, lambda: loop.create_task(close_render(page)))
    page.once("close", lambda _page: handle.cancel())


async def close_render(page) -> None:
    """Close a rendered page, then its context (the order scrapy-playwright
    asks for); either may already be closed."""
    from playwright.async_api import Error as PlaywrightError

    if page is None:
        return
    context = page.context
    with suppress(PlaywrightError):
        await page.close()
    with suppress(PlaywrightError):
        await context.close()


def render_failure_reason(exc: BaseException) -> str:
    """The SPEC's error reason for a failed render.

    Timeouts are ``timeout``; Chromium's network errors map to ``dns_error``,
    ``tls_error`` and ``connection_error``; anything else (a crashed or closed
    page, a browser that would not start) is ``connection_error``: the page
    could not be read, which is never ``lost``.
    """
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    if isinstance(exc, (RenderTimeout, PlaywrightTimeout, TimeoutError)):
        return "timeout"
    message = str(exc)
    if "ERR_NAME_NOT_RESOLVED" in message or "ERR_NAME_RESOLUTION_FAILED" in message:
        return "dns_error"
    if "ERR_TIMED_OUT" in message or "ERR_CONNECTION_TIMED_OUT" in message:
        return "timeout"
    if "ERR_CERT_" in message or "ERR_SSL_" in message:
        return "tls_error"
    return "connection_error"


# --------------------------------------------------------------------------- reading the page

@dataclass(frozen=True)
class RenderedLink:
    """Layout of one ``<a href>`` of the rendered page (document order)."""

    index: int          #: position among the page's ``<a href>``, 0-based; ``LINK_INDEX_ATTR``
    href: str           #: resolved URL (``el.href``)
    top: float          #: top of the link's box, px from the top of the page
    left: float
    width: float
    height: float
    displayed: bool     #: a reader can see it (not display:none/invisible/transparent/zero-size/off-screen/clipped)
    above_fold: bool    #: displayed and its top within the first ``fold_px`` of the page
    text: str           #: rendered text, at most 200 characters


@dataclass(frozen=True)
class RenderedPage:
    """What a settled page looks like."""

    url: str                           #: the page's URL once settled
    html: str                          #: the final DOM serialised; anchors carry ``LINK_INDEX_ATTR``
    links: tuple[RenderedLink, ...]    #: every ``<a href>`` in document order
    loaded: bool                       #: the ``load`` event came within the budget
    height: int                        #: scroll height of the page, px
    scroll_steps: int                  #: viewport-high scrolls made to wake lazy sections

    def link_for(self, element) -> RenderedLink | None:
        """Layout of an ``<a>`` of ``PageDoc.from_html(self.html, ...)`` (an lxml
        element), or None for one the browser did not have as a link
        (e.g. inside ``<noscript>``, which lxml parses but a browser with
        script does not)."""
        raw = element.get(LINK_INDEX_ATTR)
        if raw is None or not raw.isdigit():
            return None
        index = int(raw)
        return self.links[index] if index < len(self.links) else None


_SCROLL_JS = """() => {
  const root = document.scrollingElement || document.documentElement;
  let box = root;
  if (root.scrollHeight <= window.innerHeight + 1) {
    let best = 0;
    const all = document.body ? document.body.getElementsByTagName('*') : [];
    for (let i = 0; i < all.length && i < 3000; i++) {
      const el = all[i], extra = el.scrollHeight - el.clientHeight;
      if (extra > best && el.clientHeight > 100) {
        const oy = getComputedStyle(el).overflowY;
        if (oy === 'auto' || oy === 'scroll') { best = extra; box = el; }
      }
    }
  }
  const before = box === root ? window.scrollY : box.scrollTop;
  const step = box === root ? window.innerHeight : box.clientHeight;
  if (box === root) window.scrollTo({top: before + step, behavior: 'instant'});
  else box.scrollTo({top: before + step, behavior: 'instant'});
  const after = box === root ? window.scrollY : box.scrollTop;
  return after > before + 1;
}"""

_TOP_JS = """() => {
  window.scrollTo({top: 0, left: 0, behavior: 'instant'});
  const all = document.body ? document.body.getElementsByTagName('*') : [];
  for (let i = 0; i < all.length && i < 3000; i++) {
    if (all[i].scrollTop > 0) all[i].scrollTo({top: 0, behavior: 'instant'});
  }
  return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}"""

_MEASURE_JS = """([fold, attr, limit]) => {
  const vw = window.innerWidth, sx = window.scrollX, sy = window.scrollY;
  const farRight = vw * 1.5;
  const hrefOf = (el) => {
    const h = el.href;
    if (typeof h === 'string') return h;
    const raw = h && typeof h.baseVal === 'string' ? h.baseVal : (el.getAttribute('href') || '');
    try { return new URL(raw, document.baseURI).href; } catch (e) { return raw; }
  };
  const boxOf = (el) => {
    let rs = Array.from(el.getClientRects()).filter(r => r.width > 0 && r.height > 0);
    if (!rs.length) {
      const kids = el.getElementsByTagName('*');
      for (let i = 0; i < kids.length && i < 50; i++) {
        const r = kids[i].getBoundingClientRect();
        if (r.width > 0 && r.height > 0) rs.push(r);
      }
    }
    if (!rs.length) {
      const r = el.getBoundingClientRect();
      return {l: r.left, t: r.top, r: r.right, b: r.bottom};
    }
    let l = Infinity, t = Infinity, r = -Infinity, b = -Infinity;
    for (const x of rs) {
      l = Math.min(l, x.left); t = Math.min(t, x.top);
      r = Math.max(r, x.right); b = Math.max(b, x.bottom);
    }
    return {l, t, r, b};
  };
  const styleShown = (el) => {
    if (typeof el.checkVisibility === 'function') {
      return el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true,
                                 opacityProperty: true, visibilityProperty: true});
    }
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const cs = getComputedStyle(n);
      if (cs.display === 'none' || parseFloat(cs.opacity) === 0) return false;
    }
    return getComputedStyle(el).visibility === 'visible';
  };
  const clippedAway = (el, box) => {
    let {l, t, r, b} = box;
    for (let n = el; n && n !== document.body && n !== document.documentElement; n = n.parentElement) {
      const cs = getComputedStyle(n);
      if (n !== el) {
        const cx = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
        const cy = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
        if (cx || cy) {
          const nr = n.getBoundingClientRect();
          if (cx) { l = Math.max(l, nr.left); r = Math.min(r, nr.right); }
          if (cy) { t = Math.max(t, nr.top); b = Math.min(b, nr.bottom); }
        }
      }
      if (cs.clip && cs.clip.startsWith('rect(') && (cs.position === 'absolute' || cs.position === 'fixed')) {
        const v = cs.clip.slice(5, -1).split(/[\\s,]+/).map(parseFloat);
        if (v.length === 4 && !v.some(isNaN) && (v[1] - v[3] <= 1 || v[2] - v[0] <= 1)) return true;
      }
      const inset = /inset\\(\\s*(\\d+(?:\\.\\d+)?)%/.exec(cs.clipPath || '');
      if (inset && parseFloat(inset[1]) >= 50) return true;
      if (r - l <= 1 || b - t <= 1) return true;
    }
    return false;
  };
  const anchors = document.querySelectorAll('a[href]');
  const links = [];
  for (let i = 0; i < anchors.length && i < limit; i++) {
    const el = anchors[i];
    el.setAttribute(attr, String(i));
    const box = boxOf(el);
    const top = box.t + sy, left = box.l + sx, bottom = box.b + sy, right = box.r + sx;
    const width = box.r - box.l, height = box.b - box.t;
    let shown = styleShown(el) && width > 1 && height > 1;
    if (shown && (right <= 0 || bottom <= 0 || left >= farRight)) shown = false;
    if (shown && clippedAway(el, box)) shown = false;
    links.push({href: hrefOf(el), top, left, width, height, displayed: shown,
                above_fold: shown && top < fold && bottom > 0,
                text: (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 200)});
  }
  const height = Math.max(document.documentElement.scrollHeight,
                          document.body ? document.body.scrollHeight : 0);
  const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '';
  return {links, height, url: location.href, html: doctype + document.documentElement.outerHTML};
}"""


class _NetworkWatch:
    """Counts the page's requests in flight while attached (lazy sections
    fetch their content once scrolled into view)."""

    def __init__(self, page):
        self.page = page
        self.pending: set = set()
        self.changed = asyncio.Event()

    def _start(self, request) -> None:
        self.pending.add(request)
        self.changed.set()

    def _end(self, request) -> None:
        self.pending.discard(request)
        self.changed.set()

    def __enter__(self) -> "_NetworkWatch":
        self.page.on("request", self._start)
        self.page.on("requestfinished", self._end)
        self.page.on("requestfailed", self._end)
        return self

    def __exit__(self, *exc) -> None:
        self.page.remove_listener("request", self._start)
        self.page.remove_listener("requestfinished", self._end)
        self.page.remove_listener("requestfailed", self._end)

    async def quiet(self, *, idle_s: float, max_s: float) -> bool:
        """Wait until no request has been in flight for ``idle_s`` (True), or ``max_s`` passed."""
        loop = asyncio.get_running_loop()
        end = loop.time() + max_s
        while loop.time() < end:
            self.changed.clear()
            wait = min(idle_s, end - loop.time())
            try:
                await asyncio.wait_for(self.changed.wait(), wait)
            except TimeoutError:
                if not self.pending and wait >= idle_s:
                    return True
        return False


async def inspect_rendered_page(page, *, settle_ms: int, fold_px: int = FOLD_PX,
                                timeout_s: float = 20.0, max_scroll_steps: int = 40,
                                max_links: int = 5000) -> RenderedPage:
    """Let ``page`` settle, wake its lazy sections, then read its links' layout.

    In order: wait for ``load`` (at most half of ``timeout_s``; a page whose
    load never comes is read anyway, ``loaded=False``), wait ``settle_ms`` for
    late scripts, scroll down a viewport at a time (at most
    ``max_scroll_steps``; a page whose only scroller is an inner element is
    scrolled there) and wait for the requests that started to finish (at most
    ``settle_ms``), scroll back to the top, then measure every ``<a href>`` at
    scroll position 0 and serialise the DOM in the same step. A page that
    navigates by script meanwhile (a JS redirect) is read once more, after
    its new document loads: :attr:`RenderedPage.url` is where it ended.

    Raises :class:`RenderTimeout` when all this takes more than ``timeout_s``
    (e.g. a script that never yields). Closes nothing: the caller owns the
    page and its context (:func:`close_render`).
    """
    try:
        return await asyncio.wait_for(
            _inspect(page, settle_ms=settle_ms, fold_px=fold_px, timeout_s=timeout_s,
                     max_scroll_steps=max_scroll_steps, max_links=max_links),
            timeout_s)
    except TimeoutError as exc:
        if isinstance(exc, RenderTimeout):
            raise
        raise RenderTimeout(page.url, timeout_s) from exc


async def _inspect(page, *, settle_ms: int, fold_px: int, timeout_s: float,
                   max_scroll_steps: int, max_links: int) -> RenderedPage:
    from playwright.async_api import Error as PlaywrightError
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    loaded = True
    try:
        await page.wait_for_load_state("load", timeout=timeout_s * 500)
    except PlaywrightTimeout:
        loaded = False
    await asyncio.sleep(settle_ms / 1000)
    for attempt in (1, 2):
        try:
            steps = await _scroll_through(page, settle_ms=settle_ms, max_steps=max_scroll_steps)
            await page.evaluate(_TOP_JS)
            measured = await page.evaluate(_MEASURE_JS, [fold_px, LINK_INDEX_ATTR, max_links])
            break
        except PlaywrightError as exc:
            # The page navigated by script (a JS redirect): read the new document once.
            if attempt == 2 or not _navigated(exc):
                raise
            with suppress(PlaywrightTimeout):
                await page.wait_for_load_state("load", timeout=timeout_s * 250)
    links = tuple(
        RenderedLink(index=i, href=item["href"], top=float(item["top"]), left=float(item["left"]),
                     width=float(item["width"]), height=float(item["height"]),
                     displayed=bool(item["displayed"]), above_fold=bool(item["above_fold"]),
                     text=item["text"])
        for i, item in enumerate(measured["links"]))
    return RenderedPage(url=measured["url"], html=measured["html"], links=links, loaded=loaded,
                        height=int(measured["height"]), scroll_steps=steps)


async def _scroll_through(page, *, settle_ms: int, max_steps: int) -> int:
    """Scroll down a viewport at a time; wait for what that fetched. Returns the steps made."""
    steps = 0
    with _NetworkWatch(page) as network:
        while steps < max_steps:
            if not await page.evaluate(_SCROLL_JS):
                break
            steps += 1
            await asyncio.sleep(0.1)  # a frame or more: IntersectionObserver callbacks run
        if steps:
            await network.quiet(idle_s=0.3, max_s=max(settle_ms / 1000, 0.3))
    return steps


def _navigated(exc: Exception) -> bool:
    message = str(exc)
    return "Execution context was destroyed" in message or "navigat" in message.lower()
