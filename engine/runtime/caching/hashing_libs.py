"""Hashing of pandas and numpy objects; imported only when an argument is one of them."""

from __future__ import annotations

import pickle
import struct
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .hashing import Hasher


def update_pandas(hasher: Hasher, h: Any, obj: Any) -> bool:
    """Digest a DataFrame, Series or Index into `h`; False for other pandas objects."""
    import pandas as pd

    from .hashing import _tag, _write_bytes, _write_str

    if isinstance(obj, pd.DataFrame):
        _tag(h, b"pandas.DataFrame")
        hasher._update(h, obj.shape)
        hasher._update(h, list(obj.columns))
        hasher._update(h, [str(dtype) for dtype in obj.dtypes])
        hasher._update(h, list(obj.index.names))
    elif isinstance(obj, pd.Series):
        _tag(h, b"pandas.Series")
        hasher._update(h, obj.shape)
        hasher._update(h, obj.name)
        _write_str(h, str(obj.dtype))
        hasher._update(h, list(obj.index.names))
    elif isinstance(obj, pd.Index):
        _tag(h, b"pandas.Index")
        _write_str(h, type(obj).__name__)
        hasher._update(h, list(obj.names))
        _write_str(h, str(obj.dtype))
    else:
        return False
    try:
        # Index values are part of the data: the same rows under other labels differ.
        row_hashes = pd.util.hash_pandas_object(obj, index=not isinstance(obj, pd.Index))
        _write_array(h, row_hashes.to_numpy())
    except TypeError:
        # Cells pandas cannot hash (lists, dicts, ...): the pickled object says it all.
        _write_bytes(h, _pickled(obj))
    return True


def update_numpy(hasher: Hasher, h: Any, obj: Any) -> bool:
    """Digest an ndarray or a numpy scalar into `h`; False for other numpy objects."""
    import numpy as np

    from .hashing import _tag, _write_bytes, _write_str

    if isinstance(obj, np.ndarray):
        _tag(h, b"numpy.ndarray")
        _write_str(h, obj.dtype.str)
        hasher._update(h, obj.shape)
        if obj.dtype.hasobject:
            # The bytes of an object array are pointers: hash the objects instead.
            hasher._update(h, obj.ravel().tolist())
        else:
            _write_array(h, obj)
        return True
    if isinstance(obj, np.generic):
        _tag(h, b"numpy.scalar")
        _write_str(h, obj.dtype.str)
        if obj.dtype.hasobject:
            hasher._update(h, obj.item())
        else:
            _write_bytes(h, obj.tobytes())
        return True
    return False


def _write_array(h: Any, array: Any) -> None:
    """Feed an array's bytes without copying them when it is contiguous already."""
    import numpy as np

    flat = np.ascontiguousarray(array).reshape(-1).view(np.uint8)
    h.update(struct.pack("<Q", flat.nbytes))
    h.update(flat)


def _pickled(obj: Any) -> bytes:
    from .hashing import UnhashableTypeError, qualified_type_name

    try:
        return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:
        raise UnhashableTypeError(qualified_type_name(type(obj)), str(error)) from None
