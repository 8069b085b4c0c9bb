ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for div, name in [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]:
        if n >= div:
            return words(n // div) + " " + name + (" " + words(n % div) if n % div else "")
for n in [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 90210, 1000000, 123456789, -15, 2 ** 31]:
    print(n, words(n))
print(sum(len(words(i).replace(" ", "").replace("-", "")) for i in range(1, 1001)))
