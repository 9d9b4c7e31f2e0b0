"""What scoring reads in an anchor: commercial intent, its normal form, the
words of a target URL.

>>> sorted(commercial_terms("Buy cheap dog beds online"))
['buy', 'cheap', 'online']
>>> commercial_terms("our guide to loose-leash walking")
frozenset()
>>> normalize_anchor("  Best   DOG Food ")
'best dog food'
>>> url_words("https://www.paws-and-claws.com/training/loose-leash-walking/?utm_source=x")
['paws', 'and', 'claws', 'training', 'loose', 'leash', 'walking']
"""
from __future__ import annotations

from urllib.parse import unquote, urlsplit

from crawler.scoring.text import words

#: Words of buying intent in anchors, in the major European languages.
COMMERCIAL_WORDS: frozenset[str] = frozenset(
    # en
    "buy cheap cheapest best price prices pricing discount discounts deal deals sale shop"
    " store order online coupon coupons affordable hire quote cost bargain wholesale"
    " supplier suppliers"
    # de
    " kaufen günstig günstige billig billige preis preise angebot angebote rabatt bestellen"
    " onlineshop beste besten vergleich gutschein"
    # fr
    " acheter meilleur meilleure meilleurs prix promo réduction boutique commander"
    " devis soldes"
    # es
    " comprar barato barata baratos mejor mejores precio precios oferta ofertas descuento"
    " tienda pedir"
    # it
    " comprare economico migliore prezzo prezzi offerta sconto negozio"
    # pt
    " melhor preço preços desconto loja"
    # nl
    " kopen goedkoop goedkope beste prijs aanbieding korting winkel bestellen"
    # pl
    " kupić kup tani tanie najlepszy cena promocja rabat sklep"
    # ru
    " купить дешево недорого лучший цена скидка магазин заказать".split()
)

#: URL words that say nothing about a page.
_URL_NOISE = frozenset("www http https html htm php asp aspx index amp utm source medium campaign".split())


def commercial_terms(anchor: str | None) -> frozenset[str]:
    """Commercial words in an anchor text."""
    return frozenset(w for w in words(anchor) if w in COMMERCIAL_WORDS)


def normalize_anchor(anchor: str | None) -> str:
    """An anchor's comparable form: lower case, single spaces ("" if none)."""
    return " ".join((anchor or "").lower().split())


def url_words(url: str | None) -> list[str]:
    """Words of a URL's host (without its suffix) and path: what a target URL
    says about its page when the page itself cannot be read."""
    if not url:
        return []
    parts = urlsplit(url if "://" in url else "//" + url)
    host = (parts.hostname or "").split(".")
    if len(host) > 1:
        host = host[:-1]
    text = " ".join(host) + " " + unquote(parts.path)
    return [w for w in words(text.replace("_", " ")) if w not in _URL_NOISE]
