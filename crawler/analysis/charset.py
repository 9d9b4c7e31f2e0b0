"""The character encoding a browser decodes an HTML response with.

Scrapy (w3lib) already decodes most pages as a browser does: BOM, then the
``Content-Type`` charset, then a ``<meta>`` declaration in the first 4 KiB,
then a guess; with browsers' substitutions (``gb2312`` -> ``gb18030``,
``shift_jis`` -> ``cp932``, ``iso-8859-1`` -> ``cp1252``). It goes wrong in
three cases that real pages hit, each of which makes it *guess* (or decode
nonsense) where a browser reads the page right:

* labels of the WHATWG Encoding Standard that Python does not know:
  ``iso-8859-8-i`` (Hebrew sites), ``x-cp1251``, ``x-gbk``, ``ks_c_5601-1989``,
  ``x-mac-cyrillic``, ``unicode-1-1-utf-8``... (``iso-8859-8-i`` came out
  as ``johab``);
* a ``<meta charset="utf-16">`` in a page that is in fact ASCII-compatible:
  browsers read it as UTF-8 (the page could not have declared it otherwise);
* a ``<meta>`` declaration after the first 4 KiB (long inline styles or
  scripts first): browsers still honour it.

:func:`declared_encoding` follows the browser's order and labels; the spider
passes its answer to Scrapy (``response.replace(encoding=...)``) when there
is one, and leaves undeclared pages to Scrapy's own detection.

>>> declared_encoding("text/html; charset=ISO-8859-8-I", b"<p>x</p>")
'iso8859-8'
>>> declared_encoding(None, b'<meta charset="utf-16"><p>x</p>')
'utf-8'
>>> declared_encoding("text/html", b"<p>no declaration</p>") is None
True
"""
from __future__ import annotations

import re

from w3lib.encoding import read_bom, resolve_encoding

#: How much of the body is scanned for a ``<meta>`` declaration (it stops at ``<body``).
META_SCAN_BYTES = 64 * 1024

#: WHATWG Encoding Standard labels Python (and so w3lib) does not resolve, or
#: resolves otherwise than browsers, by the encoding name w3lib then resolves
#: the browsers' way (``gbk`` -> gb18030, ``euc-kr`` -> cp949, ...).
_WHATWG_LABELS: dict[str, tuple[str, ...]] = {
    "utf-8": ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"),
    "utf-16-le": ("utf-16", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff"),
    "utf-16-be": ("unicodefffe",),
    "big5": ("cn-big5", "x-x-big5"),
    "euc-kr": ("cseuckr", "csksc56011987", "iso-ir-149", "ks_c_5601-1989", "ksc_5601",
               "windows-949"),
    "euc-jp": ("cseucpkdfmtjapanese", "x-euc-jp"),
    "gbk": ("csgb2312", "gb_2312", "x-gbk"),
    "iso-8859-2": ("iso88592",),
    "iso-8859-3": ("iso88593",),
    "iso-8859-4": ("iso88594",),
    "iso-8859-5": ("iso88595",),
    "iso-8859-6": ("csiso88596e", "csiso88596i", "iso-8859-6-e", "iso-8859-6-i", "iso88596"),
    "iso-8859-7": ("iso88597", "sun_eu_greek"),
    "iso-8859-8": ("csiso88598e", "csiso88598i", "iso-8859-8-e", "iso-8859-8-i", "logical",
                   "visual", "iso88598"),
    "iso-8859-10": ("iso885910",),
    "iso-8859-13": ("iso885913",),
    "iso-8859-14": ("iso885914",),
    "iso-8859-15": ("csisolatin9", "iso885915"),
    "koi8-r": ("koi", "koi8"),
    "koi8-u": ("koi8-ru",),
    "mac-roman": ("csmacintosh", "mac", "x-mac-roman"),
    "mac-cyrillic": ("x-mac-cyrillic", "x-mac-ukrainian"),
    "cp874": ("dos-874", "iso885911"),
    "cp1252": ("iso88591", "x-cp1252", "x-user-defined"),
    "cp1250": ("x-cp1250",),
    "cp1251": ("x-cp1251",),
    "cp1253": ("x-cp1253",),
    "cp1254": ("iso88599", "x-cp1254"),
    "cp1255": ("x-cp1255",),
    "cp1256": ("x-cp1256",),
    "cp1257": ("x-cp1257",),
    "cp1258": ("x-cp1258",),
}
_LABEL_TO_NAME = {label: name for name, labels in _WHATWG_LABELS.items() for label in labels}
_UTF16_32 = ("utf-16", "utf-32")

_CHARSET = re.compile(r"""charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;,"']+))""", re.I)
_SCAN = re.compile(
    rb"<!--.*?(?:-->|\Z)"                      # a comment (skipped)
    rb"|<meta(?=[\s/])(?P<meta>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"  # a meta tag
    rb"|<\?xml\s(?P<xml>[^>]*)>"                # an XML declaration
    rb"|<body[\s>]",                            # the body: stop
    re.S | re.I,
)
_ATTR = re.compile(r"""([^\s=/>]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_XML_ENCODING = re.compile(r"""encoding\s*=\s*["']([^"']+)["']""", re.I)


def resolve_label(label: str | None) -> str | None:
    """Python codec name for an encoding label, the way browsers read labels
    (WHATWG Encoding Standard), with w3lib's browser substitutions; None for
    an unknown label.

    >>> resolve_label(" X-CP1251 "), resolve_label("gb2312"), resolve_label("bogus")
    ('cp1251', 'gb18030', None)
    """
    label = (label or "").strip().lower()
    if not label:
        return None
    return resolve_encoding(_LABEL_TO_NAME.get(label, label))


def header_encoding(content_type: str | bytes | None) -> str | None:
    """Codec of the ``charset`` parameter of a ``Content-Type`` value."""
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    match = _CHARSET.search(content_type or "")
    if not match:
        return None
    return resolve_label(match.group(1) or match.group(2) or match.group(3))


def meta_encoding(body: bytes, limit: int = META_SCAN_BYTES) -> str | None:
    """Codec declared by the first usable ``<meta charset>`` / ``<meta
    http-equiv="Content-Type" content="...; charset=...">`` (or XML
    declaration) before ``<body``, within ``limit`` bytes.

    As in browsers, a UTF-16/32 declaration read from ASCII-compatible bytes
    means UTF-8.
    """
    for match in _SCAN.finditer(body[:limit]):
        attrs, xml = match.group("meta"), match.group("xml")
        if attrs is not None:
            label = _meta_label(attrs.decode("latin-1"))
        elif xml is not None:
            found = _XML_ENCODING.search(xml.decode("latin-1"))
            label = found.group(1) if found else None
        elif match.group(0)[:2] == b"<!":
            continue
        else:  # <body
            return None
        encoding = resolve_label(label)
        if encoding is not None:
            return "utf-8" if encoding.startswith(_UTF16_32) else encoding
    return None


def _meta_label(attrs: str) -> str | None:
    values: dict[str, str] = {}
    for name, *quoted in _ATTR.findall(attrs):
        values.setdefault(name.lower(), next((v for v in quoted if v), ""))
    if "charset" in values:
        return values["charset"]
    if values.get("http-equiv", "").strip().lower() == "content-type":
        match = _CHARSET.search(values.get("content", ""))
        if match:
            return match.group(1) or match.group(2) or match.group(3)
    return None


def declared_encoding(content_type: str | bytes | None, body: bytes) -> str | None:
    """Codec a browser decodes ``body`` with when the response declares one:
    a byte-order mark, else the ``Content-Type`` charset, else a ``<meta>``
    declaration. None when nothing usable is declared (then let Scrapy guess).

    Every name returned is one w3lib and Scrapy accept as they are
    (``TextResponse(..., encoding=name)``).
    """
    bom_encoding, _ = read_bom(body)
    if bom_encoding is not None:
        return bom_encoding
    return header_encoding(content_type) or meta_encoding(body)
