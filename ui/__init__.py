"""Windows, pages, dialogs, item models and the background-task runner."""
