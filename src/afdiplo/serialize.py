"""
Turning model objects into plain data and back.

One :class:`cattrs.Converter`, :data:`converter`, serves the whole library: dates and times as
ISO 8601 strings, enums by value, tuples as lists.
Structuring is strict: a value of the wrong type is an error, never coerced, and unknown keys
are rejected, so untrusted data can only ever create the model's own classes.

cattrs is imported, and :data:`converter` built, on first use, not with the package.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from typing import TYPE_CHECKING, Any, Final, TypeVar, get_args, get_origin, overload

import attrs

from afdiplo.exceptions import SchemaError
from afdiplo.model import Readout

if TYPE_CHECKING:
    from collections.abc import Callable

    import cattrs

__all__ = [
    "SCHEMA_VERSION",
    "converter",
    "from_dict",
    "from_json",
    "make_converter",
    "to_dict",
    "to_json",
]

#: Version of the serialised layout; written as ``schema_version`` at the top of every dict.
SCHEMA_VERSION: Final = 1

M = TypeVar("M")


def _strict(kind: type, name: str) -> Callable[[object, type], Any]:
    def structure(value: object, _cls: type) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            msg = f"expected {name}, found {type(value).__name__}"
            raise TypeError(msg)
        return value

    return structure


def _structure_date(value: object, _cls: type) -> dt.date:
    if not isinstance(value, str):
        msg = f"expected an ISO 8601 date string, found {type(value).__name__}"
        raise TypeError(msg)
    return dt.date.fromisoformat(value)


def _structure_datetime(value: object, _cls: type) -> dt.datetime:
    if not isinstance(value, str):
        msg = f"expected an ISO 8601 date-time string, found {type(value).__name__}"
        raise TypeError(msg)
    return dt.datetime.fromisoformat(value)


def _is_homogeneous_tuple(cls: Any) -> bool:
    return get_origin(cls) is tuple and get_args(cls)[-1:] == (Ellipsis,)


def _strict_tuple_factory(cls: Any, conv: cattrs.Converter) -> Callable[[object, type], Any]:
    from cattrs.cols import homogenous_tuple_structure_factory  # noqa: PLC0415 - see make_converter

    base = homogenous_tuple_structure_factory(cls, conv)

    def structure(value: object, _cls: type) -> Any:
        if not isinstance(value, (list, tuple)):
            msg = f"expected a list, found {type(value).__name__}"
            raise TypeError(msg)
        return base(value, cls)

    return structure


def _strict_class_factory(cls: Any, conv: cattrs.Converter) -> Callable[[object, type], Any]:
    from cattrs.gen import make_dict_structure_fn  # noqa: PLC0415 - see make_converter

    base = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)

    def structure(value: object, _cls: type) -> Any:
        if not isinstance(value, dict):
            msg = f"expected an object for {cls.__name__}, found {type(value).__name__}"
            raise TypeError(msg)
        return base(value, cls)

    return structure


def make_converter() -> cattrs.Converter:
    """
    Build the converter afdiplo uses for every model class.

    Returns:
        A new, strictly validating converter; :data:`converter` is the shared instance.

    .. versionadded:: 0.1.0
    """
    # cattrs is imported here, not with the package: it costs a noticeable share of
    # `import afdiplo`, and parsing does not need it.
    import cattrs  # noqa: PLC0415

    conv = cattrs.Converter(
        forbid_extra_keys=True,
        detailed_validation=True,
        unstruct_collection_overrides={tuple: list},
    )
    conv.register_structure_hook_factory(attrs.has, _strict_class_factory)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, _strict_tuple_factory)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(int, _strict(int, "an integer"))
    conv.register_structure_hook(bool, _strict(bool, "a boolean"))
    conv.register_structure_hook(float, _strict((int, float), "a number"))  # type: ignore[arg-type]
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    conv.register_structure_hook(dt.datetime, _structure_datetime)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    return conv


#: The converter shared by the library, the command line and users.
#: It is built on first use: the first access to ``afdiplo.serialize.converter`` imports cattrs.
converter: cattrs.Converter

_converter_lock: Final = threading.Lock()


def _converter() -> cattrs.Converter:
    """Return :data:`converter`, built by the first call from any thread."""
    conv: cattrs.Converter | None = globals().get("converter")
    if conv is None:
        with _converter_lock:
            conv = globals().get("converter")
            if conv is None:
                # From now on `converter` is a plain module attribute.
                conv = globals()["converter"] = make_converter()
    return conv


def __getattr__(name: str) -> Any:
    # PEP 562: called only while `converter` is not yet built (see _converter).
    if name == "converter":
        return _converter()
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def to_dict(obj: object) -> dict[str, Any]:
    """
    Turn a model object into plain data: dicts, lists, strings, numbers, booleans and None.

    Args:
        obj: A :class:`~afdiplo.Readout` or any other model object.

    Returns:
        A dict with ``schema_version`` first, then the object's fields.

    .. versionadded:: 0.1.0
    """
    data = _converter().unstructure(obj)
    if not isinstance(data, dict):
        msg = f"expected a model object, found {type(obj).__name__}"
        raise TypeError(msg)
    return {"schema_version": SCHEMA_VERSION, **data}


def to_json(obj: object, *, indent: int | None = None) -> str:
    """
    Turn a model object into a JSON document.

    Args:
        obj: A :class:`~afdiplo.Readout` or any other model object.
        indent: Passed to :func:`json.dumps`; None writes one line.

    Returns:
        The JSON text of :func:`to_dict`.

    .. versionadded:: 0.1.0
    """
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


@overload
def from_dict(data: object) -> Readout: ...
@overload
def from_dict(data: object, cls: type[M]) -> M: ...
def from_dict(data: object, cls: type[Any] = Readout) -> Any:
    """
    Rebuild a model object from the plain data :func:`to_dict` made.

    Args:
        data: The plain data, for instance loaded from untrusted JSON.
        cls: The model class to build; :class:`~afdiplo.Readout` by default.

    Returns:
        An instance of *cls*.

    Raises:
        SchemaError: The data does not fit the model; the message names the path of the bad
            field, such as ``calls[0].date``.

    .. versionadded:: 0.1.0
    """
    if not isinstance(data, dict):
        msg = f"expected an object at the top, found {type(data).__name__}"
        raise SchemaError(msg)
    fields = dict(data)
    version = fields.pop("schema_version", None)
    if version != SCHEMA_VERSION:
        msg = f"expected schema_version {SCHEMA_VERSION}, found {version!r}"
        raise SchemaError(msg, path="schema_version")
    conv = _converter()
    from cattrs.errors import (  # noqa: PLC0415 - loaded by _converter() above
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    try:
        return conv.structure(fields, cls)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as err:
        path, reason = _first_error(err)
        raise SchemaError(reason, path=path) from err
    except (TypeError, ValueError, KeyError, RecursionError) as err:
        raise SchemaError(str(err) or type(err).__name__) from err


@overload
def from_json(text: str | bytes) -> Readout: ...
@overload
def from_json(text: str | bytes, cls: type[M]) -> M: ...
def from_json(text: str | bytes, cls: type[Any] = Readout) -> Any:
    """
    Rebuild a model object from the JSON text :func:`to_json` made.

    Args:
        text: JSON text, possibly from an untrusted source.
        cls: The model class to build; :class:`~afdiplo.Readout` by default.

    Returns:
        An instance of *cls*.

    Raises:
        SchemaError: The text is not JSON, or does not fit the model; the message names the
            path of the bad field.

    .. versionadded:: 0.1.0
    """
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as err:
        msg = f"expected a JSON document, found invalid JSON ({err})"
        raise SchemaError(msg) from err
    return from_dict(data, cls)


def _first_error(err: BaseException) -> tuple[str, str]:
    """Return the path and reason of the first leaf error cattrs collected."""
    import cattrs  # noqa: PLC0415 - loaded by _converter() already

    messages = cattrs.transform_error(err, path="$", format_exception=_describe)
    first = messages[0] if messages else str(err)
    reason, _, where = first.rpartition(" @ ")
    path = where.removeprefix("$").removeprefix(".")
    return path, reason or first


def _describe(exc: BaseException, _type: type | None) -> str:
    from cattrs.errors import ForbiddenExtraKeysError  # noqa: PLC0415 - loaded already

    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field(s) {sorted(exc.extra_fields)}"
    return str(exc) or type(exc).__name__
