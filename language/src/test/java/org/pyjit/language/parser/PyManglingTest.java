package org.pyjit.language.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Private name mangling, checked against what CPython 3.11 does with the same names. */
public class PyManglingTest {

    @Test
    void onlyPrivateNamesOfANamedClassChange() {
        assertEquals("_A__x", PyMangling.mangle("A", "__x"));
        assertEquals("_P__x", PyMangling.mangle("_P", "__x"));
        assertEquals("_Q__x", PyMangling.mangle("__Q", "__x"));
        assertEquals("_R___x", PyMangling.mangle("R_", "__x"));
        assertEquals("_A___x", PyMangling.mangle("A", "___x"));
        assertEquals("__x", PyMangling.mangle("___", "__x"));
        assertEquals("__x", PyMangling.mangle(null, "__x"));
        assertEquals("__init__", PyMangling.mangle("A", "__init__"));
        assertEquals("__", PyMangling.mangle("A", "__"));
        assertEquals("___", PyMangling.mangle("A", "___"));
        assertEquals("_x", PyMangling.mangle("A", "_x"));
        assertEquals("__p.q", PyMangling.mangle("A", "__p.q"));
        // mangling twice changes nothing: the translator relies on it
        assertEquals("_A__x", PyMangling.mangle("A", PyMangling.mangle("A", "__x")));
    }

    @Test
    void treeKeepsFunctionNamesAndKeywordArgumentsAsWritten() {
        PyAst.Module module = PyMangling.mangle(PyParser.parseModule("""
                        __a = 1
                        class __C:
                            def __m(self, __p, *, __k): return f(__k=self.__v, y=__w)
                            class D(__B):
                                __z = '__s'
                        """, "t.py"));
        String printed = PyAstPrinter.print(module);
        for (String expected : new String[]{"(Assign [(Name '__a')]", "(ClassDef '__C'", "(FunctionDef '__m'", "(Arg '_C__p' -)", "(Arg '_C__k' -)",
                        "(Keyword '__k' (Attribute (Name 'self') '_C__v'))", "(Keyword 'y' (Name '_C__w'))", "(ClassDef 'D' [(Name '_C__B')]",
                        "(Assign [(Name '_D__z')] (StrLit '__s'))"}) {
            assertTrue(printed.contains(expected), expected + " in " + printed);
        }
    }

    @Test
    void moduleWithoutClassesIsKept() {
        PyAst.Module module = PyParser.parseModule("def f(__a):\n    return __a\n", "t.py");
        assertSame(module, PyMangling.mangle(module));
    }
}
