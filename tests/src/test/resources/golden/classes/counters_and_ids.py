class Ticket:
    _next = 1
    def __init__(self, title):
        self.number = Ticket._next
        Ticket._next += 1
        self.title = title
        self.tags = []
    def tag(self, *tags):
        self.tags.extend(tags)
        return self
    def __repr__(self):
        return f"#{self.number} {self.title} {self.tags}"
t1 = Ticket("crash").tag("bug", "p1")
t2 = Ticket("docs").tag("docs")
t3 = Ticket("speed")
print(t1, t2, t3, sep="\n")
print(Ticket._next, [t.number for t in (t1, t2, t3)])
by_tag = {}
for t in (t1, t2, t3):
    for tag in t.tags or ["untagged"]:
        by_tag.setdefault(tag, []).append(t.number)
print(by_tag)
