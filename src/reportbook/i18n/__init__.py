"""Catalog workflow: strict validation, updates that keep translators' work, stats, linting."""


def setup(app):
    from .configtexts import setup_config_texts
    from .guard import setup_guard

    setup_guard(app)
    setup_config_texts(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
