"""Could the page's scripts add a link its raw HTML does not have?

In ``BACKLINKS_RENDER=auto`` a page whose raw HTML has no link to the target is
rendered in a browser before the link is called lost, when this module says
script could have added one. The two mistakes do not cost the same: a needless
render costs a second or two of browser time on a page that is probably lost
anyway; a missed one reports a live link as lost, the false alarm users of
backlink monitors complain about most. So the test is generous:

* no executable script at all (none, or only JSON-LD / JSON data): **no**;
* only analytics, advertising, consent or captcha scripts and snippets
  (Google Analytics' gtag.js, Matomo, Plausible, the Facebook pixel, AdSense,
  Cookiebot, reCAPTCHA, WordPress' emoji loader...): **no**; they do not put
  links in the page;
* inline scripts that show none of the signs below (setting a variable, the
  year in the footer): **no**;
* otherwise **yes** when any of these is seen (codes of :func:`script_link_evidence`;
  the page-level ones count only when some script other than a tracker runs):

  - ``spa_shell``: an app root (``#root``, ``#app``, ``#__next``, ``#__nuxt``,
    ``ng-app``...) or a body with next to no text: the content is built by script;
  - ``script_bundle``: an external script that is not a known tracker: a
    framework bundle, jQuery plugins, a related-posts or comments widget;
  - ``dom_script``: an inline script (not an analytics snippet) that inserts
    markup or fetches content (``innerHTML``, ``insertAdjacentHTML``,
    ``appendChild``, ``fetch(``, ``XMLHttpRequest``, ``IntersectionObserver``...);
  - ``lazy_section``: a section loaded later (``data-src`` on something that is
    not an image, ``hx-get``, ``<include-fragment>``, lazy ``<turbo-frame>``);
  - ``comment_widget``: Disqus, Facebook comments, giscus, utterances,
    Commento. Their comments usually live in an iframe, whose links are not
    the page's own, but some render into the page;
  - ``tag_manager``: Google Tag Manager, Tealium, Adobe Launch: they inject
    whatever markup their owner configures.

The scan is bounded (:data:`SCAN_CHARS` characters of inline script per page,
:data:`SCAN_CHARS_PER_SCRIPT` per script, :data:`MAX_SCRIPTS` scripts); an
inline script not read to its end counts as ``dom_script`` (an inlined bundle
cannot be ruled out). Pure: a :class:`PageDoc` in, codes out.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin

from crawler.analysis.document import PageDoc, squash

#: Inline script characters read per page, and per script.
SCAN_CHARS = 256_000
SCAN_CHARS_PER_SCRIPT = 64_000
#: Scripts looked at per page.
MAX_SCRIPTS = 300

#: ``type`` values a browser runs (besides none at all and Rocket Loader's ``<hash>-text/javascript``).
_JS_TYPES = frozenset({
    "text/javascript", "application/javascript", "application/x-javascript", "text/ecmascript",
    "application/ecmascript", "text/jscript", "module", "text/babel", "text/jsx",
})

#: Ids of the element single-page apps mount into.
_APP_ROOT_IDS = frozenset({
    "root", "app", "__next", "__nuxt", "___gatsby", "svelte", "q-app", "react-root", "main-app",
    "app-root", "ember-app",
})
_APP_ROOT_ATTRS = ("ng-app", "data-reactroot", "ng-version", "data-v-app")
_APP_ROOT_TAGS = frozenset({"app-root"})
#: Below this many characters of text, a root or a body is "nearly empty".
_EMPTY_TEXT = 200

#: External scripts that only measure, advertise, ask for consent or check for bots.
_TRACKER_URLS = (
    "google-analytics.com/", "googletagmanager.com/gtag/", "stats.g.doubleclick.net",
    "googlesyndication.com/", "googletagservices.com/", "doubleclick.net/", "adservice.google.",
    "static.cloudflareinsights.com/", "/cdn-cgi/scripts/", "/cdn-cgi/challenge-platform/",
    "plausible.io/js", "cdn.usefathom.com", "/matomo.js", "/piwik.js", "cdn.matomo.cloud",
    "/fbevents.js", "static.hotjar.com", "clarity.ms/", "mc.yandex.ru/", "snap.licdn.com",
    "analytics.tiktok.com", "bat.bing.com", "js.hs-analytics.net", "cdn.segment.com/analytics",
    "static.ads-twitter.com", "s.pinimg.com/ct/", "sc-static.net/scevent", "stats.wp.com/",
    "pixel.wp.com", "cdn.cookielaw.org", "consent.cookiebot.com", "cdn.privacy-mgmt.com",
    "quantcast.", "cookie-script.com", "cdn.iubenda.com", "google.com/recaptcha",
    "gstatic.com/recaptcha", "challenges.cloudflare.com", "hcaptcha.com", "newrelic.com",
    "nr-data.net", "browser.sentry-cdn.com", "js.sentry-cdn.com", "cdn.amplitude.com",
    "cdn.mxpnl.com", "static.chartbeat.com", "sb.scorecardresearch.com", "quantserve.com",
)
#: Tag managers: external URL fragments and snippet markers.
_TAG_MANAGERS = (
    "googletagmanager.com/gtm.js", "/gtm.js?id=", "tags.tiqcdn.com/utag", "assets.adobedtm.com",
    "cdn.matomo.cloud/container_", "/js/container_",
)
_GTM_SNIPPET = re.compile(r"gtm\.js|GTM-[A-Z0-9]{4,}|utag\.js|adobedtm\.com")
#: Inline snippets that only measure, or load emoji and form helpers (looked for in small scripts only).
_QUIET_SNIPPET = re.compile(
    r"\bgtag\(|\bga\(\s*['\"](?:create|send)|_gaq\.push|google-analytics\.com|\bfbq\("
    r"|_paq\.push|\bym\(\s*\d|\bhj\(|hotjar|clarity\.ms|plausible|_linkedin_partner_id"
    r"|\bttq\.|\bpintrk\(|\btwq\(|\bsnaptr\(|\buetq\b|adsbygoogle|_qevents|COMSCORE"
    r"|_wpemojiSettings|wpcf7|\bdataLayer\.push\(\s*\{", re.I)
_QUIET_SNIPPET_MAX = 6000
#: Inline code that inserts markup or fetches content.
_DOM_CODE = re.compile(
    r"\.innerHTML\s*\+?=|\.outerHTML\s*=|insertAdjacentHTML|\.appendChild\(|\.append\(|\.prepend\("
    r"|\.insertBefore\(|\.replaceChildren\(|\.replaceWith\(|document\.write(?:ln)?\("
    r"|createElement\(\s*['\"]a['\"]|\bfetch\(|XMLHttpRequest|\$\.(?:ajax|get|getJSON|post)\("
    r"|\.load\(\s*['\"]|IntersectionObserver|MutationObserver|attachShadow\(|customElements\.define"
    r"|ReactDOM|createRoot\(|hydrateRoot\(|new\s+Vue\(|createApp\(|angular\.module|Alpine\.start"
    r"|htmx\.")
#: Attributes of sections filled later (on elements that are not images or media).
_LAZY_ATTRS = ("data-src", "data-lazy-src", "data-url", "data-ajax-url", "data-load-url",
               "data-include", "data-fragment-url", "hx-get", "hx-post", "x-intersect")
_MEDIA_TAGS = frozenset({"img", "source", "video", "audio", "picture", "track", "script", "link",
                         "iframe", "embed", "object"})
_LAZY_TAGS = frozenset({"include-fragment"})
#: Comment widgets: element ids and classes.
_COMMENT_IDS = frozenset({"disqus_thread", "fb-comments", "commento", "remark42", "hyvor-talk-view",
                          "graphcomment", "isso-thread", "cusdis_thread", "giscus"})
_COMMENT_CLASSES = frozenset({"fb-comments", "giscus", "utterances", "disqus-comment-count"})
_COMMENT_SCRIPTS = ("disqus.com/embed.js", "giscus.app/client.js", "utteranc.es/client.js",
                    "cdn.commento.io", "talk.hyvor.com", "graphcomment.com/js/")

EVIDENCE_CODES = ("spa_shell", "script_bundle", "dom_script", "lazy_section", "comment_widget",
                  "tag_manager")


def could_add_links_by_script(doc: PageDoc) -> bool:
    """The raw HTML could plausibly gain a link once its scripts run.

    >>> page = PageDoc.from_html('<div id="root"></div><script src="/app.js"></script>', "https://a.test/")
    >>> could_add_links_by_script(page)
    True
    >>> static = PageDoc.from_html('<p>Hi</p><script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>', "https://a.test/")
    >>> could_add_links_by_script(static)
    False
    """
    return bool(script_link_evidence(doc))


def script_link_evidence(doc: PageDoc) -> tuple[str, ...]:
    """Why script could add a link (codes in :data:`EVIDENCE_CODES` order);
    empty when the page has no script that could.

    Page-level signs (``spa_shell``, ``lazy_section``, ``comment_widget`` from
    markup) count only when some script other than a tracker runs: nothing
    else could fill them.
    """
    found: set[str] = set()
    runs = False  # a script that is not a tracker runs, even one showing no sign
    budget = SCAN_CHARS
    for src, code in _executable_scripts(doc):
        if src is not None:
            url = src.lower()
            if any(marker in url for marker in _TRACKER_URLS):
                continue
            if any(marker in url for marker in _TAG_MANAGERS):
                found.add("tag_manager")
            elif any(marker in url for marker in _COMMENT_SCRIPTS):
                found.add("comment_widget")
            else:
                found.add("script_bundle")
            continue
        text = code[:max(0, min(budget, SCAN_CHARS_PER_SCRIPT))]
        budget -= len(text)
        if _GTM_SNIPPET.search(text):
            found.add("tag_manager")
        elif any(marker in text for marker in _COMMENT_SCRIPTS):
            found.add("comment_widget")
        elif len(code) <= _QUIET_SNIPPET_MAX and _QUIET_SNIPPET.search(text):
            continue
        elif _DOM_CODE.search(text) or len(text) < len(code):
            found.add("dom_script")  # inserts markup, or too long to rule out
        else:
            runs = True
    if not found and not runs:
        return ()
    if _is_spa_shell(doc):
        found.add("spa_shell")
    found.update(_widgets(doc))
    return tuple(code for code in EVIDENCE_CODES if code in found)


def _executable_scripts(doc: PageDoc) -> list[tuple[str | None, str]]:
    """(absolute src or None, inline code) of the scripts a browser would run."""
    scripts = []
    for element in doc.root.iter("script"):
        if len(scripts) >= MAX_SCRIPTS:
            break
        kind = (element.get("type") or "").split(";")[0].strip().lower()
        if kind and kind not in _JS_TYPES and not kind.endswith("-text/javascript"):
            continue
        src = (element.get("src") or "").strip()
        if src:
            try:
                scripts.append((urljoin(doc.base_url, src), ""))
            except ValueError:
                scripts.append((src, ""))
            continue
        code = element.text or ""
        if code.strip():
            scripts.append((None, code))
    return scripts


def _is_spa_shell(doc: PageDoc) -> bool:
    for element in doc.body.iter():
        if not isinstance(element.tag, str):
            continue
        is_root = (element.get("id") or "").strip().lower() in _APP_ROOT_IDS \
            or element.tag in _APP_ROOT_TAGS \
            or any(element.get(attr) is not None for attr in _APP_ROOT_ATTRS)
        if is_root and len(_text_of(element)) < _EMPTY_TEXT:
            return True
    return len(doc.visible_text) < _EMPTY_TEXT


def _text_of(element) -> str:
    from crawler.analysis.document import iter_visible_text

    return squash(" ".join(iter_visible_text(element)))


def _widgets(doc: PageDoc) -> set[str]:
    found: set[str] = set()
    for element in doc.body.iter():
        if not isinstance(element.tag, str) or element.tag in _MEDIA_TAGS:
            continue
        if element.tag in _LAZY_TAGS or any(element.get(attr) for attr in _LAZY_ATTRS) or (
                element.tag == "turbo-frame" and element.get("src")):
            found.add("lazy_section")
        if (element.get("id") or "").strip().lower() in _COMMENT_IDS or \
                _COMMENT_CLASSES & set((element.get("class") or "").lower().split()):
            found.add("comment_widget")
        if len(found) == 2:
            break
    return found
