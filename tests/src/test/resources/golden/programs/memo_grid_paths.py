def grid_paths(r, c, blocked, memo=None):
    if memo is None:
        memo = {}
    if (r, c) in blocked or r < 0 or c < 0:
        return 0
    if r == 0 and c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c, blocked, memo) + grid_paths(r, c - 1, blocked, memo)
    return memo[(r, c)]
print([grid_paths(n, n, set()) for n in range(10)])
print(grid_paths(5, 5, {(1, 1), (2, 3), (4, 2)}), grid_paths(30, 30, set()))
def coin_ways(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
print(coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(1000, [1, 2, 5, 10, 20, 50, 100, 200]))
