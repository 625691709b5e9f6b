"""Catalog workflow: strict validation, updates that keep translators' work, stats, linting."""


def setup(app):
    from .guard import setup_guard

    setup_guard(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
