"""Live updates over websockets.

``/api/v1/live?token=API_TOKEN``: everything an agent of the token's workspace may see.
``/api/v1/live/conversations/{id}?token=CUSTOMER_TOKEN``: one conversation's public messages, for the
customer's own client (the token comes back when the conversation is opened).
No database session is held while a socket is open: authentication is one short transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from warmline import realtime
from warmline.auth import service as auth
from warmline.auth.principal import Principal
from warmline.db import transaction

router = APIRouter(tags=["live"])
POLICY_VIOLATION = 1008


def _authenticate(websocket: WebSocket, token: str) -> Principal | None:
    with transaction(websocket.app.state.sessionmaker) as session:
        return auth.authenticate_token(session, token)


async def pump(websocket: WebSocket, sub: realtime.Subscription) -> None:
    """Forward a subscription's events to the socket and answer pings until either side ends (shared
    by these sockets and the console's /console/live)."""

    async def sender() -> None:
        async for event in sub.events():
            await websocket.send_json(event)

    async def receiver() -> None:
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            if message.get("text") == "ping":
                await websocket.send_json({"type": "pong"})

    tasks = [asyncio.create_task(sender()), asyncio.create_task(receiver())]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect, Exception):
                await task
        realtime.get_hub().unsubscribe(sub)


async def serve(websocket: WebSocket, channel: str, ready: dict[str, Any]) -> None:
    """Accept an authenticated socket, say it is ready, and pump `channel` to it until it closes."""
    await websocket.accept()
    sub = realtime.get_hub().subscribe(channel)
    await websocket.send_json(ready)
    await pump(websocket, sub)


@router.websocket("/api/v1/live")
async def agent_live(websocket: WebSocket, token: str = "") -> None:
    principal = await run_in_threadpool(_authenticate, websocket, token)
    if principal is None:
        await websocket.close(code=POLICY_VIOLATION, reason="unknown or missing token")
        return
    await serve(
        websocket,
        realtime.workspace_channel(principal.workspace_id),
        {"type": "ready", "workspace_id": principal.workspace_id},
    )


@router.websocket("/api/v1/live/conversations/{conversation_id}")
async def customer_live(websocket: WebSocket, conversation_id: int, token: str = "") -> None:
    secret = websocket.app.state.settings.secret_key
    if not auth.signature_matches(secret, f"conversation:{conversation_id}", token.partition(".")[2]) or (
        token.partition(".")[0] != str(conversation_id)
    ):
        await websocket.close(code=POLICY_VIOLATION, reason="this token does not open that conversation")
        return
    await serve(
        websocket,
        realtime.conversation_channel(conversation_id),
        {"type": "ready", "conversation_id": conversation_id},
    )
