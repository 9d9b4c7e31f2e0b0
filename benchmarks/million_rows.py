"""Peak memory of a verify run on a large input (not part of CI: slow).

Generates an N-row backlink CSV (default 1,000,000) whose linking pages are
spread over many sites, runs ``scrapy crawl verify`` on it against the local
web (pages answer a fast 404 there, so the run measures the verifier, not the
network), stops after ``--pages`` pages, and reports the peak RSS of the
crawl and how long ingestion took.

    python benchmarks/million_rows.py --rows 1000000 --pages 20000
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.localweb import LocalWeb  # noqa: E402


def write_input(path: Path, rows: int) -> None:
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Source URL", "Target URL", "Anchor Text"])
        for i in range(rows):
            writer.writerow([f"https://blog{i % 5000}.example-sites.com/post/{i}/",
                             "https://www.happypaws-shop.com/dog-food/grain-free/", f"anchor {i % 97}"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--pages", type=int, default=20_000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    links = tmp / "links.csv"
    started = time.monotonic()
    write_input(links, args.rows)
    print(f"input: {args.rows} rows, {links.stat().st_size / 1e6:.0f} MB, written in {time.monotonic() - started:.0f} s")
    web = LocalWeb([tmp]).start()
    command = [sys.executable, "-m", "scrapy", "crawl", "verify", "-a", f"input={links}",
               "-s", f"BACKLINKS_DB={tmp / 'db.sqlite'}",
               "-s", "BACKLINKS_HOSTS=" + json.dumps({"*": web.ip}), "-s", "BACKLINKS_HOSTS_ONLY=1",
               "-s", "ROBOTSTXT_OBEY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "BACKLINKS_RENDER=never",
               "-s", "CONCURRENT_REQUESTS=64", "-s", f"CLOSESPIDER_PAGECOUNT={args.pages}",
               "-s", "BACKLINKS_PROGRESS_INTERVAL=10", "-s", "LOG_LEVEL=INFO"]
    started = time.monotonic()
    process = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    web.stop()
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    log = process.stderr
    ingest = re.search(r"Run \d+: (\d+) backlinks on (\d+) linking pages", log)
    print(f"exit {process.returncode}; {elapsed:.0f} s in all; peak RSS {peak_mb:.0f} MB")
    if ingest:
        print(f"queued {ingest.group(1)} backlinks on {ingest.group(2)} pages")
    for line in log.splitlines():
        if "Progress:" in line or "Run 1" in line:
            print(line)


if __name__ == "__main__":
    main()
