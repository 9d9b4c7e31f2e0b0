"""Rendering without a browser: settings (crawler/render.py) and the "could
script add a link?" test (crawler/analysis/scriptlinks.py), issue 6."""
from __future__ import annotations

import doctest
import fnmatch
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scrapy.settings import Settings

from crawler import render
from crawler.analysis import scriptlinks
from crawler.analysis.document import PageDoc
from crawler.analysis.scriptlinks import could_add_links_by_script, script_link_evidence
from crawler.dns import lookup_mapped
from crawler.render import (
    RenderConfig, RenderSettingsError, RenderTimeout, browser_available, choose_browser_path,
    host_resolver_rules, launch_options, playwright_settings, render_failure_reason, render_meta,
    should_abort_request,
)

SITES = Path(__file__).resolve().parent / "web" / "sites"


def test_doctests():
    for module in (render, scriptlinks):
        assert doctest.testmod(module).failed == 0


# --------------------------------------------------------------------------- RenderConfig

def config(**values) -> RenderConfig:
    return RenderConfig.from_settings(Settings(values))


def test_defaults():
    c = config()
    assert (c.mode, c.timeout, c.concurrency, c.settle_ms) == ("auto", 20.0, 2, 1500)
    assert c.hosts == () and c.hosts_only is False and c.enabled


def test_project_settings_give_the_documented_defaults():
    from crawler import settings as project

    c = RenderConfig.from_settings(Settings({k: getattr(project, k) for k in dir(project)
                                             if k.isupper()}))
    assert (c.mode, c.timeout, c.concurrency, c.settle_ms) == ("auto", 20.0, 2, 1500)
    assert c.user_agent == project.USER_AGENT


@pytest.mark.parametrize("value, mode", [("auto", "auto"), ("always", "always"),
                                         ("never", "never"), (" Always ", "always"), ("", "auto")])
def test_render_modes(value, mode):
    c = config(BACKLINKS_RENDER=value)
    assert c.mode == mode and c.enabled == (mode != "never")


@pytest.mark.parametrize("name, value, words", [
    ("BACKLINKS_RENDER", "yes", "auto, always, never"),
    ("BACKLINKS_RENDER", "true", "auto, always, never"),
    ("BACKLINKS_RENDER", "0", "auto, always, never"),
    ("BACKLINKS_RENDER_TIMEOUT", "abc", "number of seconds"),
    ("BACKLINKS_RENDER_TIMEOUT", "0", "at least"),
    ("BACKLINKS_RENDER_TIMEOUT", "-5", "at least"),
    ("BACKLINKS_RENDER_TIMEOUT", "nan", "number of seconds"),
    ("BACKLINKS_RENDER_CONCURRENCY", "0", "at least 1"),
    ("BACKLINKS_RENDER_CONCURRENCY", "1.5", "whole number"),
    ("BACKLINKS_RENDER_CONCURRENCY", "two", "whole number"),
    ("BACKLINKS_RENDER_SETTLE_MS", "-1", "at least 0"),
    ("BACKLINKS_RENDER_SETTLE_MS", True, "whole number"),
])
def test_bad_values_are_rejected_loudly(name, value, words):
    with pytest.raises(RenderSettingsError) as error:
        config(**{name: value})
    assert name in str(error.value) and words in str(error.value)
    assert isinstance(error.value, ValueError)


def test_numbers_from_the_command_line():
    c = config(BACKLINKS_RENDER_TIMEOUT="7.5", BACKLINKS_RENDER_CONCURRENCY="4",
               BACKLINKS_RENDER_SETTLE_MS="0")
    assert (c.timeout, c.concurrency, c.settle_ms) == (7.5, 4, 0)


def test_hosts_from_json_string_and_user_agent():
    c = config(BACKLINKS_HOSTS='{"*.blog.test": "127.0.0.5", "gone.test": ""}',
               BACKLINKS_HOSTS_ONLY="1", USER_AGENT="Bot/1.0")
    assert dict(c.hosts) == {"*.blog.test": "127.0.0.5", "gone.test": ""}
    assert c.hosts_only and c.user_agent == "Bot/1.0"


def test_browser_path(tmp_path):
    fake = tmp_path / "chromium"
    assert choose_browser_path("", debian=str(fake)) is None
    fake.write_text("#!/bin/sh\n")
    assert choose_browser_path("", debian=str(fake)) == str(fake)
    assert choose_browser_path("playwright", debian=str(fake)) is None
    assert choose_browser_path(" /opt/c/chrome ") == "/opt/c/chrome"
    assert config(BACKLINKS_BROWSER_PATH="/opt/c/chrome").browser_path == "/opt/c/chrome"


def test_browser_available_names_the_fix(tmp_path):
    missing = RenderConfig(browser_path=str(tmp_path / "nothing"))
    ok, message = browser_available(missing)
    assert not ok and "apt-get install chromium" in message and "playwright install chromium" in message
    not_executable = tmp_path / "chrome"
    not_executable.write_text("")
    assert browser_available(RenderConfig(browser_path=str(not_executable)))[0] is False
    not_executable.chmod(0o755)
    ok, message = browser_available(RenderConfig(browser_path=str(not_executable)))
    assert ok and str(not_executable) in message


def test_playwright_own_chromium_is_looked_up_where_playwright_keeps_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path))
    ok, message = browser_available(RenderConfig(browser_path=None))
    assert not ok and str(tmp_path) in message and "playwright install chromium" in message
    import playwright

    browsers = json.loads((Path(playwright.__file__).parent / "driver" / "package" /
                           "browsers.json").read_text())["browsers"]
    revision = next(b["revision"] for b in browsers if b["name"] == "chromium-headless-shell")
    installed = tmp_path / f"chromium_headless_shell-{revision}"
    installed.mkdir()
    (installed / "INSTALLATION_COMPLETE").write_text("")
    assert browser_available(RenderConfig(browser_path=None))[0] is True


# --------------------------------------------------------------------------- scrapy-playwright settings

def test_playwright_settings(monkeypatch):
    monkeypatch.setattr(render.os, "geteuid", lambda: 1000)
    c = config(BACKLINKS_HOSTS={"*": "127.0.0.3"}, BACKLINKS_RENDER_TIMEOUT=12,
               BACKLINKS_RENDER_CONCURRENCY=3, BACKLINKS_BROWSER_PATH="/opt/c/chrome")
    s = playwright_settings(c)
    assert s["PLAYWRIGHT_BROWSER_TYPE"] == "chromium"
    assert s["DOWNLOAD_HANDLERS"]["https"] == "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    launch = s["PLAYWRIGHT_LAUNCH_OPTIONS"]
    assert launch["executable_path"] == "/opt/c/chrome" and launch["headless"] is True
    assert launch["chromium_sandbox"] is True and "--no-sandbox" not in launch["args"]
    for flag in ("--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * 127.0.0.3"):
        assert flag in launch["args"]
    assert s["PLAYWRIGHT_CONTEXTS"] == {}   # no context, no browser, until a page is rendered
    assert (s["PLAYWRIGHT_MAX_CONTEXTS"], s["PLAYWRIGHT_MAX_PAGES_PER_CONTEXT"]) == (3, 1)
    assert s["PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT"] == 12_000
    # Every name is one scrapy-playwright reads.
    from scrapy.utils.misc import load_object

    assert load_object(s["PLAYWRIGHT_ABORT_REQUEST"]) is should_abort_request
    handler_source = Path(load_object(s["DOWNLOAD_HANDLERS"]["http"]).__module__
                          .replace(".", "/") + ".py")
    import scrapy_playwright

    source = (Path(scrapy_playwright.__file__).parent.parent / handler_source).read_text()
    for name in s:
        if name.startswith("PLAYWRIGHT_"):
            assert f'"{name}"' in source, name


def test_no_sandbox_only_as_root(monkeypatch):
    monkeypatch.setattr(render.os, "geteuid", lambda: 0)
    launch = launch_options(RenderConfig())
    assert launch["chromium_sandbox"] is False and "--no-sandbox" in launch["args"]
    assert "executable_path" not in launch
    assert not any(a.startswith("--host-resolver-rules") for a in launch["args"])


def test_render_meta():
    c = config(USER_AGENT="Bot/2.0", BACKLINKS_RENDER_TIMEOUT=9)
    meta = render_meta(c, context_name="render-17")
    assert meta["playwright"] is True and meta["playwright_include_page"] is True
    assert meta["playwright_context"] == "render-17"
    kwargs = meta["playwright_context_kwargs"]
    assert kwargs["ignore_https_errors"] is True and kwargs["user_agent"] == "Bot/2.0"
    assert kwargs["viewport"] == {"width": 1366, "height": 768}
    assert meta["playwright_page_goto_kwargs"] == {"wait_until": "domcontentloaded", "timeout": 9000}
    from scrapy.utils.misc import load_object

    assert load_object(meta["playwright_page_init_callback"]) is render.guard_page
    assert meta[render.LIFETIME_META_KEY] == c.lifetime > 2 * 9
    json.dumps(meta)  # survives a JOBDIR disk queue


@pytest.mark.parametrize("kind, blocked", [("image", True), ("media", True), ("font", True),
                                           ("document", False), ("script", False),
                                           ("xhr", False), ("fetch", False), ("stylesheet", False)])
def test_abort_request(kind, blocked):
    assert should_abort_request(SimpleNamespace(resource_type=kind)) is blocked


# --------------------------------------------------------------------------- host resolver rules

def test_resolver_rules_order():
    rules = host_resolver_rules({"*": "127.0.0.9", "*.blog.test": "127.0.0.2",
                                 "*.a.blog.test": "127.0.0.3", "www.blog.test": "",
                                 "www.*.test": "127.0.0.4"})
    assert rules == ("MAP www.blog.test ~NOTFOUND, MAP a.blog.test 127.0.0.3, "
                     "MAP *.a.blog.test 127.0.0.3, MAP blog.test 127.0.0.2, "
                     "MAP *.blog.test 127.0.0.2, MAP * 127.0.0.9")


def _chromium_lookup(rules: str | None, name: str) -> str | None:
    """What Chromium answers for ``name`` under ``rules``: the first MAP rule
    whose pattern matches; "" for ~NOTFOUND; None when no rule matches."""
    for rule in rules.split(", ") if rules else []:
        _, pattern, target = rule.split(" ")
        if fnmatch.fnmatchcase(name, pattern):
            return "" if target == "~NOTFOUND" else target.strip("[]")
    return None


LABEL = st.sampled_from(["www", "blog", "a", "shop", "news"])
DOMAIN = st.lists(LABEL, min_size=1, max_size=3).map(lambda labels: ".".join(labels) + ".test")
PATTERN = st.one_of(DOMAIN, DOMAIN.map(lambda d: "*." + d), st.just("*"))
ADDRESS = st.sampled_from(["127.0.0.1", "127.0.0.2", "10.1.2.3", "", "::1"])


@given(st.dictionaries(PATTERN, ADDRESS, max_size=6), st.lists(DOMAIN, min_size=1, max_size=5),
       st.booleans())
def test_chromium_resolves_like_scrapy(hosts, names, only):
    """The browser's answers equal crawler.dns.lookup_mapped's, name by name."""
    rules = host_resolver_rules(hosts, only=only)
    for name in names:
        expected = lookup_mapped(hosts, name)
        if expected is None and only:
            expected = ""
        assert _chromium_lookup(rules, name) == expected, (hosts, name, rules)


# --------------------------------------------------------------------------- failure reasons

def test_failure_reasons():
    from playwright.async_api import Error, TimeoutError as PlaywrightTimeout

    assert render_failure_reason(RenderTimeout("https://a.test/", 20)) == "timeout"
    assert render_failure_reason(PlaywrightTimeout("Timeout 20000ms exceeded.")) == "timeout"
    assert render_failure_reason(Error("net::ERR_NAME_NOT_RESOLVED at https://a.test/")) == "dns_error"
    assert render_failure_reason(Error("net::ERR_CERT_AUTHORITY_INVALID at https://a.test/")) == "tls_error"
    assert render_failure_reason(Error("net::ERR_CONNECTION_REFUSED at https://a.test/")) == "connection_error"
    assert render_failure_reason(Error("net::ERR_TIMED_OUT at https://a.test/")) == "timeout"
    assert render_failure_reason(Error("Target page, context or browser has been closed")) == "connection_error"
    assert isinstance(RenderTimeout("u", 1), TimeoutError)


def test_link_for_reads_the_index_attribute():
    page = render.RenderedPage(
        url="https://a.test/", html="", loaded=True, height=900, scroll_steps=0,
        links=(render.RenderedLink(0, "https://t.test/", 10, 0, 50, 20, True, True, "t"),))
    doc = PageDoc.from_html('<a href="https://t.test/" data-backlinks-link="0">t</a>'
                            '<noscript><a href="https://t.test/">t</a></noscript>'
                            '<a href="/x" data-backlinks-link="7">x</a>', "https://a.test/")
    assert [page.link_for(a.element) for a in doc.anchors] == [page.links[0], None, None]


# --------------------------------------------------------------------------- could script add a link?

def page(body: str, head: str = "", url: str = "https://www.example-blog.test/post/") -> PageDoc:
    return PageDoc.from_html(f"<!doctype html><html><head>{head}</head><body>{body}</body></html>", url)


ARTICLE = "<article><h1>Sourdough basics</h1>" + "<p>Flour, water, salt and time. " * 30 + "</p></article>"
GTAG = ('<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>'
        "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}"
        "gtag('js', new Date());gtag('config', 'G-ABC123');</script>")
GA_LEGACY = ("<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){"
             "(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),"
             "m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)"
             "})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');"
             "ga('create', 'UA-1-1', 'auto');ga('send', 'pageview');</script>")
FB_PIXEL = ("<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){};t=b.createElement(e);"
            "t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}"
            "(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');"
            "fbq('init', '123');fbq('track', 'PageView');</script>")
JSON_LD = '<script type="application/ld+json">{"@type": "Article", "headline": "x"}</script>'
GTM = ("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
       "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
       "j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);"
       "})(window,document,'script','dataLayer','GTM-K9X2ZQ');</script>")
DISQUS = ('<div id="disqus_thread"></div><script>var disqus_config = function () {};'
          "(function() {var d = document, s = d.createElement('script');"
          "s.src = 'https://dogblog.disqus.com/embed.js';s.setAttribute('data-timestamp', +new Date());"
          "(d.head || d.body).appendChild(s);})();</script>")


@pytest.mark.parametrize("name, doc, evidence", [
    ("static page, no script", page(ARTICLE), ()),
    ("static page, analytics and structured data only",
     page(ARTICLE + GTAG + GA_LEGACY + FB_PIXEL, head=JSON_LD), ()),
    ("static page, consent banner and reCAPTCHA",
     page(ARTICLE + '<script src="https://consent.cookiebot.com/uc.js" data-cbid="x"></script>'
          '<script src="https://www.google.com/recaptcha/api.js"></script>'), ()),
    ("static page, inline script that only sets the year",
     page(ARTICLE + "<footer>&copy; <span id=y></span></footer>"
          "<script>document.getElementById('y').textContent = new Date().getFullYear();</script>"), ()),
    ("script of an unknown type is not run",
     page(ARTICLE + '<script type="text/template"><a href="x">x</a></script>'), ()),
    ("React app shell", page('<div id="root"></div>',
                             head='<script defer src="/static/js/main.3f9a1c.js"></script>'),
     ("spa_shell", "script_bundle")),
    ("Nuxt shell", page('<div id="__nuxt"><div class="loading">Loading…</div></div>'
                        '<script type="module" src="/_nuxt/entry.4d1c2a.js"></script>'),
     ("spa_shell", "script_bundle")),
    ("server-rendered Next.js page (content present, bundles still run)",
     page('<div id="__next">' + ARTICLE + "</div>"
          '<script id="__NEXT_DATA__" type="application/json">{"props":{}}</script>'
          '<script src="/_next/static/chunks/main-1a2b3c.js" defer></script>'),
     ("script_bundle",)),
    ("WordPress post with jQuery and related posts",
     page(ARTICLE + '<div id="jp-relatedposts" class="jp-relatedposts"></div>'
          '<script src="https://www.example-blog.test/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>'),
     ("script_bundle",)),
    ("inline widget that writes a link",
     page(ARTICLE + '<aside id="buy"></aside><script>document.getElementById("buy").innerHTML = '
          "'<a href=\"https://shop.test/\">buy</a>';</script>"),
     ("dom_script",)),
    ("inline fetch of related content",
     page(ARTICLE + "<script>fetch('/api/related').then(r => r.json()).then(show);</script>"),
     ("dom_script",)),
    ("lazy comments loaded by IntersectionObserver",
     page(ARTICLE + '<section id="comments" data-src="/comments/42"></section>'
          "<script>new IntersectionObserver(load).observe(document.getElementById('comments'));</script>"),
     ("dom_script", "lazy_section")),
    ("Disqus", page(ARTICLE + DISQUS + GTAG), ("comment_widget",)),
    ("Facebook comments",
     page(ARTICLE + '<div class="fb-comments" data-href="https://www.example-blog.test/post/"></div>'
          '<script async src="https://connect.facebook.net/en_US/sdk.js#xfbml=1"></script>'),
     ("script_bundle", "comment_widget")),
    ("Google Tag Manager", page(ARTICLE + GTM), ("tag_manager",)),
    ("Rocket Loader rewrites script types",
     page(ARTICLE + '<script type="a1b2c3d4e5-text/javascript" src="/js/theme.js"></script>'),
     ("script_bundle",)),
    ("nearly empty body, only analytics", page("<p>Thanks!</p>" + GTAG), ()),
    ("lazy iframe only (its links are not the page's)",
     page(ARTICLE + '<iframe data-src="https://video.test/embed/1"></iframe>' + GTAG), ()),
])
def test_script_link_evidence(name, doc, evidence):
    assert script_link_evidence(doc) == evidence, name
    assert could_add_links_by_script(doc) is bool(evidence)


def test_fixture_pages():
    """The rendering fixtures: every page that gains its link by script says so."""
    def fixture(path: str) -> PageDoc:
        host = path.split("/")[0]
        return PageDoc.from_html((SITES / path).read_text(encoding="utf-8"), f"https://{host}/")

    assert could_add_links_by_script(fixture("app.gardenplanner-spa.com/index.html"))
    assert could_add_links_by_script(fixture("www.slowscript-recipes.com/index.html"))
    assert script_link_evidence(fixture("www.lazycomments-travel.com/index.html")) == \
        ("dom_script", "lazy_section")
    assert not could_add_links_by_script(fixture("www.abovefold-petnews.com/index.html"))


def test_scan_is_bounded():
    late = "<script>document.body.insertAdjacentHTML('beforeend', '<a href=/x>x</a>');</script>"
    quiet = "<script>var settings = {" + "'k': 1, " * 5_000 + "};</script>"       # 40 kB, read whole
    assert script_link_evidence(page(ARTICLE + quiet)) == ()
    assert script_link_evidence(page(ARTICLE + quiet + late)) == ("dom_script",)
    # A script too long to read to its end cannot be ruled out.
    inlined = "<script>var bundle = '" + "a" * (scriptlinks.SCAN_CHARS_PER_SCRIPT + 10) + "';</script>"
    assert script_link_evidence(page(ARTICLE + inlined)) == ("dom_script",)
    # Past the page's budget nothing more is read, and what is left counts.
    many = quiet * (scriptlinks.SCAN_CHARS // 40_000 + 2)
    assert script_link_evidence(page(ARTICLE + many)) == ("dom_script",)
