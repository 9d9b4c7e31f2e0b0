"""How well the scores separate the labelled linking pages (ROC AUC).

``tests/scoring_fixtures/manifest.json`` lists 65 linking pages (natural
editorial links, manipulative ones, grey cases; on-topic and off-topic pairs
over eight subjects in English, German, French and Spanish), each labelled
``natural`` and ``relevant`` by hand. The link-level facts the page
analysers compute (position, context, page type, anchor type) come from the
manifest; the anchor, the text around the link, the outbound links, the
main text and the spam vocabulary are computed here from the HTML.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.analysis.document import PageDoc, iter_visible_text, squash
from crawler.scoring import Scorer, ScoringInput
from crawler.urls import registered_domain, same_page

FIXTURES = Path(__file__).parent / "scoring_fixtures"

#: The separation the scores reach on the set today; a change that lowers
#: it fails here (measured: see the report in docs/signals.md).
MIN_AUC_NATURALNESS = 0.99      # measured 0.998
MIN_AUC_RELEVANCE = 0.97        # measured 0.987


def roc_auc(labels: list[int], scores: list[float]) -> float:
    """Area under the ROC curve: the chance that a random positive scores
    above a random negative (ties count half).

    >>> roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    0.75
    """
    positives = [s for s, y in zip(scores, labels) if y == 1]
    negatives = [s for s, y in zip(scores, labels) if y == 0]
    if not positives or not negatives:
        raise ValueError("need both classes")
    wins = 0.0
    for p in positives:
        for n in negatives:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(positives) * len(negatives))


def main_text(doc: PageDoc) -> str:
    """The page's main text: its <article>, <main> or forum body, else the
    body without header, navigation, sidebar and footer."""
    for xpath in ("//article", "//main", "//*[@id='page-body']"):
        found = doc.root.xpath(xpath)
        if found:
            return squash(" ".join(iter_visible_text(found[0])))[:20000]
    parts = []
    for element in doc.body:
        if element.tag in ("header", "nav", "aside", "footer") or "footer" in (element.get("class") or ""):
            continue
        parts.extend(iter_visible_text(element))
    return squash(" ".join(parts))[:20000]


def surrounding_text(anchor, limit: int = 200) -> str:
    """Visible text of the anchor's block, about ``limit`` characters each side."""
    block = anchor.element
    for ancestor in anchor.ancestors():
        block = ancestor
        if ancestor.tag in ("p", "li", "div", "td", "section"):
            break
    text = squash(" ".join(iter_visible_text(block)))
    own = anchor.text or anchor.image_alt or ""
    at = text.find(own) if own else -1
    if at < 0:
        return text[: 2 * limit]
    return text[max(0, at - limit): at + len(own) + limit]


def load_cases():
    manifest = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    targets = {}
    for key, t in manifest["targets"].items():
        doc = PageDoc.from_html((FIXTURES / t["file"]).read_text(encoding="utf-8"), t["url"])
        title = doc.root.findtext(".//title")
        targets[key] = dict(url=t["url"], text=main_text(doc), title=title, language=t["language"])
    cases = []
    for c in manifest["cases"]:
        target = targets[c["target"]]
        doc = PageDoc.from_html((FIXTURES / c["file"]).read_text(encoding="utf-8"), c["url"])
        link = c["link"]
        to_target = [a for a in doc.anchors if a.url and same_page(a.url, target["url"])]
        chosen = [a for a in to_target if (a.text or a.image_alt) == link["anchor_text"]]
        assert chosen, f"{c['id']}: no link to the target with the manifest's anchor"
        anchor = chosen[-1]
        page_domain = registered_domain(c["url"])
        outbound = sum(1 for a in doc.anchors if a.url and registered_domain(a.url) != page_domain)
        record = {
            "source_url": c["url"], "target_url": target["url"], "status": "live",
            "anchor_text": anchor.text or anchor.image_alt,
            "surrounding_text": surrounding_text(anchor),
            "outbound_links": outbound,
            "title": doc.root.findtext(".//title"),
            **{k: v for k, v in link.items() if k != "anchor_text"},
        }
        analysis = ScoringInput(
            source_url=c["url"], target_url=target["url"], page_text=main_text(doc),
            page_title=record["title"], page_language=link["language"],
            page_visible_text=doc.visible_text[:20000], target_fetched=True,
            target_text=target["text"], target_title=target["title"], target_language=target["language"],
        )
        cases.append((c, record, analysis))
    return cases


@pytest.fixture(scope="module")
def scored():
    scorer = Scorer()
    results = []
    for case, record, analysis in load_cases():
        results.append((case, record, scorer.score(record, analysis)))
    return results


def test_the_set_is_large_and_mixed(scored):
    assert len(scored) >= 60
    languages = {record["language"] for _, record, _ in scored}
    assert {"en", "de", "fr", "es"} <= languages
    for label in ("natural", "relevant"):
        values = [case["labels"][label] for case, _, _ in scored]
        assert 20 <= sum(values) <= len(values) - 20, label


def test_naturalness_separates_natural_links(scored):
    labels = [case["labels"]["natural"] for case, _, _ in scored]
    auc = roc_auc(labels, [s.naturalness.value for _, _, s in scored])
    assert auc >= MIN_AUC_NATURALNESS, f"naturalness AUC {auc:.3f}"


def test_relevance_separates_relevant_links(scored):
    labels = [case["labels"]["relevant"] for case, _, _ in scored]
    auc = roc_auc(labels, [s.relevance.value for _, _, s in scored])
    assert auc >= MIN_AUC_RELEVANCE, f"relevance AUC {auc:.3f}"


def test_relevance_is_not_naturalness(scored):
    """Each score measures its own thing: swapped, they separate far worse."""
    natural = [case["labels"]["natural"] for case, _, _ in scored]
    relevant = [case["labels"]["relevant"] for case, _, _ in scored]
    assert roc_auc(natural, [s.relevance.value for _, _, s in scored]) < 0.8
    assert roc_auc(relevant, [s.naturalness.value for _, _, s in scored]) < 0.8


def test_spam_pages_are_found_from_their_text(scored):
    for case, _, score in scored:
        spammy = case["file"].split("/")[-1].split(".")[0] in {"dogs_08", "fin_04", "cook_05", "run_05", "tech_07"}
        assert ("spam_terms" in score.naturalness.signals) == spammy, case["id"]


def test_the_audit_examples(scored):
    """The seed's own examples: a cat blog is not irrelevant to a dog blog, a
    smartphone article is."""
    by_id = {case["id"]: score for case, _, score in scored}
    assert by_id["dogs_03"].relevance.value >= 50          # cat blog -> dog guide
    assert by_id["dogs_05"].relevance.value < 35           # smartphone review -> dog guide
    assert "off_topic" in by_id["dogs_05"].relevance.signals
    assert by_id["dogs_01"].relevance.value > by_id["dogs_03"].relevance.value > by_id["dogs_05"].relevance.value


def test_every_case_has_explained_scores(scored):
    for case, _, score in scored:
        for s in (score.naturalness, score.relevance):
            assert 0 <= s.value <= 100
            lost = sum(points for _, points in s.losses)
            assert s.value == max(0, min(100, int(100 - lost + 0.5))), case["id"]
