"""The two faces of the app: the Qt window (pages, dialogs, models, background jobs) and the
headless command line (ui.cli, which never imports Qt)."""
