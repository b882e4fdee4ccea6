"""Responses built straight from a Pydantic model.

A route that returns a model is validated again by FastAPI against its `response_model` before it is
serialised. For the hot paths whose result already *is* that model, `json_response` serialises it once with
Pydantic's own encoder; the route keeps `response_model=` so that the OpenAPI document is unchanged.
"""

from __future__ import annotations

from fastapi import Response
from pydantic import BaseModel


def json_response(model: BaseModel, status_code: int = 200) -> Response:
    return Response(content=model.model_dump_json(), status_code=status_code, media_type="application/json")
