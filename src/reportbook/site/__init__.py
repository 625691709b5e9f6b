"""Site features: language switcher and PDF link, per-language order of glossary and index,
dates, the book's navigation and dark mode, previews, Chinese search, untranslated text and the
translation status, 404 page, page metadata; catalog text reaches the page escaped."""

from .a11y import setup_a11y
from .dates import setup_dates
from .escaping import setup_escaping
from .genindex import setup_genindex
from .glossary import setup_glossary
from .links import setup_links
from .meta import setup_meta
from .navigation import setup_navigation
from .notfound import setup_notfound
from .previews import setup_previews
from .search import setup_search
from .status import setup_status
from .untranslated import setup_untranslated


def setup_site(app) -> None:
    setup_links(app)
    setup_glossary(app)
    setup_genindex(app)
    setup_dates(app)
    setup_search(app)
    setup_untranslated(app)
    setup_status(app)
    setup_notfound(app)
    setup_meta(app)
    setup_navigation(app)
    setup_previews(app)
    setup_a11y(app)
    setup_escaping(app)
