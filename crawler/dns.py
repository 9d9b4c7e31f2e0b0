"""The DNS seam: ``BACKLINKS_HOSTS`` maps host names to addresses.

Scrapy resolves host names through ``TWISTED_DNS_RESOLVER``; this resolver
answers from a mapping first, so a staging copy of a site, or the local test
web, can be verified under its real host names without editing /etc/hosts::

    scrapy crawl verify -s BACKLINKS_HOSTS='{"*.example.com": "127.0.0.1"}'

Patterns are exact names, ``*.domain`` (the domain and every subdomain) or
``*`` (everything). An empty address means "this name does not exist" (a DNS
error). With ``BACKLINKS_HOSTS_ONLY`` every unmapped name fails to resolve,
so a test run can never reach the internet.
"""
from __future__ import annotations

import fnmatch
from collections.abc import Mapping

from twisted.internet import defer
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer

from scrapy.resolver import CachingThreadedResolver


def lookup_mapped(hosts: Mapping[str, str], name: str) -> str | None:
    """The address ``hosts`` gives ``name``: ``""`` for "does not exist",
    None when no pattern matches. Exact names win over patterns, longer
    patterns over shorter ones.

    >>> lookup_mapped({"*": "127.0.0.9", "gone.test": ""}, "www.Blog.test")
    '127.0.0.9'
    >>> lookup_mapped({"*.blog.test": "127.0.0.2"}, "blog.test")
    '127.0.0.2'
    >>> lookup_mapped({"*.blog.test": "127.0.0.2"}, "other.test") is None
    True
    """
    name = name.lower().rstrip(".")
    if name in hosts:
        return hosts[name] or ""
    best: tuple[int, str] | None = None
    for pattern, address in hosts.items():
        pattern = pattern.lower().rstrip(".")
        if pattern.startswith("*.") and (name == pattern[2:] or fnmatch.fnmatchcase(name, pattern)):
            matched = True
        else:
            matched = pattern == "*"
        if matched and (best is None or len(pattern) > best[0]):
            best = (len(pattern), address or "")
    return None if best is None else best[1]


@implementer(IResolverSimple)
class MappedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, answering from ``BACKLINKS_HOSTS`` first."""

    def __init__(self, reactor, cache_size: int, timeout: float, hosts: Mapping[str, str], only: bool):
        super().__init__(reactor, cache_size, timeout)
        self.hosts = {k.lower(): v for k, v in hosts.items()}
        self.only = only

    @classmethod
    def from_crawler(cls, crawler, reactor):
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, settings.getfloat("DNS_TIMEOUT"),
                   settings.getdict("BACKLINKS_HOSTS"), settings.getbool("BACKLINKS_HOSTS_ONLY"))

    def getHostByName(self, name: str, timeout=()):
        address = lookup_mapped(self.hosts, name)
        if address:
            return defer.succeed(address)
        if address == "" or self.only:
            return defer.fail(DNSLookupError(f"{name}: not resolved (BACKLINKS_HOSTS)"))
        return super().getHostByName(name, timeout)
