"""The test web: fixture sites served by :class:`crawler.localweb.LocalWeb`."""
from pathlib import Path

SITES = Path(__file__).resolve().parent / "sites"
OVERLAYS = Path(__file__).resolve().parent / "overlays"
