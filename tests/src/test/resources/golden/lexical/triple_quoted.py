a = """first
second
third"""
print(a)
print(repr(a))
b = '''single 'quoted' "mixed"
and more'''
print(b)
c = """\
starts without newline
"""
print(repr(c))
d = """contains ""two"" quotes and an escaped \""" triple"""
print(d)
e = """tab\tnewline\nend"""
print(e)
def f():
    """A docstring."""
    return 1
print(f())
print(len("""

"""))
x = """    indented
        more
    less"""
print(x)
