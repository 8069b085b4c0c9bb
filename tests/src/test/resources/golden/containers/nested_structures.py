school = {
    "classes": [
        {"name": "math", "students": [("ann", 90), ("bob", 72)]},
        {"name": "art", "students": [("cid", 88), ("ann", 95), ("dee", 60)]},
    ]
}
for cls in school["classes"]:
    scores = [s for _, s in cls["students"]]
    print(cls["name"], len(scores), sum(scores) / len(scores), max(cls["students"], key=lambda t: t[1]))
by_student = {}
for cls in school["classes"]:
    for name, score in cls["students"]:
        by_student.setdefault(name, []).append((cls["name"], score))
print(by_student)
school["classes"][0]["students"].append(("eve", 100))
print(school["classes"][0])
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid, grid[1][2], grid[-1][-1][0])
t = ([1, 2], {"a": (3, 4)})
t[0].append(5)
t[1]["b"] = [6]
print(t)
print(len(str(school)), str(school)[:40])
