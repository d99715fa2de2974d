"""The setup assistant: the first run of a station without station.toml (docs/admin-guide.md)."""
