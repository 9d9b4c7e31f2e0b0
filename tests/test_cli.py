"""Mistakes on the command line are short usage errors, before anything runs."""
from __future__ import annotations

import pytest

from tests.conftest import run_scrapy


@pytest.mark.parametrize("args, settings, message", [
    (["-a", "input=/no/such/links.csv"], {}, "-a input=/no/such/links.csv: no such file"),
    (["-a", "only=maybe"], {}, "-a only=maybe: expected one of live, lost, error"),
    (["-a", "resume=latest"], {}, "-a resume=latest: no unfinished run to resume"),
    (["-a", "colour=blue"], {}, "unknown argument(s) colour"),
    ([], {"BACKLINKS_RENDER": "sometimes"}, "BACKLINKS_RENDER='sometimes': use one of auto, always, never"),
])
def test_usage_errors(tmp_path, args, settings, message):
    process = run_scrapy(["crawl", "verify", *args], {"BACKLINKS_DB": str(tmp_path / "db.sqlite"), **settings},
                         timeout=60)
    assert process.returncode == 2
    assert message in process.stderr
    assert "Traceback" not in process.stderr
