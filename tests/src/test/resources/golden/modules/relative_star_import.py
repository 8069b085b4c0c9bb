print("before")
from .. import *
