"""End to end in headless Chromium: a customer in the widget, an agent in the console, live both ways."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser
TIMEOUT = 15_000
ORDER = "Lisbon"
#: what the widget says once a conversation is with people (never the automated-assistant line)
WITH_PEOPLE = re.compile("will be with you|is with you|top of the queue|Nobody from our team|team is away")


def _serious(violations: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    return [v for v in violations if v["impact"] in ("serious", "critical")]


def _open_widget(page, base: str):  # type: ignore[no-untyped-def]
    page.goto(base + "/demo")
    page.get_by_role("button", name="Chat with us").click()
    frame = page.frame_locator("#warmline-frame")
    frame.get_by_label("Your message").wait_for(timeout=TIMEOUT)
    return frame


def _say(frame, text: str) -> None:  # type: ignore[no-untyped-def]
    frame.get_by_label("Your message").fill(text)
    frame.get_by_role("button", name="Send", exact=True).click()


def _agent_login(page, base: str, email: str = "priya@hearthbox.example") -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/console/login")
    page.get_by_label("Workspace").fill("demo")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("warmline-demo")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/console$"), timeout=TIMEOUT)
    page.locator("#live-status", has_text="live").wait_for(timeout=TIMEOUT)


def test_customer_to_agent_and_back(server: str, browser, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    customer_ctx = browser.new_context(viewport={"width": 1100, "height": 800})
    agent_ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    customer, agent = customer_ctx.new_page(), agent_ctx.new_page()
    problems: list[str] = []
    for p in (customer, agent):
        p.on("pageerror", lambda exc: problems.append(str(exc)))

    # The agent is signed in and watching the inbox before anything happens.
    _agent_login(agent, server)

    # 1. A routine question gets an automated answer.
    frame = _open_widget(customer, server)
    assert frame.get_by_role("button", name="Talk to a person").is_visible()
    _say(frame, f"How do I skip next week's box? I'm away in {ORDER}.")
    frame.locator(".wl-bot").first.wait_for(timeout=TIMEOUT)
    customer.screenshot(path=str(artifacts / "01-widget-routine-answer.png"))
    first_answer = frame.locator(".wl-bot").first.inner_text()
    status = frame.locator("#wl-status").inner_text()
    assert "automated assistant" in status, (
        f"the routine question went to people: {status!r} / {first_answer!r}"
    )

    # 2. A billing problem is handed off to a person, and the customer is told honestly what happens next.
    _say(frame, "Also I was charged twice for my last order and I'm really annoyed.")
    frame.locator("#wl-status", has_text=WITH_PEOPLE).wait_for(
        timeout=TIMEOUT
    )
    customer.screenshot(path=str(artifacts / "02-widget-handed-off.png"))

    # 3. The agent's inbox shows it live, without a reload.
    row = agent.locator("#inbox-rows tr", has_text=ORDER)
    row.wait_for(timeout=TIMEOUT)
    agent.screenshot(path=str(artifacts / "03-console-inbox-live.png"))

    # 4. The conversation with the hand-off packet beside it; the agent replies.
    row.get_by_role("link").click()
    agent.locator("#packet").wait_for(timeout=TIMEOUT)
    assert agent.locator("#message-list", has_text="charged twice").is_visible()
    assert agent.locator(".empathy").is_visible(), "no empathy help for an upset customer"
    # typing indicators, both ways (once the conversation page is live)
    agent.locator("#live-status", has_text="live").wait_for(timeout=TIMEOUT)
    frame.get_by_label("Your message").press_sequentially("one sec", delay=20)
    agent.locator("#typing", has_text="The customer is typing").wait_for(timeout=TIMEOUT)
    frame.get_by_label("Your message").fill("")
    reply = agent.get_by_label(re.compile("^Reply to the customer"))
    reply.press_sequentially("Hi", delay=20)
    frame.locator("#wl-typing", has_text="Priya is typing").wait_for(timeout=TIMEOUT)
    reply.fill(
        "Hi, I'm Priya. I can see the duplicate charge on your last order, and I've refunded it just now."
    )
    agent.screenshot(path=str(artifacts / "04-console-conversation-packet.png"), full_page=True)
    agent.get_by_role("button", name="Send reply").click()

    # 5. The customer sees the reply and who joined.
    frame.locator(".wl-agent", has_text="refunded it").wait_for(timeout=TIMEOUT)
    frame.locator(".wl-system", has_text="Priya").wait_for(timeout=TIMEOUT)
    customer.screenshot(path=str(artifacts / "05-widget-agent-reply.png"))

    # 6. The agent hands back to automation with a summary.
    agent.get_by_label(re.compile("Hand back to automation")).fill("Refunded the duplicate charge")
    agent.get_by_role("button", name="Hand back").click()
    agent.locator("#handback-form").wait_for(
        state="detached", timeout=TIMEOUT
    )  # the page reloads with automation
    agent.locator("#message-list", has_text="finished helping").wait_for(timeout=TIMEOUT)
    agent.screenshot(path=str(artifacts / "06-console-handed-back.png"), full_page=True)

    # 7. The customer rates the conversation, with one tap for "I wanted a person sooner".
    frame.locator("#wl-csat").wait_for(state="visible", timeout=TIMEOUT)
    frame.get_by_label("5").check()
    frame.get_by_role("button", name="I wanted a person sooner").click()
    frame.get_by_label(re.compile("Anything to add")).fill("Quick once I reached someone.")
    frame.get_by_role("button", name="Send rating").click()
    frame.get_by_text("Thank you for telling us.").wait_for(timeout=TIMEOUT)
    customer.screenshot(path=str(artifacts / "07-widget-rated.png"))

    # 8. A network drop: the message waits in the outbox and goes out once, when the network is back.
    customer_ctx.set_offline(True)
    _say(frame, "One more thing: can I move my delivery day?")
    frame.locator(".wl-pending", has_text="delivery day").wait_for(timeout=TIMEOUT)
    customer.wait_for_timeout(500)
    customer_ctx.set_offline(False)
    frame.locator(".wl-customer:not(.wl-pending)", has_text="delivery day").wait_for(timeout=TIMEOUT)

    # 9. A reload loses nothing and repeats nothing.
    customer.reload()
    frame = customer.frame_locator("#warmline-frame")
    customer.get_by_role("button", name="Chat with us").click()
    frame.locator(".wl-agent", has_text="refunded it").wait_for(timeout=TIMEOUT)
    assert frame.locator(".wl-agent", has_text="refunded it").count() == 1
    assert frame.locator(".wl-customer", has_text="charged twice").count() == 1
    assert frame.locator(".wl-customer", has_text="skip next week").count() == 1
    assert frame.locator(".wl-customer", has_text="delivery day").count() == 1
    customer.screenshot(path=str(artifacts / "08-widget-after-reload.png"))
    assert not problems, problems
    customer_ctx.close()
    agent_ctx.close()


def test_script_in_a_message_is_shown_as_text_everywhere(server: str, browser, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> talk to a person please'
    ctx = browser.new_context()
    customer = ctx.new_page()
    frame = _open_widget(customer, server)
    _say(frame, evil)
    frame.locator(".wl-customer:not(.wl-pending)", has_text="<script>").wait_for(timeout=TIMEOUT)
    widget_frame = customer.frame(url=re.compile("/widget/frame"))
    assert widget_frame is not None and widget_frame.evaluate("window.__pwned") is None
    frame.get_by_role("button", name="Talk to a person").click()
    frame.locator("#wl-status", has_text=WITH_PEOPLE).wait_for(
        timeout=TIMEOUT
    )
    agent_ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    agent = agent_ctx.new_page()
    _agent_login(agent, server, "admin@hearthbox.example")
    row = agent.locator("#inbox-rows tr", has_text="<script>window.__pwned=2</script>")
    row.first.wait_for(timeout=TIMEOUT)
    assert agent.evaluate("window.__pwned") is None
    row.first.get_by_role("link").click()
    agent.locator("#message-list", has_text="<script>").wait_for(timeout=TIMEOUT)
    assert agent.evaluate("window.__pwned") is None
    agent.screenshot(path=str(artifacts / "09-console-escaped-script.png"))
    ctx.close()
    agent_ctx.close()


def test_pages_pass_axe_core(server: str, browser, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = browser.new_context()
    page = ctx.new_page()
    found: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    page.goto(server + "/demo")
    found["demo"] = axe_violations(page)
    page.get_by_role("button", name="Chat with us").click()
    page.frame_locator("#warmline-frame").get_by_label("Your message").wait_for(timeout=TIMEOUT)
    widget_frame = page.frame(url=re.compile("/widget/frame"))
    assert widget_frame is not None
    found["widget"] = axe_violations(widget_frame)
    # keyboard only: the launcher is reachable with Tab, opens with Enter and focuses the message box
    page.goto(server + "/demo")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == "warmline-launcher":
            break
    assert page.evaluate("document.activeElement.id") == "warmline-launcher"
    page.keyboard.press("Enter")
    page.frame_locator("#warmline-frame").get_by_label("Your message").wait_for(timeout=TIMEOUT)
    page.goto(server + "/console/login")
    found["login"] = axe_violations(page)
    _agent_login(page, server, "sam@hearthbox.example")
    found["inbox"] = axe_violations(page)
    # keyboard shortcuts: j selects the first conversation, Enter opens it
    page.keyboard.press("j")
    assert page.locator("#inbox-rows tr.selected").count() == 1
    page.keyboard.press("Enter")
    page.locator("#packet").wait_for(timeout=TIMEOUT)
    found["conversation"] = axe_violations(page)
    page.goto(server + "/console/supervisor")
    found["supervisor"] = axe_violations(page)
    page.screenshot(path=str(artifacts / "10-console-supervisor.png"), full_page=True)
    (artifacts / "axe-report.txt").write_text("\n".join(f"{k}: {v}" for k, v in found.items()))
    serious = {k: _serious(v) for k, v in found.items() if _serious(v)}
    assert not serious, serious
    ctx.close()
