"""Settings of the backlink verifier, with their defaults.

Every project setting starts with ``BACKLINKS_``; each is documented here and
in the README ("Settings"). Standard Scrapy settings keep their meaning; the
ones set below are the verifier's safe defaults.
"""
from crawler.items import RECORD_FIELDS

BOT_NAME = "backlinks"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
COMMANDS_MODULE = "crawler.commands"

# ----------------------------------------------------------------- project
#: Path of the SQLite database (created with its directory when missing).
BACKLINKS_DB = "data/backlinks.db"
#: Rendering in a browser: "auto" (only pages whose raw HTML lacks the link and
#: could add it with script), "always", "never".
BACKLINKS_RENDER = "auto"
#: Seconds a page may take to render before it is an error (reason "timeout").
BACKLINKS_RENDER_TIMEOUT = 20
#: Pages rendered at once.
BACKLINKS_RENDER_CONCURRENCY = 2
#: Milliseconds to wait after load for late scripts before links are read.
BACKLINKS_RENDER_SETTLE_MS = 1500
#: Browser executable; empty means Debian's /usr/bin/chromium when present,
#: else Playwright's own Chromium.
BACKLINKS_BROWSER_PATH = ""
#: Click depth: largest depth searched from the home page (0 turns it off) and
#: pages fetched per site for the search.
BACKLINKS_CLICK_DEPTH = 3
BACKLINKS_CLICK_DEPTH_PAGES = 50
#: Days a click depth found by one run is reused by later runs (0: search every run).
BACKLINKS_CLICK_DEPTH_MAX_AGE = 7
#: Consecutive runs whose record is an error before a link is marked lost.
BACKLINKS_LOST_AFTER_ERRORS = 3
#: Re-fetch a page whose link seems removed before calling it lost.
BACKLINKS_CONFIRM_LOST = True
#: Alerts at the end of a run with lost links or follow links turned nofollow.
BACKLINKS_WEBHOOK_URL = ""
BACKLINKS_ALERT_EMAIL = ""
#: Seconds each alert channel (webhook, mail) may take.
BACKLINKS_ALERT_TIMEOUT = 30
#: Host name -> address map used before DNS ("*.example.com", "*" allowed; an
#: empty address means the name does not exist).
BACKLINKS_HOSTS = {}
#: Resolve only the names in BACKLINKS_HOSTS (tests: never reach the internet).
BACKLINKS_HOSTS_ONLY = False
#: Longest Retry-After (seconds) honoured on a 429 before it is retried.
BACKLINKS_RETRY_AFTER_MAX = 60
#: Redirect links (shorteners, tracking URLs) followed per page, and hops each.
BACKLINKS_REDIRECT_LINKS_PER_PAGE = 10
#: Seconds between progress lines in the log (0 turns them off).
BACKLINKS_PROGRESS_INTERVAL = 30
#: Rows written to SQLite per transaction, and the longest wait (seconds)
#: before a partial batch is written.
BACKLINKS_BATCH_SIZE = 200
BACKLINKS_BATCH_SECONDS = 2.0
#: Seconds an idle keep-alive connection is kept (Twisted keeps 240).
BACKLINKS_KEEPALIVE_SECONDS = 15
#: Naturalness and relevance scores (the target pages are then fetched once per run).
BACKLINKS_SCORING_ENABLED = True
#: Weights and thresholds replacing the defaults of crawler/scoring/weights.py.
BACKLINKS_WEIGHTS = {}
#: Brand terms of the target site, for anchor types and scores.
BACKLINKS_BRAND_TERMS = []

# ------------------------------------------------------------ politeness
USER_AGENT = "BacklinkVerifier/0.1 (+https://github.com/backlink-verifier/backlink-verifier)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# --------------------------------------------------------- safe defaults
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
DOWNLOAD_TIMEOUT = 30
REDIRECT_MAX_TIMES = 10
METAREFRESH_ENABLED = True
METAREFRESH_MAXDELAY = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 520, 521, 522, 523, 524, 408]
DNS_TIMEOUT = 20
TWISTED_DNS_RESOLVER = "crawler.dns.MappedResolver"
HTTPERROR_ALLOW_ALL = False

# --------------------------------------------------------- components
DOWNLOAD_HANDLERS = {
    "http": "crawler.handlers.HTTPDownloadHandler",
    "https": "crawler.handlers.HTTPDownloadHandler",
}
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.RetryAfterMiddleware": 545,
}
ITEM_PIPELINES = {
    "pipelines.scoring.ScoringPipeline": 300,
    "pipelines.sqlite.SQLitePipeline": 800,
}
EXTENSIONS = {
    "crawler.progress.Progress": 500,
    "crawler.alerts.RunAlerts": 600,
}

FEED_EXPORT_FIELDS = list(RECORD_FIELDS)
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
