package org.pyjit.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

final class PyTestUtil {
    private PyTestUtil() {
    }

    /** Asserts that the action raises a Python exception printing as {@code Type: message}. */
    static void assertRaises(String expected, Runnable action) {
        try {
            action.run();
        } catch (PyException e) {
            // BaseException.__str__ itself: str() of a value needs an entered context (the recursion count)
            PyBaseExceptionObject exc = (PyBaseExceptionObject) e.getPyException();
            assertEquals(expected, PyOps.typeName(exc) + ": " + PyRepr.exceptionStr(exc));
            return;
        }
        fail("expected " + expected);
    }
}
