def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent
def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i = 0
    n = len(heap)
    while True:
        l, r, small = 2 * i + 1, 2 * i + 2, i
        if l < n and heap[l] < heap[small]:
            small = l
        if r < n and heap[r] < heap[small]:
            small = r
        if small == i:
            return top
        heap[i], heap[small] = heap[small], heap[i]
        i = small
edges = [("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15), ("c", "d", 11), ("c", "f", 2), ("d", "e", 6), ("e", "f", 9)]
adj = {}
for u, v, w in edges:
    adj.setdefault(u, []).append((v, w))
    adj.setdefault(v, []).append((u, w))
def shortest(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, u = heap_pop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heap_push(heap, (nd, v))
    return dist, prev
dist, prev = shortest("a")
for node in sorted(dist):
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(node, dist[node], "->".join(reversed(path)))
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heap_push(h, x)
print([heap_pop(h) for _ in range(7)])
