"""Catalog workflow: strict validation, updates that keep translators' work, stats, linting."""


def setup(app):
    return {"parallel_read_safe": True, "parallel_write_safe": True}
