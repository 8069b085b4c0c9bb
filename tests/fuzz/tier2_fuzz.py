#!/usr/bin/env python3
"""Differential fuzzing of pyjit's tiers against CPython.

Generates seeded random programs from the part of the subset that tier 2 compiles (int, float and
bool locals, lists of them, range and while loops, break/continue/return, calls between functions,
math functions), with the values that make native code leave: ints near the 64-bit limits, zero
divisors, indexes out of range, locals that change type mid-loop, floats that overflow to inf.
Each program runs under `python3` and under pyjit with tier 2 forced (threshold 0) and tier 1
alone, without Graal; any difference in stdout, stderr's last line or exit status is a bug. A
failing program is kept in the output directory.

    tests/fuzz/tier2_fuzz.py --count 200 --seed 1          # 200 programs, seeds 1..200
    tests/fuzz/tier2_fuzz.py --show 17                     # print the program of seed 17

The programs are deterministic in their seed, so a failure is reproduced by its seed alone.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Ints that fit in 64 bits (tier 2 compiles no bigger literal), edges first; 2**64 now and then.
INT_CONSTANTS = [0, 1, 2, 3, 5, 7, -1, -3, 10, 100, 1000003, 2**31, 2**62, 2**63 - 1, 4611686018427387903]
FLOAT_CONSTANTS = [0.0, 0.5, 1.5, -2.25, 3.0, 1e300, -1e-300, 1e16, 0.1]
MODULI = ["1000003", "1000003", str(2**63 - 25)]


class Gen:
    """One program: functions over int and float locals and lists of them, and a main that calls them.

    Locals keep their kind (as tier 2 needs to compile them) but for a rare statement that changes
    it; every function returns one kind, so that tier 2 can compile it too.
    """

    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.depth = 0  # loop nesting
        self.pools = {}  # kind ("i", "f", "il", "fl") -> names of locals
        self.funcs = []  # (name, parameter kinds, return kind) of the functions defined so far
        self.top = 1  # the indent at which new variables may be bound; None at module level (no return either)
        self.reads_globals = True  # whether expressions may read GI, GF and GFS (not in helpers lowered in place)
        self.recursion = None  # (name, parameter kinds) of the function being written, while it may call itself in a loop

    def emit(self, indent, text):
        self.lines.append("    " * indent + text)

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, kind):
        return self.rng.choice(self.pools[kind])

    def lists(self):
        return self.pools["il"] + self.pools["fl"]

    # ------------------------------------------------------------------ expressions
    def index(self, xs):
        r = self.rng.random()
        a = self.int_atom()
        return a if r < 0.05 else f"{a} % 7 - 2" if r < 0.15 else f"{a} % len({xs})"

    def item_of_row(self):
        """An item of a row of a list of lists (which may be out of range)."""
        rows = self.pick("rows")
        r = self.index(rows)
        col = self.rng.choice(["0", "-1", f"{self.int_atom()} % 3", f"{self.int_atom()} % len({rows}[{r}])"])
        return f"{rows}[{r}][{col}]"

    def generator(self, item, d):
        """`for v in SOURCE [if COND]` of a generator expression, and the element (of kind `item`) over v."""
        var = f"g{len(self.lines)}"
        lists = self.pools["il" if item == "i" else "fl"]
        if lists and self.chance(0.5):
            source = self.rng.choice(lists)
        else:
            source = f"range({self.int_atom()} % 9)"
            item = "i"
        self.pools[item].append(var)
        cond = f" if {self.bool_expr(2)}" if self.chance(0.4) else ""
        elt = self.int_expr(d + 1) if item == "i" else self.float_expr(d + 1)
        self.pools[item].remove(var)
        return f"{elt} for {var} in {source}{cond}"

    def int_atom(self):
        r = self.rng.random()
        if r < 0.55:
            return self.pick("i")
        if r < 0.65 and self.lists():
            return f"len({self.rng.choice(self.lists())})"
        if r < 0.66:
            # Truncation toward zero; NaN, infinities and floats beyond 64 bits leave native code.
            return f"{self.rng.choice(['int', 'math.floor', 'math.ceil', 'round'])}({self.float_atom()})"
        if r < 0.652:
            return self.rng.choice(["(-9223372036854775807 - 1)", "18446744073709551616"])
        if r < 0.67 and self.reads_globals:
            # A global that main rebinds between rounds (an int, one near the 64-bit limit, a float).
            return "GI"
        return str(self.rng.choice(INT_CONSTANTS))

    def call(self, ret):
        """A call of an earlier function that returns `ret`, or None when there is none."""
        funcs = [f for f in self.funcs if f[2] == ret]
        if not funcs:
            return None
        name, kinds, _ = self.rng.choice(funcs)
        return f"{name}({', '.join([self.int_expr(2)] + self.args(kinds))})"

    def int_expr(self, d=0):
        if d > 2 or self.chance(0.35):
            return self.int_atom()
        a, b = self.int_expr(d + 1), self.int_expr(d + 1)
        op = self.rng.choice(["+", "-", "*", "//", "%", "&", "|", "^", ">>", "<<", "+", "-", "idx", "idx", "call", "abs", "neg", "if", "invert", "pow",
                              "minmax", "sum"])
        if op == "sum":
            # Tier 2 lowers the generator's loop in place (its variable apart from the function's);
            # min() and max() of nothing raise ValueError.
            return f"{self.rng.choice(['sum', 'sum', 'min', 'max'])}({self.generator('i', d)})"
        if op == "minmax":
            return f"{self.rng.choice(['min', 'max'])}({a}, {b}{', ' + self.int_atom() if self.chance(0.3) else ''})"
        if op in ("<<", ">>"):
            return f"({a} {op} {self.rng.choice([0, 1, 3, 17, 62, 63, 64])})"
        if op == "pow":
            # Non-negative exponents keep the result an int (it may still grow big); int() because b may
            # read GI, a float in main's last round, and a negative base to a fractional power is complex.
            if self.chance(0.25):
                # Modular: a modulus near 2**63, a small one, or one below 1 (tier 1 raises or makes it negative).
                return f"pow({a}, int({b}) % 70, {self.rng.choice(['1000003', str(2**63 - 25), '7', '-5', '1', f'({self.int_atom()} | 1)'])})"
            return f"({a} ** {self.rng.choice(['0', '1', '2', '3', '7', f'(int({b}) % 5)', f'(int({b}) % 70)'])})"
        if op == "idx" and self.pools["rows"] and self.chance(0.4):
            return self.item_of_row()
        if op == "idx" and self.pools["il"]:
            xs = self.pick("il")
            return f"{xs}[{self.index(xs)}]"
        if op == "call":
            c = self.call("i") or (f"len({self.call('l')})" if self.call("l") else None)
            if c:
                return c
        if op == "abs":
            # Now and then math.gcd or math.isqrt (of a magnitude: a negative root raises ValueError).
            return self.rng.choice([f"abs({a})", f"abs({a})", f"math.gcd({a}, {b})", f"math.isqrt(abs({a}))"])
        if op == "neg":
            return f"-{a}"
        if op == "invert":
            return f"~{a}"
        if op == "if":
            return f"({a} if {self.bool_expr(2)} else {b})"
        if op in ("//", "%") and self.chance(0.7):
            b = f"({b} | 1)"  # odd, so never zero
        if op in ("idx", "call"):
            op = "+"
        return f"({a} {op} {b})"

    def float_atom(self):
        r = self.rng.random()
        if r < 0.5:
            return self.pick("f")
        if r < 0.65:
            return f"float({self.pick('i')} % 1000)"
        if r < 0.75 and self.pools["fl"]:
            xs = self.pick("fl")
            return f"{xs}[{self.index(xs)}]"
        if r < 0.77 and self.reads_globals:
            # Compiled functions take a float global as a constant; loops (at module level too) also read a list global.
            return "GF" if self.top and not self.depth else f"GFS[{self.index('GFS')}]"
        return repr(self.rng.choice(FLOAT_CONSTANTS))

    def float_expr(self, d=0):
        if d > 2 or self.chance(0.35):
            return self.float_atom()
        a, b = self.float_expr(d + 1), self.float_expr(d + 1)
        op = self.rng.choice(["+", "-", "*", "/", "*", "+", "mixed", "sqrt", "call", "abs", "neg", "if", "rare", "pow", "math", "minmax", "sum"])
        if op == "sum":
            # An empty sum is the int 0 (tier 2 leaves then): `+ 0.0` keeps the kind.
            return f"(sum({self.generator('f', d)}) + 0.0)"
        if op == "minmax":
            # Of equal values (0.0 and -0.0) the first wins, and a NaN is never replaced nor replaces.
            return f"{self.rng.choice(['min', 'max'])}({a}, {b}{', ' + self.float_atom() if self.chance(0.3) else ''})"
        if op == "mixed":
            return f"({a} {self.rng.choice(['+', '*', '-', '/'])} {self.rng.choice([self.int_atom(), 'math.pi', 'math.e'])})"
        if op == "sqrt":
            return f"math.sqrt({a})" if self.chance(0.2) else f"math.sqrt(abs({a}))"
        if op == "pow":
            # A negative base with a fractional exponent would be complex: only integral ones get any base.
            if self.chance(0.3):
                return f"({a} ** {self.rng.choice(['2', '3', '-1', '2.0', f'(int({self.int_atom()}) % 4)'])})"
            return f"((abs({a}) + 0.5) ** {self.rng.choice(['0.5', '1.25', '-1.5', '3', b])})"
        if op == "math":
            f = self.rng.choice(["sin", "cos", "tan", "atan", "tanh", "asinh", "exp", "expm1", "log", "log2", "log10", "log1p", "erf", "fabs",
                                 "atan2", "hypot"])
            # Two floats: atan2 is libm's in both tiers, hypot tier 1's vector_norm (tier 2 side-exits for NaN, inf, extremes).
            return f"math.{f}({a}, {b})" if f in ("atan2", "hypot") else f"math.{f}({a})"
        if op == "call" and self.call("f"):
            return self.call("f")
        if op == "abs":
            return f"abs({a})"
        if op == "neg":
            return f"-{a}"
        if op == "if":
            return f"({a} if {self.bool_expr(2)} else {b})"
        if op == "rare" and self.chance(0.3):
            # What tier 2 does not compile: the function or loop stays in tier 1.
            return self.rng.choice([f"({a} % {b})", f"min({a}, {self.int_atom()})", f"float(int({a} % 1e6))"])
        if op in ("call", "rare"):
            op = "+"
        return f"({a} {op} {b})"

    def bool_expr(self, d=0):
        r = self.rng.random()
        if r < 0.1 and self.pools["b"]:
            return self.pick("b")
        if r < 0.15:
            return f"{self.int_atom()} < {self.int_atom()} <= {self.int_atom()}"
        if r < 0.45 or d > 2:
            return f"{self.int_expr(2)} {self.rng.choice(['<', '<=', '>', '>=', '==', '!='])} {self.int_expr(2)}"
        if r < 0.7:
            return f"{self.float_expr(2)} {self.rng.choice(['<', '<=', '>', '>=', '==', '!='])} {self.float_expr(2)}"
        if r < 0.76 and self.lists():
            # Membership by value (a NaN only as the same object: tier 2 leaves for it).
            kind = self.rng.choice([k for k in ("il", "fl") if self.pools[k]])
            x = self.int_atom() if kind == "il" else self.rng.choice([self.float_atom(), self.int_atom()])
            return f"{x} {self.rng.choice(['in', 'not in'])} {self.pick(kind)}"
        if r < 0.77:
            return f"{self.int_atom()} {self.rng.choice(['in', 'not in'])} ({', '.join(self.int_atom() for _ in range(self.rng.randint(1, 3)))},)"
        if r < 0.78:
            return f"{self.int_atom()} {self.rng.choice(['<', '>=', '=='])} {self.float_atom()}"
        if r < 0.86:
            return f"({self.bool_expr(d + 1)}) {self.rng.choice(['and', 'or'])} ({self.bool_expr(d + 1)})"
        if r < 0.9:
            var = f"g{len(self.lines)}"
            self.pools["i"].append(var)
            test = self.bool_expr(d + 1) if self.chance(0.5) else self.int_expr(2)
            self.pools["i"].remove(var)
            return f"{self.rng.choice(['any', 'all'])}({test} for {var} in {self.rng.choice(self.pools['il'] or ['range(n)'])})"
        return f"not ({self.bool_expr(d + 1)})"

    def list_expr(self, kind):
        """A new list of ints ("il") or floats ("fl"): a slice, a concatenation, a display or a repetition."""
        xs = self.pick(kind) if self.pools[kind] else None
        r = self.rng.random()
        elem = self.int_atom if kind == "il" else self.float_atom
        if xs is None or r < 0.2:
            return f"[{', '.join(elem() for _ in range(self.rng.randint(1, 4)))}]"
        if r < 0.45:
            return f"{xs}[{self.int_atom()} % 5:{self.rng.choice(['', '-1', '4', 'len(' + xs + ')'])}]"
        if r < 0.55:
            return self.rng.choice([f"{xs}[::-1]", f"{xs}[{self.int_atom()} % 7::-1]"])
        if r < 0.75:
            return f"{xs} + {self.pick(kind)}"
        if r < 0.85:
            return f"[{elem()}] * {self.rng.choice(['3', '(n + 1)', '(n % 5 + 1)'])}"
        if r < 0.92 and self.reads_globals:
            # A comprehension of its own variable, globals and (a free variable of it, a cell here) a local.
            c = self.rng.choice(INT_CONSTANTS[:10] + ([self.pick("i")] if self.top else []))
            if kind == "il":
                return f"[(q * {c} + GI) % {self.rng.choice([7, 11, 1000003])} for q in range({self.rng.randint(0, 40)}) if q % 3 != 1]"
            return f"[q * {self.rng.choice(FLOAT_CONSTANTS)!r} + GF for q in GFS + [float(GI)] * {self.rng.randint(0, 30)}]"
        return f"{xs}[:]"

    def args(self, kinds):
        """Arguments for parameters (after n) of the given kinds."""
        exprs = {"i": lambda: self.int_expr(2), "f": lambda: self.float_expr(2),
                 "rows": lambda: self.pick("rows") if self.pools["rows"] else self.rows_literal(),
                 "pairs": lambda: self.pick("pairs") if self.pools["pairs"] else self.pairs_literal()}
        return [exprs[k]() if k in exprs else self.list_expr(k) for k in kinds]

    # ------------------------------------------------------------------ statements
    def assign_new(self, indent, kind, expr):
        """Binds a new local (only at the function's top level: a branch not taken leaves no name unbound)."""
        name = f"{kind[0]}{'s' if len(kind) > 1 else ''}{len(self.pools[kind])}"
        self.emit(indent, f"{name} = {expr}")
        self.pools[kind].append(name)

    def int_assign(self, indent):
        expr = self.int_expr()
        if self.depth and ("*" in expr or "<<" in expr):
            # Loop-carried products would grow without bound: keep them in range, sometimes past 64 bits.
            expr = f"({expr}) % {self.rng.choice(MODULI)}"
        if indent == self.top and self.chance(0.3):
            self.assign_new(indent, "i", expr)
            return
        target = self.pick("i")
        # n bounds every loop, so it only ever gets small values.
        self.emit(indent, f"{target} = ({expr}) % 23" if target == "n" else f"{target} = {expr}")

    def block(self, indent, count):
        for _ in range(count):
            self.stmt(indent)

    def call_statement(self, indent):
        """Calls a function that returns a tuple (unpacked) or None (a statement); False when there is none."""
        funcs = [f for f in self.funcs if f[2] in ("t", "none")]
        ints = [v for v in self.pools["i"] if v != "n"]
        if not funcs or not ints or not self.pools["f"]:
            return False
        name, kinds, ret = self.rng.choice(funcs)
        call = f"{name}({', '.join([self.int_expr(2)] + self.args(kinds))})"
        self.emit(indent, f"{self.rng.choice(ints)}, {self.pick('f')} = {call}" if ret == "t" else call)
        return True

    def stmt(self, indent):
        r = self.rng.random()
        ints = [v for v in self.pools["i"] if v != "n"]
        if self.top and self.chance(0.05) and self.call_statement(indent):
            return
        if self.depth and self.chance(0.04) and self.comprehension_statement(indent):
            return
        if self.depth == 1 and self.recursion and self.chance(0.2):
            # A call of the function itself between the writes of the loop's locals.
            self.recursive_call(indent, *self.recursion)
            self.recursion = None
            return
        if r < 0.16:
            self.int_assign(indent)
        elif r < 0.26 and ints:
            op = self.rng.choice(["+=", "-=", "+=", "^=", "|=", "//=", "%=", "&="])
            expr = self.int_expr(1)
            if self.depth and ("**" in expr or "<<" in expr):
                # x += x ** 7 in a loop would outgrow any machine (as int_assign's products would).
                expr = f"({expr}) % {self.rng.choice(MODULI)}"
            self.emit(indent, f"{self.rng.choice(ints)} {op} {expr}")
        elif r < 0.36:
            expr = self.float_expr()
            if indent == self.top and self.chance(0.3):
                self.assign_new(indent, "f", expr)
            else:
                self.emit(indent, f"{self.pick('f')} = {expr}")
        elif r < 0.39:
            self.emit(indent, f"{self.pick('f')} {self.rng.choice(['+=', '-=', '*=', '/='])} {self.float_expr(1)}")
        elif r < 0.40:
            if indent == self.top and self.chance(0.5):
                self.assign_new(indent, "b", self.bool_expr(1))
            elif self.pools["b"]:
                self.emit(indent, f"{self.pick('b')} = {self.bool_expr(1)}")
            elif self.pools["il"]:
                xs = self.pick("il")
                self.emit(indent, f"{xs}[{self.index(xs)}] {self.rng.choice(['+=', '-=', '^='])} {self.int_expr(1)}")
        elif r < 0.405 and len(ints) >= 2:
            # divmod of ints: a floor division and a modulo (a zero divisor raises).
            q, m = self.rng.sample(ints, 2)
            self.emit(indent, f"{q}, {m} = divmod({self.int_expr(1)}, {self.int_expr(2)})")
        elif r < 0.41 and ints:
            # A local that changes its kind: tier 2 must leave (or never compile) without a trace.
            if self.chance(0.5):
                self.emit(indent, f"{self.rng.choice(ints)} = {self.float_expr(1)}")
            else:
                self.emit(indent, f"{self.pick('f')} = {self.int_expr(1)}")
        elif r < 0.52 and self.pools["rows"] and self.chance(0.3):
            # Into a row of a list of lists, or a local bound to one of its rows.
            if self.chance(0.5):
                self.emit(indent, f"{self.item_of_row()} {self.rng.choice(['=', '+=', '-='])} {self.int_expr(1)}")
            else:
                rows = self.pick("rows")
                self.emit(indent, f"rb = {rows}[{self.index(rows)}]")
        elif r < 0.52 and self.lists():
            kind = self.rng.choice([k for k in ("il", "fl") if self.pools[k]])
            xs = self.pick(kind)
            value = self.int_expr(1) if (kind == "il") != self.chance(0.03) else self.float_expr(1)
            # Now and then a chained assignment: each item assigned in turn, left to right.
            also = f"{self.pick(kind)}[{self.index(xs)}] = " if self.chance(0.15) else ""
            self.emit(indent, f"{xs}[{self.index(xs)}] = {also}{value}")
        elif r < 0.56 and self.lists():
            kind = self.rng.choice([k for k in ("il", "fl") if self.pools[k]])
            xs = self.pick(kind)
            self.emit(indent, f"if len({xs}) < 40:")
            self.emit(indent + 1, f"{xs}.append({self.int_expr(1) if kind == 'il' else self.float_expr(1)})")
        elif r < 0.59 and indent == self.top:
            kind = self.rng.choice(["il", "fl"])
            self.assign_new(indent, kind, self.list_expr(kind))
        elif r < 0.62 and self.lists():
            kind = self.rng.choice([k for k in ("il", "fl") if self.pools[k]])
            xs = self.pick(kind)
            lo = self.rng.choice(["0", "1", "2"])
            hi = self.rng.choice(["3", f"len({xs})", "-1", f"{lo} + 2"])
            # Guarded like append: a loop over the list it grows would not end.
            self.emit(indent, f"if len({xs}) < 40:")
            self.emit(indent + 1, f"{xs}[{lo}:{hi}] = {self.list_expr(kind)}")
        elif r < 0.74 and self.depth < 2:
            self.loop(indent)
        elif r < 0.86:
            self.emit(indent, f"if {self.bool_expr()}:")
            self.block(indent + 1, self.rng.randint(1, 3))
            if self.chance(0.4):
                self.emit(indent, "else:")
                self.block(indent + 1, self.rng.randint(1, 2))
        elif r < 0.92 and self.depth:
            self.emit(indent, f"if {self.bool_expr()}:")
            self.emit(indent + 1, self.rng.choice(["break", "continue", "break"]))
        elif r < 0.95 and self.top:
            self.emit(indent, f"if {self.bool_expr()}:")
            self.emit(indent + 1, f"return {self.result()}")
        else:
            self.int_assign(indent)

    def comprehension_statement(self, indent):
        """A comprehension's own loop in a loop body, between writes of the loop's float or int locals
        (which tier 2 may keep in registers); False when there is no local to write."""
        count = self.rng.randint(0, 4)
        ints = [v for v in self.pools["i"] if v != "n"]
        if self.pools["f"] and (not ints or self.chance(0.5)):
            x = self.pick("f")
            self.emit(indent, f"{x} = {x} * 0.5 + sum([q * {self.float_atom()} for q in range({count})])")
        elif ints:
            x = self.rng.choice(ints)
            self.emit(indent, f"{x} += sum([(q * {self.int_atom()}) % 1000003 for q in range({count})])")
        else:
            return False
        return True

    def loop(self, indent):
        self.depth += 1
        r = self.rng.random()
        if r < 0.15 and (self.pools["rows"] or self.pools["pairs"]):
            # Rows of a list of lists are lists themselves; a list of tuples unpacks into an int and a float.
            if self.pools["rows"] and (not self.pools["pairs"] or self.chance(0.5)):
                var = f"row{self.depth}"
                self.emit(indent, f"for {var} in {self.pick('rows')}:")
                self.pools["il"].append(var)
                self.block(indent + 1, self.rng.randint(2, 4))
                self.pools["il"].remove(var)
            else:
                a, b = f"pa{self.depth}", f"pb{self.depth}"
                self.emit(indent, f"for {a}, {b} in {self.pick('pairs')}:")
                self.pools["i"].append(a)
                self.pools["f"].append(b)
                self.block(indent + 1, self.rng.randint(2, 4))
                self.pools["i"].remove(a)
                self.pools["f"].remove(b)
        elif r < 0.3 and len(self.lists()) >= 2:
            # zip stops at the shortest list; the items may be of different kinds.
            sources = self.rng.sample(self.lists(), self.rng.choice([2, 2, 3]) if len(self.lists()) > 2 else 2)
            names = [f"z{self.depth}{k}" for k in range(len(sources))]
            self.emit(indent, f"for {', '.join(names)} in zip({', '.join(sources)}):")
            for name, source in zip(names, sources):
                self.pools["i" if source in self.pools["il"] else "f"].append(name)
            self.block(indent + 1, self.rng.randint(2, 4))
            for name, source in zip(names, sources):
                self.pools["i" if source in self.pools["il"] else "f"].remove(name)
        elif r < 0.35 and self.lists():
            kind = self.rng.choice([k for k in ("il", "fl") if self.pools[k]])
            var = f"v{self.depth}"
            count = f"c{self.depth}" if self.chance(0.4) else None
            if count:
                start = self.rng.choice(["", ", 1", ", n", f", {self.int_atom()}"])
                self.emit(indent, f"for {count}, {var} in enumerate({self.pick(kind)}{start}):")
                self.pools["i"].append(count)
            else:
                # Over the list, or a list an expression makes (iterated as made, not as it changes).
                xs = self.pick(kind)
                self.emit(indent, f"for {var} in {self.rng.choice([xs, xs, xs + '[::-1]', xs + '[1:]', xs + ' + ' + xs, f'reversed({xs})'])}:")
            item = "i" if kind == "il" else "f"
            self.pools[item].append(var)
            self.block(indent + 1, self.rng.randint(2, 4))
            self.pools[item].remove(var)
            if count:
                self.pools["i"].remove(count)
        elif r < 0.38:
            # A tuple display of ints: iterated as made.
            var = f"k{self.depth}"
            self.emit(indent, f"for {var} in ({', '.join(self.int_atom() for _ in range(self.rng.randint(1, 4)))},):")
            self.pools["i"].append(var)
            self.block(indent + 1, self.rng.randint(2, 4))
            self.pools["i"].remove(var)
        elif r < 0.7:
            var = f"k{self.depth}"
            start, stop, step = self.rng.choice([("0", "n", ""), ("1", "n + 1", ""), ("n", "-1", ", -1"),
                                                 ("2", "n * 2", ", 3"), ("0", "n", ", 2"), ("n", "0", ", -2")])
            if not step and self.chance(0.2):
                self.emit(indent, f"for {var} in reversed(range({start}, {stop})):")
            else:
                self.emit(indent, f"for {var} in range({start}, {stop}{step}):")
            self.pools["i"].append(var)
            self.block(indent + 1, self.rng.randint(2, 5))
            self.pools["i"].remove(var)
        else:
            guard = f"w{self.depth}"
            # A bound that is a name or a literal lets tier 2 step the guard unchecked (up to 2**63 - 1).
            start, bound = self.rng.choice([("0", f"n + {self.rng.randint(0, 9)}"), ("0", "n"),
                                            ("9223372036854775800 - n", "9223372036854775807")])
            self.emit(indent, f"{guard} = {start}")
            self.emit(indent, f"while {guard} < {bound}:")
            self.emit(indent + 1, f"{guard} += 1")
            self.block(indent + 1, self.rng.randint(2, 5))
        self.depth -= 1

    def result(self):
        if self.ret == "l":
            if "gl" in self.pools["il"] and self.chance(0.4):
                return "gl"
            return f"{self.rng.choice(self.lists())}[:]" if self.lists() else "[]"
        if self.ret == "t":
            return f"{self.pick('i')}, {self.pick('f')}"
        if self.ret == "none":
            return self.rng.choice(["", "None"])
        return self.pick(self.ret)

    # ------------------------------------------------------------------ program
    def function(self, index):
        name = f"fn{index}"
        # Lists of lists and of tuples come in as arguments: tier 2 iterates them but does not make them.
        kinds = [self.rng.choice(["i", "i", "f", "f", "il", "fl", "rows", "pairs"]) for _ in range(self.rng.randint(0, 2))]
        # "t": a tuple of an int and a float (callers unpack it); "none": a procedure, called as a statement.
        self.ret = self.rng.choice(["i", "i", "f", "f", "l", "t", "none"])
        params = ["n"] + [f"p{j}" for j in range(len(kinds))]
        self.pools = {"i": ["n"], "f": [], "il": [], "fl": [], "rows": [], "pairs": [], "b": []}
        for p, kind in zip(params[1:], kinds):
            self.pools[kind].append(p)
        self.emit(0, f"def {name}({', '.join(params)}):")
        self.emit(1, "n = n % 23")
        self.emit(1, "depth = n")
        # Every local is bound before the body, so that a branch not taken leaves no name unbound.
        self.assign_new(1, "i", str(self.rng.choice(INT_CONSTANTS)))
        self.assign_new(1, "f", repr(self.rng.choice(FLOAT_CONSTANTS)))
        self.assign_new(1, "i", self.int_atom())
        self.assign_new(1, "f", self.float_atom())
        self.assign_new(1, "il", f"[{', '.join(str(self.rng.choice(INT_CONSTANTS[:10])) for _ in range(6))}]")
        self.assign_new(1, "fl", f"[{', '.join(repr(self.rng.choice(FLOAT_CONSTANTS)) for _ in range(4))}]")
        if self.chance(0.5):
            # A list the function makes empty: appends grow it (in tier 2's arena of temporaries).
            self.emit(1, "gl = []")
            self.pools["il"].append("gl")
        if self.pools["rows"]:
            # A local that statements rebind to rows (a list of ints like the others).
            self.emit(1, f"rb = {self.pools['rows'][0]}[0]")
            self.pools["il"].append("rb")
        shared = None
        if self.chance(0.3):
            # A closure over locals makes them cells, which loops read and write through.
            shared = self.rng.choice([v for v in self.pools["i"] if v != "n"])
            self.emit(1, f"peek = lambda: {shared} + n")
        # Now and then the function calls itself inside a loop (once, at loop depth 1).
        self.recursion = (name, kinds) if self.chance(0.15) else None
        self.block(1, self.rng.randint(2, 4))
        if self.chance(0.3):
            self.recursive_call(1, name, kinds)
        self.block(1, self.rng.randint(1, 4))
        self.recursion = None
        if shared:
            self.emit(1, f"{shared} = peek()")
        if self.ret != "none" or self.chance(0.3):
            self.emit(1, f"return {self.result()}".rstrip())
        self.emit(0, "")
        self.funcs.append((name, kinds, self.ret))

    def recursive_call(self, indent, name, kinds):
        """Recursion on a depth no statement assigns, so that it ends (its arguments call only earlier functions)."""
        call = f"{name}({', '.join(['depth // 2'] + self.args(kinds))})"
        self.emit(indent, "if depth > 1:")
        if self.ret == "l":
            self.emit(indent + 1, f"{self.pick('i')} = len({call})")
        elif self.ret == "t":
            self.emit(indent + 1, f"{self.rng.choice([v for v in self.pools['i'] if v != 'n'])}, {self.pick('f')} = {call}")
        elif self.ret == "none":
            self.emit(indent + 1, call)
        else:
            # Never into n: it bounds the loops.
            self.emit(indent + 1, f"{self.rng.choice([v for v in self.pools[self.ret] if v != 'n'])} = {call}")

    def rows_literal(self):
        row = lambda: repr([self.rng.choice(INT_CONSTANTS[:10]) for _ in range(self.rng.randint(1, 4))])
        return f"[{', '.join(row() for _ in range(self.rng.randint(1, 3)))}]"

    def pairs_literal(self):
        pair = lambda: f"({self.rng.choice(INT_CONSTANTS)}, {self.rng.choice(FLOAT_CONSTANTS)!r})"
        return f"[{', '.join(pair() for _ in range(self.rng.randint(1, 3)))}]"

    def constant_args(self, kinds):
        args = [str(self.rng.choice([5, 9, 17, 0, 3, 22, -4]))]
        for kind in kinds:
            if kind in ("rows", "pairs"):
                args.append(self.rows_literal() if kind == "rows" else self.pairs_literal())
                continue
            # Now and then an argument of another kind than the one the function was written for.
            if kind == "il" or (kind == "fl" and self.chance(0.1)):
                args.append(repr([self.rng.choice(INT_CONSTANTS[:10]) for _ in range(self.rng.randint(0, 6))]))
            elif kind == "fl":
                args.append(repr([self.rng.choice(FLOAT_CONSTANTS) for _ in range(self.rng.randint(0, 6))]))
            elif kind == "i" or self.chance(0.1):
                args.append(str(self.rng.choice(INT_CONSTANTS)))
            else:
                args.append(repr(self.rng.choice(FLOAT_CONSTANTS)))
        return args

    def helper(self, index):
        """A function of a few assignments and a return: tier 2 lowers its body in place of a call."""
        name = f"h{index}"
        self.reads_globals = False
        ret = self.rng.choice(["i", "f"])
        self.pools = {"i": ["n", "q"] if ret == "i" else ["n"], "f": ["q"] if ret == "f" else ["1.5"], "il": [], "fl": [],
                      "rows": [], "pairs": [], "b": []}
        self.emit(0, f"def {name}(n, q):")
        if ret == "f":
            self.assign_new(1, "f", f"q * {self.float_atom()} + sqrt(abs(q))")
        else:
            self.assign_new(1, "i", self.int_expr(1))
        self.emit(1, f"return {self.int_expr(1) if ret == 'i' else self.float_expr(1)}")
        self.emit(0, "")
        self.funcs.append((name, [ret], ret))
        self.reads_globals = True

    def module_section(self):
        """Statements at module level, where every variable is a global (tier 2 keeps them in its slots)."""
        self.pools = {"i": ["n"], "f": [], "il": [], "fl": [], "rows": [], "pairs": [], "b": []}
        self.emit(0, f"n = {self.rng.randint(3, 22)}")
        for kind in ("i", "f", "i", "f"):
            self.assign_new(0, kind, str(self.rng.choice(INT_CONSTANTS)) if kind == "i" else repr(self.rng.choice(FLOAT_CONSTANTS)))
        self.assign_new(0, "il", f"[{', '.join(str(self.rng.choice(INT_CONSTANTS[:10])) for _ in range(6))}]")
        self.assign_new(0, "fl", f"[{', '.join(repr(self.rng.choice(FLOAT_CONSTANTS)) for _ in range(4))}]")
        self.top = None
        self.emit(0, "try:")
        self.depth = 0
        self.loop(1)
        self.block(1, self.rng.randint(1, 3))
        self.emit(0, "except (ArithmeticError, IndexError, ValueError, TypeError) as e:")
        self.emit(1, 'print("module", type(e).__name__, e)')
        names = [v for kind in ("i", "f", "il", "fl") for v in self.pools[kind]]
        self.emit(0, f'print("module", {", ".join(names)})')
        self.top = 1

    def trees(self, k):
        """Trees of tuples and None: a builder, a walker that unpacks them, a loop over both, and calls from tier 1."""
        arity = self.rng.randint(1, 3)
        # Now and then the walker unpacks another length than the builder makes: ValueError in every tier.
        unpacked = arity if self.rng.random() < 0.8 else self.rng.choice([a for a in (1, 2, 3) if a != arity])
        modulus = self.rng.randint(2, 6)
        leaf = self.rng.choice(["None", "()", "(" + ", ".join(["None"] * arity) + ("," if arity == 1 else "") + ")"])
        self.emit(0, f"def tb{k}(d, s):")
        self.emit(1, f"if d <= 0 or (d + s) % {modulus} == 0:")
        self.emit(2, f"return {leaf}")
        if self.chance(0.5):
            self.emit(1, "d -= 1")
            self.emit(1, "d += 0")
        items = [self.rng.choice([f"tb{k}(d - 1, s + {self.rng.randint(0, 3)})", f"tb{k}(d - 2, s * 2)", "None"]) for _ in range(arity)]
        self.emit(1, f"return ({', '.join(items)}{',' if arity == 1 else ''})")
        self.emit(0, "")
        names = [f"c{j}" for j in range(unpacked)]
        self.emit(0, f"def tw{k}(node):")
        if self.chance(0.85):
            self.emit(1, "if node is None:")
            self.emit(2, f"return {self.rng.randint(0, 5)}")
        if self.chance(0.3):
            self.emit(1, "if node is not None and node == ():")
            self.emit(2, "return 7")
        self.emit(1, f"{', '.join(names)}{',' if unpacked == 1 else ''} = node")
        self.emit(1, f"total = {self.rng.randint(1, 9)}")
        if self.chance(0.3):
            self.emit(1, "total += len(node)")
        if self.chance(0.3):
            # An index the tuple may not have: IndexError in every tier.
            self.emit(1, f"if node[{self.rng.choice([0, -1, 1, 2])}] is None:")
            self.emit(2, "total += 1")
        for j, c in enumerate(names):
            test = self.rng.choice([f"{c} is not None", f"not ({c} is None)"])
            self.emit(1, f"if {test}:")
            self.emit(2, f"total += tw{k}({c}) * {j + 2}")
            if self.chance(0.4):
                self.emit(1, "else:")
                self.emit(2, "total -= 1")
        self.emit(1, "return total")
        self.emit(0, "")
        self.emit(0, f"def td{k}(n, d):")
        self.emit(1, "t = 0")
        self.emit(1, "for i in range(n):")
        self.emit(2, f"t = (t + tw{k}(tb{k}(d, i))) % 1000003")
        self.emit(1, "return t")
        self.emit(0, "")
        depth = self.rng.randint(2, 7)
        self.emit(0, "try:")
        self.emit(1, f"print('tree {k}', td{k}({self.rng.randint(50, 400)}, {depth}))")
        self.emit(1, f"x = tb{k}({depth}, 3)")
        self.emit(1, f"print('tree {k}', tw{k}(x), tb{k}(2, 1), x == tb{k}({depth}, 3))")
        self.emit(0, "except (ValueError, TypeError, IndexError) as e:")
        self.emit(1, f"print('tree {k}', type(e).__name__, e)")

    def pipelines(self, k):
        """Generator functions of random shapes and reductions and loops that take their items (fused by tier 2)."""
        r = self.rng
        step = r.randint(1, 3)
        self.emit(0, f"def gp{k}(n):")
        shape = r.randrange(4)
        if shape == 0:
            self.emit(1, "i = 0")
            self.emit(1, "while i < n:")
            self.emit(2, f"yield i * {r.randint(1, 5)} - {r.randint(0, 9)}")
            self.emit(2, f"i += {step}")
        elif shape == 1:
            self.emit(1, f"for i in range(0, n, {step}):")
            self.emit(2, f"if i % {r.randint(2, 5)} != {r.randint(0, 1)}:")
            self.emit(3, f"yield i // {r.choice(['1', '2', '(n - ' + str(r.randint(0, 12)) + ')'])}")
        elif shape == 2:
            self.emit(1, f"yield from range({r.randint(0, 3)}, n)")
            self.emit(1, f"yield from (x * x for x in range(n) if x % {r.randint(2, 4)} == 0)")
        else:
            self.emit(1, f"a, b, c = {r.randint(0, 3)}, {r.randint(1, 3)}, 0")
            self.emit(1, "while c < n:")
            self.emit(2, "yield a")
            self.emit(2, f"a, b = b, (a + b) % {r.choice(['1000003', '97', '(n + 1)'])}")
            self.emit(2, "c += 1")
        self.emit(0, "")
        self.emit(0, f"def gt{k}(source, m):")
        if r.random() < 0.7:
            self.emit(1, "for x in source:")
            self.emit(2, f"if x % {r.randint(2, 4)} == 0:")
            self.emit(3, f"yield x * m{r.choice([' + 1', ' * x', ' // (m - 2)', ' - x'])}")
            self.emit(2, "else:")
            self.emit(3, f"yield x + {r.choice(['m', '1', 'x * x * x * x'])}")
        else:
            # next() past the end: StopIteration turns into RuntimeError in every tier.
            self.emit(1, "for _ in range(m):")
            self.emit(2, "yield next(source)")
        self.emit(0, "")
        self.emit(0, f"def gr{k}(d, label):")
        self.emit(1, "if d <= 0:")
        self.emit(2, f"yield label % {r.randint(5, 50)}")
        self.emit(1, "else:")
        self.emit(2, f"yield from gr{k}(d - 1, 2 * label + {r.randint(0, 2)})")
        if r.random() < 0.7:
            self.emit(2, f"yield from gr{k}(d - {r.randint(1, 2)}, label + d)")
        self.emit(0, "")
        self.emit(0, f"def gc{k}(n, m):")
        self.emit(1, f"s1 = sum(gt{k}(gp{k}(n), m))")
        self.emit(1, f"s2 = {r.choice(['max', 'min', 'sum'])}(gp{k}(n + 1))")
        self.emit(1, f"s3 = sum(x for x in gp{k}(n) if x % {r.randint(2, 5)} == 1)")
        self.emit(1, f"s4 = sum(gr{k}(n % {r.randint(3, 9)}, m))")
        self.emit(1, "t = 0")
        self.emit(1, "for i in range(n):")
        self.emit(2, f"t += sum(gt{k}(gp{k}(i % {r.randint(3, 12)} + 1), m))")
        self.emit(2, f"for v in gp{k}(i % {r.randint(2, 7)}):")
        self.emit(3, f"t = (t * {r.randint(2, 9)} + v) % 1000003")
        self.emit(1, "return s1, s2, s3, s4, t")
        self.emit(0, "")
        for _ in range(2):
            self.print_call(f"pipeline {k}", f"gc{k}({r.randint(0, 60)}, {r.randint(0, 6)})", "ArithmeticError, ValueError, RuntimeError")

    def big_ints(self, k):
        """A loop over ints that outgrow 64 bits (every operator, both signs), already big when it compiles."""
        r = self.rng
        ops = []
        for _ in range(r.randint(3, 7)):
            a, b = r.sample(["x", "y", "z", "i", str(r.choice(INT_CONSTANTS)), str(2 ** r.randint(60, 130) - r.randint(0, 9))], 2)
            op = r.choice(["+", "-", "*", "//", "%"])
            ops.append((r.choice(["x", "y", "z"]), f"{a} {op} {b}" if op in "+-*" else f"{a} {op} ({b} if {b} != 0 else 1)"))
        self.emit(0, f"def bi{k}(n):")
        self.emit(1, f"x = {r.randint(2, 9)} ** {r.randint(40, 90)}")
        self.emit(1, f"y = -{r.randint(2, 9)} ** {r.randint(20, 70)}")
        self.emit(1, f"z = {r.randint(-9, 9)}")
        self.emit(1, "for i in range(n):")
        for target, value in ops:
            self.emit(2, f"{target} = {value}")
        self.emit(2, f"if x > y:")
        self.emit(3, "z = z - x // (y * y + 1)")
        self.emit(2, f"x = x % {2 ** r.randint(100, 400) + 1}")
        self.emit(2, f"y = y % -{2 ** r.randint(100, 400) + 3}")
        self.emit(2, f"z = z % {2 ** r.randint(64, 300) + 7}")
        self.emit(1, "return x, y, z")
        self.emit(0, "")
        self.print_call(f"big {k}", f"bi{k}({r.randint(1, 200)})")

    def registers(self, k):
        """A loop whose float locals and int counters tier 2 keeps in registers, with writes of them of
        every kind in between: in-place updates, plain assignments, a comprehension's loop, a call of
        the function itself, an inner loop, continue and break."""
        r = self.rng
        options = [
            ["t = t * 0.5 + x"],
            ["u = u * 0.25 + t"],
            ["s += i"],
            ["c += 1"],
            [f"s = (s * {r.randint(2, 9)}) % 1000003"],
            [f"s -= {r.randint(0, 9)}"],
            ["t = t + u * 0.125"],
            ["u = sum([t * q for q in range(3)]) * 0.1"],
            ["s += sum([q + s % 5 for q in range(2)])"],
            ["if depth > 0:", f"    t += rg{k}(depth - 1, x * 1.5 + i, n // 2)"],
            ["if depth > 0:", f"    s += int(rg{k}(depth - 1, u, n // 3)) % 97"],
            ["j = 0", "while j < 3:", "    s += j", "    j += 1"],
            ["if s % 3 == 0:", "    continue"],
            ["if t > 1e6:", "    break"],
        ]
        self.emit(0, f"def rg{k}(depth, x, n):")
        self.emit(1, f"t = {r.choice(FLOAT_CONSTANTS)!r}")
        self.emit(1, "u = x")
        self.emit(1, f"s = {r.randint(-9, 9)}")
        self.emit(1, "c = 0")
        self.emit(1, "for i in range(n):")
        for _ in range(r.randint(3, 8)):
            for line in r.choice(options):
                self.emit(2, line)
        self.emit(1, "return t + u + s + c")
        self.emit(0, "")
        self.print_call(f"registers {k}", f"rg{k}({r.randint(0, 3)}, {r.choice(FLOAT_CONSTANTS)!r}, {r.randint(0, 12)})")

    def print_call(self, label, call, errors="ArithmeticError"):
        """Prints `call`'s value after `label`, or the name and message of the error it raises."""
        self.emit(0, "try:")
        self.emit(1, f"print({label!r}, {call})")
        self.emit(0, f"except ({errors}) as e:" if "," in errors else f"except {errors} as e:")
        self.emit(1, f"print({label!r}, type(e).__name__, e)")

    def program(self, functions):
        self.emit(0, "import math")
        self.emit(0, "from math import sqrt")
        # Globals the functions' loops read (tier 2 keeps them in its slots while a loop runs).
        self.emit(0, f"GI = {self.rng.choice(INT_CONSTANTS)}")
        # Rebound for main's last round only: code that assumed its value must be left from then on.
        self.emit(0, f"GIS = [GI, GI, {self.rng.choice([str(self.rng.choice(INT_CONSTANTS)), repr(self.rng.choice(FLOAT_CONSTANTS))])}]")
        self.emit(0, f"GF = {self.rng.choice(FLOAT_CONSTANTS)!r}")
        self.emit(0, f"GFS = [{', '.join(repr(self.rng.choice(FLOAT_CONSTANTS)) for _ in range(3))}]")
        self.emit(0, "")
        for i in range(2):
            self.helper(i)
        for i in range(functions):
            self.function(i)
        self.emit(0, "def main():")
        self.emit(1, "global GI")
        self.emit(1, "for name, fn, args in CALLS:")
        self.emit(2, "for rep in range(3):")
        self.emit(3, "GI = GIS[rep]")
        self.emit(3, "try:")
        self.emit(4, "print(name, rep, fn(*args), args)")
        self.emit(3, "except (ArithmeticError, IndexError, ValueError, TypeError) as e:")
        self.emit(4, "print(name, rep, type(e).__name__, e)")
        self.emit(0, "")
        self.emit(0, "CALLS = [")
        for name, kinds, _ in self.funcs:
            for _ in range(3):
                self.emit(1, f"({name!r}, {name}, ({', '.join(self.constant_args(kinds))},)),")
        self.emit(0, "]")
        self.emit(0, "main()")
        self.module_section()
        for k in range(2):
            self.trees(k)
        for k in range(2):
            self.pipelines(k)
            self.big_ints(k)
            self.registers(k)
        return "\n".join(self.lines) + "\n"


def generate(seed, functions=6):
    return Gen(random.Random(seed)).program(functions)


STATS = "[pyjit tier 2] "


def run(cmd, path, env, timeout, stats=None):
    """stdout, the last line of stderr and the exit status; tier-2 statistics go into `stats`."""
    try:
        p = subprocess.run(cmd + [path], capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return ("TIMEOUT", "", -1)
    err = []
    for line in p.stderr.splitlines():
        if not line.startswith(STATS):
            err.append(line)
        elif stats is not None:
            m = re.match(r"regions compiled: (\d+)", line[len(STATS):])
            n = re.match(r"loop iterations: (\d+) native, (\d+) in tier 1", line[len(STATS):])
            if m:
                stats["regions"] += int(m.group(1))
            if n:
                stats["native"] += int(n.group(1))
                stats["tier1"] += int(n.group(2))
    last = [line for line in err if line.strip()][-1:]
    return (p.stdout, last[0] if last else "", p.returncode)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1, help="first seed (default 1)")
    ap.add_argument("--count", type=int, default=50, help="programs to run (default 50)")
    ap.add_argument("--functions", type=int, default=6, help="functions per program (default 6)")
    ap.add_argument("--out", default=None, help="directory for failing programs (default: a new temporary one)")
    ap.add_argument("--timeout", type=float, default=30, help="seconds per run (default 30; the graal configuration gets four times as long)")
    ap.add_argument("--configs", default="tier2,tier1", help="pyjit configurations to compare: tier2, tier1, graal (default tier2,tier1)")
    ap.add_argument("--show", type=int, metavar="SEED", help="print the program of SEED and exit")
    args = ap.parse_args()
    if args.show is not None:
        sys.stdout.write(generate(args.show, args.functions))
        return 0
    out = args.out or tempfile.mkdtemp(prefix="pyjit-fuzz-")
    os.makedirs(out, exist_ok=True)
    no_graal = dict(os.environ, PYJIT_GRAAL="0")
    with_graal = {k: v for k, v in os.environ.items() if k != "PYJIT_GRAAL"}
    pyjit = os.path.join(ROOT, "pyjit")
    configs = {
        "tier2": ([pyjit, "--pyjit.JITThreshold=0", "--pyjit.JITStats=true"], no_graal, args.timeout),
        "tier1": ([pyjit, "--pyjit.JIT=false"], no_graal, args.timeout),
        # Graal compiling every function at its first call, next to tier 2: seconds a program, and
        # over 30 s for some on a slow machine, which is no wrong output.
        "graal": ([pyjit, "--experimental-options", "--pyjit.JITThreshold=0", "--engine.CompileImmediately=true", "--engine.BackgroundCompilation=false"], with_graal,
                  4 * args.timeout),
    }
    configs = {name: configs[name] for name in args.configs.split(",")}
    stats = {"regions": 0, "native": 0, "tier1": 0}
    failures = skipped = 0
    for seed in range(args.seed, args.seed + args.count):
        path = os.path.join(out, f"fuzz_{seed}.py")
        with open(path, "w") as f:
            f.write(generate(seed, args.functions))
        expected = run([sys.executable], path, os.environ, args.timeout)
        if expected[0] == "TIMEOUT":
            skipped += 1
            print(f"seed {seed}: skipped, python3 timed out", flush=True)
            os.remove(path)
            continue
        results = {name: run(cmd, path, env, timeout, stats) for name, (cmd, env, timeout) in configs.items()}
        bad = [name for name, result in results.items() if result != expected]
        if bad:
            failures += 1
            # A hang is a bug too, but not a wrong output: say which it is.
            what = [f"{name} (timed out after {configs[name][2]:.0f} s)" if results[name][0] == "TIMEOUT" else name for name in bad]
            print(f"seed {seed}: differs under {', '.join(what)}: {path}", flush=True)
        else:
            os.remove(path)
    print(f"{args.count} programs, {failures} differing, {skipped} skipped" + (f"; failing programs kept in {out}" if failures else ""))
    if not args.out and not os.listdir(out):
        os.rmdir(out)
    loops = stats["native"] + stats["tier1"]
    if "tier2" in configs:
        print(f"tier 2 compiled {stats['regions']} regions; {stats['native']} of {loops} loop iterations ran natively "
              f"({100.0 * stats['native'] / max(loops, 1):.0f}%)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
