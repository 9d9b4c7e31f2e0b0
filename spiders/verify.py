"""``scrapy crawl verify``: is each backlink still there, and what is it worth?

The spider streams the input into the database, then yields one Request per
distinct linking page, read back from the database in a site-interleaved
order (memory stays flat however long the input). Each response is parsed
once and handed to :class:`crawler.checker.PageCheck`; one record is yielded
per backlink. Pipelines score the records and write them to SQLite.
"""
from __future__ import annotations

import asyncio
import json
import logging
from collections import deque
from datetime import datetime, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import UsageError
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.analysis.challenge import is_bot_challenge
from crawler.analysis.charset import declared_encoding
from crawler.analysis.document import PageDoc
from crawler.analysis.gone import gone_signal
from crawler.analysis.scriptlinks import could_add_links_by_script
from crawler.arguments import VerifyArguments
from crawler.certificates import CertificateNotes
from crawler.checker import PageCheck, anchors_differ
from crawler.db import Store, StoreError
from crawler.inputs import InputError, InvalidRow, read_backlinks
from crawler.items import add_signal, empty_record
from crawler.render import (RenderConfig, RenderError, RenderSettingsError, browser_available,
                            close_render, inspect_rendered_page, playwright_settings,
                            render_failure_reason, render_meta)
from crawler.scoring import ScoringInput
from crawler.sidefetch import ERROR_STATUSES, SideFetches
from crawler.sitedepth import ClickDepths
from crawler.status import Outcome, classify_failure, classify_response, looks_binary
from crawler.targets import TargetSummary
from crawler.urls import normalize_url, parse_target, registered_domain, same_page, site_of

logger = logging.getLogger(__name__)

INGEST_BATCH = 1000
#: Statuses handed to the callback: every error status. Redirects (3xx) stay
#: with Scrapy's redirect middleware (``handle_httpstatus_all`` would stop it).
HANDLED_STATUSES = ERROR_STATUSES


def utc_timestamp() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def header_lists(response) -> dict[str, list[str]]:
    """Response headers as lower-case name -> decoded values."""
    return {
        name.decode("latin-1").lower(): [v.decode("latin-1") for v in values]
        for name, values in response.headers.items()
    }


def with_declared_encoding(response):
    """The response decoded as a browser would (BOM, header, then meta, with
    the WHATWG labels Python lacks)."""
    if not isinstance(response, TextResponse):
        return response
    encoding = declared_encoding(response.headers.get(b"Content-Type"), response.body)
    if encoding is not None and encoding != response.encoding:
        return response.replace(encoding=encoding)
    return response


class VerifySpider(scrapy.Spider):
    name = "verify"

    def __init__(self, *args, **kwargs):
        ours = {k: kwargs.pop(k) for k in ("input", "target", "only", "resume") if k in kwargs}
        super().__init__(*args, **kwargs)
        self.arguments = VerifyArguments.from_kwargs(**ours)
        self.run_id: int | None = None
        self.store: Store | None = None
        self.pages_requested = 0   # linking-page requests handed to Scrapy
        self.pages_finished = 0    # ... answered (callback or errback reached, or dropped)
        self.confirmations: deque[tuple[str, str, list[int], bool]] = deque()  # second looks, held
        self.job: dict | None = None  # the JOBDIR state (spider.state), when there is one
        self.first_looks_over = False

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        try:
            config = RenderConfig.from_settings(settings)
        except RenderSettingsError as exc:
            raise UsageError(str(exc)) from None
        if config.enabled and browser_available(config)[0]:
            settings.update(playwright_settings(config), priority="spider")
            handler = "crawler.handlers.PlaywrightDownloadHandler"
            settings.set("DOWNLOAD_HANDLERS", {"http": handler, "https": handler}, priority="spider")

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.render = RenderConfig.from_settings(settings)
        spider.can_render, message = (browser_available(spider.render) if spider.render.enabled
                                      else (False, "rendering is off (BACKLINKS_RENDER=never)"))
        if spider.render.enabled:
            (logger.info if spider.can_render else logger.warning)(message)
        spider.renders = 0
        spider.certificates = CertificateNotes().install()
        spider.db_path = settings.get("BACKLINKS_DB")
        spider.confirm_lost = settings.getbool("BACKLINKS_CONFIRM_LOST")
        spider.brand_terms = tuple(settings.getlist("BACKLINKS_BRAND_TERMS"))
        spider.backlog = max(16, 2 * settings.getint("CONCURRENT_REQUESTS"))
        spider.scoring = settings.getbool("BACKLINKS_SCORING_ENABLED")
        spider.fetches = SideFetches(
            crawler, redirect_links_per_page=settings.getint("BACKLINKS_REDIRECT_LINKS_PER_PAGE"))
        spider.click_depths = ClickDepths(
            spider.fetches.links_of_page, lambda site: spider.store.pages_of_site(spider.run_id, site),
            max_depth=settings.getint("BACKLINKS_CLICK_DEPTH"),
            max_pages=settings.getint("BACKLINKS_CLICK_DEPTH_PAGES"),
            remembered=lambda key: spider.store.remembered_click_depth(
                key, settings.getfloat("BACKLINKS_CLICK_DEPTH_MAX_AGE")),
            remember=lambda depths: spider.store.remember_click_depths(depths))
        try:
            spider.store = Store(spider.db_path)
            spider.store.lock_for_run()
        except StoreError as exc:
            raise UsageError(str(exc)) from None
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        crawler.signals.connect(spider._dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider._scheduled, signal=signals.request_scheduled)
        return spider

    def _scheduled(self, request, spider):
        """A page request is in Scrapy's queue (on disk with JOBDIR): a stop
        and restart go on after it."""
        if "confirm" in request.meta:
            if self.confirmations and self.confirmations[0][2] == request.meta["confirm"]:
                self.confirmations.popleft()
        elif "position" in request.meta and self.job is not None:
            self.job["handed_up_to"] = request.meta["position"]

    def _dropped(self, request, spider):
        if "page_key" in request.meta and "confirm" not in request.meta:
            self._page_finished()

    def _page_finished(self) -> None:
        self.pages_finished += 1
        self.crawler.stats.inc_value("backlinks/pages_done")

    def _closed(self, reason):
        self.certificates.remove()
        if self.store is not None:
            self.store.unlock()

    # ------------------------------------------------------------- start
    async def start(self):
        self.run_id = self._open_run()
        handed_up_to = self._job_state()
        stats = self.crawler.stats
        if not self._resuming:
            if self.arguments.input:
                for item in self._ingest(self.arguments.input):
                    yield item
            else:
                self.store.enqueue_known_links(self.run_id, only=self.arguments.only, site_of=site_of)
            self.store.rank_queue(self.run_id)
        pages, links = self.store.queue_size(self.run_id)
        stats.set_value("backlinks/pages_total", pages)
        stats.set_value("backlinks/links_total", links)
        logger.info("Run %s: %d backlinks on %d linking pages (database %s)",
                    self.run_id, links, pages, self.db_path)
        for page in self.store.pending_pages(self.run_id, after=handed_up_to):
            # Scrapy schedules start requests as fast as they come: hand them
            # over only as pages finish, so memory stays flat on big inputs.
            while self.pages_requested - self.pages_finished >= self.backlog:
                await asyncio.sleep(0.05)
            self.pages_requested += 1
            request = self.page_request(page["url"], page["page_key"],
                                        render=self.can_render and self.render.mode == "always")
            request.meta["position"] = (page["rank"], page["id"])
            yield request
        # A missing link is looked for again only after every page had its
        # first look: later in the run, not milliseconds after.
        while self.pages_finished < self.pages_requested or self.confirmations:
            if self.confirmations and self.pages_finished >= self.pages_requested:
                url, page_key, link_ids, render = self.confirmations[0]
                yield self.page_request(url, page_key, confirm=link_ids, render=render)
            else:
                await asyncio.sleep(0.05)
        self.first_looks_over = True

    def _open_run(self) -> int:
        self._resuming = False
        self.job = getattr(self, "state", None)  # with JOBDIR: kept across a stop (Ctrl-C) and restart
        resume = self.arguments.resume
        if not resume and self.job and self.job.get("run_id"):
            resume = str(self.job["run_id"])
            if self.store.run_to_resume(resume) is None:   # that run ended: this is a new one
                self.job.clear()
                resume = None
        if resume:
            run = self.store.run_to_resume(resume)
            if run is None:
                raise UsageError(f"-a resume={resume}: no unfinished run to resume")
            self._resuming = True
            logger.info("Resuming run %s", run["id"])
            return run["id"]
        return self.store.start_run(input=self.arguments.input, target=self.arguments.target,
                                    scope=self.arguments.only)

    def _job_state(self) -> tuple[int, int] | None:
        """With JOBDIR, remember the run, how far its pages were handed to
        Scrapy (those are in the job's queue) and the held second looks; a
        restart with the same JOBDIR goes on from there. Returns the keyset
        position to resume after, or None."""
        if self.job is None:
            return None
        if self.job.get("run_id") != self.run_id:
            self.job.clear()
            self.job["run_id"] = self.run_id
        self.confirmations = self.job.setdefault("confirmations", self.confirmations)
        return self.job.get("handed_up_to")

    def _ingest(self, path: str):
        """Stream the input file into the database; yield a record per unusable row."""
        batch: list[tuple] = []
        try:
            rows = read_backlinks(path, default_target=self.arguments.target)
            for row in rows:
                if isinstance(row, InvalidRow):
                    logger.warning("%s row %d skipped: %s", path, row.row_number, row.message)
                    self.crawler.stats.inc_value("backlinks/invalid_rows")
                    yield self.invalid_record(row)
                    continue
                key = normalize_url(row.source_url)
                batch.append((row.source_url, row.target_url, key, site_of(row.source_url),
                              row.anchor, json.dumps(row.extra, ensure_ascii=False) if row.extra else None))
                if len(batch) >= INGEST_BATCH:
                    self.store.add_links(self.run_id, batch)
                    batch = []
        except InputError as exc:
            logger.error("Cannot read %s: %s", path, exc)
            self.crawler.stats.set_value("backlinks/input_error", str(exc))
        self.store.add_links(self.run_id, batch)

    def invalid_record(self, row: InvalidRow):
        item = self.new_record(source_url=row.source_url or "", target_url=row.target_url or "")
        item.update(status="error", reason="invalid_input")
        add_signal(item, "invalid_input")
        return item

    # ---------------------------------------------------------- requests
    def page_request(self, url: str, page_key: str, *, confirm: list[int] | None = None,
                     render: bool = False) -> scrapy.Request:
        meta = {"page_key": page_key, "run_id": self.run_id, "handle_httpstatus_list": HANDLED_STATUSES}
        if confirm is not None:
            meta["confirm"] = confirm
        if render:
            self.renders += 1
            meta.update(render_meta(self.render, context_name=f"render-{self.renders}"))
        return scrapy.Request(url, callback=self.parse_page, errback=self.page_failed,
                              meta=meta, dont_filter=True)

    def new_record(self, *, source_url: str, target_url: str, link_id: int | None = None):
        return empty_record(run_id=self.run_id, source_url=source_url, target_url=target_url,
                            link_id=link_id, checked_at=utc_timestamp(),
                            referring_domain=registered_domain(source_url) if source_url else None)

    def links_of(self, meta) -> list[dict]:
        """The links a page request is for (none for a request of another run
        left in a JOBDIR queue: that run is not this one)."""
        if meta.get("run_id", self.run_id) != self.run_id:
            return []
        links = self.store.page_links(self.run_id, meta["page_key"])
        if "confirm" in meta:
            wanted = set(meta["confirm"])
            links = [link for link in links if link["id"] in wanted]
        return links

    # ----------------------------------------------------------- failure
    async def page_failed(self, failure):
        if failure.check(HttpError):  # a status no middleware could handle (a bare 3xx...)
            async for item in self.parse_page(failure.value.response):
                yield item
            return
        request = failure.request
        if request.meta.get("playwright"):
            await close_render(request.meta.get("playwright_page"))
            outcome = Outcome("error", render_failure_reason(failure.value), "render_failed")
        else:
            outcome = classify_failure(failure)
        self.crawler.stats.inc_value(f"backlinks/pages/{outcome.reason}")
        logger.info("%s: %s (%s)", request.url, outcome.reason, failure.getErrorMessage())
        if "confirm" not in request.meta:
            self._page_finished()
        self.click_depths.page_failed(request.url)
        for link in self.links_of(request.meta):
            yield self.outcome_record(link, outcome)

    def outcome_record(self, link: dict, outcome: Outcome, page: dict | None = None):
        item = self.new_record(source_url=link["source_url"], target_url=link["target_url"],
                               link_id=link["id"])
        item.update(status=outcome.status, reason=outcome.reason)
        if page:
            item.update(page)
        if outcome.signal:
            add_signal(item, outcome.signal)
        return item

    # ----------------------------------------------------------- success
    async def parse_page(self, response):
        """One record per backlink of the page (see :meth:`_page_records`)."""
        bad_certificate = self.certificates.invalid(urlsplit(response.url).hostname)
        try:
            async for item in self._page_records(response):
                if bad_certificate:
                    add_signal(item, "invalid_certificate")
                yield item
        finally:  # counted once done, so start() knows when every first look is over
            if "confirm" not in response.meta:
                self._page_finished()

    async def _page_records(self, response):
        response = with_declared_encoding(response)
        meta = response.meta
        rendered = None
        if meta.get("playwright"):
            try:
                rendered = await inspect_rendered_page(
                    meta["playwright_page"], settle_ms=self.render.settle_ms, timeout_s=self.render.timeout)
            except (RenderError, TimeoutError) as exc:
                outcome = Outcome("error", render_failure_reason(exc), "render_failed")
                for link in self.links_of(meta):
                    yield self.outcome_record(link, outcome)
                return
            finally:
                await close_render(meta["playwright_page"])
        links = self.links_of(meta)
        if not links:
            return
        redirects = list(meta.get("redirect_urls", []))
        headers = header_lists(response)
        is_text = isinstance(response, TextResponse) and not looks_binary(response.body)
        content_type = (headers.get("content-type") or [""])[0].lower()
        is_html = is_text and ("html" in content_type or "xml" in content_type or not content_type)
        body_text = response.text[:50_000] if is_text else None
        challenge = is_bot_challenge(response.status, headers, body_text)
        outcome = classify_response(response.status, is_html=is_html, challenge=challenge)
        base = {"http_status": response.status, "final_url": response.url,
                "redirects": redirects, "https": response.url.lower().startswith("https://")}
        if outcome.status:
            self.click_depths.page_failed(response.url)
            for link in links:
                yield self.outcome_record(link, outcome, base)
            return

        if rendered is not None:
            doc = PageDoc.from_html(rendered.html, rendered.url, headers)
            if rendered.url != response.url:
                redirects.append(response.url)
        else:
            doc = PageDoc.from_selector(response.selector, response.url, headers)
        check = PageCheck(doc, http_status=response.status, redirects=redirects,
                          brand_terms=self.brand_terms, rendered=rendered)
        check.click_depth = await self.click_depths.depth_of(doc.url, [a.url for a in doc.anchors if a.url])
        missing = []
        for link in links:
            item = await self.check_link(check, link)
            if item is None:
                missing.append(link)
            else:
                yield item
        if not missing:
            return
        script_built = rendered is None and could_add_links_by_script(doc)
        render_next = script_built and self.can_render
        if "confirm" not in meta and (self.confirm_lost or render_next):
            self.crawler.stats.inc_value("backlinks/confirm_render" if render_next else "backlinks/confirm_refetch")
            second_look = (links[0]["source_url"], meta["page_key"], [link["id"] for link in missing], render_next)
            if self.first_looks_over:  # a page left in a JOBDIR queue, seen after start() ended
                url, page_key, link_ids, render = second_look
                self.crawler.engine.crawl(self.page_request(url, page_key, confirm=link_ids, render=render))
            else:
                self.confirmations.append(second_look)
            return
        gone = gone_signal(doc, requested_url=meta.get("redirect_urls", [response.url])[0],
                           final_url=response.url, redirects=redirects, http_status=response.status)
        for link in missing:
            item = self.missing_record(check, link, gone)
            if script_built:
                add_signal(item, "not_rendered")
                self.warn_not_rendered()
            yield item

    async def check_link(self, check: PageCheck, link: dict):
        """The live record of ``link`` on the page, or None when it is absent."""
        target = parse_target(link["target_url"])
        if target is None:
            return None
        link_type = None
        matches = check.matches(target)
        if not matches:
            matches = await self.fetches.redirect_matches(check.doc, target)
            link_type = "redirect"
        if not matches:
            return None
        best = check.best(matches)
        summary = await self.fetches.target_summary(link["target_url"]) if self.scoring else None
        fields, signals = check.link_fields(best, target_url=link["target_url"], link_type=link_type,
                                            target_title=summary.title if summary else None)
        item = self.new_record(source_url=link["source_url"], target_url=link["target_url"],
                               link_id=link["id"])
        item.update(check.page_fields)
        item.update(fields)
        item.update(status="live", reason=None, links_to_target=len(matches))
        for code in [*check.page_signals, *signals]:
            add_signal(item, code)
        if len(matches) > 1:
            add_signal(item, "several_links")
        if anchors_differ(link.get("expected_anchor"), item["anchor_text"]):
            add_signal(item, "anchor_mismatch")
        if summary is not None:
            item["analysis"] = self.scoring_input(check, link["source_url"], link["target_url"], summary)
        return item

    @staticmethod
    def scoring_input(check: PageCheck, source_url: str, target_url: str,
                      target: TargetSummary) -> ScoringInput:
        """The texts the scoring pipeline compares: the linking page's and the target page's."""
        return ScoringInput(
            source_url=source_url, target_url=target_url,
            page_text=check.main_text, page_title=check.facts.title,
            page_language=check.language, page_visible_text=check.visible_text,
            target_fetched=target.fetched, target_text=target.text, target_title=target.title,
            target_language=target.language)

    def warn_not_rendered(self) -> None:
        """Log once why links that script may add could not be looked for."""
        self.crawler.stats.inc_value("backlinks/not_rendered")
        if not getattr(self, "_warned_not_rendered", False):
            self._warned_not_rendered = True
            logger.warning("Some pages may add links with JavaScript but were not rendered (signal "
                           "not_rendered): %s", browser_available(self.render)[1]
                           if self.render.enabled else "BACKLINKS_RENDER=never")

    def missing_record(self, check: PageCheck, link: dict, gone: str | None):
        item = self.new_record(source_url=link["source_url"], target_url=link["target_url"],
                               link_id=link["id"])
        item.update(check.page_fields)
        item.update(status="lost", links_to_target=0)
        for code in check.page_signals:
            add_signal(item, code)
        if gone:
            item["reason"] = "page_gone"
            add_signal(item, gone)
        elif check.redirects and not same_page(link["source_url"], check.doc.url):
            item["reason"] = "page_redirected"
        else:
            item["reason"] = "link_removed"
        return item
