"""Reading backlink files: CSV and the SEO tools' exports, streamed (SPEC "Input").

:func:`read_backlinks` yields one :class:`InputRow` per usable row and one
:class:`InvalidRow` per row that cannot be used (the spider turns it into an
``error``/``invalid_input`` record); it never reads the whole file into memory.

What is recognised without editing the file:

* **Encoding**: UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or
  without one when the NUL bytes give it away: Ahrefs exports UTF-16 LE), and
  anything else as Windows-1252. Bytes that are not valid in the detected
  encoding are read as Windows-1252 (Latin-1 for its five holes) rather than
  crashing a night's run.
* **Delimiter**: comma, tab or semicolon, whichever makes sense of the header.
* **Header**: names match ignoring case, spaces, underscores, hyphens,
  apostrophes and dots (``Source URL``, ``SourceURL``, `` source_url `` are
  one column; Semrush pads its headers with spaces). Aliases cover Ahrefs,
  Semrush, Majestic, Moz (Link Explorer and the older Open Site Explorer,
  whose URL column is ``URL``) and Google Search Console's "Latest links" /
  "More sample links" in its interface languages. Up to 20 lines before the
  header (a report title, a date) are skipped. A file without a header whose
  first cell is a URL is read as ``source, target, anchor`` by position.

Row rules (documented choices):

* ``row_number`` is the row's number in the file counting every CSV record
  from 1, the header row included: the number a spreadsheet shows. The first
  data row under a header on line 1 is row 2.
* A URL without a scheme (``www.example.com/page``, as hand-written lists have
  it) gets ``http://``: every site still answering on https redirects there,
  and http/https are one page for matching. ``InputRow.source_url`` carries
  the completed URL (ready to fetch); ``target_url`` is kept as given, since
  a bare host there means "the whole domain" (see :func:`crawler.urls.parse_target`).
* The target comes from the row's target column; when the file has none, or
  the cell is empty, from ``default_target`` (``-a target=...``). A file with
  no target column and no default target yields every row as invalid, saying so.
* Exports of the SEO tools are machine-written: a row with more or fewer
  fields than the header is malformed (Majestic's stray quotes and commas)
  and invalid. Hand-made files may leave trailing cells out. Trailing empty
  cells are ignored everywhere. When a stray quote swallowed several lines
  into one record, those lines are read again one by one, so one bad row
  does not take the following ones with it.
* Blank rows are skipped silently; duplicates are yielded as they come
  (the database keeps one link per ``(source_url, target_url)``).
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from crawler.urls import Target, host_of, is_http_url, parse_target

__all__ = [
    "FileFormat", "InputError", "InputRow", "InvalidRow", "MAX_URL_LENGTH", "TOOLS",
    "detect_format", "read_backlinks",
]

TOOLS = ("ahrefs", "semrush", "majestic", "moz", "gsc", "generic")

#: Longest URL accepted in a row (browsers go further, servers mostly stop at 8 KiB).
MAX_URL_LENGTH = 8192
#: Longest CSV record (all its lines together); a longer one is a broken row,
#: typically a stray quote swallowing the lines after it. Keeps memory flat.
MAX_RECORD_CHARS = 1 << 20
#: Bytes read to detect the encoding, the delimiter and the header.
SAMPLE_BYTES = 64 * 1024
#: Lines before the header that may be skipped (a report title, a date).
MAX_PREAMBLE_ROWS = 20

_FALLBACK_ERRORS = "backlinks.cp1252"
_BOM_LENGTH = {"utf-8": 3, "utf-16-le": 2, "utf-16-be": 2}


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: undecodable bytes are read as Windows-1252
    (Latin-1 for the bytes Windows-1252 leaves undefined)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chars = []
    for byte in bytes(error.object[error.start:error.end]):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars), error.end


codecs.register_error(_FALLBACK_ERRORS, _cp1252_fallback)


class InputError(ValueError):
    """The file as a whole cannot be read as a backlink list (no such file,
    empty, no linking-page column, an unusable ``-a target``). The message is
    meant for the user."""


@dataclass(frozen=True)
class FileFormat:
    """What :func:`detect_format` found out about a file."""

    encoding: str                  #: codec the rows are decoded with: utf-8, utf-16-le, utf-16-be, cp1252
    delimiter: str                 #: "," "\t" or ";"
    tool: str                      #: one of :data:`TOOLS`
    bom: bool = False              #: the file starts with a byte order mark
    header_row: int = 1            #: row number of the header; 0 for a file without one
    columns: tuple[str, ...] = ()  #: header cells as found (stripped)
    source_index: int = 0          #: column of the linking page
    target_index: int | None = None
    anchor_index: int | None = None

    @property
    def source_column(self) -> str:
        return self.columns[self.source_index]

    @property
    def target_column(self) -> str | None:
        return None if self.target_index is None else self.columns[self.target_index]

    @property
    def anchor_column(self) -> str | None:
        return None if self.anchor_index is None else self.columns[self.anchor_index]


@dataclass(frozen=True)
class InputRow:
    """One usable backlink of the input."""

    row_number: int
    source_url: str                #: the linking page, http(s), ready to fetch
    target_url: str                #: as given (a URL or a bare host)
    anchor: str | None             #: expected anchor text, None when not given
    extra: dict[str, str] = field(default_factory=dict, hash=False)  #: the other columns

    @cached_property
    def target(self) -> Target:
        """The parsed target (never None: the reader checked it)."""
        target = parse_target(self.target_url)
        assert target is not None
        return target


@dataclass(frozen=True)
class InvalidRow:
    """A row that cannot be used; ``message`` says why, for the user."""

    row_number: int
    source_url: str | None
    target_url: str | None
    message: str


# --------------------------------------------------------------------------- header aliases

def normalize_header(name: str) -> str:
    """The form header names are compared in: NFKC, case-folded, without
    spaces, underscores, hyphens, apostrophes, dots or a BOM.

    >>> normalize_header(" Referring page URL ") == normalize_header("referring_page-url")
    True
    """
    name = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s_\-'’.\ufeff\u200b\"]+", "", name)


def _names(*names: str) -> tuple[str, ...]:
    return tuple(normalize_header(name) for name in names)


#: Search Console's "Linking page" in its interface languages.
GSC_LINKING_PAGE = _names(
    "Linking page", "Linking pages",
    "Verlinkende Seite", "Verweisende Seite", "Verknüpfende Seite", "Linkende Seite",     # de
    "Page d'origine du lien", "Page de liaison", "Page contenant le lien", "Page avec lien",  # fr
    "Page référente", "Page d'origine",
    "Página que enlaza", "Página de enlace", "Página enlazante", "Página con enlace",      # es
    "Pagina che contiene il link", "Pagina di collegamento", "Pagina che rimanda",        # it
    "Pagina che include il link", "Pagina di origine",
    "Página de vinculação", "Página que vincula", "Página com link", "Página de link",    # pt
    "Página de origem",
    "Linkende pagina", "Verwijzende pagina", "Pagina met link",                           # nl
    "Strona linkująca", "Strona z linkiem", "Strona odsyłająca", "Strona zawierająca link",  # pl
    "Ссылающаяся страница", "Страница со ссылкой",                                        # ru
    "リンク元ページ", "リンク元のページ", "リンクしているページ",                                # ja
    "링크하는 페이지", "링크 페이지",                                                        # ko
    "Bağlantı veren sayfa",                                                               # tr
)
#: Search Console's "Last crawled" (only used to tell a GSC export).
GSC_LAST_CRAWLED = _names(
    "Last crawled", "Zuletzt gecrawlt", "Letzter Crawl", "Dernière exploration",
    "Último rastreo", "Ultima scansione", "Último rastreamento", "Rastreada pela última vez",
    "Laatst gecrawld", "Ostatnie indeksowanie", "Ostatnio zindeksowano", "Ostatnie skanowanie",
    "Последнее сканирование", "前回のクロール", "最終クロール", "마지막 크롤링", "Son tarama",
)
SOURCE_ALIASES = _names(
    "source_url", "source", "source page", "source page url",
    "Referring page URL", "Referring page", "Referring URL", "Referrer URL", "Referrer",
    "Linking page URL", "Linking URL", "Backlink URL", "Backlink", "From URL", "URL from",
) + GSC_LINKING_PAGE
#: Used only when no column above is there (Moz's ``URL``, hand-made ``url`` lists).
SOURCE_FALLBACK_ALIASES = _names("URL", "Page URL", "Page", "Address")
TARGET_ALIASES = _names(
    "target_url", "target", "target page", "target page url", "Link URL", "Linked URL",
    "Destination URL", "Destination", "To URL", "URL to", "Link to", "Your page", "Your URL",
)
ANCHOR_ALIASES = _names("anchor", "anchor text", "link anchor", "link text", "expected anchor")


@dataclass(frozen=True)
class _Roles:
    source: int | None
    target: int | None
    anchor: int | None


def _match_roles(cells: list[str]) -> _Roles:
    names = [normalize_header(cell) for cell in cells]

    def first(aliases: tuple[str, ...], taken: tuple[int | None, ...] = ()) -> int | None:
        for alias in aliases:
            for index, name in enumerate(names):
                if name == alias and index not in taken:
                    return index
        return None

    source = first(SOURCE_ALIASES)
    target = first(TARGET_ALIASES, (source,))
    if source is None:
        source = first(SOURCE_FALLBACK_ALIASES, (target,))
    anchor = first(ANCHOR_ALIASES, (source, target))
    return _Roles(source, target, anchor)


def _tool(columns: tuple[str, ...], source: int) -> str:
    names = {normalize_header(column) for column in columns}
    if "referringpageurl" in names:
        return "ahrefs"
    if names & set(_names("FlagNoFollow", "SourceTrustFlow", "SourceCitationFlow", "Source Crawl Date")):
        return "majestic"
    if "sourceurl" in names and names & set(_names("Page ascore", "Page score", "Source title", "Page trust score")):
        return "semrush"
    if names & set(_names("Page Authority", "Domain Authority", "Spam Score", "Link Equity")):
        return "moz"
    if normalize_header(columns[source]) in GSC_LINKING_PAGE or names & set(GSC_LAST_CRAWLED):
        return "gsc"
    return "generic"


# --------------------------------------------------------------------------- detection

def _sniff_encoding(head: bytes) -> tuple[str, int]:
    """(codec, BOM length) from the first bytes of a file."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    sample = head[:4096]
    half = len(sample) // 2
    if half >= 2:
        even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
        if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
            return "utf-16-le", 0
        if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
            return "utf-16-be", 0
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252", 0
    return "utf-8", 0


def _looks_like_url(cell: str) -> bool:
    cell = cell.strip()
    return cell.lower().startswith(("http://", "https://")) and is_http_url(cell)


@dataclass(frozen=True)
class _Layout:
    score: tuple[int, int]
    header_row: int
    columns: tuple[str, ...]
    roles: _Roles


def _find_layout(records: list[list[str]]) -> _Layout | None:
    """Where the header is and which columns play which role, or None."""
    numbered = [(number, record) for number, record in enumerate(records, start=1)
                if any(cell.strip() for cell in record)]
    for number, record in numbered[:MAX_PREAMBLE_ROWS + 1]:
        roles = _match_roles(record)
        if roles.source is not None:
            return _Layout((3, len(record)), number, tuple(c.strip() for c in record), roles)
    if not numbered:
        return None
    number, first = numbered[0]
    if _looks_like_url(first[0]):  # no header: source, target, anchor by position
        width = len(first)
        columns = ("source_url", "target_url", "anchor")[:width] + tuple(
            f"column_{index}" for index in range(4, width + 1))
        roles = _Roles(0, 1 if width > 1 else None, 2 if width > 2 else None)
        return _Layout((2, width), 0, columns, roles)
    if len(numbered) > 1:  # a header we do not know: the first column holding URLs
        data = numbered[1][1]
        roles = _match_roles(first)
        for index, cell in enumerate(data[:len(first)]):
            if index != roles.target and _looks_like_url(cell):
                return _Layout((1, len(first)), number, tuple(c.strip() for c in first),
                               _Roles(index, roles.target, roles.anchor))
    return None


def _read_head(path: str) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read(SAMPLE_BYTES)
    except FileNotFoundError:
        raise InputError(f"input file not found: {path}") from None
    except IsADirectoryError:
        raise InputError(f"input is a directory, not a file: {path}") from None
    except PermissionError:
        raise InputError(f"input file cannot be read (permission denied): {path}") from None


def detect_format(path: str) -> FileFormat:
    """Encoding, delimiter, header and tool of a backlink file, from its first
    64 KiB. Raises :class:`InputError` for an empty file or one with no
    column of linking pages."""
    head = _read_head(path)
    encoding, bom = _sniff_encoding(head)
    text = codecs.getincrementaldecoder(encoding)(_FALLBACK_ERRORS).decode(head[bom:], final=False)
    if len(head) == SAMPLE_BYTES:  # the last line may be cut: leave it out
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[:cut + 1] if cut >= 0 else text
    if not text.strip("\x00\ufeff \t\r\n"):
        raise InputError(f"input file is empty: {path}")

    best: tuple[_Layout, str] | None = None
    first_rows: dict[str, list[str]] = {}
    for delimiter in (",", "\t", ";"):
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        try:
            records = list(itertools.islice(reader, MAX_PREAMBLE_ROWS + 30))
        except csv.Error:
            continue
        first_rows[delimiter] = next((r for r in records if any(c.strip() for c in r)), [])
        layout = _find_layout(records)
        if layout and (best is None or layout.score > best[0].score):
            best = (layout, delimiter)
    if best is None:
        found = max(first_rows.values(), key=len, default=[])
        shown = ", ".join(repr(cell.strip()) for cell in found[:30]) or "none"
        raise InputError(
            f"{path}: no column of linking pages found. Headers found: {shown}. "
            "Name the column of linking pages source_url (and your pages target_url), "
            "or use an Ahrefs, Semrush, Majestic, Moz or Search Console export as it is.")
    layout, delimiter = best
    roles = layout.roles
    assert roles.source is not None
    tool = "generic" if layout.header_row == 0 else _tool(layout.columns, roles.source)
    return FileFormat(
        encoding=encoding, delimiter=delimiter, tool=tool, bom=bom > 0,
        header_row=layout.header_row, columns=layout.columns, source_index=roles.source,
        target_index=roles.target, anchor_index=roles.anchor,
    )


# --------------------------------------------------------------------------- reading

class _RecordTooLong(Exception):
    """Raised through csv.reader when a record grows past MAX_RECORD_CHARS."""


class _Lines:
    """The physical lines of a text stream, fed to ``csv.reader``, remembering
    the lines of the record being read and capping its size."""

    def __init__(self, stream: io.TextIOBase, limit: int) -> None:
        self.stream = stream
        self.limit = limit
        self.taken: list[str] = []
        self.overlong: set[int] = set()  #: indexes in ``taken`` of lines cut at the limit
        self.size = 0

    def start_record(self) -> None:
        self.taken = []
        self.overlong = set()
        self.size = 0

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        line = self.stream.readline(self.limit + 1)
        if not line:
            raise StopIteration
        self.taken.append(line)
        self.size += len(line)
        if len(line) > self.limit:  # skip the rest of an endless line
            self.overlong.add(len(self.taken) - 1)
            while True:
                rest = self.stream.readline(self.limit)
                if not rest or rest.endswith(("\n", "\r")):
                    break
        if self.size > self.limit:
            raise _RecordTooLong
        return line


def _complete_url(text: str) -> str | None:
    """``http://`` in front of a URL written without a scheme; None for
    another scheme (``mailto:``, ``ftp:``, ``javascript:``)."""
    lowered = text.lower()
    if lowered.startswith(("http://", "https://")):
        return text
    if text.startswith("//"):
        return "http:" + text
    if re.match(r"^[a-z][a-z0-9+.\-]*:", lowered) and not re.match(r"^[^/]+:\d+(/|$)", lowered):
        return None
    url = "http://" + text
    host = host_of(url) or ""
    if "." not in host and host != "localhost" and not host.startswith("["):
        return None  # "n/a", "-", "none": not a host
    return url


def _check_url(value: str, what: str) -> str | None:
    """Why ``value`` cannot be a URL cell, or None."""
    if "\x00" in value:
        return f"{what} contains NUL bytes (is the file UTF-16 without a byte order mark?)"
    if len(value) > MAX_URL_LENGTH:
        return f"{what} is longer than {MAX_URL_LENGTH} characters"
    return None


def _short(text: str, limit: int = 120) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")


class _RowReader:
    """Turns CSV records into InputRow / InvalidRow (one file, one pass)."""

    def __init__(self, fmt: FileFormat, default_target: str | None) -> None:
        self.fmt = fmt
        self.default_target = default_target
        self.strict_width = fmt.tool not in ("generic", "gsc")
        width = len(fmt.columns)
        self.width = width
        names: list[str] = []
        for index, column in enumerate(fmt.columns):
            name = column or f"column_{index + 1}"
            copy = 2
            while name in names:  # a repeated header gets "Name (2)", "Name (3)"...
                name = f"{column or f'column_{index + 1}'} ({copy})"
                copy += 1
            names.append(name)
        self.extra_columns = [(index, names[index]) for index in range(width)
                              if index not in (fmt.source_index, fmt.target_index, fmt.anchor_index)]
        self.target_ok: dict[str, bool] = {}

    def swallowed(self, cells: list[str], lines: list[str]) -> bool:
        """Did a stray quote join these lines into one record? Yes when the
        record is malformed, or when a later line reads as a row of its own."""
        if self.field_count_problem(cells):
            return True
        source = self.fmt.source_index
        for line in lines[1:]:
            parsed = _parse_line(line, self.fmt.delimiter)
            if source < len(parsed) and _looks_like_url(parsed[source]):
                return True
        return False

    def field_count_problem(self, cells: list[str]) -> str | None:
        if self.fmt.header_row == 0:  # no header: any width goes
            return None
        count = len(cells)
        if count > self.width and not any(cell.strip() for cell in cells[self.width:]):
            return None
        if count > self.width or (count < self.width and self.strict_width):
            return (f"row has {count} fields but the header has {self.width} "
                    "(a stray delimiter or quote in the row?)")
        return None

    def row(self, number: int, cells: list[str]) -> InputRow | InvalidRow | None:
        if not any(cell.strip() for cell in cells):
            return None
        fmt = self.fmt

        def cell(index: int | None) -> str | None:
            if index is None or index >= len(cells):
                return None
            return cells[index].strip()

        source = cell(fmt.source_index)
        target_cell = cell(fmt.target_index)
        target = target_cell or self.default_target
        problem = self.field_count_problem(cells)
        if problem:
            return InvalidRow(number, source or None, target or None, problem)

        if not source:
            return InvalidRow(number, None, target or None, "empty source URL (the linking page)")
        problem = _check_url(source, "source URL")
        if problem:
            return InvalidRow(number, source, target or None, problem)
        url = _complete_url(source)
        if url is None:
            return InvalidRow(number, source, target or None,
                              f"source URL is not an http(s) URL: {_short(source)}")
        if not is_http_url(url):
            return InvalidRow(number, source, target or None,
                              f"source URL has no usable host: {_short(source)}")

        if not target:
            if fmt.target_index is None:
                message = (f"no target: the file has no target column ({self._target_hint()}) "
                           "and no default target was given (-a target=example.com)")
            else:
                message = "empty target URL"
            return InvalidRow(number, url, None, message)
        problem = _check_url(target, "target URL")
        if problem:
            return InvalidRow(number, url, target, problem)
        if not self._target_ok(target):
            return InvalidRow(number, url, target,
                              f"target is not an http(s) URL or a host name: {_short(target)}")

        extra = {name: cells[index].strip() for index, name in self.extra_columns if index < len(cells)}
        if fmt.header_row == 0:
            extra.update((f"column_{index + 1}", cells[index].strip())
                         for index in range(max(self.width, 3), len(cells)))
        return InputRow(row_number=number, source_url=url, target_url=target,
                        anchor=cell(fmt.anchor_index) or None, extra=extra)

    def _target_ok(self, target: str) -> bool:
        known = self.target_ok.get(target)
        if known is None:
            known = parse_target(target) is not None
            if len(self.target_ok) < 10_000:
                self.target_ok[target] = known
        return known

    def _target_hint(self) -> str:
        return "columns: " + ", ".join(self.fmt.columns[:12])


def read_backlinks(path: str, *, default_target: str | None = None) -> Iterator[InputRow | InvalidRow]:
    """Stream the rows of a backlink file (see the module docstring for the rules).

    The format is detected and ``default_target`` checked before this returns:
    a file-level problem raises :class:`InputError` here, not halfway through.
    Rows come in file order, one ``InputRow`` or ``InvalidRow`` per non-blank
    data row, duplicates included.
    """
    fmt = detect_format(path)
    if default_target is not None:
        default_target = default_target.strip() or None
    if default_target is not None and parse_target(default_target) is None:
        raise InputError(f"the target {default_target!r} is not an http(s) URL or a host name")
    if csv.field_size_limit() < MAX_RECORD_CHARS:
        csv.field_size_limit(MAX_RECORD_CHARS)
    return _iter_rows(path, fmt, _RowReader(fmt, default_target))


def _iter_rows(path: str, fmt: FileFormat, rows: _RowReader) -> Iterator[InputRow | InvalidRow]:
    with open(path, "rb") as raw:
        raw.seek(_BOM_LENGTH[fmt.encoding] if fmt.bom else 0)
        stream = io.TextIOWrapper(raw, encoding=fmt.encoding, errors=_FALLBACK_ERRORS, newline="")
        lines = _Lines(stream, MAX_RECORD_CHARS)
        reader = csv.reader(lines, delimiter=fmt.delimiter)
        number = 0
        while True:
            lines.start_record()
            try:
                cells = next(reader)
                broken = len(lines.taken) > 1 and number >= fmt.header_row and rows.swallowed(cells, lines.taken)
            except StopIteration:
                return
            except (_RecordTooLong, csv.Error):
                reader = csv.reader(lines, delimiter=fmt.delimiter)  # a fresh reader goes on
                broken = True
            if not broken:
                number += 1
                result = rows.row(number, cells) if number > fmt.header_row else None
                if result is not None:
                    yield result
                continue
            # A stray quote joined several lines, or a record is too long:
            # read each of its lines on its own.
            for index, line in enumerate(lines.taken):
                number += 1
                if number <= fmt.header_row:
                    continue
                if index in lines.overlong:
                    yield InvalidRow(number, None, None, f"row is longer than {MAX_RECORD_CHARS} characters")
                    continue
                result = rows.row(number, _parse_line(line, fmt.delimiter))
                if result is not None:
                    yield result


def _parse_line(line: str, delimiter: str) -> list[str]:
    """One physical line as a CSV record of its own (an unclosed quote ends at the line's end)."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return [line.rstrip("\r\n")]
