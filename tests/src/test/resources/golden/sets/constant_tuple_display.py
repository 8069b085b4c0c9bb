# A set display of constant tuples iterates in CPython's order: CPython folds it into a frozenset
# constant, as it does numbers.
print({(1, 2), (3, 4), (0, 0), (-1, 5), (10, 20), (2, 1)})
DIRS = {(0, 1), (1, 0), (0, -1), (-1, 0)}
print(DIRS, list(DIRS))
print({(1, (2, 3)), (4, (5, 6)), (7, (8, 9)), ()})
print({(1.5, True), (2, 2.0), (3, -3), 7, -8.5})
print({(1, 2), (3, 4), (5, 6)} == {(5, 6), (3, 4), (1, 2)})
for d in ({(0, 1), (1, 0), (0, -1), (-1, 0)}, {(0, 1), (1, 0), (0, -1), (-1, 0), (1, 1), (-1, -1), (1, -1), (-1, 1)}):
    print(sorted(d), [x for x in d])
