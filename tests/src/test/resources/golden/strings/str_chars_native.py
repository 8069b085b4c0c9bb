# Loops that compare the characters of strs (s[i] == t[j], s[i] != 'x', s[i] in "aeiou") and take
# their code points (ord(s[i])), which tier 2 runs natively over the strs' code points: dynamic
# programming over two strs, palindromes, counting and hashing, characters held in locals (c = s[i],
# written back as strs), for ch in s and for i, ch in enumerate(s) (the loop itself, or nested in
# another), negative indexes, characters beyond U+FFFF, empty strs, an index out of range in the
# middle of a loop, and strs that change between entries.


def lcs(a, b):
    m, n = len(a), len(b)
    prev = [0] * (n + 1)
    for i in range(1, m + 1):
        cur = [0] * (n + 1)
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur
    return prev[n]


def edit_distance(a, b):
    n = len(b)
    prev = list(range(n + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * n
        for j in range(1, n + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[n]


def is_palindrome(s):
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def count_char(s, c):
    k = 0
    for i in range(len(s)):
        if s[i] == c:
            k += 1
    return k


def count_vowels(s):
    k = 0
    for i in range(len(s)):
        if s[i] == "a" or s[i] == "e" or s[i] == "i" or s[i] == "o" or s[i] == "u":
            k += 1
    return k


def poly_hash(s, mod):
    h = 0
    for i in range(len(s)):
        h = (h * 131 + ord(s[i])) % mod
    return h


def mirrored(s):
    same = 0
    for i in range(len(s)):
        same += s[i] == s[-1 - i]
    return same


def first_mismatch(a, b):
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    return i


def past_the_end(s, k):
    total = 0
    for i in range(k):
        total += ord(s[i])
    return total


text = "the quick brown fox jumps over the lazy dog " * 40
print(lcs("ACGTTGCAACGTAGGT" * 8, "TGCATGCAAGTCATGC" * 8))
print(edit_distance("kitten" * 10, "sitting" * 10), edit_distance("", "abc"), edit_distance("abc", ""))
print(is_palindrome("abcba" * 99), is_palindrome("abcbx" * 99), is_palindrome(""), is_palindrome("z"))
print(count_char(text, "o"), count_char(text, " "), count_vowels(text))
print(poly_hash(text, 1000000007), poly_hash("héllo wörld ✓ 😀" * 30, 1000000007))
print(mirrored("racecar" * 51), mirrored("𝔸b𝔸" * 20), len("𝔸b𝔸" * 20))
print(count_char("a😀b😀c" * 50, "😀"), poly_hash("😀" * 100, 97))
print(first_mismatch("abcdefgh" * 30, "abcdefgh" * 29 + "abcdefgX"), first_mismatch("", "x"))
for word in ["level", "rotor", "python", "noon", "abba" * 200, "abca" * 200]:
    print(word[:6], is_palindrome(word), count_char(word, "o"))
try:
    print(past_the_end("abc" * 50, 200))
except IndexError as e:
    print("IndexError:", e)
print(past_the_end("abc" * 50, 150))
print(count_char("abcabc" * 30, "ab"), count_char("abcabc" * 30, ""), count_char("b", "b"))



def char_then_value(s):
    k = 0
    for i in range(len(s)):
        c = s[i]
        if c == "x":
            k += 1
    return k

def vowels(s):
    n = 0
    for i in range(len(s)):
        if s[i] in "aeiouAEIOU":
            n += 1
        elif s[i] not in "xyz ":
            n += 100
    return n

def last_digit_char(s):
    last = "?"
    for i in range(len(s)):
        ch = s[i]
        if ch in "0123456789":
            last = ch
    return last

def runs(s):
    prev = s[0]
    count = 0
    for i in range(1, len(s)):
        if s[i] != prev:
            count += 1
        prev = s[i]
    return count, prev

def emoji_in(s):
    n = 0
    for i in range(len(s)):
        n += s[i] in "😀é" 
    return n

def empty_in(s):
    n = 0
    for i in range(len(s)):
        n += s[i] in ""
    return n

text = "the quick brown fox jumps over the lazy dog xyz " * 50
print(char_then_value("xyzx" * 40), vowels(text), last_digit_char("ab3cd7ef" * 30), last_digit_char("abc" * 40))
print(runs("aaabbbcccaaa" * 30), runs("x" * 100), emoji_in("a😀bé" * 40), empty_in("abc" * 40))


def weigh(s):
    n = 0
    for ch in s:
        if ch == "z":
            n += 3
        elif ch in "aeiou":
            n += 1
    return n


def count_in_rounds(s, rounds):
    total = 0
    for r in range(rounds):
        for ch in s:
            if ch == "a":
                total += r
        else:
            total += 1
    return total


def last_vowel(s):
    last = "-"
    for ch in s:
        if ch in "aeiou":
            last = ch
    return last, ch


def checksum(s):
    h = 7
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000003
        if ch == "!":
            break
    return h


alphabet = "abcdefghijklmnopqrstuvwxyz" * 40
print(weigh(alphabet), weigh(alphabet * 3), weigh("😀z" * 50), weigh(""))
print(count_in_rounds("banana" * 20, 300), count_in_rounds("😀a" * 10, 50))
print(last_vowel("xyzzy" * 30 + "hello" * 20), last_vowel("bcd" * 100))
print(checksum("hello world" * 100), checksum("hi!" * 100), checksum("é✓" * 300))


def positions(s, c):
    total = 0
    for i, ch in enumerate(s):
        if ch == c:
            total += i
    return total


def weighted(s):
    w = 0
    for k, ch in enumerate(s, 1):
        w += k * ord(ch)
    return w, k, ch


def nested(words_len, s):
    t = 0
    for r in range(words_len):
        for i, ch in enumerate(s, r):
            if ch in "ae":
                t += i
    return t


text = "banana bandana cabana " * 400
print(positions(text, "a"), positions(text, "z"), positions("😀a" * 50, "a"))
print(weighted(text), weighted("xy😀" * 40))
print(nested(50, text[:300]), nested(3, "😀ae" * 20))
