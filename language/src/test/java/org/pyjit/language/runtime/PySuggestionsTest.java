package org.pyjit.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The "Did you mean" choice; expected answers were produced by CPython 3.11. */
public class PySuggestionsTest {
    private static final List<String> NAMES = List.of("counter", "Counter", "x", "abc", "value", "print", "len", "sorted", "range");

    @Test
    public void distanceCosts() {
        assertEquals(0, PySuggestions.distance("abc", "abc", 10));
        assertEquals(1, PySuggestions.distance("abc", "Abc", 10));
        assertEquals(2, PySuggestions.distance("abc", "abd", 10));
        assertEquals(2, PySuggestions.distance("abc", "ab", 10));
        assertEquals(4, PySuggestions.distance("valeu", "value", 10));
    }

    @Test
    public void suggestions() {
        assertEquals("value", PySuggestions.suggest(NAMES, "valeu"));
        assertEquals("counter", PySuggestions.suggest(NAMES, "countr"));
        assertEquals("abc", PySuggestions.suggest(NAMES, "Abc"));
        assertEquals("x", PySuggestions.suggest(NAMES, "xx"));
        assertEquals("print", PySuggestions.suggest(NAMES, "Print"));
        assertEquals("counter", PySuggestions.suggest(NAMES, "counterrrr"));
        assertNull(PySuggestions.suggest(NAMES, "y"));
        assertNull(PySuggestions.suggest(NAMES, "COUNTER"));
        assertNull(PySuggestions.suggest(NAMES, "value"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 750; i++) {
            many.add("value" + i);
        }
        assertNull(PySuggestions.suggest(many, "value1x"));
    }
}
