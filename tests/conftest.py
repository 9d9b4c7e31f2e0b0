"""Shared fixtures: the local test web and real ``scrapy crawl verify`` runs."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlite_utils

from crawler.db import row_to_record
from crawler.localweb import LocalWeb
from tests.web import OVERLAYS, SITES

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def web():
    """The local web: every fixture host on one loopback address, ports 80/443."""
    server = LocalWeb([SITES], overlays=OVERLAYS).start()
    yield server
    server.stop()


def crawl_settings(web: LocalWeb, db_path: Path, **overrides) -> dict:
    """Settings of a test crawl: every host name resolved to the local web,
    nothing else resolvable, fast timeouts, no browser unless asked."""
    settings = {
        "BACKLINKS_DB": str(db_path),
        "BACKLINKS_HOSTS": json.dumps(web.hosts_setting()),
        "BACKLINKS_HOSTS_ONLY": "1",
        "BACKLINKS_RENDER": "never",
        "BACKLINKS_CLICK_DEPTH": "0",
        "BACKLINKS_PROGRESS_INTERVAL": "0",
        "AUTOTHROTTLE_ENABLED": "0",
        "DOWNLOAD_TIMEOUT": "5",
        "RETRY_TIMES": "1",
        "LOG_LEVEL": "INFO",
    }
    settings.update({k: (json.dumps(v) if isinstance(v, (dict, list)) else str(v))
                     for k, v in overrides.items()})
    return settings


def write_links_csv(path: Path, rows: list[dict]) -> Path:
    """A plain CSV backlink file from dicts (keys become the header)."""
    fields = list(dict.fromkeys(k for row in rows for k in row))
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


@dataclass
class CrawlResult:
    returncode: int
    stdout: str
    stderr: str
    db_path: Path

    @property
    def db(self) -> sqlite_utils.Database:
        return sqlite_utils.Database(self.db_path)

    def checks(self, run_id: int | None = None) -> list[dict]:
        if run_id is None:
            run_id = self.db.execute("SELECT max(id) FROM runs").fetchone()[0]
        return [row_to_record(r) for r in self.db.query(
            "SELECT * FROM checks WHERE run_id = ? ORDER BY id", [run_id])]

    def check(self, source_url: str, target_url: str | None = None, run_id: int | None = None) -> dict:
        found = [c for c in self.checks(run_id) if c["source_url"] == source_url
                 and (target_url is None or c["target_url"] == target_url)]
        assert len(found) == 1, f"{len(found)} checks for {source_url} -> {target_url}:\n{self.stderr[-3000:]}"
        return found[0]


def scrapy_command(args: list[str], settings: dict) -> list[str]:
    command = [sys.executable, "-m", "scrapy", *args]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return command


def run_scrapy(args: list[str], settings: dict, *, timeout: float = 240, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(scrapy_command(args, settings), cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture
def verify(web, tmp_path):
    """``verify(rows_or_path, *args, **settings)`` runs ``scrapy crawl verify``
    in a subprocess against the local web and returns a :class:`CrawlResult`.
    The same test's runs share one database (nightly runs)."""
    db_path = tmp_path / "backlinks.db"

    def run(rows=None, *args: str, timeout: float = 240, **overrides) -> CrawlResult:
        command = ["crawl", "verify"]
        if rows is not None:
            path = rows if isinstance(rows, (str, Path)) else write_links_csv(tmp_path / "links.csv", rows)
            command += ["-a", f"input={path}"]
        command += list(args)
        process = run_scrapy(command, crawl_settings(web, db_path, **overrides), timeout=timeout)
        return CrawlResult(process.returncode, process.stdout, process.stderr, db_path)

    return run


def start_scrapy(args: list[str], settings: dict) -> subprocess.Popen:
    """A crawl running in the background (for kill tests)."""
    return subprocess.Popen(scrapy_command(args, settings), cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)


def kill_group(process: subprocess.Popen, sig=signal.SIGKILL) -> None:
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        pass
    process.wait(timeout=30)


def wait_for(predicate, timeout: float = 60, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
