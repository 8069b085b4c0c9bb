s = "abc" 'def' """ghi""" '''jkl'''
print(s)
print("x" r"\y" "z")
print(("multi"
       "line"
       " concat"))
n = 5
print("value: " f"{n}" " end")
print(f"{n}" f"{n + 1}")
parts = ["a" "b", "c"]
print(parts, len(parts))
print("" "" == "")
