"""anchor_type: every type, its precedence, and the folding rules (case,
diacritics, punctuation, stop words) in the languages the SPEC names."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.analysis.anchors import (
    ANCHOR_TYPES, anchor_type, brand_name, fold, is_naked_url, keyword_phrases, words,
)

SHOP = "https://www.happypawsshop.com/dog-toys/squeaky-rubber-balls/"
SHOP_TITLE = "Squeaky Rubber Balls for Dogs | Happy Paws Shop"


def kind(text, target=SHOP, *, title=None, image=False, brand_terms=(), link_url=None):
    return anchor_type(text, is_image=image, target_url=target, target_title=title,
                       brand_terms=brand_terms, link_url=link_url)


# --------------------------------------------------------------------------- the table in docs/anchor-types.md

CASES = [
    # empty and image
    (None, SHOP, None, False, "empty"),
    ("", SHOP, None, False, "empty"),
    ("  \n ", SHOP, None, False, "empty"),
    ("→ »", SHOP, None, False, "empty"),
    ("Happy Paws Shop", SHOP, None, True, "image"),
    ("", SHOP, None, True, "image"),
    # naked URLs
    ("https://www.happypawsshop.com/dog-toys/", SHOP, None, False, "naked_url"),
    ("www.happypawsshop.com", SHOP, None, False, "naked_url"),
    ("happypawsshop.com", SHOP, None, False, "naked_url"),
    ("HappyPawsShop.com", SHOP, None, False, "naked_url"),
    ("shop.example.co.uk/toys?id=3", SHOP, None, False, "naked_url"),
    ("http://192.168.0.10/admin", SHOP, None, False, "naked_url"),
    ("(happypawsshop.com)", SHOP, None, False, "naked_url"),
    # brand: the domain name in words, whatever the spacing and case
    ("Happy Paws Shop", SHOP, None, False, "brand"),
    ("happy paws shop", SHOP, None, False, "brand"),
    ("HappyPawsShop", SHOP, None, False, "brand"),
    ("Happy-Paws-Shop", SHOP, None, False, "brand"),
    ("the Happy Paws shop", SHOP, None, False, "brand"),
    ("Happy Paws", SHOP, None, False, "brand"),
    ("Happy Paws Shop Ltd", SHOP, None, False, "brand"),
    ("squeaky balls from Happy Paws Shop", SHOP, None, False, "brand"),
    ("New York Times", "https://www.nytimes.com/2024/01/02/x.html", "Dogs - The New York Times", False, "brand"),
    ("The New York Times", "https://www.nytimes.com/2024/01/02/x.html", None, False, "brand"),
    ("Bücherwurm", "https://www.bücherwurm.de/", None, False, "brand"),
    # exact: the slug's or the title's keyword phrase
    ("squeaky rubber balls", SHOP, None, False, "exact"),
    ("Squeaky Rubber Balls!", SHOP, None, False, "exact"),
    ("rubber squeaky ball", SHOP, None, False, "exact"),
    ("squeaky rubber balls for dogs", SHOP, SHOP_TITLE, False, "exact"),
    ("dog toys & treats", "https://happypawsshop.com/", "Dog Toys & Treats | Happy Paws Shop", False, "exact"),
    ("Über-Café Möbel", "https://www.example.de/uber-cafe-mobel/", None, False, "exact"),
    ("uber cafe mobel", "https://www.example.de/%C3%BCber-caf%C3%A9-m%C3%B6bel/", None, False, "exact"),
    ("squeaky rubber balls", "https://www.happypawsshop.com/p/squeaky-rubber-balls-884213.html", None, False, "exact"),
    # partial: most of the phrase, or two of its words that make half the anchor
    ("squeaky balls", SHOP, None, False, "partial"),
    ("cheap squeaky rubber balls for big dogs", SHOP, None, False, "partial"),
    ("rubber balls that squeak", SHOP, None, False, "partial"),
    ("dog toys", "https://www.happypawsshop.com/dog-toys-and-treats/", None, False, "partial"),
    # generic, in many languages
    ("click here", SHOP, None, False, "generic"),
    ("Click HERE!", SHOP, None, False, "generic"),
    ("read more", SHOP, None, False, "generic"),
    ("Read more »", SHOP, None, False, "generic"),
    ("website", SHOP, None, False, "generic"),
    ("source", SHOP, None, False, "generic"),
    ("visit this website", SHOP, None, False, "generic"),
    ("read more here", SHOP, None, False, "generic"),
    ("hier klicken", SHOP, None, False, "generic"),
    ("Weiterlesen", SHOP, None, False, "generic"),
    ("cliquez ici", SHOP, None, False, "generic"),
    ("en savoir plus", SHOP, None, False, "generic"),
    ("haga clic aquí", SHOP, None, False, "generic"),
    ("leer más", SHOP, None, False, "generic"),
    ("clicca qui", SHOP, None, False, "generic"),
    ("leia mais", SHOP, None, False, "generic"),
    ("klik hier", SHOP, None, False, "generic"),
    ("czytaj więcej", SHOP, None, False, "generic"),
    ("läs mer", SHOP, None, False, "generic"),
    ("Подробнее", SHOP, None, False, "generic"),
    ("читать далее", SHOP, None, False, "generic"),
    ("źródło", SHOP, None, False, "generic"),
    # other
    ("my favourite shop for the pup", SHOP, None, False, "other"),
    ("this amazing thing", SHOP, None, False, "other"),
    ("Node.js", SHOP, None, False, "other"),
    ("balls", SHOP, None, False, "other"),
    ("the of and", SHOP, None, False, "other"),
]


@pytest.mark.parametrize("text,target,title,image,expected", CASES, ids=[f"{c[4]}:{c[0]!r}" for c in CASES])
def test_anchor_types(text, target, title, image, expected):
    assert kind(text, target, title=title, image=image) == expected


def test_every_type_is_covered():
    assert {case[4] for case in CASES} == set(ANCHOR_TYPES)


def test_docs_table_lists_every_type():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "anchor-types.md").read_text(encoding="utf-8")
    for value in ANCHOR_TYPES:
        assert f"`{value}`" in doc


# --------------------------------------------------------------------------- brand details

def test_user_brand_terms():
    assert kind("Pawsome Co", brand_terms=["Pawsome Co"]) == "brand"
    assert kind("best toys at pawsome co", brand_terms=["Pawsome Co."]) == "brand"
    assert kind("Pawsome Co") == "other"


def test_brand_from_title_site_name():
    assert brand_name("https://www.nytimes.com/x", target_title="A story | The New York Times").phrases == (
        ("new", "york", "times"),)
    # a title part that does not spell the domain is not a brand
    assert brand_name("https://www.nytimes.com/x", target_title="A story | Opinion").phrases == ()


def test_brand_label_is_the_registered_domain():
    assert brand_name("https://blog.shop.happy-paws.co.uk/x").label == "happypaws"
    assert brand_name("https://xn--bcherwurm-q9a.de/").label == "bucherwurm"


def test_short_brand_only_when_alone():
    # "go.com": "go" inside a sentence is not the brand; alone it is
    assert kind("let us go shopping", "https://go.com/") != "brand"
    assert kind("GO", "https://go.com/") == "brand"


def test_brand_prefix_must_be_most_of_the_name():
    assert kind("Happy", SHOP) == "other"
    assert kind("Shop", SHOP) == "other"


def test_brand_wins_over_keywords_and_generic():
    assert kind("Happy Paws Shop squeaky rubber balls", SHOP) == "brand"
    assert kind("Happy Paws website", SHOP) == "brand"


def test_naked_url_wins_over_brand():
    assert kind("happypawsshop.com", SHOP) == "naked_url"


def test_redirect_href_as_anchor_is_naked():
    assert kind("bit.ly/3xDogBd", link_url="https://bit.ly/3xDogBd") == "naked_url"
    assert is_naked_url("intranet/page", link_url="http://intranet/page")


def test_image_links_are_image_whatever_the_alt():
    assert kind("squeaky rubber balls", image=True) == "image"
    # the alt's own class is available by asking for a text anchor
    assert kind("squeaky rubber balls", image=False) == "exact"


# --------------------------------------------------------------------------- helpers

@pytest.mark.parametrize("text,naked", [
    ("example.com", True), ("sub.example.org/path", True), ("https://x.io", True),
    ("www.foo", True), ("Node.js", False), ("e.g.", False), ("3.5", False), ("v2.0.1", False),
    ("example.com rocks", False), ("user@example.com", False), ("[2001:db8::1]", True),
])
def test_is_naked_url(text, naked):
    assert is_naked_url(text) is naked


def test_fold_and_words():
    assert fold("ŁÓDŹ Straße Ærø") == "lodz strasse aero"
    assert words("Don't-stop, “quoted” café!") == ["don", "t", "stop", "quoted", "cafe"]


def test_keyword_phrases():
    assert keyword_phrases("https://a.com/blog/2024/01/how-to-choose-a-dog-bed/") == [["choose", "dog", "bed"]]
    assert keyword_phrases("https://a.com/product.php?id=7") == [["product"]]
    assert keyword_phrases("https://a.com/index.html") == []
    assert keyword_phrases("https://happypawsshop.com/", target_title="Toys | Treats | Happy Paws Shop") == [
        ["toy"], ["treat"], ["toy", "treat"]]


def test_slug_with_the_segment_before():
    target = "https://www.snugglepup-beds.com/dog-beds/orthopedic/"
    assert keyword_phrases(target) == [["orthopedic"], ["dog", "bed", "orthopedic"]]
    assert kind("orthopedic dog beds", target) == "exact"
    assert kind("dog beds", target) == "partial"
    # dates and ids before the slug are not words of it
    assert keyword_phrases("https://a.com/2024/03/choosing-a-bed/") == [["choosing", "bed"]]
