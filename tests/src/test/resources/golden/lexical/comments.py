# A program that is mostly comments.
x = 1  # trailing comment
# print("not printed")
print(x)  # comment after call
    # indented comment line at a strange place
print("# not a comment inside a string")
print('#', "#")
s = """
# inside a triple-quoted string
"""
print(repr(s))
def f():
    # comment as first line of body
    return 42
    # comment after return
print(f())
if x:  # comment after colon
    pass
    # comment
else:
    pass
lst = [
    1,  # one
    2,  # two
    # nothing
    3,
]
print(lst)
#!not a shebang here
print("done")  #
