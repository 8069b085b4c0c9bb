def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)
print(sum_to(950))
def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n] if n % 100 == 0 else acc)
print(count_down(900, []))
def nested_list(depth):
    return [] if depth == 0 else [nested_list(depth - 1)]
x = nested_list(50)
print(str(x)[:30], len(str(x)))
def binary_search(arr, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)
arr = list(range(0, 1000, 3))
print([binary_search(arr, t, 0, len(arr) - 1) for t in [0, 3, 999, 500, 501, 996]])
