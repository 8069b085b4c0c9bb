def process(item):
    if not isinstance(item, int):
        raise TypeError(f"not an int: {item!r}")
    if item < 0:
        raise ValueError(f"negative: {item}")
    return item * 2
results = []
errors = []
for item in [1, -2, "3", 4, None, 5.5, 6]:
    try:
        results.append(process(item))
    except (TypeError, ValueError) as e:
        errors.append(f"{type(e).__name__}: {e}")
print(results)
for e in errors:
    print(e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    finally:
        pass
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0)]])
