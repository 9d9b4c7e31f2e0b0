"""Reading backlink files (crawler/inputs.py), SPEC "Input"."""
from __future__ import annotations

import codecs
import doctest
import tracemalloc
from pathlib import Path

import pytest

from crawler import inputs
from crawler.inputs import (
    FileFormat, InputError, InputRow, InvalidRow, detect_format, normalize_header, read_backlinks,
)

EXPORTS = Path(__file__).parent / "exports"
SITE = "https://www.greenleaf-gardening.com"


def rows_of(path, **kwargs):
    return list(read_backlinks(str(path), **kwargs))


def valid(rows):
    return [row for row in rows if isinstance(row, InputRow)]


def invalid(rows):
    return [row for row in rows if isinstance(row, InvalidRow)]


def write(tmp_path, text, name="links.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


# --------------------------------------------------------------------------- the tools' exports

def test_ahrefs_export():
    path = EXPORTS / "ahrefs.csv"
    assert path.read_bytes()[:2] == codecs.BOM_UTF16_LE
    fmt = detect_format(str(path))
    assert (fmt.encoding, fmt.delimiter, fmt.tool, fmt.bom) == ("utf-16-le", "\t", "ahrefs", True)
    assert (fmt.source_column, fmt.target_column, fmt.anchor_column) == ("Referring page URL", "Target URL", "Anchor")
    assert len(fmt.columns) == 29
    rows = rows_of(path)
    assert not invalid(rows)
    assert [(r.row_number, r.source_url, r.target_url, r.anchor) for r in rows] == [
        (2, "https://www.urbanplotmagazine.com/raised-bed-ideas/", f"{SITE}/raised-beds/", "Greenleaf Gardening"),
        (3, "https://forum.growershub.net/t/tomato-blight-again/88231?page=2", f"{SITE}/blog/tomato-blight/",
         f"{SITE}/blog/tomato-blight/"),
        (4, "https://jardineria-facil.es/guia-principiantes/", f"{SITE}/", "Greenleaf"),
        (5, "http://www.toolshedreviews.co.uk/best-garden-tool-brands",
         "https://greenleaf-gardening.com/tools/pruning-shears", None),
    ]
    first = rows[0]
    assert first.extra["Referring page title"] == "10 Raised Bed Ideas for Small Gardens | Urban Plot Magazine"
    assert first.extra["Domain rating"] == "58"
    assert "Referring page URL" not in first.extra and "Anchor" not in first.extra
    assert rows[1].extra["Nofollow"] == "true" and rows[1].extra["UGC"] == "true"
    assert rows[2].extra["Lost status"] == "lost"


def test_semrush_export():
    fmt = detect_format(str(EXPORTS / "semrush.csv"))
    assert (fmt.encoding, fmt.delimiter, fmt.tool) == ("utf-8", ",", "semrush")
    rows = rows_of(EXPORTS / "semrush.csv")
    assert [(r.row_number, r.source_url, r.target_url, r.anchor) for r in rows] == [
        (2, "https://www.compostcorner.org/start-composting-at-home", f"{SITE}/compost-bins/", "compost bins"),
        (3, "https://springchecklist.blogspot.com/2024/03/spring-garden-checklist.html", f"{SITE}/",
         "Greenleaf Gardening"),
        (4, "https://www.allotment-talk.co.uk/threads/seed-swap-spring.4410/", f"{SITE}/seeds/heirloom-tomato",
         "these heirloom seeds"),
    ]
    assert rows[2].extra["Source title"] == 'Seed swap, "spring" edition'
    assert rows[1].extra["Nofollow"] == "true" and rows[1].extra["Sitewide"] == "true"


def test_semrush_space_padded_headers(tmp_path):
    original = (EXPORTS / "semrush.csv").read_text(encoding="utf-8").splitlines()
    padded_header = ",".join(f" {name} " for name in original[0].split(","))
    path = write(tmp_path, "\n".join([padded_header] + original[1:]) + "\n")
    fmt = detect_format(str(path))
    assert fmt.tool == "semrush" and fmt.source_column == "Source url"
    assert [r.source_url for r in rows_of(path)] == [r.source_url for r in rows_of(EXPORTS / "semrush.csv")]


def test_majestic_export_with_malformed_rows():
    fmt = detect_format(str(EXPORTS / "majestic.csv"))
    assert (fmt.tool, fmt.delimiter, len(fmt.columns)) == ("majestic", ",", 20)
    assert fmt.anchor_column == "Anchor Text"
    rows = rows_of(EXPORTS / "majestic.csv")
    assert [(r.row_number, r.source_url, r.anchor) for r in valid(rows)] == [
        (2, "https://www.backyardbeekeeping.net/pollinator-plants/", "wildflower seed mix"),
        (3, "https://www.patiopotsdaily.com/herbs-on-a-balcony", "self-watering planters"),
        # the rows after the stray quote are not lost
        (6, "https://www.permaculture-notes.com/mulching-guide/", "mulching guide"),
        (7, "https://www.treehugger-diy.com/gallery/garden-sheds", None),
    ]
    bad = invalid(rows)
    assert [r.row_number for r in bad] == [4, 5]
    assert bad[0].source_url == "https://www.frugalgardener.org/cheap-raised-beds"
    assert "21 fields" in bad[0].message and "20" in bad[0].message
    assert bad[1].source_url == "https://www.seedsavers-club.org/newsletter/april"
    assert "fields" in bad[1].message
    assert valid(rows)[1].extra["FlagNoFollow"] == "+"
    assert valid(rows)[0].extra["SourceTrustFlow"] == "24"


def test_moz_export():
    fmt = detect_format(str(EXPORTS / "moz.csv"))
    assert fmt.tool == "moz"
    assert (fmt.source_column, fmt.target_column, fmt.anchor_column) == ("URL", "Target URL", "Anchor Text")
    rows = rows_of(EXPORTS / "moz.csv")
    assert [(r.row_number, r.source_url, r.target_url, r.anchor) for r in rows] == [
        (2, "https://www.homesteadhowto.com/vegetable-garden-layout/", f"{SITE}/planner/", "garden planner"),
        (3, "https://news.localgreens.org/2024/04/community-garden-opens", f"{SITE}/", "Greenleaf"),
        (4, "http://gardenlinks.directory-hub.info/home-garden/page-4.html", f"{SITE}/", "greenleaf-gardening.com"),
    ]
    assert rows[0].extra["Spam Score"] == "1%" and rows[1].extra["Only rel=nofollow"] == "Yes"


def test_report_lines_before_the_header_are_skipped(tmp_path):
    body = (EXPORTS / "moz.csv").read_text(encoding="utf-8")
    preamble = '"Inbound links report"\r\n"Generated","2024-05-10"\r\n\r\n'
    path = write(tmp_path, preamble + body)
    fmt = detect_format(str(path))
    assert fmt.tool == "moz" and fmt.header_row == 4
    rows = rows_of(path)
    assert [r.row_number for r in rows] == [5, 6, 7]
    assert rows[0].source_url == "https://www.homesteadhowto.com/vegetable-garden-layout/"


GSC_SOURCES = [
    "https://www.urbanplotmagazine.com/raised-bed-ideas/",
    "https://forum.growershub.net/t/tomato-blight-again/88231",
    "https://gartenfreunde-leipzig.de/tipps/hochbeet-anlegen/",
    "https://www.jardin-pratique.fr/potager/paillage-naturel",
]


@pytest.mark.parametrize("name, bom", [("gsc_en.csv", False), ("gsc_de.csv", True), ("gsc_fr.csv", False)])
def test_search_console_exports_take_the_default_target(name, bom):
    fmt = detect_format(str(EXPORTS / name))
    assert fmt.tool == "gsc" and fmt.target_index is None and fmt.bom is bom
    rows = rows_of(EXPORTS / name, default_target="greenleaf-gardening.com")
    assert [r.source_url for r in rows] == GSC_SOURCES
    assert [r.row_number for r in rows] == [2, 3, 4, 5]
    assert {r.target_url for r in rows} == {"greenleaf-gardening.com"}
    assert rows[0].target.kind == "domain" and rows[0].target.matches(f"{SITE}/any/page")
    assert list(rows[0].extra.values()) == ["2024-05-03"]


def test_search_console_export_without_a_target_makes_every_row_invalid():
    rows = rows_of(EXPORTS / "gsc_en.csv")
    assert len(rows) == 4 and not valid(rows)
    assert [r.row_number for r in rows] == [2, 3, 4, 5]
    assert rows[0].source_url == GSC_SOURCES[0] and rows[0].target_url is None
    assert "no target" in rows[0].message and "-a target=" in rows[0].message


@pytest.mark.parametrize("linking_page, last_crawled", [
    ("Linking page", "Last crawled"),
    ("Verlinkende Seite", "Zuletzt gecrawlt"),                  # de
    ("Page d'origine du lien", "Dernière exploration"),         # fr
    ("Página que enlaza", "Último rastreo"),                    # es
    ("Pagina che contiene il link", "Ultima scansione"),        # it
    ("Página de vinculação", "Último rastreamento"),            # pt
    ("Linkende pagina", "Laatst gecrawld"),                     # nl
    ("Strona linkująca", "Ostatnie indeksowanie"),              # pl
    ("Ссылающаяся страница", "Последнее сканирование"),         # ru
    ("リンク元ページ", "前回のクロール"),                             # ja
])
def test_search_console_header_languages(tmp_path, linking_page, last_crawled):
    path = write(tmp_path, f"{linking_page},{last_crawled}\n{GSC_SOURCES[0]},2024-05-03\n", encoding="utf-8-sig")
    fmt = detect_format(str(path))
    assert fmt.tool == "gsc" and fmt.source_index == 0
    assert [r.source_url for r in rows_of(path, default_target="example.com")] == GSC_SOURCES[:1]


def test_an_unknown_header_language_still_finds_the_url_column(tmp_path):
    path = write(tmp_path, "Pagină cu link,Data\nhttps://blog.gradina-mea.ro/sfaturi,2024-05-03\n")
    fmt = detect_format(str(path))
    assert fmt.source_column == "Pagină cu link" and fmt.tool == "generic"
    assert [r.source_url for r in rows_of(path, default_target="example.com")] == ["https://blog.gradina-mea.ro/sfaturi"]


def test_hand_made_semicolon_cp1252_list():
    path = EXPORTS / "generic_semicolon_cp1252.csv"
    fmt = detect_format(str(path))
    assert (fmt.encoding, fmt.delimiter, fmt.tool) == ("cp1252", ";", "generic")
    rows = rows_of(path)
    assert [(r.row_number, r.source_url, r.target_url, r.anchor) for r in valid(rows)] == [
        (2, "http://www.gartenfreunde-leipzig.de/tipps/hochbeet-anlegen/", "greenleaf-gardening.com",
         "Hochbeete für Anfänger"),
        (3, "https://www.branchenbuch-garten.de/eintrag/greenleaf", f"{SITE}/", "Greenleaf Gardening"),
    ]
    assert valid(rows)[0].extra == {"Quelle": "Gastbeitrag"}
    assert [(r.row_number, r.source_url) for r in invalid(rows)] == [(4, "mailto:info@example.org"), (5, None)]
    assert "not an http(s) URL" in invalid(rows)[0].message
    assert "empty source URL" in invalid(rows)[1].message


# --------------------------------------------------------------------------- headers, encodings, delimiters

@pytest.mark.parametrize("source, target, anchor", [
    ("source_url", "target_url", "anchor"),
    ("Source URL", "Target URL", "Anchor Text"),
    ("SourceURL", "TargetURL", "AnchorText"),
    (" SOURCE-URL ", "target-url", "ANCHOR"),
    ("Referring page URL", "Target page", "Anchor text"),
    ("url", "link url", "link text"),
])
def test_header_names_match_ignoring_case_spaces_underscores_hyphens(tmp_path, source, target, anchor):
    path = write(tmp_path, f"{source},{target},{anchor}\nhttps://a.example.org/x,https://example.com/y,hello\n")
    (row,) = rows_of(path)
    assert (row.source_url, row.target_url, row.anchor) == ("https://a.example.org/x", "https://example.com/y", "hello")


def test_normalize_header():
    assert normalize_header(" Referring page URL ") == normalize_header("referring_page-url") == "referringpageurl"
    assert normalize_header("\ufeffSource URL") == "sourceurl"
    assert normalize_header("Page d’origine du lien") == normalize_header("page d'origine du lien")


CONTENT = ("source_url,target_url,anchor\n"
           "https://www.gärtnerei-müller.de/über-uns,https://example.com/,Gärtnerei „Müller“ – Tipps\n"
           "https://blog.example.org/a,https://example.com/b,naïve café\n")


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""), ("utf-16-be", b""),
])
def test_encodings(tmp_path, encoding, bom):
    path = write(tmp_path, bom + CONTENT.encode(encoding))
    fmt = detect_format(str(path))
    assert fmt.encoding == encoding and fmt.bom is bool(bom)
    rows = rows_of(path)
    assert [(r.source_url, r.anchor) for r in rows] == [
        ("https://www.gärtnerei-müller.de/über-uns", "Gärtnerei „Müller“ – Tipps"),
        ("https://blog.example.org/a", "naïve café"),
    ]
    assert rows[0].extra == {}


def test_windows_1252_file(tmp_path):
    text = "source_url;target_url;anchor\nhttps://www.café-paris.fr/;https://example.com/;Café “chez nous”\n"
    path = write(tmp_path, text.encode("cp1252"))
    assert detect_format(str(path)).encoding == "cp1252"
    (row,) = rows_of(path)
    assert row.anchor == "Café “chez nous”"


def test_bad_bytes_after_the_sample_do_not_crash(tmp_path):
    """UTF-8 detected on the first 64 KiB; a Windows-1252 byte further down is read as such."""
    lines = ["source_url,target_url,anchor"]
    lines += [f"https://blog.example.org/post-{i},https://example.com/,anchor {i}" for i in range(2000)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    assert len(data) > inputs.SAMPLE_BYTES
    data += "https://late.example.org/,https://example.com/,caf".encode() + b"\xe9 \x81\n"
    path = write(tmp_path, data)
    assert detect_format(str(path)).encoding == "utf-8"
    rows = rows_of(path)
    assert len(valid(rows)) == 2001
    assert rows[-1].anchor == "café \x81"


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_delimiters(tmp_path, delimiter):
    text = delimiter.join(["Source URL", "Target URL", "Anchor", "Notes"]) + "\n"
    text += delimiter.join(['"https://a.example.org/x?a=1,2;3"', "https://example.com/", '"hello, world; hi"', "n"]) + "\n"
    path = write(tmp_path, text)
    assert detect_format(str(path)).delimiter == delimiter
    (row,) = rows_of(path)
    assert (row.source_url, row.anchor, row.extra) == ("https://a.example.org/x?a=1,2;3", "hello, world; hi", {"Notes": "n"})


# --------------------------------------------------------------------------- rows

def test_row_problems_are_reported_and_reading_goes_on(tmp_path):
    long_url = "https://example.org/" + "a" * inputs.MAX_URL_LENGTH
    text = "\n".join([
        "source_url,target_url,anchor",
        "https://ok.example.org/1,https://example.com/,one",         # 2
        ",https://example.com/,empty source",                        # 3
        "ftp://files.example.org/x,https://example.com/,ftp",        # 4
        "http://exa mple.org/,https://example.com/,bad host",        # 5
        "https://ok.example.org/2,mailto:me@example.com,bad target",  # 6
        "https://nul.example.org/\x00x,https://example.com/,nul",    # 7
        f"{long_url},https://example.com/,long",                      # 8
        "n/a,https://example.com/,not a url",                        # 9
        "javascript:void(0),https://example.com/,js",                # 10
        "https://ok.example.org/3,,empty target",                    # 11
        "https://ok.example.org/4,https://example.com/,four",        # 12
    ]) + "\n"
    rows = rows_of(write(tmp_path, text))
    assert [r.row_number for r in valid(rows)] == [2, 12]
    messages = {r.row_number: r.message for r in invalid(rows)}
    assert sorted(messages) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert "empty source" in messages[3]
    assert "not an http(s) URL" in messages[4] and "not an http(s) URL" in messages[10]
    assert "no usable host" in messages[5]
    assert "target" in messages[6]
    assert "NUL" in messages[7]
    assert str(inputs.MAX_URL_LENGTH) in messages[8]
    assert "not an http(s) URL" in messages[9]
    assert "empty target" in messages[11]
    bad_target = next(r for r in rows if r.row_number == 6)
    assert (bad_target.source_url, bad_target.target_url) == ("https://ok.example.org/2", "mailto:me@example.com")


def test_urls_without_scheme_get_http(tmp_path):
    text = ("source_url,target_url\nwww.example.org/page,example.com/pricing\n"
            "//cdn.example.org/x,example.com\nblog.example.org,https://example.com/\n")
    rows = rows_of(write(tmp_path, text))
    assert [(r.source_url, r.target_url) for r in rows] == [
        ("http://www.example.org/page", "example.com/pricing"),
        ("http://cdn.example.org/x", "example.com"),
        ("http://blog.example.org", "https://example.com/"),
    ]
    assert rows[0].target.kind == "url" and rows[1].target.kind == "domain"


def test_default_target_fills_empty_cells_and_is_checked(tmp_path):
    path = write(tmp_path, "source_url,target_url\nhttps://a.example.org/,\nhttps://b.example.org/,https://example.com/x\n")
    rows = rows_of(path, default_target=" example.com ")
    assert [r.target_url for r in rows] == ["example.com", "https://example.com/x"]
    with pytest.raises(InputError, match="not an http"):
        read_backlinks(str(path), default_target="mailto:me@example.com")


def test_duplicates_are_yielded(tmp_path):
    line = "https://a.example.org/,https://example.com/,hi"
    rows = rows_of(write(tmp_path, f"source_url,target_url,anchor\n{line}\n{line}\n"))
    assert [r.row_number for r in rows] == [2, 3]
    assert rows[0].source_url == rows[1].source_url


def test_blank_rows_and_multi_line_cells_keep_spreadsheet_numbering(tmp_path):
    text = ("source_url,target_url,anchor\r\n\r\n"
            "https://a.example.org/,https://example.com/,\"two\r\nlines\"\r\n"
            ",,\r\n"
            "https://b.example.org/,https://example.com/,b\r\n")
    rows = rows_of(write(tmp_path, text))
    assert [(r.row_number, r.anchor) for r in rows] == [(3, "two\r\nlines"), (5, "b")]


def test_stray_quote_in_a_hand_made_file_does_not_swallow_later_rows(tmp_path):
    text = ("source_url,target_url,anchor\n"
            'https://a.example.org/,https://example.com/,"unclosed anchor\n'
            "https://b.example.org/,https://example.com/,b\n"
            "https://c.example.org/,https://example.com/,c\n")
    rows = rows_of(write(tmp_path, text))
    assert [(r.row_number, r.source_url) for r in valid(rows)] == [
        (2, "https://a.example.org/"), (3, "https://b.example.org/"), (4, "https://c.example.org/")]


def test_field_counts(tmp_path):
    text = ("source_url,target_url,anchor,notes\n"
            "https://a.example.org/,https://example.com/\n"              # short: fine in a hand-made file
            "https://b.example.org/,https://example.com/,b,n,,\n"        # trailing empty cells: fine
            "https://c.example.org/,https://example.com/,c,n,oops\n")    # one too many: invalid
    rows = rows_of(write(tmp_path, text))
    assert [(r.row_number, r.anchor) for r in valid(rows)] == [(2, None), (3, "b")]
    (bad,) = invalid(rows)
    assert bad.row_number == 4 and "5 fields" in bad.message


def test_short_rows_in_a_tool_export_are_invalid(tmp_path):
    header = (EXPORTS / "majestic.csv").read_text().splitlines()[0]
    rows = rows_of(write(tmp_path, header + "\nhttps://a.example.org/,https://example.com/,anchor\n"))
    (bad,) = rows
    assert isinstance(bad, InvalidRow) and "3 fields" in bad.message


def test_over_long_fields_and_records(tmp_path):
    big_anchor = "x" * 300_000                                # over csv's default 128 KiB field limit
    endless = "y" * (inputs.MAX_RECORD_CHARS + 10)
    text = ("source_url,target_url,anchor\n"
            f"https://a.example.org/,https://example.com/,{big_anchor}\n"
            f"https://b.example.org/,https://example.com/,{endless}\n"
            "https://c.example.org/,https://example.com/,c\n")
    rows = rows_of(write(tmp_path, text))
    assert [(r.row_number, r.source_url) for r in valid(rows)] == [
        (2, "https://a.example.org/"), (4, "https://c.example.org/")]
    assert valid(rows)[0].anchor == big_anchor
    (bad,) = invalid(rows)
    assert bad.row_number == 3 and "longer than" in bad.message


def test_file_without_a_header(tmp_path):
    text = "https://a.example.org/post,https://example.com/,Example\nhttps://b.example.org/,example.com,,note\n"
    path = write(tmp_path, text)
    fmt = detect_format(str(path))
    assert fmt.header_row == 0 and fmt.tool == "generic"
    rows = rows_of(path)
    assert [(r.row_number, r.source_url, r.target_url, r.anchor) for r in rows] == [
        (1, "https://a.example.org/post", "https://example.com/", "Example"),
        (2, "https://b.example.org/", "example.com", None),
    ]
    assert rows[1].extra == {"column_4": "note"}


def test_single_column_list_with_default_target(tmp_path):
    path = write(tmp_path, "url\nhttps://a.example.org/\nhttps://b.example.org/\n")
    rows = rows_of(path, default_target="https://example.com/landing")
    assert [(r.source_url, r.target_url) for r in rows] == [
        ("https://a.example.org/", "https://example.com/landing"), ("https://b.example.org/", "https://example.com/landing")]


# --------------------------------------------------------------------------- file-level problems

def test_no_source_column_is_an_input_error_listing_the_headers(tmp_path):
    path = write(tmp_path, "Domain,Domain rating,Backlinks\nexample.org,45,120\n")
    with pytest.raises(InputError) as error:
        read_backlinks(str(path))  # raised at the call, not at the first row
    assert "'Domain', 'Domain rating', 'Backlinks'" in str(error.value)
    assert "source_url" in str(error.value)


@pytest.mark.parametrize("content", [b"", b"\n\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_empty_file(tmp_path, content):
    with pytest.raises(InputError, match="empty"):
        read_backlinks(str(write(tmp_path, content)))


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_backlinks(str(tmp_path / "nope.csv"))


# --------------------------------------------------------------------------- streaming

def test_streams_with_flat_memory(tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as file:
        file.write("source_url,target_url,anchor,notes\n")
        for i in range(200_000):
            file.write(f"https://www.site{i % 5000}.com/blog/post-{i}/,https://www.example.com/p/{i % 50}/,"
                       f"anchor text {i},note {i}\n")
    size = path.stat().st_size
    assert size > 20_000_000
    rows = read_backlinks(str(path))
    tracemalloc.start()
    try:
        count = 0
        last = None
        for row in rows:
            count += 1
            last = row
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 200_000 and isinstance(last, InputRow) and last.row_number == 200_001
    assert peak < 10_000_000, f"peak {peak / 1e6:.1f} MB while reading a {size / 1e6:.0f} MB file"


def test_file_format_is_a_value():
    fmt = detect_format(str(EXPORTS / "gsc_en.csv"))
    assert fmt == FileFormat(encoding="utf-8", delimiter=",", tool="gsc", bom=False, header_row=1,
                             columns=("Linking page", "Last crawled"), source_index=0)
    assert fmt.target_column is None and fmt.anchor_column is None


def test_doctests():
    result = doctest.testmod(inputs)
    assert result.attempted >= 1 and result.failed == 0


def test_repeated_and_empty_header_cells_keep_their_values(tmp_path):
    path = write(tmp_path, "source_url,target_url,Notes,Notes,,Notes\nhttps://a.example.org/,https://example.com/,n1,n2,e,n3\n")
    (row,) = rows_of(path)
    assert row.extra == {"Notes": "n1", "Notes (2)": "n2", "column_5": "e", "Notes (3)": "n3"}
