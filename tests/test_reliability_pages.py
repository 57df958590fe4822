"""Not articles (issue 10, point 7): error pages, parked domains, cookie walls and subscription
prompts are refused whatever their length; real articles, short ones and one wrapped in a 403
banner included, are not; files that are no articles inside a folder are skipped and counted;
a refused text's copy is never counted as already stored."""
from __future__ import annotations

import glob
from pathlib import Path

import pytest
from test_reliability_helpers import ECB, contracts, good_articles, run_cli

from pactwatch.clean import clean
from pactwatch.metadata import extract_metadata
from pactwatch.model import RawDocument, Rejection
from pactwatch.pagekind import page_rejection
from pactwatch.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = Settings()

REAL = sorted(glob.glob(str(ECB / "*.txt"))) + sorted(glob.glob(str(ROOT / "corpus" / "seeds" / "*"))) + sorted(
    glob.glob(str(ROOT / "tests" / "data" / "wikinews" / "*.txt"))) + sorted(
    glob.glob(str(ROOT / "tests" / "data" / "wh" / "*.txt")))


def verdict(text: str, title: str | None = None) -> Rejection | None:
    raw = RawDocument("t", "<test>", text, "text", (("title", title),) if title else ())
    cleaned = clean(raw, SETTINGS)
    if isinstance(cleaned, Rejection):
        return cleaned
    return page_rejection(cleaned, extract_metadata(cleaned))


NOT_ARTICLES = [
    ("Hello world. Click here to subscribe.", "not-article"),
    ("404 – Page not found\nSorry, the page you are looking for does not exist. It may have been moved or "
     "deleted. Return to the home page or try searching.", "error-page"),
    ("Access Denied\nYou don't have permission to access this page on this server. Reference number 18.2c7.",
     "error-page"),
    ("example-news.com\nThis domain is for sale! Buy this domain today. Related searches: cheap flights, "
     "car insurance, online degrees, loans.", "not-article"),
    ("We use cookies to improve your experience on our site. By continuing to browse you accept all cookies. "
     "Manage your consent preferences at any time. Accept all. Reject all.", "not-article"),
    ("Subscribe to continue reading. Already a subscriber? Log in to continue. Get unlimited digital access "
     "for one dollar a week, with a free trial for new readers.", "not-article"),
    ("Verify you are human by completing the action below. Checking if the site connection is secure. "
     "Just a moment while we check your browser.", "not-article"),
]


@pytest.mark.parametrize(("text", "reason"), NOT_ARTICLES)
def test_pages_that_are_no_articles_are_refused(text, reason):
    refused = verdict(text)
    assert refused is not None and refused.reason == reason, refused


def test_a_long_error_page_is_refused_whatever_its_length():
    furniture = "\n".join(f"Section {i} | News | Sport | Weather | Business" for i in range(60))
    text = ("Error 404: page not found\nThe page you requested could not be found. It may have been removed.\n"
            + furniture)
    refused = verdict(text, title="404 Not Found | Example News")
    assert refused is not None and refused.reason == "error-page"


def test_every_real_article_of_the_test_corpora_is_kept():
    assert len(REAL) > 550
    refused = []
    for path in REAL:
        text = Path(path).read_text(encoding="utf-8")
        r = verdict(text)
        if r is not None and r.stage == "pagekind":
            refused.append((path, r.detail))
    assert not refused, refused[:5]


def test_the_seed_wrapped_in_a_403_banner_is_analysed(tmp_path):
    seed = ROOT / "corpus" / "seeds" / "001_f1f90f2143f892f6.txt"
    assert "403" in seed.read_text(encoding="utf-8")
    res = run_cli("extract", str(seed), "--jsonl")
    assert res.returncode == 0, res.stderr[-2000:]
    [doc] = contracts(res.stdout)
    assert doc["events"] and doc["quotes"]


def test_folder_files_that_are_no_articles_are_skipped_and_counted(tmp_path):
    names = good_articles(tmp_path / "corpus", 2)
    (tmp_path / "corpus" / "README.md").write_text("# My corpus\n\nThese are news articles I collected.\n")
    (tmp_path / "corpus" / "LICENSE.md").write_text("Creative Commons Attribution 2.5 Generic\n" * 20)
    (tmp_path / "corpus" / "index.tsv").write_text("file\ttitle\n" + "\n".join(f"{n}.txt\tx" for n in names))
    (tmp_path / "corpus" / "404.html").write_text(
        "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not "
        "found on this server.</p><p>Apache Server at example.com Port 80</p></body></html>")
    res = run_cli("extract", str(tmp_path / "corpus"), "--jsonl")
    assert res.returncode == 1, res.stderr[-2000:]
    assert sorted(c["doc"] for c in contracts(res.stdout)) == sorted(names)
    err = res.stderr.decode()
    assert "skipped 3 (not-an-article-file: 3)" in err
    assert "404.html" in err and ("error-page" in err or "not-article" in err)
    # named on the command line, a README is read like any text (the user asked for it)
    alone = run_cli("extract", str(tmp_path / "corpus" / "README.md"), "--jsonl")
    assert b"read 1, " in alone.stderr and b"skipped" not in alone.stderr


def test_a_copy_of_a_refused_text_is_refused_too_never_counted_as_stored(tmp_path):
    turkish = ("Türkiye ve Azerbaycan gelecek yıl ortak askeri tatbikat düzenleyecek. Savunma bakanları "
               "Bakü'de bir araya geldi ve iş birliğini görüştü. Açıklamada iki ülkenin dostluğu vurgulandı. "
               "Görüşmeler yarın da devam edecek ve yeni anlaşmalar imzalanacak.\n") * 3
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_utf8.txt").write_text(turkish, encoding="utf-8")
    (d / "b_cp1254.txt").write_bytes(turkish.encode("cp1254"))
    db = str(tmp_path / "store.db")
    res = run_cli("ingest", str(d), "--db", db)
    err = res.stderr.decode()
    assert res.returncode == 1, err
    assert "stored 0, already stored 0, refused 2" in err, err
    assert "b_cp1254.txt" in err and "language" in err
