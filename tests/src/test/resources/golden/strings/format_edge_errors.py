# Edge cases of formatting and conversion with CPython's errors: a '%' conversion with flags or a
# width, grouping with 'c', 'z' with ints, the digit limit of %d, huge shift counts, and str() of
# an object whose __repr__ returns a non-string.
def check(text, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(text, "->", r)
class A:
    def __repr__(self):
        return 5
class B:
    def __str__(self):
        return 6
check("str(A())", lambda: str(A()))
check("repr(A())", lambda: repr(A()))
check("str(B())", lambda: str(B()))
check("f-string A", lambda: f"{A()}")
check("print-like", lambda: "%s" % A())
check("format A", lambda: format(A()))
check("'%5%' % ()", lambda: '%5%' % ())
check("'%%' % ()", lambda: '%%' % ())
check("'%-5%|' % ()", lambda: '%-5%|' % ())
check("format(5, ',c')", lambda: format(5, ',c'))
check("format(5, 'z')", lambda: format(5, 'z'))
check("format(5.0, 'z')", lambda: format(-0.0, 'z.1f'))
check("1 << 2**70", lambda: 1 << 2**70)
check("'%d' % 10**5000", lambda: len('%d' % 10**5000))
check("'%x' % 10**5000", lambda: len('%x' % 10**5000))
check("str(10**5000)", lambda: len(str(10**5000)))
check("'%.2%' % ()", lambda: '%.2%' % ())
check("'%.2%' % (1,)", lambda: '%.2%' % (1,))
check("'%(a)%' % {'a': 1}", lambda: '%(a)%' % {'a': 1})
check("'%(a)5%' % {}", lambda: '%(a)5%' % {})
check("'%5%%d' % (3,)", lambda: '%5%%d' % (3,))
check("'%*%' % (3,)", lambda: '%*%' % (3,))
check("'%5%' % (1, 2)", lambda: '%5%' % (1, 2))
check("'100%% %d' % 5", lambda: '100%% %d' % 5)
check("format(5, '_c')", lambda: format(5, '_c'))
check("format(5, 'z,d')", lambda: format(5, 'z,d'))
check("(-1) << 2**70", lambda: (-1) << 2**70)
check("0 << 2**70", lambda: 0 << 2**70)
check("1 << 2**62", lambda: 1 << 2**62)
check("'%i' % -10**4400", lambda: len('%i' % -10**4400))
check("'%d' % 10**4299", lambda: len('%d' % 10**4299))
