package org.pyjit.language.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parser tests. The expected s-expressions were produced from CPython 3.11's own {@code ast}
 * module (converted to {@link PyAstPrinter}'s format), so they pin precedence, associativity,
 * literal values and f-string splitting to CPython's.
 */
public class PyParserTest {

    record AstCase(String source, String expected) {
    }

    static final List<AstCase> EXPRESSIONS = List.of(
            new AstCase("-2**2", "(Module [(ExprStmt (UnaryOp NEG (BinOp (IntLit 2) ** (IntLit 2))))])"),
            new AstCase("2**-1", "(Module [(ExprStmt (BinOp (IntLit 2) ** (UnaryOp NEG (IntLit 1))))])"),
            new AstCase("a ** b ** c", "(Module [(ExprStmt (BinOp (Name 'a') ** (BinOp (Name 'b') ** (Name 'c'))))])"),
            new AstCase("-a ** -b", "(Module [(ExprStmt (UnaryOp NEG (BinOp (Name 'a') ** (UnaryOp NEG (Name 'b')))))])"),
            new AstCase("~a ** b", "(Module [(ExprStmt (UnaryOp INVERT (BinOp (Name 'a') ** (Name 'b'))))])"),
            new AstCase("not a == b", "(Module [(ExprStmt (UnaryOp NOT (Compare (Name 'a') [==] [(Name 'b')])))])"),
            new AstCase("not not a", "(Module [(ExprStmt (UnaryOp NOT (UnaryOp NOT (Name 'a'))))])"),
            new AstCase("a or b and c or not d", "(Module [(ExprStmt (BoolOp false [(Name 'a') (BoolOp true [(Name 'b') (Name 'c')]) (UnaryOp NOT (Name 'd'))]))])"),
            new AstCase("a and b or c and d", "(Module [(ExprStmt (BoolOp false [(BoolOp true [(Name 'a') (Name 'b')]) (BoolOp true [(Name 'c') (Name 'd')])]))])"),
            new AstCase("a if b else c if d else e", "(Module [(ExprStmt (IfExp (Name 'b') (Name 'a') (IfExp (Name 'd') (Name 'c') (Name 'e'))))])"),
            new AstCase("lambda: x if y else z", "(Module [(ExprStmt (Lambda (Arguments [] [] - [] [] - []) (IfExp (Name 'y') (Name 'x') (Name 'z'))))])"),
            new AstCase("lambda x, *y, z=1, **k: x", "(Module [(ExprStmt (Lambda (Arguments [] [(Arg 'x' -)] (Arg 'y' -) [(Arg 'z' -)] [(IntLit 1)] (Arg 'k' -) []) (Name 'x')))])"),
            new AstCase("a < b <= c != d", "(Module [(ExprStmt (Compare (Name 'a') [< <= !=] [(Name 'b') (Name 'c') (Name 'd')]))])"),
            new AstCase("a is not b not in c in d is e", "(Module [(ExprStmt (Compare (Name 'a') [is_not not_in in is] [(Name 'b') (Name 'c') (Name 'd') (Name 'e')]))])"),
            new AstCase("a | b ^ c & d", "(Module [(ExprStmt (BinOp (Name 'a') | (BinOp (Name 'b') ^ (BinOp (Name 'c') & (Name 'd')))))])"),
            new AstCase("a << b + c >> d", "(Module [(ExprStmt (BinOp (BinOp (Name 'a') << (BinOp (Name 'b') + (Name 'c'))) >> (Name 'd')))])"),
            new AstCase("a + b * c - d / e // f % g @ h", "(Module [(ExprStmt (BinOp (BinOp (Name 'a') + (BinOp (Name 'b') * (Name 'c'))) - (BinOp (BinOp (BinOp (BinOp (Name 'd') / (Name 'e')) // (Name 'f')) % (Name 'g')) @ (Name 'h'))))])"),
            new AstCase("a - b - c", "(Module [(ExprStmt (BinOp (BinOp (Name 'a') - (Name 'b')) - (Name 'c')))])"),
            new AstCase("(a - b) - c", "(Module [(ExprStmt (BinOp (BinOp (Name 'a') - (Name 'b')) - (Name 'c')))])"),
            new AstCase("a - (b - c)", "(Module [(ExprStmt (BinOp (Name 'a') - (BinOp (Name 'b') - (Name 'c'))))])"),
            new AstCase("-a.b[c](d)", "(Module [(ExprStmt (UnaryOp NEG (Call (Subscript (Attribute (Name 'a') 'b') (Name 'c')) [(Name 'd')] [])))])"),
            new AstCase("a.b.c", "(Module [(ExprStmt (Attribute (Attribute (Name 'a') 'b') 'c'))])"),
            new AstCase("f(x)(y)[z]", "(Module [(ExprStmt (Subscript (Call (Call (Name 'f') [(Name 'x')] []) [(Name 'y')] []) (Name 'z')))])"),
            new AstCase("a[1:2, ::3]", "(Module [(ExprStmt (Subscript (Name 'a') (TupleExpr [(Slice (IntLit 1) (IntLit 2) -) (Slice - - (IntLit 3))])))])"),
            new AstCase("a[:, 1]", "(Module [(ExprStmt (Subscript (Name 'a') (TupleExpr [(Slice - - -) (IntLit 1)])))])"),
            new AstCase("a[::-1]", "(Module [(ExprStmt (Subscript (Name 'a') (Slice - - (UnaryOp NEG (IntLit 1)))))])"),
            new AstCase("a[x:y:z]", "(Module [(ExprStmt (Subscript (Name 'a') (Slice (Name 'x') (Name 'y') (Name 'z'))))])"),
            new AstCase("a[1,]", "(Module [(ExprStmt (Subscript (Name 'a') (TupleExpr [(IntLit 1)])))])"),
            new AstCase("[x for x in y if p for z in x if q if r]", "(Module [(ExprStmt (ListComp (Name 'x') [(Comprehension (Name 'x') (Name 'y') [(Name 'p')]) (Comprehension (Name 'z') (Name 'x') [(Name 'q') (Name 'r')])]))])"),
            new AstCase("{k: v for k, v in d}", "(Module [(ExprStmt (DictComp (Name 'k') (Name 'v') [(Comprehension (TupleExpr [(Name 'k') (Name 'v')]) (Name 'd') [])]))])"),
            new AstCase("{x for x in y}", "(Module [(ExprStmt (SetComp (Name 'x') [(Comprehension (Name 'x') (Name 'y') [])]))])"),
            new AstCase("(x for x in y)", "(Module [(ExprStmt (GeneratorExp (Name 'x') [(Comprehension (Name 'x') (Name 'y') [])]))])"),
            new AstCase("f(x for x in y)", "(Module [(ExprStmt (Call (Name 'f') [(GeneratorExp (Name 'x') [(Comprehension (Name 'x') (Name 'y') [])])] []))])"),
            new AstCase("f(a, *b, c=d, **e)", "(Module [(ExprStmt (Call (Name 'f') [(Name 'a') (Starred (Name 'b'))] [(Keyword 'c' (Name 'd')) (Keyword - (Name 'e'))]))])"),
            new AstCase("(y := 5) + y", "(Module [(ExprStmt (BinOp (NamedExpr (Name 'y') (IntLit 5)) + (Name 'y')))])"),
            new AstCase("[*a, *b]", "(Module [(ExprStmt (ListExpr [(Starred (Name 'a')) (Starred (Name 'b'))]))])"),
            new AstCase("{**a, 1: 2}", "(Module [(ExprStmt (DictExpr [- (IntLit 1)] [(Name 'a') (IntLit 2)]))])"),
            new AstCase("1 if 2 else 3", "(Module [(ExprStmt (IfExp (IntLit 2) (IntLit 1) (IntLit 3)))])"),
            new AstCase("a.b if c.d else e.f", "(Module [(ExprStmt (IfExp (Attribute (Name 'c') 'd') (Attribute (Name 'a') 'b') (Attribute (Name 'e') 'f')))])"),
            new AstCase("x[a if b else c]", "(Module [(ExprStmt (Subscript (Name 'x') (IfExp (Name 'b') (Name 'a') (Name 'c'))))])"),
            new AstCase("1 + 2 == 3", "(Module [(ExprStmt (Compare (BinOp (IntLit 1) + (IntLit 2)) [==] [(IntLit 3)]))])"),
            new AstCase("1 < 2 == 2 > 1 in x", "(Module [(ExprStmt (Compare (IntLit 1) [< == > in] [(IntLit 2) (IntLit 2) (IntLit 1) (Name 'x')]))])"),
            new AstCase("(1, 2), 3", "(Module [(ExprStmt (TupleExpr [(TupleExpr [(IntLit 1) (IntLit 2)]) (IntLit 3)]))])"),
            new AstCase("*a, b", "(Module [(ExprStmt (TupleExpr [(Starred (Name 'a')) (Name 'b')]))])"),
            new AstCase("((a))", "(Module [(ExprStmt (Name 'a'))])"),
            new AstCase("()", "(Module [(ExprStmt (TupleExpr []))])"),
            new AstCase("(a,)", "(Module [(ExprStmt (TupleExpr [(Name 'a')]))])"),
            new AstCase("f\"a{b}c\"", "(Module [(ExprStmt (JoinedStr [(StrLit 'a') (FormattedValue (Name 'b') - -) (StrLit 'c')]))])"),
            new AstCase("f\"{x!r:>{w}.{p}f}\"", "(Module [(ExprStmt (JoinedStr [(FormattedValue (Name 'x') !r (JoinedStr [(StrLit '>') (FormattedValue (Name 'w') - -) (StrLit '.') (FormattedValue (Name 'p') - -) (StrLit 'f')]))]))])"),
            new AstCase("f\"{x=}\"", "(Module [(ExprStmt (JoinedStr [(StrLit 'x=') (FormattedValue (Name 'x') !r -)]))])"),
            new AstCase("f\"{x = :>5}\"", "(Module [(ExprStmt (JoinedStr [(StrLit 'x = ') (FormattedValue (Name 'x') - (JoinedStr [(StrLit '>5')]))]))])"),
            new AstCase("\"a\" f\"{b}\" \"c\"", "(Module [(ExprStmt (JoinedStr [(StrLit 'a') (FormattedValue (Name 'b') - -) (StrLit 'c')]))])"),
            new AstCase("f\"{{}}{x}}}\"", "(Module [(ExprStmt (JoinedStr [(StrLit '{}') (FormattedValue (Name 'x') - -) (StrLit '}')]))])"),
            new AstCase("f'{a[\"k\"]}'", "(Module [(ExprStmt (JoinedStr [(FormattedValue (Subscript (Name 'a') (StrLit 'k')) - -)]))])"),
            new AstCase("rf\"\\d{x}\"", "(Module [(ExprStmt (JoinedStr [(StrLit '\\\\d') (FormattedValue (Name 'x') - -)]))])"),
            new AstCase("\"a\" \"b\"", "(Module [(ExprStmt (StrLit 'ab'))])"),
            new AstCase("0xff + 0o17 + 0b11 + 1_000", "(Module [(ExprStmt (BinOp (BinOp (BinOp (IntLit 255) + (IntLit 15)) + (IntLit 3)) + (IntLit 1000)))])"),
            new AstCase("123456789012345678901234567890", "(Module [(ExprStmt (IntLit 123456789012345678901234567890))])"),
            new AstCase("9223372036854775807", "(Module [(ExprStmt (IntLit 9223372036854775807))])"),
            new AstCase("9223372036854775808", "(Module [(ExprStmt (IntLit 9223372036854775808))])"),
            new AstCase("1.5 + .5 + 5. + 1e-3 + 1_0.0_1", "(Module [(ExprStmt (BinOp (BinOp (BinOp (BinOp (FloatLit 1.5) + (FloatLit 0.5)) + (FloatLit 5)) + (FloatLit 0.001000000000000000020816681711721685132943093776702880859375)) + (FloatLit 10.0099999999999997868371792719699442386627197265625)))])"),
            new AstCase("1e999", "(Module [(ExprStmt (FloatLit Infinity))])"),
            new AstCase("'\\x41\\u0042\\U00000043\\101\\n\\t\\\\\\'\\N{BULLET}\\q'", "(Module [(ExprStmt (StrLit 'ABCA\\n\t\\\\\\'\u2022\\\\q'))])"),
            new AstCase("r'\\n\\''", "(Module [(ExprStmt (StrLit '\\\\n\\\\\\''))])"),
            new AstCase("...", "(Module [(ExprStmt (EllipsisLit))])"),
            new AstCase("None, True, False", "(Module [(ExprStmt (TupleExpr [(NoneLit) (BoolLit true) (BoolLit false)]))])"));

    static final List<AstCase> PROGRAMS = List.of(
            new AstCase("a = b = c = 0\na, b = b, a\n[a, (b, c)] = x\na, *b = c\n*a, b = c\na.b = c[d] = e\nx += 1; y -= 2; z *= 3; w /= 4; v //= 5; u %= 6; t **= 7; s <<= 8; r >>= 9; q &= 1; p |= 2; o ^= 3; n @= 4\nx: int = 1\ny: list\na.b: int = 3\n",
                            "(Module [(Assign [(Name 'a') (Name 'b') (Name 'c')] (IntLit 0)) (Assign [(TupleExpr [(Name 'a') (Name 'b')])] (TupleExpr [(Name 'b') (Name 'a')])) (Assign [(ListExpr [(Name 'a') (TupleExpr [(Name 'b') (Name 'c')])])] (Name 'x')) (Assign [(TupleExpr [(Name 'a') (Starred (Name 'b'))])] (Name 'c')) (Assign [(TupleExpr [(Starred (Name 'a')) (Name 'b')])] (Name 'c')) (Assign [(Attribute (Name 'a') 'b') (Subscript (Name 'c') (Name 'd'))] (Name 'e')) (AugAssign (Name 'x') + (IntLit 1)) (AugAssign (Name 'y') - (IntLit 2)) (AugAssign (Name 'z') * (IntLit 3)) (AugAssign (Name 'w') / (IntLit 4)) (AugAssign (Name 'v') // (IntLit 5)) (AugAssign (Name 'u') % (IntLit 6)) (AugAssign (Name 't') ** (IntLit 7)) (AugAssign (Name 's') << (IntLit 8)) (AugAssign (Name 'r') >> (IntLit 9)) (AugAssign (Name 'q') & (IntLit 1)) (AugAssign (Name 'p') | (IntLit 2)) (AugAssign (Name 'o') ^ (IntLit 3)) (AugAssign (Name 'n') @ (IntLit 4)) (AnnAssign (Name 'x') (Name 'int') (IntLit 1)) (AnnAssign (Name 'y') (Name 'list') -) (AnnAssign (Attribute (Name 'a') 'b') (Name 'int') (IntLit 3))])"),
            new AstCase("if a:\n    pass\nelif b:\n    x = 1\nelif c: y = 2; z = 3\nelse:\n    pass\nwhile x:\n    break\nelse:\n    pass\nfor i in range(10):\n    if i: continue\nelse:\n    pass\nfor a, b in x: pass\nfor (a, b), *c in x: pass\nfor x, in y: pass\n",
                            "(Module [(If (Name 'a') [(Pass)] [(If (Name 'b') [(Assign [(Name 'x')] (IntLit 1))] [(If (Name 'c') [(Assign [(Name 'y')] (IntLit 2)) (Assign [(Name 'z')] (IntLit 3))] [(Pass)])])]) (While (Name 'x') [(Break)] [(Pass)]) (For (Name 'i') (Call (Name 'range') [(IntLit 10)] []) [(If (Name 'i') [(Continue)] [])] [(Pass)]) (For (TupleExpr [(Name 'a') (Name 'b')]) (Name 'x') [(Pass)] []) (For (TupleExpr [(TupleExpr [(Name 'a') (Name 'b')]) (Starred (Name 'c'))]) (Name 'x') [(Pass)] []) (For (TupleExpr [(Name 'x')]) (Name 'y') [(Pass)] [])])"),
            new AstCase("@dec\n@dec.attr(1)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:\n    \"\"\"doc\"\"\"\n    global g, h\n    def inner():\n        nonlocal a\n        a = 1\n    return a\ndef g(*, a): return\ndef h(a: int, *b: str, c: float = 1.0, **d: dict): yield 1; yield; x = yield y; yield from z\nclass A(B, C, metaclass=M):\n    x = 1\n    def m(self): return super().m()\nclass D: pass\n@decorator\nclass E:\n    @property\n    def p(self): return self._p\n",
                            "(Module [(FunctionDef 'f' (Arguments [(Arg 'a' -) (Arg 'b' -)] [(Arg 'c' -)] (Arg 'args' -) [(Arg 'd' -) (Arg 'e' -)] [- (IntLit 3)] (Arg 'kwargs' -) [(IntLit 1) (IntLit 2)]) [(ExprStmt (StrLit 'doc')) (Global ['g' 'h']) (FunctionDef 'inner' (Arguments [] [] - [] [] - []) [(Nonlocal ['a']) (Assign [(Name 'a')] (IntLit 1))] [] -) (Return (Name 'a'))] [(Name 'dec') (Call (Attribute (Name 'dec') 'attr') [(IntLit 1)] [])] (Name 'int')) (FunctionDef 'g' (Arguments [] [] - [(Arg 'a' -)] [-] - []) [(Return -)] [] -) (FunctionDef 'h' (Arguments [] [(Arg 'a' (Name 'int'))] (Arg 'b' (Name 'str')) [(Arg 'c' (Name 'float'))] [(FloatLit 1)] (Arg 'd' (Name 'dict')) []) [(ExprStmt (Yield (IntLit 1))) (ExprStmt (Yield -)) (Assign [(Name 'x')] (Yield (Name 'y'))) (ExprStmt (YieldFrom (Name 'z')))] [] -) (ClassDef 'A' [(Name 'B') (Name 'C')] [(Keyword 'metaclass' (Name 'M'))] [(Assign [(Name 'x')] (IntLit 1)) (FunctionDef 'm' (Arguments [] [(Arg 'self' -)] - [] [] - []) [(Return (Call (Attribute (Call (Name 'super') [] []) 'm') [] []))] [] -)] []) (ClassDef 'D' [] [] [(Pass)] []) (ClassDef 'E' [] [] [(FunctionDef 'p' (Arguments [] [(Arg 'self' -)] - [] [] - []) [(Return (Attribute (Name 'self') '_p'))] [(Name 'property')] -)] [(Name 'decorator')])])"),
            new AstCase("try:\n    x\nexcept ValueError as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass\ntry:\n    pass\nfinally:\n    pass\nraise X from Y\nraise X\nassert x, \"msg\"\nassert y\ndel a, b[1], c.d\ndel (a, b)\ndel [a, b]\nwith a as b, c as d:\n    pass\nwith open(f) as (a, b): pass\nwith a: pass\nwith (a as b, c as d): pass\nwith (a, b): pass\nwith (a): pass\nimport a.b as c, d\nimport math\nfrom m import a as b, c\nfrom m import (a, b,)\nfrom m import *\nfrom . import x\nfrom ..m import y\n",
                            "(Module [(Try [(ExprStmt (Name 'x'))] [(ExceptHandler (Name 'ValueError') 'e' [(Pass)]) (ExceptHandler (TupleExpr [(Name 'A') (Name 'B')]) - [(Pass)]) (ExceptHandler - - [(Raise - -)])] [(Pass)] [(Pass)]) (Try [(Pass)] [] [] [(Pass)]) (Raise (Name 'X') (Name 'Y')) (Raise (Name 'X') -) (Assert (Name 'x') (StrLit 'msg')) (Assert (Name 'y') -) (Delete [(Name 'a') (Subscript (Name 'b') (IntLit 1)) (Attribute (Name 'c') 'd')]) (Delete [(TupleExpr [(Name 'a') (Name 'b')])]) (Delete [(ListExpr [(Name 'a') (Name 'b')])]) (With [(WithItem (Name 'a') (Name 'b')) (WithItem (Name 'c') (Name 'd'))] [(Pass)]) (With [(WithItem (Call (Name 'open') [(Name 'f')] []) (TupleExpr [(Name 'a') (Name 'b')]))] [(Pass)]) (With [(WithItem (Name 'a') -)] [(Pass)]) (With [(WithItem (Name 'a') (Name 'b')) (WithItem (Name 'c') (Name 'd'))] [(Pass)]) (With [(WithItem (Name 'a') -) (WithItem (Name 'b') -)] [(Pass)]) (With [(WithItem (Name 'a') -)] [(Pass)]) (Import [(Alias 'a.b' 'c') (Alias 'd' -)]) (Import [(Alias 'math' -)]) (ImportFrom 'm' [(Alias 'a' 'b') (Alias 'c' -)] 0) (ImportFrom 'm' [(Alias 'a' -) (Alias 'b' -)] 0) (ImportFrom 'm' [(Alias '*' -)] 0) (ImportFrom - [(Alias 'x' -)] 1) (ImportFrom 'm' [(Alias 'y' -)] 2)])"),
            new AstCase("if (n := len(a)) > 10: pass\nprint([y := f(x), y**2])\nx = [y for x in data if (y := f(x))]\nx = *a, *b\nprint(*a, sep='', end=\"\\n\", file=sys.stderr, flush=True)\nx = a if b else lambda: c\nx = (a\n     + b)\nx = 1 + \\\n    2\nx = [1,\n     2,\n]\nx = {\n  'a': 1,\n}\nx = ...\nx = a[...]\nx = a[1:2, ...]\nf(a)(b)(c)\nx = not not a\nx = a is not None\nx = a not in b\nx = (1).real\nx = 1 .real\nx = 1.0.real\nx = -1\nx = ---1\nx = a[-1:]\nx = a[::-1]\nx = \"a\" \"b\" \"c\"\nx = (\"a\"\n     \"b\")\nx = f(*a, *b, **c, **d)\nx = f(a, *b, c=1, *d, **e)\nx = lambda *a, **k: 0\nx = lambda a, /, b: 0\nx = lambda *, a: 0\n",
                            "(Module [(If (Compare (NamedExpr (Name 'n') (Call (Name 'len') [(Name 'a')] [])) [>] [(IntLit 10)]) [(Pass)] []) (ExprStmt (Call (Name 'print') [(ListExpr [(NamedExpr (Name 'y') (Call (Name 'f') [(Name 'x')] [])) (BinOp (Name 'y') ** (IntLit 2))])] [])) (Assign [(Name 'x')] (ListComp (Name 'y') [(Comprehension (Name 'x') (Name 'data') [(NamedExpr (Name 'y') (Call (Name 'f') [(Name 'x')] []))])])) (Assign [(Name 'x')] (TupleExpr [(Starred (Name 'a')) (Starred (Name 'b'))])) (ExprStmt (Call (Name 'print') [(Starred (Name 'a'))] [(Keyword 'sep' (StrLit '')) (Keyword 'end' (StrLit '\\n')) (Keyword 'file' (Attribute (Name 'sys') 'stderr')) (Keyword 'flush' (BoolLit true))])) (Assign [(Name 'x')] (IfExp (Name 'b') (Name 'a') (Lambda (Arguments [] [] - [] [] - []) (Name 'c')))) (Assign [(Name 'x')] (BinOp (Name 'a') + (Name 'b'))) (Assign [(Name 'x')] (BinOp (IntLit 1) + (IntLit 2))) (Assign [(Name 'x')] (ListExpr [(IntLit 1) (IntLit 2)])) (Assign [(Name 'x')] (DictExpr [(StrLit 'a')] [(IntLit 1)])) (Assign [(Name 'x')] (EllipsisLit)) (Assign [(Name 'x')] (Subscript (Name 'a') (EllipsisLit))) (Assign [(Name 'x')] (Subscript (Name 'a') (TupleExpr [(Slice (IntLit 1) (IntLit 2) -) (EllipsisLit)]))) (ExprStmt (Call (Call (Call (Name 'f') [(Name 'a')] []) [(Name 'b')] []) [(Name 'c')] [])) (Assign [(Name 'x')] (UnaryOp NOT (UnaryOp NOT (Name 'a')))) (Assign [(Name 'x')] (Compare (Name 'a') [is_not] [(NoneLit)])) (Assign [(Name 'x')] (Compare (Name 'a') [not_in] [(Name 'b')])) (Assign [(Name 'x')] (Attribute (IntLit 1) 'real')) (Assign [(Name 'x')] (Attribute (IntLit 1) 'real')) (Assign [(Name 'x')] (Attribute (FloatLit 1) 'real')) (Assign [(Name 'x')] (UnaryOp NEG (IntLit 1))) (Assign [(Name 'x')] (UnaryOp NEG (UnaryOp NEG (UnaryOp NEG (IntLit 1))))) (Assign [(Name 'x')] (Subscript (Name 'a') (Slice (UnaryOp NEG (IntLit 1)) - -))) (Assign [(Name 'x')] (Subscript (Name 'a') (Slice - - (UnaryOp NEG (IntLit 1))))) (Assign [(Name 'x')] (StrLit 'abc')) (Assign [(Name 'x')] (StrLit 'ab')) (Assign [(Name 'x')] (Call (Name 'f') [(Starred (Name 'a')) (Starred (Name 'b'))] [(Keyword - (Name 'c')) (Keyword - (Name 'd'))])) (Assign [(Name 'x')] (Call (Name 'f') [(Name 'a') (Starred (Name 'b')) (Starred (Name 'd'))] [(Keyword 'c' (IntLit 1)) (Keyword - (Name 'e'))])) (Assign [(Name 'x')] (Lambda (Arguments [] [] (Arg 'a' -) [] [] (Arg 'k' -) []) (IntLit 0))) (Assign [(Name 'x')] (Lambda (Arguments [(Arg 'a' -)] [(Arg 'b' -)] - [] [] - []) (IntLit 0))) (Assign [(Name 'x')] (Lambda (Arguments [] [] - [(Arg 'a' -)] [-] - []) (IntLit 0)))])"),
            new AstCase("def f():\n    return 1, 2\ndef g():\n    return *a, b\nfor x in *a, b: pass\nx = yield_ = 1\nmatch = 1\nmatch.x = 2\ncase = 3\n_ = 4\nprint(match, case, _)\ntype = int\ntype(x)\nx = [match for match in y]\nmatch(x)\nmatch[x] = 1\n",
                            "(Module [(FunctionDef 'f' (Arguments [] [] - [] [] - []) [(Return (TupleExpr [(IntLit 1) (IntLit 2)]))] [] -) (FunctionDef 'g' (Arguments [] [] - [] [] - []) [(Return (TupleExpr [(Starred (Name 'a')) (Name 'b')]))] [] -) (For (Name 'x') (TupleExpr [(Starred (Name 'a')) (Name 'b')]) [(Pass)] []) (Assign [(Name 'x') (Name 'yield_')] (IntLit 1)) (Assign [(Name 'match')] (IntLit 1)) (Assign [(Attribute (Name 'match') 'x')] (IntLit 2)) (Assign [(Name 'case')] (IntLit 3)) (Assign [(Name '_')] (IntLit 4)) (ExprStmt (Call (Name 'print') [(Name 'match') (Name 'case') (Name '_')] [])) (Assign [(Name 'type')] (Name 'int')) (ExprStmt (Call (Name 'type') [(Name 'x')] [])) (Assign [(Name 'x')] (ListComp (Name 'match') [(Comprehension (Name 'match') (Name 'y') [])])) (ExprStmt (Call (Name 'match') [(Name 'x')] [])) (Assign [(Subscript (Name 'match') (Name 'x'))] (IntLit 1))])"),
            new AstCase("if x:\n\tpass\nif y:\n        pass\n# comment\n    # indented comment\n\nx = 1 # trailing\ndef f():\n\n    return 1\n\n    # c\nclass A:\n  def f(self):\n    if x:\n          return 1\n    return 2\nif a:\n\tif b:\n\t\tpass\n\telse:\n\t  pass\n",
                            "(Module [(If (Name 'x') [(Pass)] []) (If (Name 'y') [(Pass)] []) (Assign [(Name 'x')] (IntLit 1)) (FunctionDef 'f' (Arguments [] [] - [] [] - []) [(Return (IntLit 1))] [] -) (ClassDef 'A' [] [] [(FunctionDef 'f' (Arguments [] [(Arg 'self' -)] - [] [] - []) [(If (Name 'x') [(Return (IntLit 1))] []) (Return (IntLit 2))] [] -)] []) (If (Name 'a') [(If (Name 'b') [(Pass)] [(Pass)])] [])])"),
            new AstCase("x = {**a, 'b': 1}\nx = {*a, *b}\nx = [*a, *b]\nx = (*a, *b)\nx = a[b][c]\nx = a.b[c].d(e)\nx = [[1, 2], [3, 4]]\nx = {(1, 2): 3}\nx = 1 if a else 2\nx = [i for i in range(3)] + [j for j in range(3)]\nx = sum(i for i in range(10))\nx = sorted(a, key=lambda t: (t[1], -t[0]), reverse=True)\nx = \"%s\" % (a,)\nx = '{} {}'.format(a, b)\nx = f\"{a['b']}\" + f'{a[\"b\"]}' + f\"{d[x]:>{width}}\" + f\"{x:,}\" + f\"{x:08b}\" + f\"{3.14159:.3f}\"\nx = f\"\"\"multi\n{line}\n\"\"\"\nx = f\"{'nested' + f'{x}'}\"\nx = f\"{x!r:^20}\"\nx = f\"{{x}}\"\nx = f\"{x}}}\"\nx = f\"{{{x}\"\nx = f\"\"\nx = f\"{ x }\"\nx = f\"{x:}\"\nx = f\"{(lambda: 1)()}\"\nx = f\"{a if b else c}\"\nx = f\"{x:{'>'}10}\"\nx = f\"\\N{BULLET} {x}\"\nx = f\"{x==1}\"\nx = f\"{x!=1}\"\nx = f\"{x:{y}}\" f\"{x:a{y}b{z}c}\"\nx = 'a\\\nb'\nx = \"\"\"a\\\nb\"\"\"\nx = '\\\n'\n",
                            "(Module [(Assign [(Name 'x')] (DictExpr [- (StrLit 'b')] [(Name 'a') (IntLit 1)])) (Assign [(Name 'x')] (SetExpr [(Starred (Name 'a')) (Starred (Name 'b'))])) (Assign [(Name 'x')] (ListExpr [(Starred (Name 'a')) (Starred (Name 'b'))])) (Assign [(Name 'x')] (TupleExpr [(Starred (Name 'a')) (Starred (Name 'b'))])) (Assign [(Name 'x')] (Subscript (Subscript (Name 'a') (Name 'b')) (Name 'c'))) (Assign [(Name 'x')] (Call (Attribute (Subscript (Attribute (Name 'a') 'b') (Name 'c')) 'd') [(Name 'e')] [])) (Assign [(Name 'x')] (ListExpr [(ListExpr [(IntLit 1) (IntLit 2)]) (ListExpr [(IntLit 3) (IntLit 4)])])) (Assign [(Name 'x')] (DictExpr [(TupleExpr [(IntLit 1) (IntLit 2)])] [(IntLit 3)])) (Assign [(Name 'x')] (IfExp (Name 'a') (IntLit 1) (IntLit 2))) (Assign [(Name 'x')] (BinOp (ListComp (Name 'i') [(Comprehension (Name 'i') (Call (Name 'range') [(IntLit 3)] []) [])]) + (ListComp (Name 'j') [(Comprehension (Name 'j') (Call (Name 'range') [(IntLit 3)] []) [])]))) (Assign [(Name 'x')] (Call (Name 'sum') [(GeneratorExp (Name 'i') [(Comprehension (Name 'i') (Call (Name 'range') [(IntLit 10)] []) [])])] [])) (Assign [(Name 'x')] (Call (Name 'sorted') [(Name 'a')] [(Keyword 'key' (Lambda (Arguments [] [(Arg 't' -)] - [] [] - []) (TupleExpr [(Subscript (Name 't') (IntLit 1)) (UnaryOp NEG (Subscript (Name 't') (IntLit 0)))]))) (Keyword 'reverse' (BoolLit true))])) (Assign [(Name 'x')] (BinOp (StrLit '%s') % (TupleExpr [(Name 'a')]))) (Assign [(Name 'x')] (Call (Attribute (StrLit '{} {}') 'format') [(Name 'a') (Name 'b')] [])) (Assign [(Name 'x')] (BinOp (BinOp (BinOp (BinOp (BinOp (JoinedStr [(FormattedValue (Subscript (Name 'a') (StrLit 'b')) - -)]) + (JoinedStr [(FormattedValue (Subscript (Name 'a') (StrLit 'b')) - -)])) + (JoinedStr [(FormattedValue (Subscript (Name 'd') (Name 'x')) - (JoinedStr [(StrLit '>') (FormattedValue (Name 'width') - -)]))])) + (JoinedStr [(FormattedValue (Name 'x') - (JoinedStr [(StrLit ',')]))])) + (JoinedStr [(FormattedValue (Name 'x') - (JoinedStr [(StrLit '08b')]))])) + (JoinedStr [(FormattedValue (FloatLit 3.14158999999999988261834005243144929409027099609375) - (JoinedStr [(StrLit '.3f')]))]))) (Assign [(Name 'x')] (JoinedStr [(StrLit 'multi\\n') (FormattedValue (Name 'line') - -) (StrLit '\\n')])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (BinOp (StrLit 'nested') + (JoinedStr [(FormattedValue (Name 'x') - -)])) - -)])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (Name 'x') !r (JoinedStr [(StrLit '^20')]))])) (Assign [(Name 'x')] (JoinedStr [(StrLit '{x}')])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (Name 'x') - -) (StrLit '}')])) (Assign [(Name 'x')] (JoinedStr [(StrLit '{') (FormattedValue (Name 'x') - -)])) (Assign [(Name 'x')] (JoinedStr [])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (Name 'x') - -)])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (Name 'x') - (JoinedStr []))])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (Call (Lambda (Arguments [] [] - [] [] - []) (IntLit 1)) [] []) - -)])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (IfExp (Name 'b') (Name 'a') (Name 'c')) - -)])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (Name 'x') - (JoinedStr [(FormattedValue (StrLit '>') - -) (StrLit '10')]))])) (Assign [(Name 'x')] (JoinedStr [(StrLit '\u2022 ') (FormattedValue (Name 'x') - -)])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (Compare (Name 'x') [==] [(IntLit 1)]) - -)])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (Compare (Name 'x') [!=] [(IntLit 1)]) - -)])) (Assign [(Name 'x')] (JoinedStr [(FormattedValue (Name 'x') - (JoinedStr [(FormattedValue (Name 'y') - -)])) (FormattedValue (Name 'x') - (JoinedStr [(StrLit 'a') (FormattedValue (Name 'y') - -) (StrLit 'b') (FormattedValue (Name 'z') - -) (StrLit 'c')]))])) (Assign [(Name 'x')] (StrLit 'ab')) (Assign [(Name 'x')] (StrLit 'ab')) (Assign [(Name 'x')] (StrLit ''))])"),
            new AstCase("x = 1\r\ny = 2\r\nif x:\r\n    z = \"\"\"a\r\nb\"\"\"\r\n",
                            "(Module [(Assign [(Name 'x')] (IntLit 1)) (Assign [(Name 'y')] (IntLit 2)) (If (Name 'x') [(Assign [(Name 'z')] (StrLit 'a\\nb'))] [])])"),
            new AstCase("x = 1",
                            "(Module [(Assign [(Name 'x')] (IntLit 1))])"),
            new AstCase("if x:\n    y = 1",
                            "(Module [(If (Name 'x') [(Assign [(Name 'y')] (IntLit 1))] [])])"),
            new AstCase("\n\n# only comment",
                            "(Module [])"),
            new AstCase("",
                            "(Module [])"),
            new AstCase("x = (1,\n# c\n  2)\nif x:\n    pass\n    \n  \n# c\n",
                            "(Module [(Assign [(Name 'x')] (TupleExpr [(IntLit 1) (IntLit 2)])) (If (Name 'x') [(Pass)] [])])"),
            new AstCase("def f():\n    x = 1\n\n\n\n",
                            "(Module [(FunctionDef 'f' (Arguments [] [] - [] [] - []) [(Assign [(Name 'x')] (IntLit 1))] [] -)])"),
            new AstCase("class A:\n    pass\n\nclass B(A):\n    def __init__(self, *a, **k):\n        super().__init__(*a, **k)\n",
                            "(Module [(ClassDef 'A' [] [] [(Pass)] []) (ClassDef 'B' [(Name 'A')] [] [(FunctionDef '__init__' (Arguments [] [(Arg 'self' -)] (Arg 'a' -) [] [] (Arg 'k' -) []) [(ExprStmt (Call (Attribute (Call (Name 'super') [] []) '__init__') [(Starred (Name 'a'))] [(Keyword - (Name 'k'))]))] [] -)] [])])"),
            new AstCase("x = \\\n  1\nif a and \\\n   b:\n    pass\n",
                            "(Module [(Assign [(Name 'x')] (IntLit 1)) (If (BoolOp true [(Name 'a') (Name 'b')]) [(Pass)] [])])"),
            new AstCase("with a as b, c as d: pass\nwith a() as b.c, d as e[0]: pass\nfor i in 1, 2: pass\nx = a, b = c\nfor i, (j, k) in x: pass\n",
                            "(Module [(With [(WithItem (Name 'a') (Name 'b')) (WithItem (Name 'c') (Name 'd'))] [(Pass)]) (With [(WithItem (Call (Name 'a') [] []) (Attribute (Name 'b') 'c')) (WithItem (Name 'd') (Subscript (Name 'e') (IntLit 0)))] [(Pass)]) (For (Name 'i') (TupleExpr [(IntLit 1) (IntLit 2)]) [(Pass)] []) (Assign [(Name 'x') (TupleExpr [(Name 'a') (Name 'b')])] (Name 'c')) (For (TupleExpr [(Name 'i') (TupleExpr [(Name 'j') (Name 'k')])]) (Name 'x') [(Pass)] [])])"),
            new AstCase("x = 1;\ny = 2; z = 3;\nif x: pass;\n",
                            "(Module [(Assign [(Name 'x')] (IntLit 1)) (Assign [(Name 'y')] (IntLit 2)) (Assign [(Name 'z')] (IntLit 3)) (If (Name 'x') [(Pass)] [])])"),
            new AstCase("\u00f1 = 1\n\u03c0 = 3.14\nx = \u00f1 + \u03c0\n\u210c = 1\n",
                            "(Module [(Assign [(Name '\u00f1')] (IntLit 1)) (Assign [(Name '\u03c0')] (FloatLit 3.140000000000000124344978758017532527446746826171875)) (Assign [(Name 'x')] (BinOp (Name '\u00f1') + (Name '\u03c0'))) (Assign [(Name 'H')] (IntLit 1))])"));

    private static String dumpExpression(String source) {
        PyAst.Module m = PyParser.parseModule(source + "\n", "t.py");
        return PyAstPrinter.print(m);
    }

    @TestFactory
    Stream<DynamicTest> expressionsMatchCPythonAst() {
        return EXPRESSIONS.stream().map(c -> DynamicTest.dynamicTest(c.source(), () -> {
            assertEquals(c.expected(), dumpExpression(c.source()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> programsMatchCPythonAst() {
        return PROGRAMS.stream().map(c -> DynamicTest.dynamicTest("program: " + c.source().lines().findFirst().orElse("(empty)"), () -> {
            assertEquals(c.expected(), PyAstPrinter.print(PyParser.parseModule(c.source(), "t.py")));
        }));
    }

    @TestFactory
    Stream<DynamicTest> benchmarksParse() throws IOException {
        Path dir = Path.of("/work/shared/benchmarks");
        assumeTrue(Files.isDirectory(dir), "benchmarks not present");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                PyAst.Module m = PyParser.parseModule(Files.readString(p), p.toString());
                assertEquals(false, m.body().isEmpty());
            }));
        }
    }

    @Test
    void offsetsAreAbsoluteCharOffsets() {
        String src = "x = foo + 12\nprint(f\"a{bar!r}\")\n";
        PyAst.Module m = PyParser.parseModule(src, "t.py");
        PyAst.Assign assign = assertInstanceOf(PyAst.Assign.class, m.body().get(0));
        assertEquals(0, assign.start());
        assertEquals(12, assign.end());
        PyAst.BinOp add = assertInstanceOf(PyAst.BinOp.class, assign.value());
        assertEquals("foo", src.substring(add.left().start(), add.left().end()));
        assertEquals("12", src.substring(add.right().start(), add.right().end()));
        PyAst.Call call = (PyAst.Call) ((PyAst.ExprStmt) m.body().get(1)).value();
        PyAst.JoinedStr js = assertInstanceOf(PyAst.JoinedStr.class, call.args().get(0));
        PyAst.FormattedValue fv = assertInstanceOf(PyAst.FormattedValue.class, js.values().get(1));
        assertEquals("bar", src.substring(fv.value().start(), fv.value().end()));
        assertEquals('r', fv.conversion());
    }

    @Test
    void errorColumnsAreCPythonOffsets() {
        assertColumn("if x\n  pass\n", 1, 5);
        assertColumn("x = 1 \u20ac\n", 1, 7);
        assertColumn("f() = 1\n", 1, 1);
        assertColumn("foo(1 2)\n", 1, 5);
        assertColumn("x = 1\nprint(x\n", 2, 6);
        assertColumn("def f(a=1, b): pass\n", 1, 12);
        assertColumn("x = 'abc\n", 1, 5);
    }

    private static void assertColumn(String source, int line, int column) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> PyParser.parseModule(source, "t.py"));
        assertEquals(line, e.getLine(), e.getMessage());
        assertEquals(column, e.getColumn(), e.getMessage());
        assertEquals(source.lines().toList().get(line - 1), e.getLineText());
        int lineStart = new PySourceText(source).lineStart(line);
        assertEquals(lineStart + column - 1, e.getOffset());
    }

    @Test
    void unsupportedConstructsAreNamed() {
        assertMessage("async def f(): pass\n", "'async def' is not supported by pyjit");
        assertMessage("async for x in y: pass\n", "'async for' is not supported by pyjit");
        assertMessage("async with x: pass\n", "'async with' is not supported by pyjit");
        assertMessage("def f():\n    await x\n", "'await' is not supported by pyjit");
        assertMessage("match x:\n    case 1: pass\n", "the 'match' statement is not supported by pyjit");
        assertMessage("x = b'abc'\n", "bytes literals are not supported by pyjit");
        assertMessage("x = 3j\n", "complex numbers (imaginary literals) are not supported by pyjit");
        assertMessage("type X = int\n", "'type' alias statements are not supported by pyjit");
        // 'match' stays an ordinary name elsewhere
        PyParser.parseModule("match = 1\nmatch(x)\nmatch[0] = 2\nprint(match)\n", "t.py");
    }

    private static void assertMessage(String source, String message) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> PyParser.parseModule(source, "t.py"));
        assertEquals(message, e.getMessage());
        assertEquals("SyntaxError", e.getKind());
    }

    @Test
    void firstErrorInSourceOrderWins() {
        // a tokenizer error later in the file replaces a parser error (as in CPython) ...
        assertMessage("x = (1 +\ny = 'abc\n", "unterminated string literal (detected at line 2)");
        // ... but scope and compiler errors only come after the whole file parsed
        assertMessage("return 1\nx = (\n", "'(' was never closed");
        assertMessage("def f(a, a):\n    pass\nbreak\n", "duplicate argument 'a' in function definition");
    }
}
