"""The ``verify`` spider's ``-a`` arguments, parsed once, in one place."""
from __future__ import annotations

import os
from dataclasses import dataclass

from scrapy.exceptions import UsageError

ONLY_VALUES = ("live", "lost", "error")


@dataclass(frozen=True)
class VerifyArguments:
    """``-a input=links.csv -a target=example.com -a only=live -a resume=latest``"""

    input: str | None = None    #: backlink file to add and check
    target: str | None = None   #: target for rows without one (Search Console exports)
    only: str | None = None     #: re-check only links whose current status is this
    resume: str | None = None   #: "latest" or a run id: finish an interrupted run

    @classmethod
    def from_kwargs(cls, **kwargs) -> "VerifyArguments":
        unknown = set(kwargs) - {"input", "target", "only", "resume"}
        if unknown:
            raise UsageError(f"unknown argument(s) {', '.join(sorted(unknown))}; "
                             "use -a input=FILE, -a target=URL, -a only=live|lost, -a resume=latest")
        values = {k: (str(v).strip() or None) if v is not None else None for k, v in kwargs.items()}
        only = values.get("only")
        if only and only not in ONLY_VALUES:
            raise UsageError(f"-a only={only}: expected one of {', '.join(ONLY_VALUES)}")
        path = values.get("input")
        if path and not os.path.isfile(path):
            raise UsageError(f"-a input={path}: no such file")
        resume = values.get("resume")
        if resume and resume != "latest" and not resume.isdigit():
            raise UsageError(f"-a resume={resume}: expected 'latest' or a run id")
        return cls(**values)
