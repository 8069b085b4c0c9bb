package org.pyjit.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * The forms a list keeps its items in when tier 1 appends to a list a region pinned: the heap form
 * tier 1 gives such items (compiled readers learn one form per site, see PyItemReadNode).
 */
public class PyListFormsTest {
    @Test
    public void appendToPinnedFloatsKeepsThemUnboxed() {
        PyList list = PyList.of(new Object[]{1.5, 2.5});
        assertEquals(PyList.FLOATS, list.form());
        assertNotEquals(0L, list.pin(PyUnboxed.FLOAT));
        assertEquals(PyList.PINNED_FLOATS, list.form());
        list.append(3.5);
        assertEquals(PyList.FLOATS, list.form());
        assertEquals(3, list.size());
        assertEquals(1.5, list.get(0));
        assertEquals(2.5, list.get(1));
        assertEquals(3.5, list.get(2));
    }

    @Test
    public void appendToPinnedBoolsKeepsThemUnboxed() {
        PyList list = PyList.repeated(new Object[]{true}, 1, 3);
        assertNotEquals(0L, list.pin(PyUnboxed.BOOL));
        list.append(false);
        assertEquals(PyList.BOOLS, list.form());
        assertEquals(true, list.get(2));
        assertEquals(false, list.get(3));
    }

    @Test
    public void appendToPinnedIntsGivesObjects() {
        PyList list = new PyList(new Object[]{1L, 2L});
        assertNotEquals(0L, list.pin(PyUnboxed.INT));
        list.append(3L);
        assertEquals(PyList.OBJECTS, list.form());
        assertEquals(2L, list.get(1));
        assertEquals(3L, list.get(2));
    }

    @Test
    public void otherValuesThanThePinnedKindGiveObjects() {
        PyList list = PyList.of(new Object[]{1.5, 2.5});
        list.pin(PyUnboxed.FLOAT);
        list.append(7L);
        assertEquals(PyList.OBJECTS, list.form());
        assertEquals(2.5, list.get(1));
        assertEquals(7L, list.get(2));
    }

    @Test
    public void aNaNNativeCodeStoredStaysOneObject() {
        PyList list = PyList.of(new Object[]{1.5, 2.5});
        list.pin(PyUnboxed.FLOAT);
        list.setPinnedBits(0, Double.doubleToRawLongBits(Double.NaN));
        list.append(3.5);
        assertEquals(PyList.OBJECTS, list.form());
        Object nan = list.get(0);
        assertSame(nan, list.get(0));
        assertEquals(3.5, list.get(2));
    }
}
