"""The analytics pages in headless Chromium, on a workspace with 90 days of synthetic history.

Screenshots go to test-artifacts/analytics-*.png.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from warmline.analytics import recommendations, segments
from warmline.db import make_engine, make_sessionmaker, transaction
from warmline.demo.history import PLANTED_EFFECT, generate_history
from warmline.migrate import upgrade
from warmline.settings import Settings
from warmline.touchpoints import service as touchpoints
from warmline.web import session as console_session
from warmline.workspaces import service as workspaces
from warmline.workspaces.models import User

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SECRET = "analytics-browser-secret-key-0123456789abcdef"
TIMEOUT = 15_000


def _chromium() -> str | None:
    path = os.environ.get("WARMLINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return path if Path(path).exists() else None


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    import uvicorn

    from warmline.app import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('analytics-pages') / 'w.db'}"
    upgrade(url)
    factory = make_sessionmaker(make_engine(url))
    with transaction(factory) as session:
        ws = workspaces.create(session, slug="hearth", name="Hearthbox")
        admin = User(
            workspace_id=ws.id, email="ada@example.com", name="Ada Okafor", role="admin", presence="online"
        )
        session.add(admin)
        session.flush()
        generate_history(session, ws.id, days=90, conversations=5000, seed=7)
        ids = {"workspace": ws.id, "admin": admin.id}
    with transaction(factory) as session:
        recommendations.run(session, ids["workspace"])
        segments.recompute(session, ids["workspace"])
        touchpoints.update_settings(session, None, ids["workspace"], {"buddy_user_ids": [ids["admin"]]})  # type: ignore[arg-type]
        touchpoints.check_risk(session, ids["workspace"])
    settings = Settings(
        env="test",
        database_url=url,
        redis_url=None,
        run_jobs_in_process=False,
        secret_key=SECRET,
        data_dir=tmp_path_factory.mktemp("data"),
    )
    app = create_app(settings)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    cookie, _ = console_session.encode(SECRET, ids["admin"], ids["workspace"])
    yield {"base": base, "cookie": cookie, **ids}
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(site):  # type: ignore[no-untyped-def]
    path = _chromium()
    if path is None:
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=path,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.add_cookies([{"name": console_session.COOKIE, "value": site["cookie"], "url": site["base"]}])
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        external: list[str] = []
        pg.on(
            "request", lambda req: external.append(req.url) if not req.url.startswith(site["base"]) else None
        )
        yield pg
        assert errors == [], errors
        assert external == [], f"pages fetched from elsewhere: {external}"
        browser.close()


def test_overview_shows_honest_figures_and_charts(site, page):  # type: ignore[no-untyped-def]
    page.goto(site["base"] + "/admin/analytics?group_by=segment,intent")
    page.locator("#breakdown").wait_for(timeout=TIMEOUT)
    assert page.locator("svg.chart").count() >= 4  # outcome mix + 3 trends
    assert page.locator("[data-figure=containment]").inner_text().endswith("%")
    assert "not counted as success" in page.locator(".cards").inner_text()
    rows = page.locator("#breakdown tbody tr")
    assert rows.count() >= 10
    assert page.locator("#breakdown", has_text="balanced").count() == 1
    page.screenshot(path=str(ARTIFACTS / "analytics-overview.png"), full_page=True)
    # CSV download from the page matches what the API says
    with page.expect_download() as info:
        page.get_by_role("link", name="Export CSV").click()
    text = Path(info.value.path()).read_text()
    assert text.splitlines()[0].startswith("segment,intent,volume")
    assert len(text.splitlines()) == rows.count() + 1


def test_recommendations_page_shows_the_planted_finding_and_applies_it(site, page):  # type: ignore[no-untyped-def]
    page.goto(site["base"] + "/admin/analytics/recommendations")
    card = page.locator("article.rec").first
    if card.count() == 0:
        print(page.locator("main").inner_text()[:2000])
    card.wait_for(timeout=TIMEOUT)
    segment, intent = PLANTED_EFFECT
    assert f"segment {segment} and intent {intent}" in card.inner_text()
    assert "hand off earlier" in card.inner_text()
    page.screenshot(path=str(ARTIFACTS / "analytics-recommendations.png"), full_page=True)
    card.get_by_role("button", name="Approve and apply").click()
    page.locator("article.rec.applied").wait_for(timeout=TIMEOUT)
    assert "Applied" in page.locator("article.rec.applied").inner_text()
    page.screenshot(path=str(ARTIFACTS / "analytics-recommendation-applied.png"), full_page=True)


def test_segments_and_touchpoints_pages(site, page):  # type: ignore[no-untyped-def]
    page.goto(site["base"] + "/admin/analytics/segments")
    page.get_by_role(
        "heading", name="From behaviour (clusters of how customers contact us, last 90 days)"
    ).wait_for(timeout=TIMEOUT)
    assert page.locator(".rec").count() >= 2
    assert "Customers who" in page.locator(".rec").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "analytics-segments.png"), full_page=True)
    page.goto(site["base"] + "/admin/touchpoints?show=all")
    page.get_by_role("heading", name="Touchpoints").wait_for(timeout=TIMEOUT)
    assert page.locator("article.rec").count() >= 1
    assert "Suggested talking points" in page.locator("article.rec").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "analytics-touchpoints.png"), full_page=False)


def test_signed_out_visitor_is_sent_to_sign_in(site):  # type: ignore[no-untyped-def]
    r = httpx.get(site["base"] + "/admin/analytics", follow_redirects=False)
    assert r.status_code == 303 and "/console/login" in r.headers["location"]
