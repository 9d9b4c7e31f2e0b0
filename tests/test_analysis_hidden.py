"""Links hidden from readers: inline styles, attributes, hiding classes and
the page's own ``<style>`` rules, on the link or an ancestor."""
from __future__ import annotations

import pytest

from crawler.analysis.hidden import (HidingRules, MAX_RULES, hiding_reason, is_hidden_style,
                                     parse_style)
from tests.test_analysis_position import SHOP, html_layout, link, page

HIDDEN_PAGE = "https://www.cheap-petmeds-deals.com/flea-treatment-coupons/"

#: ``?ref=`` of each link on the hidden-links fixture, and why it is hidden (None: visible).
HIDDEN_CASES = {
    "visible-top-pick": None,
    "visible-responsive-menu": None,        # display:none, shown again in a media query
    "hidden-sr-skip": "hiding_class",       # WordPress .screen-reader-text skip link
    "hidden-inline-display-none": "display_none",
    "hidden-parent-visibility": "visibility_hidden",
    "hidden-font-size-zero": "font_size_zero",
    "visible-inline-row": None,             # .inline-row {font-size:0} with cells reset to 14px
    "hidden-zero-size": "zero_size",
    "hidden-attribute": "hidden_attribute",
    "hidden-offscreen": "offscreen",
    "hidden-text-indent": "text_indent",
    "hidden-opacity": "opacity_zero",
    "hidden-style-class": "display_none",   # .seo-box {display:none}
    "hidden-style-class-2": "display_none",
    "hidden-style-tag-class": "font_size_zero",   # p.tiny {font-size:0px}
    "hidden-style-offscreen": "offscreen",  # .spacer-links {position:absolute; left:-10000px}
    "hidden-style-opacity": "opacity_zero",  # a.ghost {opacity:0 !important}
    "visible-media-query": None,            # hidden only under @media (max-width: 600px)
    "visible-print-only-rule": None,        # hidden only in @media print
    "visible-aria-hidden": None,            # aria-hidden is not invisibility
    "hidden-sr-only": "hiding_class",
    "hidden-clip": "clipped",
    "hidden-noscript": "noscript",
    "hidden-image": "display_none",
    "visible-footer": None,
    "hidden-style-id": "visibility_hidden",  # #footer-links-extra {visibility:hidden}
    "hidden-style-id-2": "visibility_hidden",
}


@pytest.mark.parametrize("ref, reason", sorted(HIDDEN_CASES.items()))
def test_hidden_links_on_the_fixture_page(ref, reason):
    _, layout = page(HIDDEN_PAGE)
    anchor = link(HIDDEN_PAGE, f"?ref={ref}") if ref != "visible-top-pick" else \
        link(HIDDEN_PAGE, "flea/spot-on-dogs-3-pack?ref=visible-top-pick")
    assert layout.hidden_reason(anchor) == reason
    assert layout.hidden(anchor) is (reason is not None)


def test_every_target_link_of_the_fixture_is_covered():
    doc, _ = page(HIDDEN_PAGE)
    refs = {a.url.split("ref=")[1] for a in doc.anchors if a.url and "ref=" in a.url}
    assert refs == set(HIDDEN_CASES)


def test_themed_pages_keep_their_visible_links_visible():
    from tests.test_analysis_position import POSITION_CASES
    for url, href, _ in POSITION_CASES:
        _, layout = page(url)
        assert not layout.hidden(link(url, href)), (url, href)


@pytest.mark.parametrize("style, reason", [
    ("display:none", "display_none"),
    ("DISPLAY: None !important", "display_none"),
    ("visibility:hidden", "visibility_hidden"),
    ("visibility: collapse", "visibility_hidden"),
    ("opacity:0", "opacity_zero"),
    ("opacity: .0", "opacity_zero"),
    ("opacity: 0%", "opacity_zero"),
    ("font-size:0", "font_size_zero"),
    ("font-size: 0em", "font_size_zero"),
    ("width:0; height:0; overflow:hidden", "zero_size"),
    ("height:1px; overflow-y:hidden", "zero_size"),
    ("position:absolute; clip:rect(0 0 0 0)", "clipped"),
    ("clip-path: inset(50%)", "clipped"),
    ("position:absolute; left:-9999px", "offscreen"),
    ("position:fixed; top:-2000px", "offscreen"),
    ("position:absolute; left:-100em", "offscreen"),
    ("margin-left:-5000px", "offscreen"),
    ("transform: translateX(-9999px)", "offscreen"),
    ("text-indent:-9999px", "text_indent"),
    # visible
    ("display:block", None),
    ("opacity:0.4", None),
    ("font-size:11px", None),
    ("width:0", None),                          # no overflow:hidden: content spills out
    ("height:0; overflow:visible", None),
    ("left:-9999px", None),                     # not positioned: left does nothing
    ("position:relative; left:-20px", None),
    ("text-indent:-1em", None),
    ("", None),
    ("color: red; background: url(data:image/png;base64,AAAA)", None),
])
def test_hiding_reason_of_declarations(style, reason):
    assert hiding_reason(parse_style(style)) == reason
    assert is_hidden_style(style) is (reason is not None)


def test_parse_style_is_lenient():
    assert parse_style("Display : none ; ; garbage; COLOR:Red") == {"display": "none", "color": "red"}
    assert parse_style(None) == {}


def test_ancestor_hiding_applies_to_the_link():
    doc, layout = html_layout(f'<div style="display:none"><p><span><a href="{SHOP}">x</a></span></p></div>')
    assert layout.hidden_reason(doc.anchors[0]) == "display_none"


def test_font_size_zero_needs_text_and_no_reset_in_between():
    doc, layout = html_layout(
        f'<div style="font-size:0"><span style="font-size:14px"><a href="{SHOP}a">shown</a></span>'
        f'<a href="{SHOP}b">gone</a><a href="{SHOP}c"><img src="/i.png" alt="logo"></a></div>')
    assert [layout.hidden(a) for a in doc.anchors] == [False, True, False]


def test_aria_hidden_and_until_found_are_not_hidden_but_template_is():
    doc, layout = html_layout(
        f'<a aria-hidden="true" href="{SHOP}a">icon</a><div hidden="until-found"><a href="{SHOP}b">b</a></div>'
        f'<template><a href="{SHOP}c">c</a></template><div hidden><a href="{SHOP}d">d</a></div>')
    reasons = {a.url: layout.hidden_reason(a) for a in doc.anchors}
    assert reasons == {f"{SHOP}a": None, f"{SHOP}b": None, f"{SHOP}c": "template",
                       f"{SHOP}d": "hidden_attribute"}


def test_responsive_utility_classes():
    doc, layout = html_layout(
        f'<div class="d-none"><a href="{SHOP}a">a</a></div>'
        f'<div class="d-none d-md-block"><a href="{SHOP}b">b</a></div>'
        f'<div class="hidden-xs"><a href="{SHOP}c">c</a></div>'
        f'<div class="visually-hidden"><a href="{SHOP}d">d</a></div>')
    assert [layout.hidden(a) for a in doc.anchors] == [True, False, False, True]


def test_style_rules_simple_selectors_only():
    rules = HidingRules.from_css("""
        .x { display: none }
        #y { visibility: hidden }
        a.z { opacity: 0 }
        div .nested { display: none }
        .u:hover { display: none }
        [data-gone] { display: none }
        .a.b { display: none }
    """)
    doc, _ = html_layout(
        f'<div class="x"><a href="{SHOP}1">1</a></div><p id="y"><a href="{SHOP}2">2</a></p>'
        f'<a class="z" href="{SHOP}3">3</a><span class="z"><a href="{SHOP}4">4</a></span>'
        f'<div><p class="nested"><a href="{SHOP}5">5</a></p></div>'
        f'<p class="u"><a href="{SHOP}6">6</a></p><p data-gone><a href="{SHOP}7">7</a></p>'
        f'<p class="a b"><a href="{SHOP}8">8</a></p><p class="a"><a href="{SHOP}9">9</a></p>')
    assert [rules.is_hidden(a.element) for a in doc.anchors] == [
        True, True, True, False, False, False, False, True, False]


def test_style_rules_shown_again_are_not_hidden():
    rules = HidingRules.from_css("""
        /* .commented { display: none } */
        .later { display: none } .later { display: flex }
        .dropdown { display: none } .menu li:hover > .dropdown { display: block }
        .drawer { display: none } .drawer.is-open { display: block }
        .wide { display: none } @media (min-width: 900px) { .wide { display: block } }
        .stays { display: none } @font-face { font-family: x; src: url(x.woff) }
        @media screen { .screen-rule { display: none } }
    """)
    doc, _ = html_layout("".join(f'<p class="{name}"><a href="{SHOP}{name}">{name}</a></p>' for name in (
        "commented", "later", "dropdown", "drawer", "wide", "stays", "screen-rule")))
    assert [rules.is_hidden(a.element) for a in doc.anchors] == [
        False, False, False, False, False, True, True]


def test_style_elements_for_print_are_ignored():
    doc, layout = html_layout(f'<p class="np"><a href="{SHOP}">x</a></p>',
                              head='<style media="print">.np { display: none }</style>')
    assert not layout.hidden(doc.anchors[0])


def test_style_rules_are_bounded():
    css = "".join(f".c{i} {{ color: red }}" for i in range(MAX_RULES + 10)) + ".late { display:none }"
    rules = HidingRules.from_css(css)
    doc, _ = html_layout(f'<p class="late"><a href="{SHOP}">x</a></p>')
    assert not rules.is_hidden(doc.anchors[0].element)
