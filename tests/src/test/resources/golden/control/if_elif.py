def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
for s in [95, 90, 85, 79, 70, 65, 10, 100]:
    print(s, grade(s))
x = 0
if x:
    print("truthy")
if not x:
    print("falsy")
if []:
    print("no")
elif {}:
    print("no")
elif "0":
    print("non-empty string is true")
value = "yes" if x > 0 else "no" if x < 0 else "zero"
print(value)
for v in [None, 0, "", [], (), {}, 0.0, "a", [0], 1, -1]:
    print(repr(v), "T" if v else "F")
