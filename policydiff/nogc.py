"""The cyclic garbage collector held off while a step builds many objects that live on.

The comparison makes no reference cycles to speak of (on the 民法典 repeated 8×,
the collector's 536 runs found 154 objects), but every 700 new containers it
runs, and now and then it reads every object alive: a sixth of that pair's time.
``structure.parse`` does the same for its own step. Nothing is left uncollected:
the collector runs again when the step ends.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused(freeze: bool = False) -> Iterator[None]:
    """No cyclic collection inside the block; the collector as it was after it. With ``freeze``,
    what exists when the block ends is moved out of later collections (gc.freeze): objects that
    live to the end of the process, such as what a command's imports made."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if collecting:
            gc.enable()
