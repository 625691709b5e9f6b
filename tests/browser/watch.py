"""Collect what goes wrong while a page loads: console errors, script errors, failed requests."""

from playwright.sync_api import Page


def watch(page: Page) -> list[str]:
    """Start collecting on ``page``; the returned list fills as problems happen."""
    problems: list[str] = []

    def on_console(message):
        if message.type == "error":
            problems.append(f"console error: {message.text}")

    def on_response(response):
        if response.status >= 400:
            problems.append(f"HTTP {response.status}: {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on(
        "requestfailed",
        lambda request: problems.append(f"request failed ({request.failure}): {request.url}"),
    )
    page.on("response", on_response)
    return problems
