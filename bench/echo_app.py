"""The baseline: a bare FastAPI endpoint that parses the same JSON body and echoes it."""

from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Body(BaseModel):
    text: str
    client_msg_id: str | None = None
    author: str = "customer"


@app.post("/echo")
def echo(body: Body) -> Body:
    return body


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
