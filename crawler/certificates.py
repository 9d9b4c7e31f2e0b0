"""Remember which hosts served a certificate that does not verify.

Scrapy downloads from such hosts anyway (as a browser user clicking through
would see the page) and logs a warning per connection. :class:`CertificateNotes`
is a logging filter on Scrapy's TLS logger: it keeps the host names (bounded),
lets the first warning through, and drops the repeats, so the log says it
once and each record from such a host gets the signal ``invalid_certificate``.
"""
from __future__ import annotations

import logging
import re
from collections import OrderedDict

TLS_LOGGER = "scrapy.core.downloader.tls"
_HOST = re.compile(r'hostname "([^"]+)"')


class CertificateNotes(logging.Filter):
    def __init__(self, max_hosts: int = 10_000):
        super().__init__()
        self.max_hosts = max_hosts
        self.hosts: OrderedDict[str, None] = OrderedDict()
        self.warnings = 0

    def filter(self, record: logging.LogRecord) -> bool:
        match = _HOST.search(record.getMessage())
        if not match:
            return True
        self.hosts[match.group(1).lower()] = None
        while len(self.hosts) > self.max_hosts:
            self.hosts.popitem(last=False)
        self.warnings += 1
        if self.warnings == 1:
            record.msg = f"{record.getMessage()} (certificate problems of other hosts are not logged; " \
                         f"their records carry the signal invalid_certificate)"
            record.args = ()
            return True
        return False

    def invalid(self, host: str | None) -> bool:
        return bool(host) and host.lower() in self.hosts

    def install(self) -> "CertificateNotes":
        logging.getLogger(TLS_LOGGER).addFilter(self)
        return self

    def remove(self) -> None:
        logging.getLogger(TLS_LOGGER).removeFilter(self)
