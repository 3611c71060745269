"""No quiet wrong answers (issue 17): a path handed to analyze(), a page without article text,
bytes that are not UTF-8, a symlink leading out of an ingested folder."""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from claimledger import analyze, analyze_file
from claimledger.archive.inputs import Item, Skip, expand
from claimledger.errors import DecodingWarning, InputError, PathAsTextWarning
from claimledger.ingest import from_bytes
from helpers import assert_one_line_error, run_cli

ARTICLE = ("Talks resume in Doha\n\nOfficials said on Tuesday that the talks between the two governments would "
           "resume next week in Doha, after a pause of two months. The foreign minister told reporters a deal "
           "was likely before the summer.\n")


def test_analyze_file_takes_str_and_path(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    from_path, from_str = analyze_file(path), analyze_file(str(path))
    assert from_path.document.sha256 == from_str.document.sha256 == analyze(ARTICLE).document.sha256
    assert len(from_path.sentences) >= 3 and from_path.document.title == "Talks resume in Doha"


def test_a_path_looking_string_warns_and_a_path_object_is_refused(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.warns(PathAsTextWarning, match="use analyze_file"):
        analysis = analyze(str(path))
    assert len(analysis.sentences) == 1  # the string itself, as documented: hence the warning
    with pytest.warns(PathAsTextWarning):
        analyze("reports/2024/gaza.html")  # a path that does not exist here still looks like one
    with pytest.raises(TypeError, match="analyze_file"):
        analyze(path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        analyze(ARTICLE)   # ordinary text: no warning
        analyze("Hamas.")  # a one-word text is not a path


@pytest.mark.parametrize("page", [
    b'<html><head><title>Site</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    b'<!doctype html><html><head><title>News</title></head><body><nav><a href="/">Home</a> <a href="/w">World</a>'
    b' <a href="/s">Sport</a></nav><footer>All rights reserved.</footer></body></html>',
])
def test_html_without_main_text_is_refused_with_a_reason(page):
    with pytest.raises(InputError, match="no main text in the HTML"):
        from_bytes(page, name="home.html")


def test_html_without_main_text_from_the_command_line(tmp_path):
    page = tmp_path / "home.html"
    page.write_bytes(b'<html><head><title>Site</title></head><body><nav><a href="/">Home</a></nav></body></html>')
    result = run_cli("analyze", str(page))
    assert result.returncode == 2
    assert_one_line_error(result, "home.html: no main text in the HTML")


def test_a_short_real_article_in_html_is_still_read():
    page = (b"<html><head><title>Port</title></head><body><article><p>The port of Odesa reopened on Monday, "
            b"the harbour master said.</p></article></body></html>")
    assert "Odesa reopened" in from_bytes(page, name="port.html").text


def test_bytes_that_are_not_utf8_are_decoded_with_a_stated_fallback(tmp_path):
    raw = ("Caf\u00e9 owners in Li\u00e8ge said on Tuesday that prices rose by a fifth, the ministry "
           "confirmed. \u00abWe cannot go on\u00bb, one told reporters.\n").encode("cp1252")
    with pytest.warns(DecodingWarning, match=r"x\.txt: not valid UTF-8; decoded as "):
        document = from_bytes(raw, name="x.txt")
    assert "Li\u00e8ge" in document.text
    path = tmp_path / "x.txt"
    path.write_bytes(raw)
    result = run_cli("analyze", str(path), "-f", "json")
    assert result.returncode == 0
    assert [line for line in result.stderr.splitlines() if line] == [
        line for line in result.stderr.splitlines() if line.startswith(f"claimledger: warning: {path}: not valid UTF-8; decoded as ")]
    assert result.stderr.count("\n") == 1


def test_symlinks_leaving_an_ingested_folder_are_skipped_with_a_reason(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "sub" / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "sub" / "secret.txt").symlink_to(outside)
    (folder / "sub" / "inside.txt").symlink_to(folder / "a.txt")   # stays in the folder: read
    (folder / "sub" / "up").symlink_to(tmp_path)                   # a folder outside: not walked
    found = list(expand([str(folder)]))
    items = sorted(Path(x.path).name for x in found if isinstance(x, Item))
    skips = {Path(x.name).name: x.reason for x in found if isinstance(x, Skip)}
    assert items == ["a.txt", "inside.txt"]
    assert skips["passwd.txt"] == f"symlink to /etc/passwd, outside {folder}; not followed"
    assert skips["secret.txt"] == f"symlink to {outside}, outside {folder}; not followed"
    assert skips["up"].startswith(f"symlink to {tmp_path}, outside")


def test_symlink_skip_from_the_command_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    result = run_cli("--db", f"sqlite:///{tmp_path / 'l.db'}", "ingest", str(folder))
    assert result.returncode == 0, result.stderr
    assert f"skipped {folder / 'passwd.txt'}: symlink to /etc/passwd, outside {folder}; not followed" in result.stderr
    assert "1 stored" in result.stdout
