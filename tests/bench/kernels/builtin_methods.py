# What one builtin method call, dict operation or inner range loop costs in a loop over words, the
# operations of word_freq: ns per operation above an empty loop over the same list, in one process,
# the seventh fastest of 24 rounds (the rounds before let Graal compile each loop). Run it with
# python3 and ./pyjit in its configurations (BENCHMARKS.md gives the commands and figures).
import time

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]


def make_words(n):
    words = []
    state = 7
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = SYLLABLES[state % 8] + SYLLABLES[(state >> 8) % 8]
        if state % 5 == 0:
            w = w + "."
        words.append(w)
    return words


def empty(ws):
    for w in ws:
        pass


def strip(ws):
    for w in ws:
        w.strip(".,")


def lower(ws):
    for w in ws:
        w.lower()


def get(ws):
    d = {}
    for w in ws:
        d.get(w, 0)


def store(ws):
    d = {}
    for w in ws:
        d[w] = 1


def count(ws):
    d = {}
    for w in ws:
        d[w] = d.get(w, 0) + 1


def contains(ws):
    d = {"kalo": 1, "mine": 2}
    for w in ws:
        w in d


def append(ws):
    out = []
    for w in ws:
        out.append(w)


def join(ws):
    pair = ["ka", "lo"]
    for w in ws:
        "".join(pair)


def inner_range(ws):
    for w in ws:
        for _ in range(2):
            pass


def main():
    words = make_words(300000)
    kernels = [empty, strip, lower, get, store, count, contains, append, join, inner_range]
    times = {k.__name__: [] for k in kernels}
    for _ in range(24):
        for k in kernels:
            t0 = time.perf_counter()
            k(words)
            times[k.__name__].append(time.perf_counter() - t0)
    base = sorted(times["empty"])[6]
    cells = []
    for name, ts in times.items():
        t = sorted(ts)[6] - (0 if name == "empty" else base)
        cells.append(f"{name} {t / len(words) * 1e9:.0f}")
    print(" ".join(cells))


main()
