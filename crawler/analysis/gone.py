"""Pages that answer 2xx but are gone: soft 404s and parked domains.

A linking page that lost its link may not have lost *only* the link: the
page may be an error page served with ``200 OK`` (a *soft 404*), a deep URL
redirected to the home page, or the whole domain may have expired and now
shows a registrar's parking or for-sale page. Then the reason a user should
read is ``page_gone``, with the signal :data:`SOFT_404` or
:data:`PARKED_DOMAIN`, not ``link_removed``.

:func:`gone_signal` is meant for pages that lack the link (the spider calls
it only then); it is deliberately conservative, because calling a real
article "gone" would hide a real link removal:

* **parked domain**: a parking provider's fingerprint in the markup (Sedo,
  Bodis, ParkingCrew, GoDaddy's parking lander and its ``/lander``
  redirect, Namecheap, Above.com, Google's AdSense-for-domains script, the
  ``data-adblockkey`` attribute parking networks put on ``<html>``), in
  what the page *loads*, never in the links it shows; or a redirect to a
  domain marketplace (Dan.com, Afternic, Sedo, HugeDomains, GoDaddy's
  for-sale pages...); or, on a small page (under :data:`SMALL_PAGE_WORDS`
  words), a for-sale sentence in the title or text ("This domain may be for
  sale", "<its own domain> is for sale", "Diese Domain steht zum Verkauf"...).
* **soft 404**: the theme marks the page as an error page (WordPress's
  ``error404`` body class, Shopify's ``template-404``, ...); or the title
  (one of its ``|``/``-``-separated parts) *is* a not-found message and so
  is the main heading, or one of them is and the page's main text is short
  ("How to fix 404 Not Found errors" is an article, "Page not found" is
  not); or a deep URL was redirected to the home page; or a tiny page
  (under :data:`TINY_PAGE_WORDS` words, no script, frame or images).

Not-found and for-sale messages are recognised in English, German, French,
Spanish, Italian, Portuguese, Dutch, Polish, Russian, Swedish, Danish,
Norwegian, Finnish, Czech, Turkish, Japanese, Chinese and Korean.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from .document import PageDoc, iter_visible_text, squash
from .page import page_title

SOFT_404 = "soft_404"
PARKED_DOMAIN = "parked_domain"

#: A page with fewer visible words than this, and no script, frame or
#: picture that could fill it, is empty.
TINY_PAGE_WORDS = 20
#: Main-text words under which one not-found title *or* heading suffices.
SHORT_PAGE_WORDS = 500
#: Main-text words under which a not-found title *and* heading suffice
#: (a long page titled "Page Not Found" can be an article about the novel).
ERROR_PAGE_MAX_WORDS = 1500
#: Visible words under which a for-sale sentence in the title or text suffices.
SMALL_PAGE_WORDS = 300

# ------------------------------------------------------------ vocabularies
#: ``<body>``/``<html>`` class or id tokens CMS themes put on error pages
#: (WordPress ``error404``, Shopify ``template-404``, Ghost ``error-template``...).
ERROR_PAGE_CLASSES = frozenset({
    "error404", "error-404", "error_404", "page-404", "page404", "template-404",
    "is-404", "not-found", "notfound", "page-not-found", "pagenotfound",
    "error-template", "http-404", "status-404",
})

#: Words that decorate a not-found message without changing it.
_FILLER = re.compile(
    r"^(?:(?:oops|ooops|whoops|woops|uh[ -]?oh|oh no|ouch|hmm+|sorry|we(?:'re| are) sorry|"
    r"error|err|fehler|hoppla|ups|oups|erreur|oh là là|vaya|lo sentimos|ops|errore|erro|"
    r"oeps|fout|błąd|ошибка|упс|hoppsan|fel|fejl|feil|virhe|hups|chyba|hata|"
    r"抱歉|对不起|對不起|エラー|오류|죄송합니다)\b[\s!.,:;-]*|404\b[\s!.,:;-]*)+",
    re.IGNORECASE,
)
_FILLER_END = re.compile(r"(?:[\s!.,:;(-]*\(?(?:error|fehler|erreur|erro|errore|błąd|ошибка)?\s*404\)?)+$",
                         re.IGNORECASE)

#: Whole not-found messages (after the decorations are removed).
NOT_FOUND_MESSAGES: tuple[str, ...] = (
    # English
    r"(?:the |this |that )?(?:page|url|file|resource|post|article|content|document)"
    r"(?: you(?:'re| are| were) looking for| you requested| requested)?"
    r" (?:was |is |has )?(?:not found|could not be found|couldn't be found|cannot be found|can't be found|"
    r"can not be found|does not exist|doesn't exist|no longer exists|is no longer available|"
    r"no longer available|been (?:removed|deleted))",
    r"(?:the )?requested (?:page|url|resource) was not found(?: on this server)?",
    r"not found",
    r"nothing (?:was )?found(?: here)?",
    r"nothing here",
    r"page missing",
    r"(?:this|the) (?:page|post|article|listing|product|item|story|video|offer|job) "
    r"(?:is )?no longer (?:available|exists)",
    r"we (?:can't|cannot|couldn't|could not) find (?:the|that|this|your) page(?: you(?:'re| are| were) looking for)?",
    r"(?:looks like )?(?:this|that|the) page (?:doesn't|does not) exist",
    r"(?:you(?:'ve| have) )?(?:found|hit|reached) a (?:dead end|broken link)",
    r"lost in space",
    # German
    r"(?:die )?(?:angeforderte |gesuchte |aufgerufene )?seite (?:wurde )?(?:nicht gefunden|konnte nicht gefunden werden|"
    r"existiert nicht|ist nicht (?:mehr )?verfügbar)",
    r"diese seite existiert nicht(?: mehr)?",
    r"seite nicht gefunden",
    r"nicht gefunden",
    # French
    r"page (?:introuvable|non trouvée|non trouvee|inexistante|non disponible)",
    r"(?:la |cette )?page (?:que vous (?:recherchez|cherchez) |demandée )?"
    r"(?:est introuvable|n'existe pas|n'existe plus|n'a pas été trouvée|est indisponible)",
    r"(?:document |contenu )?introuvable",
    # Spanish
    r"p[aá]gina no encontrada",
    r"(?:la |esta )?p[aá]gina (?:que (?:buscas|estás buscando|busca) )?"
    r"no (?:existe|se encuentra|se ha encontrado|ha sido encontrada|fue encontrada|est[aá] disponible)",
    r"no encontrad[oa]",
    # Italian
    r"pagina non trovata",
    r"(?:la |questa )?pagina (?:che stai cercando |richiesta )?non (?:esiste|è stata trovata|e stata trovata|è disponibile)",
    r"non trovat[oa]",
    # Portuguese
    r"p[aá]gina n[aã]o encontrada",
    r"(?:a |esta )?p[aá]gina (?:que (?:você|voce) (?:procura|está procurando) )?n[aã]o (?:existe|foi encontrada|está disponível)",
    r"n[aã]o encontrad[oa]",
    # Dutch
    r"pagina niet gevonden",
    r"(?:deze |de )?pagina (?:bestaat niet|is niet gevonden|kon niet worden gevonden)(?: meer)?",
    r"niet gevonden",
    # Polish
    r"nie znaleziono(?: strony)?",
    r"(?:ta |ta strona |strona )?(?:nie (?:została znaleziona|istnieje))",
    r"strona nie (?:została znaleziona|istnieje)",
    # Russian
    r"страница не найдена",
    r"(?:запрашиваемая |эта )?страница не (?:найдена|существует)",
    r"не найдено",
    # Swedish, Danish, Norwegian
    r"sidan (?:kunde inte hittas|hittades inte|finns inte)",
    r"siden (?:blev ikke fundet|findes ikke|kunne ikke findes|ble ikke funnet|finnes ikke|kunne ikke finnes)",
    # Finnish, Czech, Turkish
    r"sivua ei (?:löytynyt|löydy)",
    r"stránka (?:nenalezena|nebyla nalezena|neexistuje)",
    r"(?:aradığınız )?sayfa bulunamadı",
    # Japanese, Chinese, Korean
    r"(?:お探しの|指定された|ご指定の|リクエストされた)?ページ(?:は|が)"
    r"(?:見つかりません(?:でした)?|存在しません|削除されました)",
    r"ページが見つかりません",
    r"(?:您(?:所)?(?:访问|要访问|请求|訪問|要訪問)的)?(?:页面|頁面|网页|網頁)"
    r"(?:未找到|不存在|找不到|已删除|已刪除|已被删除)",
    r"找不到(?:页面|頁面|网页|網頁|該頁面|该页面)",
    r"(?:요청하신 )?페이지를 찾을 수 없습니다",
)
_NOT_FOUND = re.compile(r"(?:" + "|".join(NOT_FOUND_MESSAGES) + r")", re.IGNORECASE)

#: Sentences with which a parked or for-sale page introduces itself.
FOR_SALE_MESSAGES: tuple[str, ...] = (
    r"\b(?:this|the) (?:domain(?: name)?|website|web ?site|site)(?: [\w.-]+\.[a-z]{2,})? (?:is|may be|might be|could be) "
    r"(?:for sale|available for (?:sale|purchase))\b",
    r"\bbuy this domain\b",
    r"\bget this domain\b",
    r"\bmake an offer on this domain\b",
    r"\binquire about this domain\b",
    r"\b(?:this )?(?:domain|web ?page|website|site) is parked\b",
    r"\bparked free,? courtesy of\b",
    r"\bdiese domain (?:steht zum verkauf|kaufen|ist zu verkaufen|könnte zu verkaufen sein|ist geparkt)\b",
    r"\b(?:ce|le) (?:nom de )?domaine (?:[\w.-]+ )?(?:est|pourrait être) à vendre\b",
    r"\bacheter ce (?:nom de )?domaine\b",
    r"\beste dominio (?:est[aá] (?:a la venta|en venta)|se vende)\b",
    r"\bcomprar este dominio\b",
    r"\bquesto dominio è in vendita\b",
    r"\beste dom[ií]nio est[aá] [àa] venda\b",
    r"\b(?:dit domein|deze domeinnaam) is te koop\b",
    r"\bta domena (?:jest|może być) na sprzedaż\b",
    r"\bэтот домен (?:продается|продаётся|выставлен на продажу)",
    r"このドメインは(?:販売中|売り出し中|購入可能)",
    r"(?:此|该|該)域名(?:正在)?(?:出售|转让|轉讓)",
    r"이 도메인은 판매 중",
)
_FOR_SALE = re.compile("|".join(FOR_SALE_MESSAGES), re.IGNORECASE)

#: Parking providers' hosts and paths, matched in the URLs the page loads
#: (scripts, frames, styles, images, form actions, meta refresh), never in
#: its ``<a href>`` links, which an article about domains may well have.
PARKING_RESOURCES = re.compile(
    r"sedoparking\.com|parkingcrew\.net|bodis\.com|bodiscdn\.com|parking-lander|"
    r"img\d*\.wsimg\.com/parking|parkingpage\.namecheap\.com|above\.com/(?:parking|marketplace)|"
    r"trafficz\.com|skenzo\.com|domainsponsor\.com|parklogic\.com|"
    r"google\.com/adsense/domains/caf\.js|afs/ads/caf\.js|"
    r"dan\.com/(?:buy-domain|lander)|afternic\.com/forsale|"
    r"hugedomains\.com/domain_profile|sedo\.com/search/details",
    re.IGNORECASE,
)
#: Parking landers' inline script markers (GoDaddy's lander, its ``/lander``
#: redirect, Bodis and ParkingCrew's ``window.park`` config).
PARKING_SCRIPTS = re.compile(
    r"window\.LANDER_SYSTEM\s*=|\bap\s*:\s*[\"']parking[\"']|"
    r"location(?:\.href)?\s*=\s*[\"']/lander[\"']|window\.park\s*=|\bparkingcrew\b|\bsedoparking\b",
    re.IGNORECASE,
)
#: Domain marketplaces: a redirect that lands there means the domain is for sale.
MARKETPLACE_HOSTS: tuple[str, ...] = (
    "dan.com", "afternic.com", "sedo.com", "hugedomains.com", "buydomains.com",
    "undeveloped.com", "domainmarket.com", "brandbucket.com", "atom.com", "squadhelp.com",
    "efty.com", "sav.com", "namecheap.com", "domainnamesales.com", "epik.com", "uniregistry.com",
)
#: Paths of GoDaddy's own for-sale and parking pages.
_GODADDY_SALE = re.compile(r"^/(?:forsale|domainsearch|domain-auctions|domainfind)", re.IGNORECASE)

#: Home-page paths that a deep URL may be redirected to.
_HOME_SEGMENTS = frozenset({"index.html", "index.htm", "index.php", "default.aspx", "default.asp",
                            "home", "index", "start", "home.html"})
_LANGUAGE_SEGMENT = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2,4})?$", re.IGNORECASE)
_TRACKING_QUERY = re.compile(r"^(?:utm_\w+|gclid|fbclid|mc_cid|mc_eid)=", re.IGNORECASE)

_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·•»:~/]+\s+|\s*[|–—·•»]\s*|\s*::\s*")
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_BOILERPLATE_TAGS = frozenset({"header", "footer", "nav", "aside"})
_BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


# ---------------------------------------------------------------- public
def gone_signal(doc: PageDoc, *, requested_url: str, final_url: str, redirects: list[str],
                http_status: int) -> str | None:
    """:data:`PARKED_DOMAIN`, :data:`SOFT_404` or None for a 2xx page.

    ``requested_url`` is the URL asked for (the source URL), ``final_url``
    the URL after redirects, ``redirects`` the URLs passed through (empty
    without redirects). Non-2xx pages return None: their status already says
    what happened.

    >>> doc = PageDoc.from_html("<title>Page not found – Paws</title><h1>Oops! That page can’t be found.</h1>",
    ...                         "https://www.paws.com/old/")
    >>> gone_signal(doc, requested_url=doc.url, final_url=doc.url, redirects=[], http_status=200)
    'soft_404'
    """
    if not 200 <= (http_status or 0) < 300:
        return None
    if is_parked(doc, requested_url=requested_url, final_url=final_url):
        return PARKED_DOMAIN
    if is_soft_404(doc, requested_url=requested_url, final_url=final_url, redirects=redirects):
        return SOFT_404
    return None


def is_parked(doc: PageDoc, *, requested_url: str, final_url: str) -> bool:
    """The page is a parking or for-sale page, or a redirect to a domain
    marketplace."""
    if _landed_on_marketplace(requested_url, final_url):
        return True
    root = doc.root
    if root.get("data-adblockkey") is not None:
        return True
    if any(PARKING_RESOURCES.search(url) for url in _loaded_urls(doc)):
        return True
    if any(PARKING_SCRIPTS.search(text) for text in _inline_scripts(doc)):
        return True
    if _word_count(doc.visible_text) >= SMALL_PAGE_WORDS:
        return False
    text = " ".join([page_title(doc) or "", doc.visible_text])
    return bool(_FOR_SALE.search(text) or _own_domain_for_sale(final_url).search(text))


def is_soft_404(doc: PageDoc, *, requested_url: str, final_url: str, redirects: list[str]) -> bool:
    """The page says it is an error page, or a deep URL was sent home, or
    the page is empty."""
    if redirects and not _is_home(requested_url) and _is_home(final_url):
        return True
    if _marked_as_error_page(doc):
        return True
    title = page_title(doc)
    title_says = bool(title) and any(is_not_found_message(part) for part in _title_parts(title))
    heading_says = any(is_not_found_message(h) for h in _headings(doc, levels=("h1",), limit=2))
    if not heading_says and not doc.root.xpath("//h1"):
        heading_says = any(is_not_found_message(h) for h in _headings(doc, levels=("h2",), limit=1))
    if title_says or heading_says:
        words = _word_count(_main_text(doc))
        if words < SHORT_PAGE_WORDS or (title_says and heading_says and words < ERROR_PAGE_MAX_WORDS):
            return True
    return _is_tiny(doc)


def is_not_found_message(text: str | None) -> bool:
    """The whole text is a not-found message, decorations aside.

    >>> [is_not_found_message(t) for t in ("Page not found", "Error 404", "404 Not Found",
    ...     "Oops! That page can’t be found.", "Seite nicht gefunden", "ページが見つかりません")]
    [True, True, True, True, True, True]
    >>> [is_not_found_message(t) for t in ("How to fix 404 Not Found errors", "Error",
    ...     "Lost and found: a dog's story", "Republicans Are Following Trump to Nowhere")]
    [False, False, False, False]
    """
    if not text:
        return False
    cleaned = _clean(text)
    if not cleaned:
        return False
    had_404 = "404" in cleaned
    cleaned = _FILLER.sub("", cleaned)
    cleaned = _FILLER_END.sub("", cleaned)
    cleaned = _EDGE_PUNCTUATION.sub("", cleaned).strip()
    if not cleaned:
        return had_404
    return bool(_NOT_FOUND.fullmatch(cleaned))


# --------------------------------------------------------------- helpers
def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", squash(text)).translate(_APOSTROPHES).lower()
    return _EDGE_PUNCTUATION.sub("", text)


def _title_parts(title: str) -> list[str]:
    """``"Page not found – Paws & Claws"`` -> ``["Page not found", "Paws & Claws"]``."""
    return [part for part in _TITLE_SEPARATORS.split(title) if part.strip()] or [title]


def _headings(doc: PageDoc, *, levels: tuple[str, ...], limit: int = 3) -> list[str]:
    found = []
    for level in levels:
        for element in doc.root.iter(level):
            text = squash(" ".join(element.itertext()))
            if text:
                found.append(text)
            if len(found) >= limit:
                return found
    return found


def _marked_as_error_page(doc: PageDoc) -> bool:
    for element in (doc.root, doc.body):
        tokens = set((element.get("class") or "").lower().split())
        tokens.add((element.get("id") or "").lower())
        if tokens & ERROR_PAGE_CLASSES:
            return True
    return False


def _loaded_urls(doc: PageDoc) -> list[str]:
    """URLs the page loads by itself (not the links a reader may click)."""
    urls = []
    for element in doc.root.iter("script", "iframe", "frame", "img", "link", "embed", "object", "form"):
        for attribute in ("src", "href", "data", "action"):
            value = element.get(attribute)
            if value:
                urls.append(value)
    for meta in doc.root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "refresh":
            urls.append(meta.get("content") or "")
    return urls


def _inline_scripts(doc: PageDoc) -> list[str]:
    return [script.text for script in doc.root.iter("script") if script.text and not script.get("src")]


def _main_text(doc: PageDoc) -> str:
    """Visible text outside headers, footers, menus and sidebars."""
    return squash(" ".join(iter_visible_text(doc.body, _is_boilerplate)))


def _is_boilerplate(element) -> bool:
    return element.tag in _BOILERPLATE_TAGS or (element.get("role") or "").lower() in _BOILERPLATE_ROLES


def _word_count(text: str) -> int:
    """Words, counting two CJK characters as one word (no spaces there)."""
    count = 0
    for token in text.split():
        cjk = len(_CJK.findall(token))
        count += max(1, cjk // 2) if cjk else 1
    return count


def _is_tiny(doc: PageDoc) -> bool:
    root = doc.root
    if next(root.iter("script", "iframe", "frame", "frameset", "embed", "object", "video", "canvas"), None) is not None:
        return False
    if sum(1 for _ in root.iter("img")) >= 3:
        return False
    return _word_count(doc.visible_text) < TINY_PAGE_WORDS


def _path_and_query(url: str) -> tuple[list[str], list[str]]:
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    query = [q for q in parts.query.split("&") if q and not _TRACKING_QUERY.match(q)]
    return segments, query


def _is_home(url: str) -> bool:
    segments, query = _path_and_query(url)
    if query:
        return False
    if not segments:
        return True
    if len(segments) == 1:
        return segments[0].lower() in _HOME_SEGMENTS or bool(_LANGUAGE_SEGMENT.match(segments[0]))
    return len(segments) == 2 and bool(_LANGUAGE_SEGMENT.match(segments[0])) and segments[1].lower() in _HOME_SEGMENTS


def _own_domain_for_sale(final_url: str) -> re.Pattern:
    """"quiet-harbor-inn.com is for sale", for the page's own domain only
    (a news post may well say so of another domain)."""
    host = _host(final_url).removeprefix("www.") or "-"
    return re.compile(re.escape(host) + r" (?:is|may be|might be) (?:for sale|available for purchase)\b",
                      re.IGNORECASE)


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _landed_on_marketplace(requested_url: str, final_url: str) -> bool:
    requested, final = _host(requested_url), _host(final_url)
    if not final or requested == final:
        return False
    if any(_on(requested, domain) for domain in MARKETPLACE_HOSTS + ("godaddy.com",)):
        return False  # the link lives on the marketplace itself
    if any(_on(final, domain) for domain in MARKETPLACE_HOSTS):
        return True
    return _on(final, "godaddy.com") and bool(_GODADDY_SALE.match(urlsplit(final_url).path))
