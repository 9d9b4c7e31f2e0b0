"""Throughput and scoring cost on real pages (not part of CI).

Serves the 45 real article pages of ../shared/pages on the local web, each
under many query-string variants, builds a backlink file whose targets are
links really present on those pages (so every check is a live link with the
whole analysis), and runs ``scrapy crawl verify`` twice: scoring on and off.
Also times the page analysis itself (parse + every field) per page.

    python benchmarks/realpages.py --pages 1000 --targets 10
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.analysis.document import PageDoc  # noqa: E402
from crawler.checker import PageCheck  # noqa: E402
from crawler.localweb import LocalWeb  # noqa: E402
from crawler.urls import parse_target  # noqa: E402

ARTICLES = ROOT.parent / "shared" / "pages" / "articles"


def load_pages() -> list[tuple[str, str, Path]]:
    truth = json.loads((ARTICLES / "ground-truth.json").read_text())
    return [(info["url"], gzip.decompress((ARTICLES / f"{digest}.html.gz").read_bytes()).decode("utf-8", "replace"),
             ARTICLES / f"{digest}.html.gz") for digest, info in truth.items()]


def analysis_cost(pages) -> list[float]:
    """Milliseconds per page: parse, page fields, and one link's fields."""
    costs = []
    for url, html, _ in pages:
        started = time.perf_counter()
        doc = PageDoc.from_html(html, url)
        check = PageCheck(doc, http_status=200, redirects=[])
        check.page_fields
        anchors = [a for a in doc.anchors if a.url]
        if anchors:
            check.link_fields(check.best(anchors[:1]), target_url=anchors[0].url)
        costs.append(1000 * (time.perf_counter() - started))
    return costs


def run(web, links: Path, db: Path, scoring: bool) -> tuple[float, str]:
    command = [sys.executable, "-m", "scrapy", "crawl", "verify", "-a", f"input={links}",
               "-s", f"BACKLINKS_DB={db}", "-s", "BACKLINKS_HOSTS=" + json.dumps({"*": web.ip}),
               "-s", "BACKLINKS_HOSTS_ONLY=1", "-s", "ROBOTSTXT_OBEY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
               "-s", "BACKLINKS_RENDER=never", "-s", "BACKLINKS_CLICK_DEPTH=0", "-s", "CONCURRENT_REQUESTS=32",
               "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "BACKLINKS_CONFIRM_LOST=0",
               "-s", f"BACKLINKS_SCORING_ENABLED={int(scoring)}", "-s", "LOG_LEVEL=INFO"]
    started = time.monotonic()
    process = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    return time.monotonic() - started, process.stderr


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--targets", type=int, default=10)
    args = parser.parse_args()
    pages = load_pages()
    costs = analysis_cost(pages)
    print(f"page analysis (parse + page fields + one link): median {statistics.median(costs):.1f} ms, "
          f"p90 {sorted(costs)[int(0.9 * len(costs))]:.1f} ms over {len(costs)} real pages")
    tmp = Path(tempfile.mkdtemp(prefix="realpages-"))
    served = {urlsplit(url).hostname + (urlsplit(url).path or "/"): path for url, _, path in pages}
    web = LocalWeb([tmp], pages=served).start()
    links = tmp / "links.csv"
    count = 0
    with open(links, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["source_url", "target_url"])
        for i in range(args.pages):
            url, html, _ = pages[i % len(pages)]
            doc = PageDoc.from_html(html, url)
            targets = list(dict.fromkeys(a.url for a in doc.anchors if a.url and parse_target(a.url)))
            source = f"{url}{'&' if '?' in url else '?'}variant={i}"
            for target in targets[: args.targets]:
                writer.writerow([source, target])
                count += 1
    print(f"{count} backlinks on {args.pages} pages")
    for scoring in (False, True):
        elapsed, log = run(web, links, tmp / f"db-{int(scoring)}.sqlite", scoring)
        summary = [line for line in log.splitlines() if "finished:" in line]
        print(f"scoring {'on ' if scoring else 'off'}: {elapsed:.1f} s, {args.pages / elapsed:.1f} pages/s, "
              f"{count / elapsed:.0f} links/s; {summary[-1].split('INFO: ')[-1] if summary else log[-500:]}")
    web.stop()
    print(f"peak RSS of a crawl: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
