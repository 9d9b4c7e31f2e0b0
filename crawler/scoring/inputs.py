"""What scoring takes in, beside the record's own fields.

The spider puts a :class:`ScoringInput` in ``item["analysis"]`` for every
live link; the scoring pipeline reads the profile facts of the link from the
database into a :class:`ProfileFacts`. Both are plain frozen values.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScoringInput:
    """The texts scoring needs for one live link.

    The spider fetches every distinct target page once per run and passes
    the same strings for every link to it; the scorer summarises each target
    once (cached by ``target_url``).
    """

    source_url: str
    target_url: str
    page_text: str                          #: main text of the linking page (about 20,000 characters at most)
    page_title: str | None = None
    page_language: str | None = None        #: ISO 639-1; the record's ``language`` when None
    page_visible_text: str | None = None    #: all visible text (sidebars, ads: where spam sits); ``page_text`` when None
    target_fetched: bool = False            #: the target page was fetched and read
    target_text: str | None = None          #: main text of the target page
    target_title: str | None = None
    target_language: str | None = None


@dataclass(frozen=True)
class ProfileFacts:
    """Where one link stands in the link profile of its target site.

    Counts come from the database as it was when the run's first record was
    scored, with this link counted once as it is now.
    """

    target_site: str            #: registered domain of the target
    site_links: int = 1         #: links to the target site
    anchor_links: int = 1       #: links to the site whose anchor equals this link's
    anchored_links: int = 1     #: links to the site whose anchor is known
    page_links: int = 1         #: links from this link's page to the site
    domain_links: int = 1       #: links from this link's referring domain to the site
    domain_pages: int = 1       #: pages of that referring domain linking to the site
    language_links: int = 0     #: links to the site from pages in this page's language
    languaged_links: int = 0    #: links to the site whose page language is known
    country: str | None = None          #: country of the referring domain's ccTLD
    target_country: str | None = None   #: country of the target's ccTLD
    country_links: int = 0      #: links to the site from referring domains of ``country``
    new_links_that_day: int = 0 #: links to the site first seen the day this one was (after the first run)
    burst: bool = False         #: that day is a burst (see ``link_burst``)
