"""``python -m policydiff``: the command line.

The cyclic garbage collector waits while the command line loads (``main``
starts it again): what imports make lives to the end, so a collection then
would visit it all and find nothing to free.
"""
import gc

gc.disable()
from .launch import run  # noqa: E402

run()
