raw = """ann:90,85,77
bob:60,70,65,80
cid:100
dee:55,45
eve:88,92,95"""
students = {}
for line in raw.splitlines():
    name, scores = line.split(":")
    students[name] = [int(s) for s in scores.split(",")]
def letter(avg):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return grade
    return "F"
summary = []
for name, scores in students.items():
    avg = sum(scores) / len(scores)
    summary.append((name, round(avg, 2), letter(avg)))
for name, avg, grade in sorted(summary, key=lambda t: (-t[1], t[0])):
    print(f"{name:<5}{avg:>7.2f}  {grade}")
dist = {}
for _, _, g in summary:
    dist[g] = dist.get(g, 0) + 1
print(dict(sorted(dist.items())))
print(f"class average: {sum(a for _, a, _ in summary) / len(summary):.3f}")
