# Containers changed while being iterated: CPython's errors (a dict whose keys were replaced
# by as many others), and what lists, views and iterators see.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def dict_grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
def dict_del():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def dict_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0
    return d
def set_grow():
    s = {1}
    for x in s:
        s.add(x + 1)
def list_grow():
    l = [1, 2, 3]
    out = []
    for x in l:
        if len(l) < 6:
            l.append(x * 10)
        out.append(x)
    return out
def list_remove():
    l = [1, 2, 3, 4]
    for x in l:
        l.remove(x)
    return l
def sort_mutate():
    l = [3, 1, 2]
    l.sort(key=lambda v: l.append(v) or v)
def keys_view():
    d = {1: 2}
    k = d.keys()
    d[3] = 4
    return list(k), len(k), 3 in k
def items_iter():
    d = {1: 2}
    it = iter(d.items())
    d[5] = 6
    return next(it)
def values_mod():
    d = {1: 2, 3: 4}
    for v in d.values():
        d[1] = 9
    return d
def dict_pop_iter():
    d = dict.fromkeys(range(5))
    it = iter(d)
    next(it)
    d.pop(4)
    d[9] = None
    return list(it)
def reversed_list():
    l = [1, 2, 3]
    r = reversed(l)
    l.append(4)
    return list(r)
def list_iter_after_clear():
    l = [1, 2, 3]
    it = iter(l)
    next(it)
    l.clear()
    return list(it)
for f in [dict_grow, dict_del, dict_same_size, set_grow, list_grow, list_remove, sort_mutate, keys_view, items_iter, values_mod, dict_pop_iter, reversed_list, list_iter_after_clear]:
    print(f.__name__, end=": ")
    t(f)
