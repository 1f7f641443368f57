"""Fixtures of the reliability tests: external tools, and how a missing one is reported.

A missing tool fails the test naming the Debian package to install; it is skipped
only when PVT_ALLOW_MISSING_TOOLS=1 (editors' laptops). .ci/run installs them all.
"""

import os
import shutil
from pathlib import Path

import pytest

EPUBCHECK_JAR = Path("/usr/share/java/epubcheck.jar")


def missing_tool(tool, package):
    message = (f"{tool} is not installed: install the Debian package `{package}` "
               f"(apt-get install -y {package}; .ci/run does this). "
               "Set PVT_ALLOW_MISSING_TOOLS=1 to skip this test instead.")
    if os.environ.get("PVT_ALLOW_MISSING_TOOLS") == "1":
        pytest.skip(message)
    pytest.fail(message, pytrace=False)


@pytest.fixture(scope="session")
def epubcheck():
    """The epubcheck command line. Debian's /usr/bin/epubcheck is the jar itself, which runs
    directly only where binfmt_misc is set up (not in most containers); `java -jar` runs everywhere."""
    java = shutil.which("java")
    if EPUBCHECK_JAR.is_file() and java:
        return [java, "-jar", str(EPUBCHECK_JAR)]
    if shutil.which("epubcheck"):
        return [shutil.which("epubcheck")]
    missing_tool("epubcheck", "epubcheck")
