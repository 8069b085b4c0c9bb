# A program run as a script has no parent package: a relative import fails when it runs.
def load():
    from .helpers import tool
    return tool


for stmt in ["from . import x", "from .. import y", "from .mod import z", "from .a.b import (c, d)"]:
    print(stmt)
try:
    load()
except ImportError as e:
    print(type(e).__name__, e)

from . import sibling
