"""Countries of domains, from their country-code top-level domain.

Generic TLDs (``.com``, ``.org``) and the ccTLDs sold worldwide as generic
ones (``.io``, ``.co``, ``.tv``, ``.me``...) have no country.

>>> country_of("hundeschule-berlin.de"), country_of("example.co.uk"), country_of("startup.io")
('de', 'gb', None)
>>> country_language("at"), country_language("zz")
('de', None)
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: ccTLDs commonly used as generic TLDs: no country.
GENERIC_CCTLDS: frozenset[str] = frozenset(
    "io co tv me ai ly fm am gg cc ws to tk ml ga cf gq nu sh so la vc xyz".split()
)

#: ccTLDs whose code is not the ISO 3166 one.
_TLD_COUNTRY: Mapping[str, str] = MappingProxyType({"uk": "gb", "eu": "eu"})

#: Main language of the countries behind the common ccTLDs.
COUNTRY_LANGUAGE: Mapping[str, str] = MappingProxyType({
    "us": "en", "gb": "en", "ie": "en", "au": "en", "nz": "en", "ca": "en", "za": "en",
    "in": "en", "sg": "en", "de": "de", "at": "de", "ch": "de", "li": "de", "fr": "fr",
    "be": "fr", "lu": "fr", "mc": "fr", "es": "es", "mx": "es", "ar": "es", "cl": "es",
    "pe": "es", "uy": "es", "ve": "es", "ec": "es", "it": "it", "sm": "it", "pt": "pt",
    "br": "pt", "ao": "pt", "nl": "nl", "pl": "pl", "ru": "ru", "by": "ru", "kz": "ru",
    "ua": "uk", "cz": "cs", "sk": "sk", "hu": "hu", "ro": "ro", "bg": "bg", "gr": "el",
    "tr": "tr", "se": "sv", "no": "no", "dk": "da", "fi": "fi", "ee": "et", "lv": "lv",
    "lt": "lt", "si": "sl", "hr": "hr", "rs": "sr", "cn": "zh", "tw": "zh", "hk": "zh",
    "jp": "ja", "kr": "ko", "vn": "vi", "th": "th", "id": "id", "il": "he", "ir": "fa",
    "sa": "ar", "ae": "ar", "eg": "ar",
})


def country_of(domain: str | None) -> str | None:
    """Two-letter country of a domain's top-level domain; None for generic ones."""
    if not domain or "." not in domain:
        return None
    tld = domain.rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or not tld.isalpha() or tld in GENERIC_CCTLDS:
        return None
    return _TLD_COUNTRY.get(tld, tld)


def country_language(country: str | None) -> str | None:
    """The main language of a country (for the ccTLDs listed), else None."""
    return COUNTRY_LANGUAGE.get(country or "")
