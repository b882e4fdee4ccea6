"""Fixtures: every database-backed test runs on SQLite and on PostgreSQL.

Each backend's schema is built once with the real Alembic migrations; each test starts from empty tables.
PostgreSQL tests are skipped only when no server answers and WARMLINE_REQUIRE_SERVICES is not set
(CI sets it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from warmline.app import create_app
from warmline.db import make_engine, make_sessionmaker, transaction
from warmline.migrate import upgrade
from warmline.models import Base
from warmline.settings import Settings

REQUIRE_SERVICES = os.environ.get("WARMLINE_REQUIRE_SERVICES") == "1"
POSTGRES_URL = os.environ.get(
    "WARMLINE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/warmline_test"
)
REDIS_URL = os.environ.get("WARMLINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _worker_suffix() -> str:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return f"_{worker}" if worker else ""


def _postgres_url() -> str:
    return POSTGRES_URL + _worker_suffix()


def _ensure_postgres_database(url: str) -> None:
    base, _, name = url.rpartition("/")
    admin = create_engine(base + "/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()


def _reset_schema(url: str, engine: Engine) -> None:
    """Drop whatever an earlier run left, then migrate from nothing, like a fresh install."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    upgrade(url)


@dataclass
class Backend:
    name: str
    url: str
    engine: Engine

    def truncate(self) -> None:
        tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execute(
                    text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
                )
            else:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                for table in tables:
                    conn.execute(text(f'DELETE FROM "{table}"'))
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")


_backends: dict[str, Backend] = {}


def _get_backend(name: str, tmp_root: Path) -> Backend:
    if name in _backends:
        return _backends[name]
    if name == "sqlite":
        url = f"sqlite:///{tmp_root / 'warmline-test.db'}"
        engine = make_engine(url)
        _reset_schema(url, engine)
    else:
        url = _postgres_url()
        try:
            _ensure_postgres_database(url)
            engine = make_engine(url)
            with engine.connect():
                pass
        except Exception as exc:
            if REQUIRE_SERVICES:
                raise
            pytest.skip(f"PostgreSQL not reachable at {url}: {exc}")
        _reset_schema(url, engine)
    _backends[name] = Backend(name=name, url=url, engine=engine)
    return _backends[name]


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    db = _get_backend(request.param, tmp_path_factory.getbasetemp())
    db.truncate()
    yield db


@pytest.fixture
def settings(backend: Backend, tmp_path: Path) -> Settings:
    return Settings(
        env="test",
        database_url=backend.url,
        redis_url=None,
        run_jobs_in_process=False,
        secret_key="test-secret-key-that-is-long-enough-0123456789",
        data_dir=tmp_path,
    )


@pytest.fixture
def app(settings: Settings):  # type: ignore[no-untyped-def]
    return create_app(settings)


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def factory(backend: Backend) -> sessionmaker[Session]:
    return make_sessionmaker(backend.engine)


@dataclass
class Tenant:
    """A workspace with a token per role, as a test sees it."""

    id: int
    slug: str
    tokens: dict[str, str]
    user_ids: dict[str, int]

    def headers(self, role: str = "admin") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


_PASSWORD_HASH: list[str] = []


def password_hash() -> str:
    """argon2 is slow on purpose; hash the test password once per run."""
    from warmline.auth.service import hash_password

    if not _PASSWORD_HASH:
        _PASSWORD_HASH.append(hash_password("correct horse"))
    return _PASSWORD_HASH[0]


def make_tenant(factory: sessionmaker[Session], slug: str) -> Tenant:
    from warmline.auth.service import create_token
    from warmline.workspaces import service as workspaces
    from warmline.workspaces.models import User

    with transaction(factory) as session:
        workspace = workspaces.create(session, slug=slug, name=slug.title())
        tokens: dict[str, str] = {}
        user_ids: dict[str, int] = {}
        for role in ("admin", "supervisor", "agent"):
            user = User(
                workspace_id=workspace.id,
                email=f"{role}@{slug}.test",
                name=f"{role.title()} {slug}",
                role=role,
                password_hash=password_hash(),
                presence="online",
            )
            session.add(user)
            session.flush()
            _, tokens[role] = create_token(session, workspace_id=workspace.id, role=role, user_id=user.id)
            user_ids[role] = user.id
        return Tenant(id=workspace.id, slug=slug, tokens=tokens, user_ids=user_ids)


@pytest.fixture
def tenant(factory: sessionmaker[Session]) -> Tenant:
    return make_tenant(factory, "acme")


@pytest.fixture
def other_tenant(factory: sessionmaker[Session]) -> Tenant:
    return make_tenant(factory, "globex")


def open_conversation(
    client: TestClient,
    tenant: Tenant,
    text: str = "Where is my order?",
    external_id: str = "cust-1",
    client_msg_id: str | None = "m-1",
    **extra: object,
) -> dict:
    body = {
        "customer": {"external_id": external_id, "name": "Robin Doe"},
        "channel": "api",
        "message": {"text": text, "client_msg_id": client_msg_id},
        **extra,
    }
    response = client.post("/api/v1/conversations", json=body, headers=tenant.headers())
    assert response.status_code in (200, 201), response.text
    return response.json()
