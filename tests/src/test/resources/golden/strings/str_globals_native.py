# Loops over strs that module globals hold: at module level (where every variable is a global) and
# in functions that read a global str. The characters stay code points natively; a character a loop
# binds is a str again in tier 1 (ch after the loop).
text = "the quick brown fox jumps over the lazy dog " * 5000
vowels = 0
for ch in text:
    if ch in "aeiou":
        vowels += 1
print(vowels, repr(ch))

h = 0
for i in range(len(text)):
    h = (h * 31 + ord(text[i])) % 1000000007
print(h)

counts = [0] * 26
for i, ch in enumerate(text):
    if ch != " " and i % 3 != 1:
        counts[ord(ch) - 97] += 1
print(counts[:6], i, ch == " ")

PATTERN = "fox"


def matches():
    found = 0
    for i in range(len(text) - 2):
        if text[i] == PATTERN[0] and text[i + 1] == PATTERN[1] and text[i + 2] == PATTERN[2]:
            found += 1
    return found


print(matches())
text = "emoji \U0001F600 and more " * 3000
print(matches())
n = 0
for ch in text:
    if ch == "\U0001F600":
        n += 1
print(n, len(text))
PATTERN = "and"
print(matches())
text = 42
try:
    print(matches())
except TypeError as e:
    print("TypeError", e)
