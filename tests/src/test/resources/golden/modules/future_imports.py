"""A docstring may come before the future statements."""
from __future__ import annotations
from __future__ import (nested_scopes, generators, division, absolute_import, with_statement,
                        print_function, unicode_literals, generator_stop)
from __future__ import barry_as_FLUFL as flufl; from __future__ import annotations as ann

import __future__

# The statement binds the feature objects, as an import does.
print(annotations, ann is annotations, flufl is __future__.barry_as_FLUFL)
print(division.getOptionalRelease(), division.getMandatoryRelease(), division.compiler_flag)
print(annotations.getMandatoryRelease(), __future__.CO_FUTURE_ANNOTATIONS == annotations.compiler_flag)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    print(name, getattr(__future__, name))
print(type(generators).__name__, __future__.__name__)


# Annotations are not evaluated under `annotations`.
def f(x: undefined_name) -> also_undefined:
    return x


print(f(3), 1 != 2, 7 / 2)
