"""The least a message ingest can do, for `bench_ingest_floor.py`: not the product.

A bearer token checked by hash in constant time, the conversation's last turns read, the default triage run,
the message and a decision inserted in one SQLite transaction (plain `sqlite3`, no ORM), and the message, the
decision and the triage result returned. No policy, routing, automation, broadcast or jobs.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
import threading
from typing import Any

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

from warmline.triage import Turn, load_default_triager

app = FastAPI()
_triager = load_default_triager()
_triager.triage("warm up")
_DB = os.environ["FLOOR_DB"]
_TOKEN_SHA256 = hashlib.sha256(b"floor-token").hexdigest()
_local = threading.local()


def _conn() -> sqlite3.Connection:
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(_DB, isolation_level=None, check_same_thread=False, timeout=30)
        conn.execute("pragma journal_mode=wal")
        conn.execute("pragma synchronous=normal")
        conn.execute(
            "create table if not exists message(id integer primary key, conversation_id int, author text, "
            "text text, client_msg_id text, unique(conversation_id, client_msg_id))"
        )
        conn.execute(
            "create table if not exists decision(id integer primary key, message_id int, action text, "
            "reasons text)"
        )
        _local.conn = conn
    return conn


class Body(BaseModel):
    text: str
    client_msg_id: str | None = None
    author: str = "customer"


@app.post("/messages", status_code=201)
def post(body: Body, authorization: str = Header()) -> dict[str, Any]:
    token = authorization.removeprefix("Bearer ")
    if not hmac.compare_digest(hashlib.sha256(token.encode()).hexdigest(), _TOKEN_SHA256):
        raise HTTPException(401)
    conn = _conn()
    rows = conn.execute(
        "select author, text from message where conversation_id = 1 order by id desc limit 12"
    ).fetchall()
    turns = [Turn(author="customer" if a == "customer" else "bot", text=t) for a, t in reversed(rows)]
    result = _triager.triage(body.text, turns)
    action = "hand_off" if result.needs_human else "automate"
    reasons = json.dumps([r.model_dump() for r in result.reasons])
    conn.execute("begin immediate")
    try:
        message_id = conn.execute(
            "insert into message(conversation_id, author, text, client_msg_id) values (1, ?, ?, ?)",
            (body.author, body.text, body.client_msg_id),
        ).lastrowid
        decision_id = conn.execute(
            "insert into decision(message_id, action, reasons) values (?, ?, ?)",
            (message_id, action, reasons),
        ).lastrowid
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise
    return {
        "message": {"id": message_id, "text": body.text, "client_msg_id": body.client_msg_id},
        "decision": {"id": decision_id, "action": action, "triage": result.model_dump()},
    }


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
