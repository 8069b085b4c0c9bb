graph = {
    "A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F", "G"], "F": ["H"], "G": ["H"], "H": [], "X": ["Y"], "Y": [],
}
def bfs(start):
    order, seen, queue = [], {start}, [start]
    dist = {start: 0}
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return order, dist
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
def paths(a, b):
    if a == b:
        return [[b]]
    return [[a] + p for n in graph[a] for p in paths(n, b)]
print(bfs("A"))
print(dfs("A"))
print(paths("A", "H"))
print(len(paths("A", "H")), paths("A", "X"))
def topo():
    visited, order = set(), []
    def visit(n):
        if n in visited:
            return
        visited.add(n)
        for m in graph[n]:
            visit(m)
        order.append(n)
    for n in graph:
        visit(n)
    return order[::-1]
print(topo())
