print([[i * j for j in range(1, 5)] for i in range(1, 5)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 30) if a * a + b * b == c * c])
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print([x for row in [[1, 2], [], [3]] for x in row])
flat = [c for word in ["ab", "cd"] for c in word]
print(flat)
print(sorted({c for w in ["apple", "pear"] for c in w}))
print([[c for c in w if c in "aeiou"] for w in ["hello", "sky", "queue"]])
print(sum(sum(r) for r in [[1, 2], [3, 4]]))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, n))]
print(primes)
