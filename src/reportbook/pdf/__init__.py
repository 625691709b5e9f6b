"""The ``pdf`` builder: the single-page HTML build, typeset by WeasyPrint."""


def setup(app):
    return {"parallel_read_safe": True, "parallel_write_safe": True}
