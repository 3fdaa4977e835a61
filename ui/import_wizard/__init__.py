"""The import wizard's steps and item models (the page is ui.pages.import_page)."""
