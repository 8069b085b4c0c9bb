words = {"cold", "cord", "card", "ward", "warm", "word", "wore", "core", "care", "corm", "worm"}
def neighbors(w):
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            cand = w[:i] + c + w[i + 1:]
            if cand != w and cand in words:
                yield cand
def ladder(start, goal):
    frontier = [[start]]
    seen = {start}
    while frontier:
        path = frontier.pop(0)
        if path[-1] == goal:
            return path
        for n in sorted(neighbors(path[-1])):
            if n not in seen:
                seen.add(n)
                frontier.append(path + [n])
    return None
print(ladder("cold", "warm"))
print(ladder("card", "worm"))
print(ladder("cold", "cold"), ladder("cold", "xxxx"))
print(sorted(neighbors("cord")))
