"""Real-browser tests: Chromium (Debian's) driven by Playwright over the built site."""
