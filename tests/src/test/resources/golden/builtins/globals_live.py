# globals() is the module's namespace itself: writes, deletions and reads go both ways.
g = globals()
print(g is globals(), type(g).__name__)
print(g['__name__'], g['__doc__'])
print([k for k in g if not k.startswith('__')])
# the dunders pyjit has too (CPython also has __loader__, __builtins__, __annotations__, __cached__;
# __file__ is there only for a script run from a file, not in the test harness)
print([k for k in g if k in ('__name__', '__doc__', '__package__', '__spec__')])

g['x'] = 5
print(x)
x = 6
print(g['x'], g.get('x'), 'x' in g)
del g['x']
print('x' in g)
try:
    print(x)
except NameError as e:
    print('NameError:', e)

globals()['counter'] = 0
for i in range(1000):
    globals()['counter'] += 1
print(counter)

def bump(n):
    for _ in range(n):
        globals()['counter'] += 2
    return globals() is g

print(bump(500), counter)

def define_late():
    globals()['late'] = 'defined in a function'

define_late()
print(late)

g.update({'u1': 1, 'u2': 2})
print(u1 + u2, g.pop('u1'), 'u1' in g)
print(g.setdefault('u3', 33), u3, g.setdefault('u3', 44))
try:
    print(u1)
except NameError as e:
    print('NameError:', e)

# definition order, as CPython keeps it, including a name deleted and bound again
def f():
    return y

a1 = 1
y = 2
a2 = 3
del a1
a1 = 4
names = [k for k in globals() if not k.startswith('__')]
print(names)

# a dict made before a variable exists sees it
h = globals()
zlater = 'z'
print(h['zlater'], len([k for k in h if k == 'zlater']))

# changing the size while iterating is an error, as for any dict
try:
    for k in globals():
        newname = 1
except RuntimeError as e:
    print('RuntimeError:', e)

# non-str keys are allowed and define nothing
globals()[1] = 'one'
print(globals()[1])
del globals()[1]

def reader():
    return shared

globals()['shared'] = 'first'
print(reader())
globals()['shared'] = 'second'
print(reader())

print(globals(1) if False else 'ok')
try:
    globals(1)
except TypeError as e:
    print('TypeError:', e)
