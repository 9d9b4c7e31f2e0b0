"""Every signal code and weight the scores use is documented."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from crawler.scoring import ALL_CODES, DEFAULT_WEIGHTS
from crawler.scoring.naturalness import CONTEXT_CODES, PAGE_TYPE_CODES, POSITION_CODES

ROOT = Path(__file__).resolve().parents[1]
SIGNALS_DOC = (ROOT / "docs" / "signals.md").read_text(encoding="utf-8")
PROFILE_DOC = (ROOT / "README.md").read_text(encoding="utf-8")  # the profile is documented there


def documented() -> set[str]:
    return set(re.findall(r"`([a-z0-9_]+)`", SIGNALS_DOC))


def codes_used_in_code() -> set[str]:
    """Codes the scoring modules emit: first arguments of ``lose(...)``,
    the ``(code, weight, value)`` tuples of relevance, ``code = ...``
    assignments, notes appended, and the code tables of naturalness."""
    found = set(POSITION_CODES.values()) | set(CONTEXT_CODES.values()) | set(PAGE_TYPE_CODES.values())
    for name in ("naturalness.py", "relevance.py"):
        tree = ast.parse((ROOT / "crawler" / "scoring" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                func = node.func
                callee = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if callee in ("lose", "append", "insert") and isinstance(node.args[0].value, str):
                    found.add(node.args[0].value)
                if callee == "insert" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                    found.add(node.args[1].value)
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "code" for t in node.targets):
                value = node.value
                options = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
                found.update(o.value for o in options if isinstance(o, ast.Constant))
            if isinstance(node, ast.Tuple) and node.elts and isinstance(node.elts[0], ast.Constant):
                value = node.elts[0].value
                if isinstance(value, str) and re.fullmatch(r"[a-z]+(_[a-z]+)+", value):
                    found.add(value)
    return {c for c in found if isinstance(c, str)}


def test_the_code_emits_only_registered_codes():
    assert codes_used_in_code() - ALL_CODES == set()
    assert codes_used_in_code() >= {"footer_link", "hidden_link", "off_topic", "language_mismatch"}


def test_every_code_is_documented():
    assert ALL_CODES - documented() == set()


def test_every_weight_is_documented():
    assert set(DEFAULT_WEIGHTS) - documented() == set()


def test_the_documented_weights_are_the_defaults():
    """Table rows "| `code` | ... | N |" give the default points of each naturalness code."""
    for code, points in re.findall(r"^\| `([a-z_]+)` \|[^\n]*\| (\d+) \|$", SIGNALS_DOC, flags=re.M):
        if code in DEFAULT_WEIGHTS:
            assert DEFAULT_WEIGHTS[code] == float(points), code


def test_the_profile_views_are_documented():
    from crawler.profile import SCHEMA
    views = set(re.findall(r"CREATE VIEW IF NOT EXISTS (\w+)", SCHEMA))
    tables = set(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA))
    assert views and tables
    for name in views | tables:
        assert f"`{name}`" in PROFILE_DOC, name
