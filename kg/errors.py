"""One exception type with a user-facing one-line message and an exit code."""
from __future__ import annotations

__all__ = ["KgError", "EXIT_INTERNAL", "EXIT_USAGE", "EXIT_INPUT", "EXIT_SETUP", "EXIT_OUTPUT", "EXIT_INVALID"]

EXIT_INTERNAL = 1  # a bug in kg (an unexpected exception)
EXIT_USAGE = 2  # bad command line
EXIT_INPUT = 3  # bad or missing input (every per-document problem under --strict)
EXIT_SETUP = 4  # model or dictionary problem
EXIT_OUTPUT = 5  # cannot write outputs
EXIT_INVALID = 6  # graph does not conform to the shapes


class KgError(Exception):
    """An error the CLI prints as one line, exiting with ``code``."""

    def __init__(self, message: str, code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.code = code

    def __reduce__(self):  # keeps the exit code when raised in a worker process
        return (type(self), (str(self), self.code))
