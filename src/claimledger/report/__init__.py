"""Stage 6, report: the Analysis rendered for people (Markdown brief) or machines (JSON)."""
