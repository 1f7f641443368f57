"""Reproducible builds: the same sources and SOURCE_DATE_EPOCH give byte-identical outputs.

Two clean builds (fresh output and doctree folders) of HTML and ePub in both
languages, from two copies of the sources in different folders, run side by
side (about a minute on two cores). The HTML trees and the .epub files must be
byte for byte the same. pvt_sphinx.safety (docs/_ext/) makes the ePub's zip
deterministic; Sphinx takes every date from SOURCE_DATE_EPOCH.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytestmark = pytest.mark.build  # runs Sphinx

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ja", "en")
FORMATS = ("html", "epub")
EPOCH = "1767225600"  # 2026-01-01T00:00:00Z
SOURCES = ("docs", "locale", "lint", "refs.bib", "pyproject.toml")  # pvt_sphinx.lint_bridge runs the lint


def snapshot(target):
    """A copy of what a build reads (the sources may be edited while the tests run)."""
    target.mkdir(parents=True)
    ignore = shutil.ignore_patterns("_build", "__pycache__", "*.mo", ".*")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    return target


def build_all(source, out):
    """Build the four outputs one after another, as nox does; returns the problems (empty: all built)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    for language in LANGUAGES:
        for fmt in FORMATS:
            command = [
                sys.executable,
                "-m",
                "sphinx",
                "-b",
                fmt,
                "-W",
                "--keep-going",
                "-n",
                "-q",
                "-d",
                str(out / "doctrees" / language),
                "-D",
                f"language={language}",
                str(source / "docs"),
                str(out / fmt / language),
            ]
            result = subprocess.run(command, cwd=source, env=env, capture_output=True, text=True, timeout=1200)
            if result.returncode or "WARNING" in result.stderr:
                return f"{fmt}/{language} from {source}:\n{result.stderr[-5000:]}"
    return ""


def digest_tree(folder):
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_two_clean_builds_are_byte_identical(tmp_path):
    a, b = tmp_path / "a" / "out", tmp_path / "b" / "out"
    sources = [snapshot(tmp_path / "a" / "src"), snapshot(tmp_path / "b" / "src")]
    with ThreadPoolExecutor(max_workers=2) as pool:  # the two builds side by side
        problems = list(pool.map(build_all, sources, [a, b]))
    assert not any(problems), "\n".join(problems)

    for language in LANGUAGES:
        html_a, html_b = digest_tree(a / "html" / language), digest_tree(b / "html" / language)
        assert html_a.keys() == html_b.keys(), sorted(html_a.keys() ^ html_b.keys())
        differing = sorted(name for name in html_a if html_a[name] != html_b[name])
        assert not differing, f"html/{language}: {differing[:20]}"
        assert len(html_a) > 20

        (epub_a,) = (a / "epub" / language).glob("*.epub")
        (epub_b,) = (b / "epub" / language).glob("*.epub")
        assert epub_a.read_bytes() == epub_b.read_bytes(), f"epub/{language}/{epub_a.name} differs"


def test_epub_zip_is_deterministic_and_well_formed(tmp_path):
    """pvt_sphinx.safety.rewrite_epub: mimetype first and stored, fixed dates and permissions, idempotent."""
    import time
    import zipfile

    from pvt_sphinx.safety import rewrite_epub

    epub = tmp_path / "book.epub"
    with zipfile.ZipFile(epub, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("META-INF/container.xml", "<container/>")
        z.writestr("mimetype", "application/epub+zip")  # not first: rewrite_epub moves it
        z.writestr("index.xhtml", "<html/>")
    rewrite_epub(epub, int(EPOCH))
    first = epub.read_bytes()
    with zipfile.ZipFile(epub) as z:
        infos = z.infolist()
        assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
        assert not infos[0].extra
        assert [i.filename for i in infos[1:]] == ["META-INF/container.xml", "index.xhtml"]
        assert {i.date_time for i in infos} == {time.gmtime(int(EPOCH))[:6]}
        assert {i.external_attr >> 16 for i in infos} == {0o100644}
        assert z.read("index.xhtml") == b"<html/>"
    os.utime(epub, (0, 0))
    rewrite_epub(epub, int(EPOCH))
    assert epub.read_bytes() == first
    # the bytes of the archive begin with the stored mimetype, as EPUB OCF requires
    assert first[30:38] == b"mimetype" and first[38:58] == b"application/epub+zip"
