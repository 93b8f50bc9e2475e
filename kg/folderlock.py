"""One writer per output folder: an exclusive lock held while ``kg build`` or ``kg html`` writes there.

The lock belongs to the operating system, not to a file's contents: ``flock`` on the folder
itself (POSIX), or ``msvcrt.locking`` on a ``.kg.lock`` file inside it (Windows). The kernel
drops it when the process that holds it ends, however it ends, so a build killed with SIGKILL
never leaves a stale lock behind, and on POSIX nothing is added to the folder.

A second writer does not wait: it fails at once with :data:`~kg.errors.EXIT_BUSY`. Within one
process the lock is re-entrant, so a build that holds its folder can still call
:func:`~kg.pipeline.write_outputs` on it.

Examples
--------
>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     with folder_lock(tmp):
...         with folder_lock(tmp):  # the same process may take it again
...             pass
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import Errors, KgError

__all__ = ["folder_lock", "LOCK_NAME"]

LOCK_NAME = ".kg.lock"  # only on Windows, where a folder itself cannot be locked

_held: dict[str, list[int]] = {}  # real path -> [file descriptor, depth]
_mutex = threading.Lock()


def _busy(folder: Path) -> KgError:
    return Errors.FOLDER_BUSY(folder=folder)


def _acquire(folder: Path) -> int:
    """Open ``folder`` (or its lock file) and lock it without waiting; the open descriptor holds the lock."""
    try:
        if os.name == "nt":  # pragma: no cover - Windows only
            import msvcrt

            fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                os.close(fd)
                raise _busy(folder) from None
            return fd
        import fcntl

        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except KgError:
        raise
    except OSError as exc:
        raise Errors.CANNOT_LOCK(folder=folder, reason=exc.strerror or exc) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise _busy(folder) from None
    return fd


def _make(folder: Path) -> list[Path]:
    """Create ``folder`` and any missing parents; return the folders made, deepest first."""
    missing = []
    probe = folder
    while not probe.exists() and probe.parent != probe:
        missing.append(probe)
        probe = probe.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Errors.CANNOT_CREATE_OUT(folder=folder, reason=exc.strerror or exc) from None
    return missing


@contextmanager
def folder_lock(folder: str | os.PathLike[str]) -> Iterator[Path]:
    """Hold the output folder ``folder`` (created if missing) for this process until the block ends.

    Raises :class:`~kg.errors.KgError` with exit code 7 at once when another process holds it.
    Folders this call created are removed again if they are still empty at the end (a build that
    failed early leaves nothing behind).
    """
    folder = Path(folder)
    created = _make(folder)
    key = os.path.realpath(folder)
    try:
        with _mutex:
            entry = _held.get(key)
            if entry is not None:
                entry[1] += 1
            else:
                _held[key] = [_acquire(folder), 1]
    except BaseException:
        _remove_empty(created)
        raise
    try:
        yield folder
    finally:
        with _mutex:
            entry = _held[key]
            entry[1] -= 1
            if entry[1] == 0:
                del _held[key]
                _remove_empty(created)  # while still locked, so no other writer has started in it
                os.close(entry[0])  # closing the descriptor drops the lock


def _remove_empty(created: list[Path]) -> None:
    for path in created:
        try:
            path.rmdir()  # only if empty
        except OSError:
            return
