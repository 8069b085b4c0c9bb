nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a"), (2, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1]))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records), key=lambda r: -r[1]))
print(sorted([3.5, 1, 2.25, -1, True]))
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}))
print(sorted([[2, 1], [1, 2], [1], []]))
data = list(range(20, 0, -1))
data.sort(key=lambda v: v % 3)
print(data)
print(sorted([], reverse=True), sorted([1]))
big = [(i * 7919) % 1000 for i in range(200)]
big.sort()
print(big[:10], big[-10:], big == sorted(big))
