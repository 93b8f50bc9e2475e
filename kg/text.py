"""Text as every output file can hold it.

>>> clean("a\\x07b\\r\\nc\\ud800")
'ab\\nc\\ufffd'
>>> normalise("a\\r\\nb\\rc")
'a\\nb\\nc'
"""
from __future__ import annotations

import re

__all__ = ["clean", "normalise"]

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise(text: str) -> str:
    """Line ends as ``\\n`` (CRLF and CR), and lone surrogates (from JSON escapes) as U+FFFD.

    Articles are read this way, and character offsets in the outputs index this text.
    """
    return _SURROGATE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean(value: object) -> str:
    """Text for a CSV cell or a Turtle literal: C0 control characters other than tab and newline
    dropped (``\\r`` too) and lone surrogates as U+FFFD; ``None`` is ``""``. Everything else (quotes,
    ``<``, backslashes, emoji, right-to-left marks) is kept: the writers escape it."""
    text = "" if value is None else str(value)
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
