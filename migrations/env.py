from __future__ import annotations

import os

from alembic import context

from warmline.db import make_engine
from warmline.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # From code (warmline.migrate) the URL comes with the config; from the alembic command line, from
    # WARMLINE_DATABASE_URL or alembic.ini.
    url = (config.attributes.get("database_url") or os.environ.get("WARMLINE_DATABASE_URL")
           or config.get_main_option("sqlalchemy.url"))
    assert url
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                          compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
