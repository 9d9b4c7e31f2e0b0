"""Is a link hidden from readers?

A link is hidden when it, or any ancestor, is hidden by one of:

- inline style: ``display:none``; ``visibility:hidden`` (or ``collapse``);
  ``opacity:0``; ``font-size:0`` (only for a link with text, and only when
  no nearer element sets a non-zero font size again: ``font-size:0`` on a
  row of inline blocks is a layout trick, not hiding); a zero (or 1px)
  ``width``/``height`` with ``overflow:hidden``; ``clip:rect(0 0 0 0)`` or
  ``clip-path:inset(50%)``; far off-screen positioning (an absolute or fixed
  box, or a margin or ``translate``, at -500px or further, e.g.
  ``left:-9999px``); ``text-indent`` of -500px or further (text pushed out
  of its box);
- the ``hidden`` attribute; an ancestor ``<template>`` or ``<noscript>``
  (not shown by a browser running scripts);
- the utility classes themes ship for hiding (``screen-reader-text``,
  ``sr-only``, ``visually-hidden``, ``d-none``, ``hidden``...) unless the same
  element carries a responsive "show at some width" class (``d-md-block``);
- rules in the page's own ``<style>`` elements with a simple selector
  (``.x``, ``#y``, ``tag.x``, ``tag#y``, ``.x.y``) whose declarations hide as
  above, outside ``@media`` blocks, unless the page shows the same thing
  again: a later rule or an ``@media`` rule for the selector (responsive
  menus), a rule whose subject is the class in a state or on hover
  (``.drawer.is-open``, ``li:hover > .sub-menu``), or, for ``font-size:0``,
  a rule giving its descendants a font size back (``.row .cell``). Rules
  with other selectors are not matched; ``<style media="print">`` is
  skipped; the CSS read is bounded (:data:`MAX_STYLE_CHARS`,
  :data:`MAX_RULES`). External stylesheets are not fetched (rendering
  with a browser sees them).

``aria-hidden="true"`` is *not* hiding: it removes an element from the
accessibility tree while sighted readers still see it (icon links, duplicate
logo links).

>>> is_hidden_style("position:absolute; left:-9999px")
True
>>> is_hidden_style("display:block; opacity:.5")
False
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import themes

#: Offsets at least this far negative (in px) put a box off-screen.
OFFSCREEN_PX = -500.0
#: Bounds on the page's own CSS read for hiding rules.
MAX_STYLE_CHARS = 400_000
MAX_RULES = 5_000

_HIDDEN_ANCESTOR_TAGS = frozenset({"template", "noscript"})
_LENGTH = re.compile(r"^\s*(-?\d*\.?\d+)\s*(px|em|rem|pt|vw|vh|%|)\s*$")
_UNIT_PX = {"px": 1.0, "": 1.0, "em": 16.0, "rem": 16.0, "pt": 4 / 3, "vw": 13.66, "vh": 7.68,
            "%": 13.66}
_TRANSLATE = re.compile(r"translate(?:x|y|3d)?\(\s*(-?\d*\.?\d+)(px|em|rem|%|vw|vh)?", re.I)
_CLIP_ZERO = re.compile(r"rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)"
                        r"|rect\(\s*1px[\s,]+1px[\s,]+1px[\s,]+1px\s*\)")
_CLIP_PATH_ZERO = re.compile(r"inset\(\s*(?:50|100)%|circle\(\s*0")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_BRACE = re.compile(r"[{}]")
_NAME_IN_SELECTOR = re.compile(r"[.#][-_a-zA-Z0-9]+")
_SUBJECT = re.compile(r"\s*[\s>+~]\s*")      # combinators: the last part is the subject
#: A rule body that may hide or show something (anything else is skipped unparsed).
_MAYBE_RELEVANT = re.compile(r"display|visibility|opacity|font-size|hidden|clip|-\s*\.?\d")
#: What an element with no class, id, style or hidden attribute says.
_PLAIN: tuple[None, dict] = (None, {})
_SIMPLE_SELECTOR = re.compile(r"^([a-zA-Z][a-zA-Z0-9]*)?((?:[.#][-_a-zA-Z0-9]+)+)$")


def parse_style(style: str | None) -> dict[str, str]:
    """``"Display: none !important; color:red"`` -> ``{"display": "none", "color": "red"}``."""
    found: dict[str, str] = {}
    for declaration in (style or "").split(";"):
        name, sep, value = declaration.partition(":")
        if not sep:
            continue
        value = value.replace("!important", "").strip().lower()
        found[name.strip().lower()] = value
    return found


def _px(value: str | None) -> float | None:
    """A CSS length in px (approximate for relative units), or None."""
    if not value:
        return None
    match = _LENGTH.match(value)
    if not match:
        return None
    return float(match.group(1)) * _UNIT_PX[match.group(2)]


def _zero(value: str | None) -> bool:
    px = _px(value)
    return px is not None and abs(px) < 0.01


def hiding_reason(decl: dict[str, str]) -> str | None:
    """Why these declarations hide an element (``"display_none"``,
    ``"visibility_hidden"``, ``"opacity_zero"``, ``"font_size_zero"``,
    ``"zero_size"``, ``"clipped"``, ``"offscreen"``, ``"text_indent"``), or None."""
    if decl.get("display") == "none":
        return "display_none"
    if decl.get("visibility") in ("hidden", "collapse"):
        return "visibility_hidden"
    opacity = decl.get("opacity")
    if opacity is not None:
        try:
            value = float(opacity[:-1]) / 100 if opacity.endswith("%") else float(opacity)
        except ValueError:
            value = 1.0
        if value <= 0.01:
            return "opacity_zero"
    if _zero(decl.get("font-size")):
        return "font_size_zero"
    positioned = decl.get("position") in ("absolute", "fixed")
    if (positioned and _CLIP_ZERO.search(decl.get("clip", ""))) \
            or _CLIP_PATH_ZERO.search(decl.get("clip-path", "")):
        return "clipped"
    offsets = ("left", "top", "right") if positioned else ()
    for name in (*offsets, "margin-left", "margin-top"):
        px = _px(decl.get(name))
        if px is not None and px <= OFFSCREEN_PX:
            return "offscreen"
    margin = decl.get("margin", "").split()
    if any((_px(part) or 0) <= OFFSCREEN_PX for part in margin):
        return "offscreen"
    for match in _TRANSLATE.finditer(decl.get("transform", "")):
        value = float(match.group(1)) * _UNIT_PX.get((match.group(2) or "px").lower(), 1.0)
        if value <= OFFSCREEN_PX:
            return "offscreen"
    overflow = " ".join(decl.get(name, "") for name in ("overflow", "overflow-x", "overflow-y"))
    if "hidden" in overflow or "clip" in overflow:
        for name in ("width", "height", "max-width", "max-height"):
            px = _px(decl.get(name))
            if px is not None and px <= 1:
                return "zero_size"
    indent = _px(decl.get("text-indent"))
    if indent is not None and indent <= OFFSCREEN_PX:
        return "text_indent"
    return None


def is_hidden_style(style: str | None) -> bool:
    """An inline ``style`` attribute value hides its element."""
    return hiding_reason(parse_style(style)) is not None


@dataclass(eq=False)
class HidingRules:
    """The page's own hiding rules (``<style>`` with simple selectors),
    indexed by class and id, plus a per-element cache."""

    by_class: dict[str, list[tuple[str | None, frozenset, str | None, dict]]] = field(default_factory=dict)
    by_id: dict[str, list[tuple[str | None, frozenset, str | None, dict]]] = field(default_factory=dict)
    _cache: dict = field(default_factory=dict)

    @classmethod
    def from_css(cls, css: str) -> "HidingRules":
        """Index the hiding rules of a stylesheet's text."""
        rules = cls()
        hides: dict[str, dict] = {}
        font_reset: set[str] = set()    # classes/ids whose descendants get a font size back
        shown: set[str] = set()         # classes/ids some complex selector shows again
        for selectors, body, conditional in _iter_rules(_COMMENT.sub(" ", css[:MAX_STYLE_CHARS])):
            names = [selector.strip() for selector in selectors.split(",")]
            if not _MAYBE_RELEVANT.search(body):
                continue          # most rules: nothing that hides, shows or resets
            decl = parse_style(body)
            reason = hiding_reason(decl)
            for selector in names:
                if not _SIMPLE_SELECTOR.match(selector):
                    if not selector:
                        continue
                    if "font-size" in decl and not _zero(decl["font-size"]):
                        font_reset.update(_NAME_IN_SELECTOR.findall(selector.split()[0]))
                    if _shows(decl):
                        # ".menu li:hover > .sub-menu {display:block}", ".nav.is-open":
                        # shown on hover, click or at some width, so not hidden
                        shown.update(_NAME_IN_SELECTOR.findall(_SUBJECT.split(selector)[-1]))
                    continue
                if reason and not conditional:
                    hides[selector] = decl
                elif _shows(decl):
                    hides.pop(selector, None)    # shown again later or at some width
                    named = _NAME_IN_SELECTOR.findall(selector)
                    if len(named) > 1:           # ".drawer.is-open": shown by a state class
                        shown.update(named)
        for selector, decl in hides.items():
            named = _NAME_IN_SELECTOR.findall(selector)
            if shown.intersection(named):
                continue
            if hiding_reason(decl) == "font_size_zero" and font_reset.intersection(named):
                continue     # ".row {font-size:0} .row .cell {font-size:14px}": a layout trick
            tag, rest = _SIMPLE_SELECTOR.match(selector).groups()
            classes = frozenset(re.findall(r"\.([-_a-zA-Z0-9]+)", rest))
            ids = re.findall(r"#([-_a-zA-Z0-9]+)", rest)
            entry = (tag.lower() if tag else None, classes, ids[0] if ids else None, decl)
            if ids:
                rules.by_id.setdefault(ids[0], []).append(entry)
            elif classes:
                rules.by_class.setdefault(next(iter(sorted(classes))), []).append(entry)
        return rules

    @classmethod
    def from_doc(cls, doc) -> "HidingRules":
        """The hiding rules of a :class:`PageDoc`'s ``<style>`` elements
        (``media="print"`` and the like left out)."""
        chunks, size = [], 0
        for style in doc.root.iter("style"):
            media = (style.get("media") or "all").lower()
            if "screen" not in media and "all" not in media:
                continue
            text = style.text or ""
            chunks.append(text)
            size += len(text)
            if size > MAX_STYLE_CHARS:
                break
        return cls.from_css("\n".join(chunks))

    def element_declarations(self, element) -> tuple[str | None, dict]:
        """``(reason, declarations)`` for one element on its own: reason is
        why it hides (None when it does not); declarations are the merged
        inline and page-rule declarations (for font size)."""
        cached = self._cache.get(element)
        if cached is not None:
            return cached
        attrib = element.attrib
        if not ("class" in attrib or "id" in attrib or "style" in attrib or "hidden" in attrib
                or element.tag in _HIDDEN_ANCESTOR_TAGS):
            self._cache[element] = _PLAIN
            return _PLAIN
        decl: dict[str, str] = {}
        classes = (element.get("class") or "").split()
        ident = element.get("id")
        for key, table in ([(c, self.by_class) for c in classes] + [(ident, self.by_id)]):
            for tag, needed, rule_id, rule_decl in table.get(key, ()) if key else ():
                if ((tag is None or tag == element.tag) and needed.issubset(classes)
                        and (rule_id is None or rule_id == ident)):
                    decl.update(rule_decl)
        decl.update(parse_style(element.get("style")))
        reason = hiding_reason(decl)
        if reason is None:
            if element.get("hidden") is not None and element.get("hidden") != "until-found":
                reason = "hidden_attribute"
            elif element.tag in _HIDDEN_ANCESTOR_TAGS:
                reason = element.tag
            elif classes:
                names = themes.element_names_of(" ".join(classes), "")
                if themes.HIDING_CLASSES.search(names) and not themes.RESPONSIVE_SHOW.search(names):
                    reason = "hiding_class"
        result = (reason, decl)
        self._cache[element] = result
        return result

    def reason(self, element) -> str | None:
        """Why ``element`` (a link) is hidden, or None when readers see it."""
        has_text = bool("".join(element.itertext()).strip())
        font_set = False
        for el in (element, *element.iterancestors()):
            if not isinstance(el.tag, str):
                continue
            reason, decl = self.element_declarations(el)
            if reason == "font_size_zero":
                if has_text and not font_set:
                    return reason
                continue
            if reason is not None:
                if reason == "text_indent" and not has_text:
                    continue
                return reason
            if "font-size" in decl:
                font_set = True
        return None

    def is_hidden(self, element) -> bool:
        """``element`` (a link) is hidden from readers."""
        return self.reason(element) is not None


def _shows(decl: dict[str, str]) -> bool:
    display = decl.get("display")
    return (display is not None and display != "none") or decl.get("visibility") == "visible"


def _iter_rules(css: str, conditional: bool = False, budget: list | None = None):
    """``(selectors, declarations, conditional)`` for each style rule,
    descending into ``@media``/``@supports`` blocks (their rules are
    conditional) and skipping other at-rules."""
    budget = budget if budget is not None else [MAX_RULES]
    i, n = 0, len(css)
    while i < n and budget[0] > 0:
        open_at = css.find("{", i)
        if open_at < 0:
            return
        prelude = css[i:open_at].strip()
        # an at-rule without a block (@import ...;) may precede the prelude
        while prelude.startswith("@") and ";" in prelude.split("{")[0]:
            prelude = prelude.split(";", 1)[1].strip()
        close_at = _matching_brace(css, open_at)
        inner = css[open_at + 1:close_at]
        if prelude.startswith("@"):
            keyword = prelude[1:].split(None, 1)[0].lower() if len(prelude) > 1 else ""
            if keyword in ("media", "supports", "layer", "container"):
                unconditional = keyword == "layer" or prelude.lower() in ("@media screen", "@media all")
                yield from _iter_rules(inner, conditional or not unconditional, budget)
        else:
            budget[0] -= 1
            yield prelude, inner, conditional
        i = close_at + 1


def _matching_brace(css: str, open_at: int) -> int:
    depth = 0
    for match in _BRACE.finditer(css, open_at):
        if match.group() == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return match.start()
    return len(css)
