"""Records <-> plain JSON data, guided by the dataclasses' own type hints.

The per-article cache stores extraction results with this codec: JSON holds only
data, so reading a cache entry runs no code (as a pickle would), and a record that
gains a field, a nested record, a date or a tuple needs no change here. A type the
codec does not know is a ``TypeError`` when the record is written, not a silent loss.

>>> from kg.model import Role
>>> data = to_data(Role("President", "PSE", date(2005, 1, 15)))
>>> data
{'title': 'President', 'of': 'PSE', 'start': '2005-01-15', 'end': None}
>>> from_data(Role, data)
Role(title='President', of='PSE', start=datetime.date(2005, 1, 15), end=None)
"""
from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from functools import cache
from typing import Any

__all__ = ["to_data", "from_data"]

_PLAIN = (str, int, float, bool)


def to_data(value: Any) -> Any:
    """``value`` as JSON-able data: records as objects of their fields, dates as ``YYYY-MM-DD``, tuples as lists."""
    if value is None or isinstance(value, _PLAIN):
        return value
    names = _names(type(value))
    if names is not None:
        return {name: to_data(getattr(value, name)) for name in names}
    if isinstance(value, date):
        if type(value) is not date:
            raise TypeError(f"cannot store {type(value).__name__} {value!r}: only dates")
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((to_data(v) for v in value), key=repr)
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError(f"cannot store a dict with keys that are not text: {value!r}")
        return {k: to_data(v) for k, v in value.items()}
    raise TypeError(f"cannot store {type(value).__name__} {value!r}")


@cache
def _names(cls: type) -> tuple[str, ...] | None:
    """The field names of a record class; None for any other type."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(tp: Any, data: Any) -> Any:
    """The value of type ``tp`` (a record class or a type hint) that :func:`to_data` made ``data`` of."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is Any:
        return data
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        arms = [a for a in args if a is not type(None)]
        if len(arms) != 1:
            raise TypeError(f"cannot read {tp}: a union of several types")
        return from_data(arms[0], data)
    if dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise TypeError(f"{tp.__name__}: expected an object, got {data!r}")
        hints = _hints(tp)
        return tp(**{f.name: from_data(hints[f.name], data[f.name]) for f in dataclasses.fields(tp) if f.name in data})
    if origin is tuple:
        if not isinstance(data, list):
            raise TypeError(f"{tp}: expected a list, got {data!r}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(args[0], v) for v in data)
        if len(args) != len(data):
            raise TypeError(f"{tp}: expected {len(args)} items, got {data!r}")
        return tuple(from_data(a, v) for a, v in zip(args, data))
    if origin in (list, set, frozenset):
        return origin(from_data(args[0] if args else Any, v) for v in data)
    if origin is dict:
        return {k: from_data(args[1] if args else Any, v) for k, v in data.items()}
    if tp is date:
        return date.fromisoformat(data)
    if tp is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if tp in _PLAIN:
        if not isinstance(data, tp) or (tp is int and isinstance(data, bool)):
            raise TypeError(f"expected {tp.__name__}, got {data!r}")
        return data
    raise TypeError(f"cannot read {tp!r}")
