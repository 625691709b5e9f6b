"""The floor of any WeasyPrint builder: one layout of our final book HTML and one tagged write.

    python bench/bare.py build/pdf/_html/en/book.html out.pdf

Issue 17 measures our PDF step against this: everything we do beyond it (counting pages,
printing their numbers, checks, the join) is our own cost.
"""

import sys

from weasyprint import HTML


def main(html: str, pdf: str) -> None:
    HTML(filename=html).render(pdf_variant="pdf/ua-1").write_pdf(pdf, pdf_variant="pdf/ua-1")


if __name__ == "__main__":
    main(*sys.argv[1:])
