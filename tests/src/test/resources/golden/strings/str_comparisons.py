words = ["banana", "Apple", "apple", "Banana", "cherry", "", "a", "aa", "B"]
print(sorted(words))
print(sorted(words, key=lambda w: (w.lower(), w)))
for a, b in [("a", "b"), ("B", "a"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "z")]:
    print(repr(a), repr(b), a < b, a <= b, a > b, a == b, a != b)
print(max(words), min(words), max(words, key=len))
print("abc" * 2 == "abcabc", "a" in "banana", "nan" in "banana", "xyz" not in "banana")
