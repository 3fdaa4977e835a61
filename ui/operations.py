"""Slow jobs off the GUI thread, after Anki's ``Op``: the job never touches widgets."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.errors import Cancelled, UserError

T = TypeVar("T")

# One worker: database writes never race each other.
_pool = QThreadPool()
_pool.setMaxThreadCount(1)
# Reads that the window waits for (the rest of a long list) must not queue behind a long write
# such as an import: they get their own worker.
_read_pool = QThreadPool()
_read_pool.setMaxThreadCount(1)
# Ops under way, kept alive until their result is delivered (the worker thread emits
# through their signal object, which must outlive the job).
_running: set[Op[Any]] = set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Progress:
    """Handed to a job: report progress and check for cancellation (cooperative)."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def update(self, done: int, total: int) -> bool:
        """Report progress; returns False once the user has asked to cancel."""
        self._signals.progress.emit(done, total)
        return not self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancelled.set()


class Op(Generic[T]):
    """``Op(parent, fn).success(cb).failure(cb).run_in_background()``."""

    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], T], *, label: str = "",
                 delay_ms: int = 600, reads_only: bool = False) -> None:
        self.parent, self.fn, self.label, self.delay_ms = parent, fn, label, delay_ms
        self.reads_only = reads_only  # a job that writes nothing runs beside the writes
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self._dialog: QProgressDialog | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        """Called on the GUI thread with the job's result."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """Called on the GUI thread with the job's exception (default: user error or crash)."""
        self._on_failure = callback
        return self

    def run_in_background(self) -> None:
        """Start the job; a progress dialog appears only if it takes longer than the delay."""
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)
        if self.label:
            cancel = QCoreApplication.translate("Op", "Cancel")
            dialog = QProgressDialog(self.label, cancel, 0, 0, self.parent)
            dialog.setMinimumDuration(self.delay_ms)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.progress.cancel)
            self.signals.progress.connect(self._show_progress)
            self._dialog = dialog
            QTimer.singleShot(0, lambda: dialog.setValue(0))
        _running.add(self)
        (_read_pool if self.reads_only else _pool).start(self._work)

    def _work(self) -> None:
        """Runs on the worker thread: only plain data and signals cross back."""
        try:
            result = self.fn(self.progress)
        except BaseException as e:  # handed to the GUI thread, which decides what it means
            self.signals.failed.emit(e)
        else:
            self.signals.finished.emit(result)

    def _show_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _finished(self, result: T) -> None:
        _running.discard(self)
        self._close_dialog()
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, error: BaseException) -> None:
        _running.discard(self)
        self._close_dialog()
        if self._on_failure is not None:
            self._on_failure(error)
            return
        from ui import prompts

        if isinstance(error, Cancelled):
            return  # the user asked for it; nothing was written
        if isinstance(error, UserError):
            prompts.show_user_error(self.parent, str(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)


def cancel_background_jobs() -> None:
    """Ask every running job to stop at its next check (closing the window)."""
    for op in list(_running):
        op.progress.cancel()


def wait_for_background_jobs(timeout_ms: int = 30_000) -> bool:
    """Block until queued jobs are done (closing the app, tests)."""
    return _pool.waitForDone(timeout_ms) and _read_pool.waitForDone(timeout_ms)
