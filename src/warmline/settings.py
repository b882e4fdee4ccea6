"""Runtime settings, read from environment variables prefixed ``WARMLINE_``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SECRET = "dev-only-not-secret-change-me"


class Settings(BaseSettings):
    """Everything that changes between a laptop, CI and production lives here and nowhere else."""

    model_config = SettingsConfigDict(env_prefix="WARMLINE_", env_file=None, extra="ignore")

    env: Literal["dev", "test", "production"] = "dev"
    database_url: str = "sqlite:///./var/warmline.db"
    redis_url: str | None = None
    secret_key: str = DEFAULT_SECRET
    host: str = "127.0.0.1"
    port: int = 8000
    #: requests with a larger body are refused with 413 before they are parsed
    max_body_bytes: int = 256 * 1024
    max_message_chars: int = 20_000
    #: run background jobs inside the app process (the embedded default); a worker takes them otherwise
    run_jobs_in_process: bool = True
    job_poll_seconds: float = 1.0
    log_level: str = "info"
    #: new widget sessions one client address may open per minute (anonymous visitors create a customer each)
    widget_sessions_per_minute: int = 30
    #: a widget visitor token is accepted this long; the widget renews it on every page load
    visitor_token_days: int = 30
    models_dir: Path | None = Field(default=None, description="where workspace-trained models are kept")
    data_dir: Path = Path("./var")

    @model_validator(mode="after")
    def _refuse_default_secret(self) -> Settings:
        if self.env != "dev" and (self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32):
            raise ValueError(
                "WARMLINE_SECRET_KEY must be set to a random value of at least 32 characters outside dev"
            )
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def workspace_models_dir(self) -> Path:
        return self.models_dir or (self.data_dir / "models")


@lru_cache
def get_settings() -> Settings:
    return Settings()
