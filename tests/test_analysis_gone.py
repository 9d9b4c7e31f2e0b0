"""crawler.analysis.gone: soft 404s and parked domains among 2xx pages."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from crawler.analysis.document import PageDoc
from crawler.analysis.gone import (
    PARKED_DOMAIN, SOFT_404, gone_signal, is_not_found_message, is_parked, is_soft_404,
)

SITES = Path(__file__).parent / "web" / "sites"
ARTICLES = Path("/work/shared/pages/articles")


def fixture(path: str) -> tuple[PageDoc, str]:
    """A fixture page, by ``host/path`` (as ``tests/web/sites`` stores it)."""
    file = SITES / path
    host, rest = path.split("/", 1)
    rest = rest.removesuffix("index.html").removesuffix(".html")
    url = f"https://{host}/{rest}"
    return PageDoc.from_html(file.read_text(encoding="utf-8"), url), url


def signal(doc: PageDoc, url: str | None = None, *, final_url: str | None = None,
           redirects: list[str] | None = None, status: int = 200) -> str | None:
    return gone_signal(doc, requested_url=url or doc.url, final_url=final_url or doc.url,
                       redirects=redirects or [], http_status=status)


@pytest.mark.parametrize("path, expected", [
    # WordPress (Twenty Seventeen) "Page not found", served with 200
    ("www.sunnyside-garden-journal.com/2018/05/tomato-cages/index.html", SOFT_404),
    # Shopify (Dawn) 404 template served with 200
    ("shop.copperkettle-coffee.com/products/ethiopia-yirgacheffe-2019.html", SOFT_404),
    # German WordPress (Astra) 404 without the error404 body class
    ("www.fahrrad-werkstatt-tipps.de/artikel/kettenpflege-im-winter.html", SOFT_404),
    # an emptied page
    ("www.minimal-notes.org/old-note.html", SOFT_404),
    # GoDaddy: the /lander redirect every path answers, and the lander itself
    ("www.tidepool-kayak-tours.com/blog/best-touring-paddles/index.html", PARKED_DOMAIN),
    ("www.tidepool-kayak-tours.com/lander.html", PARKED_DOMAIN),
    # Sedo parking (adblock key, caf.js, sedoparking.com script)
    ("www.alpine-birdwatch.net/guides/ptarmigan-spotting.html", PARKED_DOMAIN),
    # Bodis-style JavaScript shell (window.park)
    ("www.retro-console-hub.com/reviews/snes-mini.html", PARKED_DOMAIN),
    # Afternic/Dan.com-style for-sale lander, no provider script
    ("www.quiet-harbor-inn.com/rooms/harbor-view-suite.html", PARKED_DOMAIN),
    # German for-sale page
    ("www.waldkindergarten-blog.de/2017/matschhose-test.html", PARKED_DOMAIN),
    # real pages: an article, a home page, an article *about* 404 errors,
    # an article *about* parking and selling domains (links to Sedo, Dan.com, Afternic)
    ("www.sunnyside-garden-journal.com/2019/06/raised-bed-soil-mix/index.html", None),
    ("www.sunnyside-garden-journal.com/index.html", None),
    ("www.webmaster-howto-guides.com/fix-404-errors/index.html", None),
    ("www.domain-investing-diary.com/selling-my-first-domain/index.html", None),
])
def test_fixture_pages(path, expected):
    doc, url = fixture(path)
    assert signal(doc, url) == expected


@pytest.mark.skipif(not ARTICLES.is_dir(), reason="the shared article corpus is not on this machine")
def test_no_real_article_is_flagged():
    files = sorted(ARTICLES.glob("*.html.gz"))
    assert len(files) >= 40
    flagged = []
    for file in files:
        html = gzip.decompress(file.read_bytes()).decode("utf-8", "replace")
        doc = PageDoc.from_html(html, "https://www.example-news.com/2019/11/story/")
        if (found := signal(doc)) is not None:
            flagged.append((file.name, found))
    assert flagged == []


def test_only_2xx_pages_are_judged():
    doc, url = fixture("www.sunnyside-garden-journal.com/2018/05/tomato-cages/index.html")
    assert signal(doc, url, status=404) is None
    assert signal(doc, url, status=500) is None
    assert signal(doc, url, status=203) == SOFT_404


# ------------------------------------------------------------ soft 404s
def page(title="Garden notes", h1=None, body_class="", words=50, extra="") -> PageDoc:
    text = " ".join(["tomatoes"] * words)
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return PageDoc.from_html(
        f"<html><head><title>{title}</title><script src='/app.js'></script></head>"
        f"<body class='{body_class}'><header><nav>Home About</nav></header><main>{heading}<p>{text}</p>"
        f"{extra}</main><footer>Copyright</footer></body></html>",
        "https://www.sunnyside-garden-journal.com/2018/05/tomato-cages/")


def test_error_page_body_class_alone():
    assert signal(page(body_class="error404 hfeed", words=800)) == SOFT_404
    assert signal(page(body_class="template-404", words=800)) == SOFT_404
    assert signal(page(body_class="single-post hfeed", words=800)) is None


def test_title_or_heading_with_a_short_page():
    assert signal(page(title="Page not found – Sunnyside", words=100)) == SOFT_404
    assert signal(page(h1="Nothing here", words=100)) == SOFT_404
    assert signal(page(title="Page not found – Sunnyside", words=700)) is None  # article-sized


def test_title_and_heading_together_allow_a_longer_page():
    doc = page(title="404 Not Found | Sunnyside", h1="Page not found", words=900)
    assert signal(doc) == SOFT_404
    # ...but a long text titled "Page Not Found" is an article (about the novel, say)
    assert signal(page(title="Page Not Found", h1="Page Not Found", words=2000)) is None


def test_headings_only_count_as_a_whole():
    assert signal(page(title="How to fix 404 Not Found errors", h1="How to fix 404 Not Found errors",
                       words=100)) is None


def test_tiny_pages():
    empty = PageDoc.from_html("<html><body></body></html>", "https://www.minimal-notes.org/old-note")
    assert signal(empty) == SOFT_404
    spa = PageDoc.from_html("<html><body><div id='root'></div><script src='/app.js'></script></body></html>",
                            "https://app.gardenplanner-spa.com/plan/42")
    assert signal(spa) is None  # a script may fill it: not judged empty
    gallery = PageDoc.from_html("<html><body>" + "<img src='/p.jpg'>" * 4 + "</body></html>",
                                "https://www.minimal-notes.org/photos")
    assert signal(gallery) is None


@pytest.mark.parametrize("requested, final, expected", [
    ("https://www.oldpetsite.com/2016/03/puppy-training/", "https://www.oldpetsite.com/", SOFT_404),
    ("https://www.oldpetsite.com/blog/puppy-training", "https://oldpetsite.com/en/", SOFT_404),
    ("https://www.oldpetsite.com/?p=4512", "https://www.oldpetsite.com/index.php", SOFT_404),
    ("https://www.oldpetsite.com/old-post/", "https://www.newpetsite.com/", SOFT_404),
    ("https://www.oldpetsite.com/old-post/", "https://www.oldpetsite.com/new-post/", None),
    ("http://oldpetsite.com/", "https://www.oldpetsite.com/", None),
    ("https://www.oldpetsite.com/de/", "https://www.oldpetsite.com/", None),
    ("https://www.oldpetsite.com/a/", "https://www.oldpetsite.com/?utm_source=redirect", SOFT_404),
])
def test_deep_url_sent_to_the_home_page(requested, final, expected):
    home, _ = fixture("www.sunnyside-garden-journal.com/index.html")
    doc = PageDoc.from_html(PageDoc_html(home), final)
    assert signal(doc, requested, final_url=final, redirects=[requested]) == expected
    # no redirect, no verdict from the URLs alone
    assert signal(doc, final, final_url=final, redirects=[]) is None


def PageDoc_html(doc: PageDoc) -> str:
    from lxml import etree

    return etree.tostring(doc.root, encoding="unicode", method="html")


@pytest.mark.parametrize("text", [
    "Page not found", "404", "Error 404", "404 Error", "404 Not Found", "404 - Page Not Found",
    "Oops! That page can’t be found.", "Sorry, the page you were looking for could not be found.",
    "The requested URL was not found on this server.", "Nothing Found", "This page doesn't exist",
    "We can't find the page you're looking for", "This product is no longer available",
    "Seite nicht gefunden", "Hoppla! Diese Seite existiert nicht.", "Fehler 404 – Seite nicht gefunden",
    "Page introuvable", "Erreur 404 : la page que vous recherchez est introuvable",
    "Página no encontrada", "Lo sentimos, la página que buscas no existe",
    "Pagina non trovata", "Página não encontrada", "Pagina niet gevonden", "Nie znaleziono strony",
    "Страница не найдена", "Ошибка 404. Страница не найдена", "Sidan kunde inte hittas", "Siden blev ikke fundet",
    "Sivua ei löytynyt", "Stránka nenalezena", "Aradığınız sayfa bulunamadı",
    "お探しのページは見つかりませんでした。", "ページが見つかりません", "页面未找到", "抱歉，您访问的页面不存在",
    "找不到網頁", "요청하신 페이지를 찾을 수 없습니다",
])
def test_not_found_messages(text):
    assert is_not_found_message(text)


@pytest.mark.parametrize("text", [
    "How to fix 404 Not Found errors in WordPress", "Error", "Found: a dog's story", "Lost and found",
    "Not found in stores: the best heirloom tomatoes", "Nothing compares to fresh basil",
    "Republicans Are Following Trump to Nowhere", "Seite 2", "404 Days of Gardening", "Die Seite der Woche",
    "Page 3 of 12", "Nothing here but tomatoes and good company", "",
])
def test_not_not_found_messages(text):
    assert not is_not_found_message(text)


# -------------------------------------------------------------- parking
def test_an_article_that_loads_a_parking_script_is_parked():
    doc, url = fixture("www.domain-investing-diary.com/selling-my-first-domain/index.html")
    assert not is_parked(doc, requested_url=url, final_url=url)
    html = (SITES / "www.domain-investing-diary.com/selling-my-first-domain/index.html").read_text()
    parked = html.replace("</head>", '<script src="https://sedoparking.com/frmpark/x/park.js"></script></head>')
    assert signal(PageDoc.from_html(parked, url), url) == PARKED_DOMAIN


@pytest.mark.parametrize("final", [
    "https://www.hugedomains.com/domain_profile.cfm?d=quiet-harbor-inn.com",
    "https://dan.com/buy-domain/quiet-harbor-inn.com",
    "https://sedo.com/search/details/?domain=quiet-harbor-inn.com",
    "https://www.godaddy.com/forsale/quiet-harbor-inn.com",
])
def test_redirect_to_a_domain_marketplace(final):
    doc = PageDoc.from_html("<html><body>" + "<p>Premium domain marketplace text.</p>" * 200 + "</body></html>", final)
    requested = "https://www.quiet-harbor-inn.com/rooms/harbor-view-suite"
    assert signal(doc, requested, final_url=final, redirects=[requested]) == PARKED_DOMAIN


def test_a_link_on_the_marketplace_itself_is_not_parked():
    url = "https://www.godaddy.com/help/transfer-my-domain-1234"
    doc = PageDoc.from_html("<html><body>" + "<p>Help article text here.</p>" * 100 + "</body></html>", url)
    assert signal(doc, "https://godaddy.com/help/transfer-my-domain-1234", final_url=url,
                  redirects=["https://godaddy.com/help/transfer-my-domain-1234"]) is None


def test_for_sale_sentences_only_on_small_pages_and_about_this_domain():
    url = "https://www.domainnews-weekly.com/voice-com-sale/"
    news = PageDoc.from_html("<html><head><title>Voice.com is for sale again</title></head><body>"
                             "<h1>Voice.com is for sale again</h1><p>The name sold for $30M in 2019. "
                             + "Brokers expect a lower price this time. " * 8 + "</p></body></html>", url)
    assert signal(news) is None  # another domain's sale is news, not parking
    own = PageDoc.from_html("<html><head><title>domainnews-weekly.com</title></head><body>"
                            "<h1>domainnews-weekly.com is for sale</h1></body></html>", url)
    assert signal(own) == PARKED_DOMAIN
    long_page = "<p>" + "word " * 400 + "This domain may be for sale, said the banner.</p>"
    assert signal(PageDoc.from_html(f"<html><body>{long_page}</body></html>", url)) is None


def test_parked_wins_over_soft_404():
    doc = PageDoc.from_html("<html data-adblockkey='MFww'><head><title>404 Not Found</title></head>"
                            "<body class='error404'></body></html>", "https://www.retro-console-hub.com/x")
    assert signal(doc) == PARKED_DOMAIN


def test_is_soft_404_is_deterministic_and_pure():
    doc, url = fixture("www.sunnyside-garden-journal.com/2018/05/tomato-cages/index.html")
    results = {is_soft_404(doc, requested_url=url, final_url=url, redirects=[]) for _ in range(3)}
    assert results == {True}
    assert re.search(r"error404", PageDoc_html(doc))  # the document is left as it was
