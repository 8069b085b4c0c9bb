# float.hex and float.fromhex: every digit of the fraction, subnormals, rounding half to even, overflow.
for v in [1.5, 0.1, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), -2.5, 1e-310, 3.0, 1e100]:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v or v != v)
for s in ['0x1.8p1', '1.8p1', '0X1P-2', ' -0x.8 ', 'inf', '-Infinity', 'nan', '0x1p99999', '0x1.0000000000000800000000001p0', '0x1.00000000000008p0', 'x', '0x', '0x1p', '1', '.8', '0x.p1', '0x1.p1', '0x1p-1075', '0x1p-1074', '0x1.8p-1074', '0x1p1023', '0x1p1024', '0x1p-99999999999999', '+0x0p+5', 'ABC', '0x1.fffffffffffff8p1023']:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print((2.0).fromhex('0x1p3'))
