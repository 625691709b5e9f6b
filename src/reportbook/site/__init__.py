"""Site features: language switcher, PDF download link, per-language page settings."""

from .links import setup_links


def setup_site(app) -> None:
    setup_links(app)
