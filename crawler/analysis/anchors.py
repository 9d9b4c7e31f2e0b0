"""Anchor types (SPEC ``anchor_type``): what kind of text a link carries.

``brand``, ``exact``, ``partial``, ``generic``, ``naked_url``, ``image``,
``empty`` or ``other``; the rules, their order and examples are in
``docs/anchor-types.md``. Pure: strings in, a type out.

Every comparison is made on *folded* words: lower-cased (``casefold``),
diacritics removed (``Café`` is ``cafe``, ``Łódź`` is ``lodz``), punctuation
dropped; the keyword comparisons (exact, partial) also leave out stop words
of the major European languages and a plural ``s``.

The brand is the target's registered domain name (``happypawsshop`` for
``https://shop.happypawsshop.co.uk/x``), plus the site name in the target's
title when it spells the domain (``The New York Times`` for ``nytimes.com``),
plus the terms a user gives. No dictionary is needed to split the domain
name into words: the anchor's own words are tried against it
(``Happy Paws Shop``, ``HappyPaws shop`` and ``happy-paws-shop`` all spell
``happypawsshop``), so the rule works for a domain in any language.
"""
from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote, urlsplit

import tldextract

from crawler.urls import registered_domain

__all__ = [
    "ANCHOR_TYPES", "GENERIC_PHRASES", "STOP_WORDS", "anchor_type", "brand_name",
    "fold", "keyword_phrases", "words",
]

#: Every value :func:`anchor_type` returns.
ANCHOR_TYPES = ("brand", "exact", "partial", "generic", "naked_url", "image", "empty", "other")

#: Letters NFKD does not decompose into a base letter and a mark.
_FOLD_EXTRA = str.maketrans({
    "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l",
    "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ß": "ss", "ı": "i", "ё": "е", "Ё": "е",
})
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics (``"Café Łódź"`` -> ``"cafe lodz"``).

    >>> fold("Über-Café ŁÓDŹ")
    'uber-cafe lodz'
    """
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA).casefold())
    return "".join(char for char in text if not unicodedata.combining(char)).translate(_FOLD_EXTRA)


def words(text: str | None) -> list[str]:
    """Folded words of ``text``: letters and digits, punctuation dropped.

    >>> words("Click HERE -> Café's page!")
    ['click', 'here', 'cafe', 's', 'page']
    """
    return _WORD.findall(fold(text or ""))


def _folded_set(text: str) -> frozenset[str]:
    return frozenset(words(text))


#: Words that carry no keyword meaning, by language (folded when used).
STOP_WORDS: frozenset[str] = _folded_set(
    # en
    "a an the and or but nor of to in on at by for from with without into onto about as is are"
    " was were be been being it its this that these those your you our my his her their we i he"
    " she they them me us how what why when where who which do does did can will not no so than"
    " then there here's s t vs via per up out over under"
    # de
    " der die das den dem des ein eine einen einem einer eines und oder aber mit ohne von vom zu"
    " zum zur im in am an auf aus bei fur uber unter nach vor ist sind wie was wer wo warum"
    " ihr ihre ihren sein seine unser unsere dein deine mein meine sie er es wir ich du nicht"
    # fr
    " le la les l un une des du de d et ou mais avec sans pour par sur sous dans en au aux ce"
    " cette ces est sont etait qui que quoi comment pourquoi ou votre vos notre nos mon mes"
    " ses leur leurs il elle nous vous ils elles ne pas"
    # es
    " el la los las un una unos unas y o pero con para por sobre en del al de que es son"
    " como cual quien donde por que su sus tu tus mi mis nuestro nuestra lo se no"
    # it
    " il lo la i gli le un uno una e o ma con senza per su in nel nella nei negli nelle del della"
    " dei degli delle di da dal dalla al alla ai agli alle che e sono chi perche"
    " tuo tua tuoi tue mio mia suo sua nostro nostra non"
    # pt
    " o a os as um uma uns umas e ou mas com sem para por em no na nos nas do da dos das de ao"
    " aos que e sao como qual quem onde porque seu sua seus suas teu tua meu minha nao"
    # nl
    " de het een en of maar met zonder van voor naar in op aan bij uit over onder is zijn was"
    " hoe wat wie waar waarom je jouw uw ons onze mijn zijn haar hun niet"
    # pl
    " i w we z ze na do od o u za przez dla po pod nad jest sa byl jak co kto gdzie dlaczego"
    " ta twoj twoja moj moja nasz nasza nie oraz lub czy"
    # sv
    " en ett och eller med utan av for till i pa om fran under over ar var hur vad vem"
    " var varfor din ditt dina min mitt mina var vart vara inte den det de"
    # ru
    " и или но с со без для по на в во к ко от из о об у за под над это этот эта эти как что"
    " кто где почему ваш ваша наш наша мой моя не"
)

#: Whole anchors that say nothing about the target ("click here"), by language.
GENERIC_PHRASES: frozenset[str] = frozenset(" ".join(words(p)) for p in (
    # en
    "click here", "click", "here", "read more", "more", "more info", "more information",
    "learn more", "find out more", "see more", "details", "more details", "website",
    "web site", "site", "this site", "this website", "the website", "official website",
    "official site", "homepage", "home page", "home", "link", "this link", "source",
    "via", "visit", "visit website", "visit site", "visit the website", "go to website",
    "go", "go here", "check it out", "check this out", "this", "this page", "page",
    "this article", "article", "this post", "post", "continue reading", "keep reading",
    "read", "read the article", "full story", "read full story", "view", "view more",
    "url", "info", "information", "blog", "this blog", "download", "download here",
    "watch", "here is", "click this link", "tap here", "continue", "next", "previous",
    "open", "report", "study", "this study", "this report", "according to",
    # de
    "hier", "hier klicken", "klicken sie hier", "klick hier", "mehr", "mehr erfahren",
    "mehr lesen", "weiterlesen", "weiter lesen", "weiter", "webseite", "internetseite",
    "website", "seite", "diese seite", "quelle", "link", "dieser link", "zur webseite",
    "zur website", "zur seite", "mehr infos", "mehr informationen", "details", "lesen",
    "jetzt lesen", "hier lesen", "besuchen", "hier entlang",
    # fr
    "ici", "cliquez ici", "cliquer ici", "clique ici", "en savoir plus", "lire la suite",
    "lire plus", "la suite", "suite", "plus", "site", "site web", "site internet", "ce site",
    "source", "lien", "ce lien", "voir", "voir plus", "visiter", "visitez", "visiter le site",
    "page", "cette page", "article", "cet article", "plus d infos", "plus d informations",
    "lire", "lire l article",
    # es
    "aqui", "haga clic aqui", "haz clic aqui", "pulse aqui", "clic aqui", "click aqui",
    "leer mas", "mas", "mas informacion", "ver mas", "seguir leyendo", "sitio", "sitio web",
    "web", "pagina", "pagina web", "esta pagina", "fuente", "enlace", "este enlace", "ver",
    "visitar", "visita", "visitar sitio web", "articulo", "este articulo", "informacion",
    "leer", "leer articulo",
    # it
    "qui", "clicca qui", "cliccare qui", "leggi", "leggi di piu", "leggi tutto",
    "continua a leggere", "di piu", "piu", "scopri di piu", "sito", "sito web", "questo sito",
    "fonte", "link", "questo link", "pagina", "questa pagina", "visita", "visita il sito",
    "vedi", "vai", "vai al sito", "articolo", "questo articolo", "maggiori informazioni",
    # pt
    "aqui", "clique aqui", "clica aqui", "leia mais", "ler mais", "saiba mais", "mais",
    "continuar lendo", "continue lendo", "site", "este site", "pagina", "esta pagina", "fonte",
    "link", "este link", "visite", "visitar", "veja", "ver mais", "artigo", "este artigo",
    "mais informacoes",
    # nl
    "hier", "klik hier", "klik", "lees meer", "lees verder", "meer", "meer info",
    "meer informatie", "verder lezen", "website", "site", "deze website", "deze site", "bron",
    "link", "deze link", "bezoek", "bezoek website", "bekijk", "bekijk hier", "pagina",
    "deze pagina", "artikel", "dit artikel",
    # pl
    "tutaj", "tu", "kliknij", "kliknij tutaj", "kliknij tu", "czytaj wiecej", "czytaj dalej",
    "wiecej", "dowiedz sie wiecej", "strona", "strona internetowa", "ta strona", "te strone",
    "witryna", "zrodlo", "link", "ten link", "odwiedz", "odwiedz strone", "zobacz",
    "zobacz wiecej", "przeczytaj", "artykul", "ten artykul",
    # sv
    "har", "klicka har", "klicka", "las mer", "mer", "mer info", "mer information",
    "webbplats", "webbplatsen", "hemsida", "hemsidan", "sajt", "sajten", "sida", "sidan",
    "den har sidan", "kalla", "lank", "den har lanken", "besok", "besok webbplatsen", "se",
    "se mer", "artikel", "artikeln", "las artikeln", "las",
    # ru
    "здесь", "тут", "нажмите здесь", "нажмите", "кликните здесь", "жми", "жмите", "читать",
    "читать далее", "читать дальше", "далее", "подробнее", "узнать больше", "больше",
    "сайт", "на сайте", "этот сайт", "официальный сайт", "источник", "ссылка", "по ссылке",
    "эта ссылка", "перейти", "перейти на сайт", "посетить", "посетить сайт", "смотреть",
    "страница", "эта страница", "статья", "эта статья", "источник информации",
))

#: Words generic anchors are made of: an anchor made only of these (and stop
#: words) is generic too (``"read more here"``, ``"visit this website"``).
_GENERIC_WORDS: frozenset[str] = frozenset(
    word for phrase in GENERIC_PHRASES for word in phrase.split()
) - frozenset({"according"})

#: Words a company name may carry that the domain leaves out ("Happy Paws Ltd").
_COMPANY_WORDS = frozenset(
    "inc ltd llc gmbh ag sa sas sarl srl spa bv nv ab oy as plc co corp company official"
    " the".split()
)

#: Separators between the parts of a page title ("Dog toys | Happy Paws Shop").
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»«~/]+\s+|\s*[|•»«]\s*|\s+::\s+")
_SLUG_SPLIT = re.compile(r"[-_+.,~\s]+")
_ID_LIKE = re.compile(r"^(?:\d{4,}|[0-9a-f]{8,}|[a-z]*\d+[a-z]*\d[a-z0-9]*)$")
_INDEX_NAMES = frozenset({"index", "default", "home", "main", "start"})
_FILE_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jspx?|cfm|cgi|pl)$", re.I)
_NAKED = re.compile(
    r"^(?:(?P<scheme>[a-z][a-z0-9+.-]*://)|(?P<www>www\d?\.))?"
    r"(?P<host>(?:[^\s/?#:@.]+\.)+[^\s/?#:@.]+|\[[0-9a-f:]+\])(?::\d{1,5})?"
    r"(?P<rest>[/?#]\S*)?$",
    re.I,
)


# --------------------------------------------------------------------------- public API

def anchor_type(
    anchor_text: str | None,
    *,
    is_image: bool,
    target_url: str,
    target_title: str | None = None,
    brand_terms: Iterable[str] = (),
    link_url: str | None = None,
) -> str:
    """The SPEC ``anchor_type`` of a link to ``target_url``.

    ``anchor_text`` is the link's visible text (for an image link, the image's
    ``alt``); ``is_image`` says the link shows an image and no text (SPEC
    ``link_type = "image"``): such a link is ``image`` whatever its ``alt``
    says (call again with ``is_image=False`` to classify the ``alt`` itself).
    ``target_title`` is the target page's title when known; ``brand_terms`` are
    the user's brand names (setting ``BACKLINKS_BRAND_TERMS``); ``link_url`` is
    the href itself when it differs from the target (a redirect link).

    First rule that holds wins: empty, image, naked_url, brand, generic,
    exact, partial, other.

    >>> anchor_type("Happy Paws Shop", is_image=False, target_url="https://happypawsshop.com/")
    'brand'
    >>> anchor_type("dog toys", is_image=False, target_url="https://happypawsshop.com/dog-toys/")
    'exact'
    >>> anchor_type("cheap toys for dogs", is_image=False, target_url="https://happypawsshop.com/dog-toys/")
    'partial'
    >>> anchor_type("Klicken Sie hier", is_image=False, target_url="https://happypawsshop.com/")
    'generic'
    """
    text = (anchor_text or "").strip()
    if is_image:
        return "image"
    anchor_words = words(text)
    if not anchor_words:
        return "empty"
    if is_naked_url(text, link_url=link_url):
        return "naked_url"
    brand = brand_name(target_url, target_title=target_title, brand_terms=brand_terms)
    if brand.matches(anchor_words):
        return "brand"
    if _is_generic(anchor_words):
        return "generic"
    content = _content_words(anchor_words)
    if not content:
        return "other"
    phrases = keyword_phrases(target_url, target_title=target_title, brand=brand)
    if any(sorted(content) == sorted(phrase) for phrase in phrases):
        return "exact"
    if any(_is_partial(content, phrase) for phrase in phrases):
        return "partial"
    return "other"


def is_naked_url(text: str, *, link_url: str | None = None) -> bool:
    """The anchor is a URL or a bare domain (``https://x.com/a``, ``www.x.com``,
    ``x.co.uk``, an IP address); ``Node.js`` and ``ASP.NET Core`` are not.

    >>> is_naked_url("happypawsshop.com/dog-toys"), is_naked_url("Node.js")
    (True, False)
    """
    text = text.strip().strip("<>\"'()").rstrip(".,;:!")
    if not text or any(char.isspace() for char in text):
        return False
    try:
        ipaddress.ip_address(text.strip("[]"))
        return True
    except ValueError:
        pass
    if link_url and _strip_scheme(text).rstrip("/").lower() == _strip_scheme(link_url).rstrip("/").lower():
        return True
    match = _NAKED.match(text)
    if not match:
        return False
    if match.group("scheme") or match.group("www"):
        return True
    host = match.group("host").strip("[]")
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    return _has_public_suffix(host)


@dataclass(frozen=True)
class Brand:
    """The brand of a target site: its domain name and the phrases naming it."""

    label: str                              #: registered domain without its suffix, hyphens dropped
    phrases: tuple[tuple[str, ...], ...]    #: folded words of each brand phrase (user terms, title)

    def matches(self, anchor_words: Sequence[str]) -> bool:
        """Does an anchor (its folded words) name the brand? See the module docstring."""
        if any(_contains(anchor_words, phrase) for phrase in self.phrases if phrase):
            return True
        label = self.label
        if not label:
            return False
        joined = "".join(anchor_words)
        if joined == label:
            return True
        if len(label) >= 4 and _spells_within(anchor_words, label):
            return True
        core = [word for word in anchor_words
                if word not in _COMPANY_WORDS and word not in _GENERIC_WORDS and word not in STOP_WORDS]
        if not core:
            return False
        if len(core) >= 2 and _initials_spell(core, label):
            return True
        core_joined = "".join(core)
        return (core_joined == label
                or (len(core_joined) >= 4 and len(core_joined) >= 0.6 * len(label)
                    and label.startswith(core_joined)))


def brand_name(target_url: str, *, target_title: str | None = None,
               brand_terms: Iterable[str] = ()) -> Brand:
    """The target's :class:`Brand`.

    >>> brand_name("https://www.happy-paws-shop.co.uk/toys").label
    'happypawsshop'
    >>> brand_name("https://www.nytimes.com/x", target_title="Dogs - The New York Times").phrases
    (('new', 'york', 'times'),)
    """
    domain = registered_domain(target_url) or ""
    label = domain.split(".")[0] if "." in domain else domain
    if label.startswith("xn--"):
        try:
            label = label.encode("ascii").decode("idna")
        except UnicodeError:
            pass
    label = "".join(words(label))
    phrases: list[tuple[str, ...]] = []
    for term in brand_terms:
        term_words = tuple(words(term))
        if term_words and term_words not in phrases:
            phrases.append(term_words)
    for part in _title_parts(target_title):
        part_words = [word for word in words(part) if word not in _COMPANY_WORDS]
        if label and part_words and ("".join(part_words) == label or (
                len(part_words) >= 2 and _initials_spell(part_words, label))):
            if tuple(part_words) not in phrases:
                phrases.append(tuple(part_words))
    return Brand(label=label, phrases=tuple(phrases))


def keyword_phrases(target_url: str, *, target_title: str | None = None,
                    brand: Brand | None = None) -> list[list[str]]:
    """The target page's keyword phrases, as lists of folded content words:
    its URL slug (the last path segment that is not an id or ``index``,
    alone and with the segment before it), and its title without the parts
    naming the brand.

    >>> keyword_phrases("https://shop.example/toys/squeaky-dog-toys-123456.html")
    [['squeaky', 'dog', 'toy'], ['toy', 'squeaky', 'dog', 'toy']]
    >>> keyword_phrases("https://happypawsshop.com/", target_title="Dog Toys & Treats | Happy Paws Shop")
    [['dog', 'toy', 'treat']]
    """
    if brand is None:
        brand = brand_name(target_url, target_title=target_title)
    phrases = _slug_phrases(target_url)
    parts = [part for part in _title_parts(target_title) if not brand.matches(words(part))]
    for part in parts + ([" ".join(parts)] if len(parts) > 1 else []):
        content = _content_words(words(part))
        if content and content not in phrases:
            phrases.append(content)
    return phrases


# --------------------------------------------------------------------------- helpers

def _stem(word: str) -> str:
    """A light plural stem: ``toys`` -> ``toy``; ``glass`` stays."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _content_words(anchor_words: Sequence[str]) -> list[str]:
    """Folded, stemmed words without stop words, in order (a list, so phrases
    compare with repeated words)."""
    return [_stem(word) for word in anchor_words if word not in STOP_WORDS]


def _is_generic(anchor_words: Sequence[str]) -> bool:
    if " ".join(anchor_words) in GENERIC_PHRASES:
        return True
    meaningful = [word for word in anchor_words if word not in STOP_WORDS]
    return bool(meaningful) and all(word in _GENERIC_WORDS for word in meaningful)


def _is_partial(content: list[str], phrase: list[str]) -> bool:
    """The anchor holds most of the keyword phrase (half its words or more), or
    two words or more of it that make at least half the anchor."""
    if not phrase:
        return False
    remaining = list(phrase)
    shared = 0
    for word in content:
        if word in remaining:
            remaining.remove(word)
            shared += 1
    if shared == 0:
        return False
    return shared / len(phrase) >= 0.5 or (shared >= 2 and shared / len(content) >= 0.5)


def _contains(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    size = len(needle)
    return any(tuple(haystack[i:i + size]) == tuple(needle) for i in range(len(haystack) - size + 1))


def _spells_within(anchor_words: Sequence[str], label: str) -> bool:
    """Some run of consecutive anchor words, joined, is ``label``."""
    for start in range(len(anchor_words)):
        joined = ""
        for word in anchor_words[start:]:
            joined += word
            if joined == label:
                return True
            if not label.startswith(joined):
                break
    return False


def _initials_spell(part_words: Sequence[str], label: str) -> bool:
    """Initials of the first words and then the last words whole spell the
    label: ``New York Times`` -> ``ny`` + ``times`` = ``nytimes``;
    ``International Business Machines`` -> ``ibm``."""
    for split in range(1, len(part_words) + 1):
        if "".join(word[0] for word in part_words[:split]) + "".join(part_words[split:]) == label:
            return True
    return False


def _title_parts(title: str | None) -> list[str]:
    if not title:
        return []
    return [part.strip() for part in _TITLE_SEPARATORS.split(title) if part and part.strip()]


def _slug_phrases(target_url: str) -> list[list[str]]:
    """The keyword phrase of the URL's last meaningful path segment, and of
    that segment with the one before it when it has words too
    (``/dog-beds/orthopedic/`` gives ``orthopedic`` and ``dog bed orthopedic``)."""
    try:
        path = urlsplit(target_url if "//" in target_url else "//" + target_url).path
    except ValueError:
        return []
    found: list[list[str]] = []
    for segment in reversed([seg for seg in unquote(path).split("/") if seg]):
        segment = _FILE_EXTENSION.sub("", segment)
        pieces = [piece for piece in _SLUG_SPLIT.split(fold(segment)) if piece]
        kept = [piece for piece in pieces if not _ID_LIKE.match(piece) and not piece.isdigit()]
        if not kept or (len(kept) == 1 and kept[0] in _INDEX_NAMES):
            if found:
                break
            continue
        content = _content_words([word for piece in kept for word in words(piece)])
        if not content:
            break
        if found:
            found.append(content + found[0])
            break
        found.append(content)
    return found


def _strip_scheme(url: str) -> str:
    return re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I)


@cache
def _suffix_extractor() -> tldextract.TLDExtract:
    """tldextract's bundled public suffix list (no network, no disk cache)."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def _has_public_suffix(host: str) -> bool:
    """``host`` is a name under a known public suffix (``x.co.uk``; not ``Node.js``)."""
    host = host.lower().rstrip(".")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return False
    parts = _suffix_extractor()(host)
    return bool(parts.suffix and parts.domain)
