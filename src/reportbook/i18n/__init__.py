"""Catalog workflow: strict validation, updates that keep translators' work, stats, linting."""


def setup(app):
    from .compiledstate import setup_compiled_state
    from .configtexts import setup_config_texts
    from .guard import setup_guard
    from .potlocations import setup_pot_locations
    from .themecatalog import setup_theme_catalog

    setup_guard(app)
    setup_compiled_state(app)
    setup_config_texts(app)
    setup_pot_locations(app)
    setup_theme_catalog(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
