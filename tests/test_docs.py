"""The README is the manual: every setting and command is documented."""
from __future__ import annotations

import pkgutil
from pathlib import Path

import crawler.commands
import crawler.settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_every_project_setting_has_a_heading():
    names = [name for name in vars(crawler.settings) if name.startswith("BACKLINKS_")]
    assert names
    missing = [name for name in names if f"### `{name}`" not in README]
    assert missing == []


def test_every_command_is_documented():
    commands = [m.name for m in pkgutil.iter_modules(crawler.commands.__path__) if not m.name.startswith("_")]
    assert {"lost", "changes", "demo"} <= set(commands)
    missing = [name for name in commands if f"`scrapy {name}" not in README]
    assert missing == []


def test_readme_starts_with_the_two_commands():
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert "scripts/setup" in first_block and "scrapy demo" in first_block and "pytest" in first_block
