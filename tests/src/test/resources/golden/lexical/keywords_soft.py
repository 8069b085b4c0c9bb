match = "not a keyword here"
case = 5
_ = "underscore"
type = "shadowed type"
print(match, case, _, type)
del type
print(type(1).__name__)
def match_fn(match):
    return match * 2
print(match_fn(21))
print([match for match in range(3)])
