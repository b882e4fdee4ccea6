"""The agent console: sign-in, inbox, conversation view, supervisor view, and the live socket.

`router` serves all of it under /console, put together from:

- `console_signin`: the sign-in page, signing in and signing out;
- `console_pages`: the pages (inbox, conversation, supervisor), the parts they refresh, the live ticket
  and socket;
- `console_actions`: the form posts (reply, status, tags, assign-me, transfer, hand-back, typing, presence,
  the supervisor's reassign);
- `console_common`: what they share, `_render` with the console's `PAGE_HEADERS`, and `STATUSES`.
"""

from __future__ import annotations

from fastapi import APIRouter

from warmline.web import console_actions, console_pages, console_signin

router = APIRouter()
router.include_router(console_signin.router)
router.include_router(console_pages.router)
router.include_router(console_actions.router)
