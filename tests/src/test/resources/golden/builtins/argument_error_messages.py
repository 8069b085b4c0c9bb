# Wrong arguments to builtins and str methods: CPython 3.11's messages, which differ by how
# each builtin parses its arguments (argument clinic, PyArg_ParseTuple, METH_O).

try:
    len()
    print('len()', '-> ok')
except Exception as e:
    print('len()', '->', type(e).__name__, e)
try:
    len(1, 2)
    print('len(1, 2)', '-> ok')
except Exception as e:
    print('len(1, 2)', '->', type(e).__name__, e)
try:
    abs()
    print('abs()', '-> ok')
except Exception as e:
    print('abs()', '->', type(e).__name__, e)
try:
    abs(1, 2)
    print('abs(1, 2)', '-> ok')
except Exception as e:
    print('abs(1, 2)', '->', type(e).__name__, e)
try:
    range()
    print('range()', '-> ok')
except Exception as e:
    print('range()', '->', type(e).__name__, e)
try:
    range(1, 2, 3, 4)
    print('range(1, 2, 3, 4)', '-> ok')
except Exception as e:
    print('range(1, 2, 3, 4)', '->', type(e).__name__, e)
try:
    sum()
    print('sum()', '-> ok')
except Exception as e:
    print('sum()', '->', type(e).__name__, e)
try:
    min()
    print('min()', '-> ok')
except Exception as e:
    print('min()', '->', type(e).__name__, e)
try:
    max()
    print('max()', '-> ok')
except Exception as e:
    print('max()', '->', type(e).__name__, e)
try:
    isinstance(1)
    print('isinstance(1)', '-> ok')
except Exception as e:
    print('isinstance(1)', '->', type(e).__name__, e)
try:
    divmod(1)
    print('divmod(1)', '-> ok')
except Exception as e:
    print('divmod(1)', '->', type(e).__name__, e)
try:
    pow(1)
    print('pow(1)', '-> ok')
except Exception as e:
    print('pow(1)', '->', type(e).__name__, e)
try:
    round()
    print('round()', '-> ok')
except Exception as e:
    print('round()', '->', type(e).__name__, e)
try:
    sorted()
    print('sorted()', '-> ok')
except Exception as e:
    print('sorted()', '->', type(e).__name__, e)
try:
    print(sep=1)
    print('print(sep=1)', '-> ok')
except Exception as e:
    print('print(sep=1)', '->', type(e).__name__, e)
try:
    int(1, 2, 3)
    print('int(1, 2, 3)', '-> ok')
except Exception as e:
    print('int(1, 2, 3)', '->', type(e).__name__, e)
try:
    str(1, 2, 3, 4)
    print('str(1, 2, 3, 4)', '-> ok')
except Exception as e:
    print('str(1, 2, 3, 4)', '->', type(e).__name__, e)
try:
    list(1, 2)
    print('list(1, 2)', '-> ok')
except Exception as e:
    print('list(1, 2)', '->', type(e).__name__, e)
try:
    dict(1, 2)
    print('dict(1, 2)', '-> ok')
except Exception as e:
    print('dict(1, 2)', '->', type(e).__name__, e)
try:
    tuple(1, 2)
    print('tuple(1, 2)', '-> ok')
except Exception as e:
    print('tuple(1, 2)', '->', type(e).__name__, e)
try:
    enumerate()
    print('enumerate()', '-> ok')
except Exception as e:
    print('enumerate()', '->', type(e).__name__, e)
try:
    zip(1)
    print('zip(1)', '-> ok')
except Exception as e:
    print('zip(1)', '->', type(e).__name__, e)
try:
    map(len)
    print('map(len)', '-> ok')
except Exception as e:
    print('map(len)', '->', type(e).__name__, e)
try:
    filter(len)
    print('filter(len)', '-> ok')
except Exception as e:
    print('filter(len)', '->', type(e).__name__, e)
try:
    any()
    print('any()', '-> ok')
except Exception as e:
    print('any()', '->', type(e).__name__, e)
try:
    all(1, 2)
    print('all(1, 2)', '-> ok')
except Exception as e:
    print('all(1, 2)', '->', type(e).__name__, e)
try:
    ord()
    print('ord()', '-> ok')
except Exception as e:
    print('ord()', '->', type(e).__name__, e)
try:
    chr()
    print('chr()', '-> ok')
except Exception as e:
    print('chr()', '->', type(e).__name__, e)
try:
    hash()
    print('hash()', '-> ok')
except Exception as e:
    print('hash()', '->', type(e).__name__, e)
try:
    repr()
    print('repr()', '-> ok')
except Exception as e:
    print('repr()', '->', type(e).__name__, e)
try:
    iter()
    print('iter()', '-> ok')
except Exception as e:
    print('iter()', '->', type(e).__name__, e)
try:
    next()
    print('next()', '-> ok')
except Exception as e:
    print('next()', '->', type(e).__name__, e)
try:
    getattr(1)
    print('getattr(1)', '-> ok')
except Exception as e:
    print('getattr(1)', '->', type(e).__name__, e)
try:
    setattr(1, 2)
    print('setattr(1, 2)', '-> ok')
except Exception as e:
    print('setattr(1, 2)', '->', type(e).__name__, e)
try:
    hasattr(1)
    print('hasattr(1)', '-> ok')
except Exception as e:
    print('hasattr(1)', '->', type(e).__name__, e)
try:
    reversed()
    print('reversed()', '-> ok')
except Exception as e:
    print('reversed()', '->', type(e).__name__, e)
try:
    bool(1, 2)
    print('bool(1, 2)', '-> ok')
except Exception as e:
    print('bool(1, 2)', '->', type(e).__name__, e)
try:
    float(1, 2)
    print('float(1, 2)', '-> ok')
except Exception as e:
    print('float(1, 2)', '->', type(e).__name__, e)
try:
    type()
    print('type()', '-> ok')
except Exception as e:
    print('type()', '->', type(e).__name__, e)
try:
    [].append()
    print('[].append()', '-> ok')
except Exception as e:
    print('[].append()', '->', type(e).__name__, e)
try:
    [].pop(1, 2)
    print('[].pop(1, 2)', '-> ok')
except Exception as e:
    print('[].pop(1, 2)', '->', type(e).__name__, e)
try:
    'a'.split(1, 2, 3)
    print("'a'.split(1, 2, 3)", '-> ok')
except Exception as e:
    print("'a'.split(1, 2, 3)", '->', type(e).__name__, e)
try:
    'a'.join()
    print("'a'.join()", '-> ok')
except Exception as e:
    print("'a'.join()", '->', type(e).__name__, e)
try:
    {}.get()
    print('{}.get()', '-> ok')
except Exception as e:
    print('{}.get()', '->', type(e).__name__, e)
try:
    'a'.replace('a')
    print("'a'.replace('a')", '-> ok')
except Exception as e:
    print("'a'.replace('a')", '->', type(e).__name__, e)
try:
    [].insert(1)
    print('[].insert(1)', '-> ok')
except Exception as e:
    print('[].insert(1)', '->', type(e).__name__, e)
try:
    'a'.startswith()
    print("'a'.startswith()", '-> ok')
except Exception as e:
    print("'a'.startswith()", '->', type(e).__name__, e)
try:
    'a'.upper(1)
    print("'a'.upper(1)", '-> ok')
except Exception as e:
    print("'a'.upper(1)", '->', type(e).__name__, e)
try:
    {}.pop()
    print('{}.pop()', '-> ok')
except Exception as e:
    print('{}.pop()', '->', type(e).__name__, e)
try:
    [].index()
    print('[].index()', '-> ok')
except Exception as e:
    print('[].index()', '->', type(e).__name__, e)
try:
    'a'.count()
    print("'a'.count()", '-> ok')
except Exception as e:
    print("'a'.count()", '->', type(e).__name__, e)
try:
    print("'abc'.count()", '->', 'abc'.count())
except Exception as e:
    print("'abc'.count()", '->', type(e).__name__, e)
try:
    print("'abc'.count('a', 1, 2, 3)", '->', 'abc'.count('a', 1, 2, 3))
except Exception as e:
    print("'abc'.count('a', 1, 2, 3)", '->', type(e).__name__, e)
try:
    print("'abc'.count(x='a')", '->', 'abc'.count(x='a'))
except Exception as e:
    print("'abc'.count(x='a')", '->', type(e).__name__, e)
try:
    print("'abc'.count('a', x=1)", '->', 'abc'.count('a', x=1))
except Exception as e:
    print("'abc'.count('a', x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.startswith()", '->', 'abc'.startswith())
except Exception as e:
    print("'abc'.startswith()", '->', type(e).__name__, e)
try:
    print("'abc'.startswith('a', 1, 2, 3)", '->', 'abc'.startswith('a', 1, 2, 3))
except Exception as e:
    print("'abc'.startswith('a', 1, 2, 3)", '->', type(e).__name__, e)
try:
    print("'abc'.startswith(x='a')", '->', 'abc'.startswith(x='a'))
except Exception as e:
    print("'abc'.startswith(x='a')", '->', type(e).__name__, e)
try:
    print("'abc'.startswith('a', x=1)", '->', 'abc'.startswith('a', x=1))
except Exception as e:
    print("'abc'.startswith('a', x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.endswith()", '->', 'abc'.endswith())
except Exception as e:
    print("'abc'.endswith()", '->', type(e).__name__, e)
try:
    print("'abc'.endswith('a', 1, 2, 3)", '->', 'abc'.endswith('a', 1, 2, 3))
except Exception as e:
    print("'abc'.endswith('a', 1, 2, 3)", '->', type(e).__name__, e)
try:
    print("'abc'.endswith(x='a')", '->', 'abc'.endswith(x='a'))
except Exception as e:
    print("'abc'.endswith(x='a')", '->', type(e).__name__, e)
try:
    print("'abc'.endswith('a', x=1)", '->', 'abc'.endswith('a', x=1))
except Exception as e:
    print("'abc'.endswith('a', x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.find()", '->', 'abc'.find())
except Exception as e:
    print("'abc'.find()", '->', type(e).__name__, e)
try:
    print("'abc'.find('a', 1, 2, 3)", '->', 'abc'.find('a', 1, 2, 3))
except Exception as e:
    print("'abc'.find('a', 1, 2, 3)", '->', type(e).__name__, e)
try:
    print("'abc'.find(x='a')", '->', 'abc'.find(x='a'))
except Exception as e:
    print("'abc'.find(x='a')", '->', type(e).__name__, e)
try:
    print("'abc'.find('a', x=1)", '->', 'abc'.find('a', x=1))
except Exception as e:
    print("'abc'.find('a', x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.index()", '->', 'abc'.index())
except Exception as e:
    print("'abc'.index()", '->', type(e).__name__, e)
try:
    print("'abc'.index('a', 1, 2, 3)", '->', 'abc'.index('a', 1, 2, 3))
except Exception as e:
    print("'abc'.index('a', 1, 2, 3)", '->', type(e).__name__, e)
try:
    print("'abc'.index(x='a')", '->', 'abc'.index(x='a'))
except Exception as e:
    print("'abc'.index(x='a')", '->', type(e).__name__, e)
try:
    print("'abc'.index('a', x=1)", '->', 'abc'.index('a', x=1))
except Exception as e:
    print("'abc'.index('a', x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.rfind()", '->', 'abc'.rfind())
except Exception as e:
    print("'abc'.rfind()", '->', type(e).__name__, e)
try:
    print("'abc'.rfind('a', 1, 2, 3)", '->', 'abc'.rfind('a', 1, 2, 3))
except Exception as e:
    print("'abc'.rfind('a', 1, 2, 3)", '->', type(e).__name__, e)
try:
    print("'abc'.rfind(x='a')", '->', 'abc'.rfind(x='a'))
except Exception as e:
    print("'abc'.rfind(x='a')", '->', type(e).__name__, e)
try:
    print("'abc'.rfind('a', x=1)", '->', 'abc'.rfind('a', x=1))
except Exception as e:
    print("'abc'.rfind('a', x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.rindex()", '->', 'abc'.rindex())
except Exception as e:
    print("'abc'.rindex()", '->', type(e).__name__, e)
try:
    print("'abc'.rindex('a', 1, 2, 3)", '->', 'abc'.rindex('a', 1, 2, 3))
except Exception as e:
    print("'abc'.rindex('a', 1, 2, 3)", '->', type(e).__name__, e)
try:
    print("'abc'.rindex(x='a')", '->', 'abc'.rindex(x='a'))
except Exception as e:
    print("'abc'.rindex(x='a')", '->', type(e).__name__, e)
try:
    print("'abc'.rindex('a', x=1)", '->', 'abc'.rindex('a', x=1))
except Exception as e:
    print("'abc'.rindex('a', x=1)", '->', type(e).__name__, e)
try:
    print("'a'.split(x=3)", '->', 'a'.split(x=3))
except Exception as e:
    print("'a'.split(x=3)", '->', type(e).__name__, e)
try:
    print('sorted([], x=1)', '->', sorted([], x=1))
except Exception as e:
    print('sorted([], x=1)', '->', type(e).__name__, e)
try:
    print('print(x=1)', '->', print(x=1))
except Exception as e:
    print('print(x=1)', '->', type(e).__name__, e)
try:
    print('min([1], x=1)', '->', min([1], x=1))
except Exception as e:
    print('min([1], x=1)', '->', type(e).__name__, e)
try:
    print('max([1], key=None, x=1)', '->', max([1], key=None, x=1))
except Exception as e:
    print('max([1], key=None, x=1)', '->', type(e).__name__, e)
try:
    print("int('1', x=2)", '->', int('1', x=2))
except Exception as e:
    print("int('1', x=2)", '->', type(e).__name__, e)
try:
    print('str(x=1)', '->', str(x=1))
except Exception as e:
    print('str(x=1)', '->', type(e).__name__, e)
try:
    print('[].sort(x=1)', '->', [].sort(x=1))
except Exception as e:
    print('[].sort(x=1)', '->', type(e).__name__, e)
try:
    print("'a'.splitlines(x=1)", '->', 'a'.splitlines(x=1))
except Exception as e:
    print("'a'.splitlines(x=1)", '->', type(e).__name__, e)
try:
    print('enumerate([], x=1)', '->', enumerate([], x=1))
except Exception as e:
    print('enumerate([], x=1)', '->', type(e).__name__, e)
try:
    print('round(1, x=2)', '->', round(1, x=2))
except Exception as e:
    print('round(1, x=2)', '->', type(e).__name__, e)
try:
    print('pow(1, 2, x=3)', '->', pow(1, 2, x=3))
except Exception as e:
    print('pow(1, 2, x=3)', '->', type(e).__name__, e)
try:
    print('sum([], x=1)', '->', sum([], x=1))
except Exception as e:
    print('sum([], x=1)', '->', type(e).__name__, e)
try:
    print("'a'.rsplit(x=1)", '->', 'a'.rsplit(x=1))
except Exception as e:
    print("'a'.rsplit(x=1)", '->', type(e).__name__, e)
try:
    print('dict.fromkeys([], x=1)', '->', dict.fromkeys([], x=1))
except Exception as e:
    print('dict.fromkeys([], x=1)', '->', type(e).__name__, e)
try:
    print("'{}'.format(x=1)", '->', '{}'.format(x=1))
except Exception as e:
    print("'{}'.format(x=1)", '->', type(e).__name__, e)
try:
    print('zip([], x=1)', '->', zip([], x=1))
except Exception as e:
    print('zip([], x=1)', '->', type(e).__name__, e)
try:
    print('range(1, x=2)', '->', range(1, x=2))
except Exception as e:
    print('range(1, x=2)', '->', type(e).__name__, e)
try:
    print('list(x=1)', '->', list(x=1))
except Exception as e:
    print('list(x=1)', '->', type(e).__name__, e)
try:
    print('float(x=1)', '->', float(x=1))
except Exception as e:
    print('float(x=1)', '->', type(e).__name__, e)
try:
    print('divmod(1, x=2)', '->', divmod(1, x=2))
except Exception as e:
    print('divmod(1, x=2)', '->', type(e).__name__, e)
try:
    print("'a'.replace('a', 'b', x=1)", '->', 'a'.replace('a', 'b', x=1))
except Exception as e:
    print("'a'.replace('a', 'b', x=1)", '->', type(e).__name__, e)
try:
    print("'a'.strip(x=1)", '->', 'a'.strip(x=1))
except Exception as e:
    print("'a'.strip(x=1)", '->', type(e).__name__, e)
try:
    print('isinstance(1, int, x=1)', '->', isinstance(1, int, x=1))
except Exception as e:
    print('isinstance(1, int, x=1)', '->', type(e).__name__, e)
try:
    print('int(x=1)', '->', int(x=1))
except Exception as e:
    print('int(x=1)', '->', type(e).__name__, e)
try:
    print('[].pop(x=1)', '->', [].pop(x=1))
except Exception as e:
    print('[].pop(x=1)', '->', type(e).__name__, e)
try:
    print('{}.get(1, x=2)', '->', {}.get(1, x=2))
except Exception as e:
    print('{}.get(1, x=2)', '->', type(e).__name__, e)
try:
    print("'a'.center(3, x=1)", '->', 'a'.center(3, x=1))
except Exception as e:
    print("'a'.center(3, x=1)", '->', type(e).__name__, e)
