# Left shifts too large for memory: CPython's OverflowError 'too many digits in integer' once the
# result would need more 30-bit digits than a Py_ssize_t size allows, MemoryError below that.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if isinstance(r, int) and r.bit_length() < 100 else "big")
    except Exception as e:
        print(label, type(e).__name__, e)
for e in [2**63, 2**63 - 1, 2**64, 2**65, 2**66, 2**70, 69175290276410818560, 69175290276410818530, 69175290276410818531, 69175290276410818500]:
    attempt("1 << %d" % e, lambda: 1 << e)
    attempt("2**100 << %d" % e, lambda: 2**100 << e)
    attempt("-1 << %d" % e, lambda: -1 << e)
