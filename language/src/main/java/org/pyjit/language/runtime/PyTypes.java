package org.pyjit.language.runtime;

import org.pyjit.language.builtins.PyTypeSetup;

/** The builtin types. Their methods are installed by {@link PyTypeSetup} once all of them exist. */
public final class PyTypes {
    private static boolean initializing = true;

    public static final PyClass OBJECT = PyClass.builtin("object");
    public static final PyClass TYPE = PyClass.builtin("type", OBJECT);
    public static final PyClass INT = PyClass.builtin("int", OBJECT);
    public static final PyClass BOOL = PyClass.builtin("bool", INT);
    public static final PyClass FLOAT = PyClass.builtin("float", OBJECT);
    public static final PyClass STR = PyClass.builtin("str", OBJECT);
    public static final PyClass NONE_TYPE = PyClass.builtin("NoneType", OBJECT);
    public static final PyClass NOT_IMPLEMENTED_TYPE = PyClass.builtin("NotImplementedType", OBJECT);
    public static final PyClass ELLIPSIS_TYPE = PyClass.builtin("ellipsis", OBJECT);
    public static final PyClass LIST = PyClass.builtin("list", OBJECT);
    public static final PyClass TUPLE = PyClass.builtin("tuple", OBJECT);
    public static final PyClass DICT = PyClass.builtin("dict", OBJECT);
    public static final PyClass SET = PyClass.builtin("set", OBJECT);
    public static final PyClass FROZENSET = PyClass.builtin("frozenset", OBJECT);
    public static final PyClass RANGE = PyClass.builtin("range", OBJECT);
    public static final PyClass SLICE = PyClass.builtin("slice", OBJECT);
    public static final PyClass FUNCTION = PyClass.builtin("function", OBJECT);
    public static final PyClass BUILTIN_FUNCTION = PyClass.builtin("builtin_function_or_method", OBJECT);
    public static final PyClass METHOD_DESCRIPTOR = PyClass.builtin("method_descriptor", OBJECT);
    public static final PyClass GETSET_DESCRIPTOR = PyClass.builtin("getset_descriptor", OBJECT);
    public static final PyClass METHOD = PyClass.builtin("method", OBJECT);
    public static final PyClass GENERATOR = PyClass.builtin("generator", OBJECT);
    public static final PyClass MODULE = PyClass.builtin("module", OBJECT);
    public static final PyClass CELL = PyClass.builtin("cell", OBJECT);
    public static final PyClass CODE = PyClass.builtin("code", OBJECT);
    public static final PyClass TRACEBACK = PyClass.builtin("traceback", OBJECT);
    public static final PyClass PROPERTY = PyClass.builtin("property", OBJECT);
    public static final PyClass STATICMETHOD = PyClass.builtin("staticmethod", OBJECT);
    public static final PyClass CLASSMETHOD = PyClass.builtin("classmethod", OBJECT);
    public static final PyClass SUPER = PyClass.builtin("super", OBJECT);
    public static final PyClass DICT_KEYS = PyClass.builtin("dict_keys", OBJECT);
    public static final PyClass DICT_VALUES = PyClass.builtin("dict_values", OBJECT);
    public static final PyClass DICT_ITEMS = PyClass.builtin("dict_items", OBJECT);
    public static final PyClass ENUMERATE = PyClass.builtin("enumerate", OBJECT);
    public static final PyClass ZIP = PyClass.builtin("zip", OBJECT);
    public static final PyClass MAP = PyClass.builtin("map", OBJECT);
    public static final PyClass FILTER = PyClass.builtin("filter", OBJECT);
    public static final PyClass REVERSED = PyClass.builtin("reversed", OBJECT);
    public static final PyClass LIST_ITERATOR = PyClass.builtin("list_iterator", OBJECT);
    public static final PyClass LIST_REVERSE_ITERATOR = PyClass.builtin("list_reverseiterator", OBJECT);
    public static final PyClass TUPLE_ITERATOR = PyClass.builtin("tuple_iterator", OBJECT);
    public static final PyClass STR_ITERATOR = PyClass.builtin("str_ascii_iterator", OBJECT);
    public static final PyClass RANGE_ITERATOR = PyClass.builtin("range_iterator", OBJECT);
    public static final PyClass LONG_RANGE_ITERATOR = PyClass.builtin("longrange_iterator", OBJECT);
    public static final PyClass SET_ITERATOR = PyClass.builtin("set_iterator", OBJECT);
    public static final PyClass DICT_KEY_ITERATOR = PyClass.builtin("dict_keyiterator", OBJECT);
    public static final PyClass DICT_VALUE_ITERATOR = PyClass.builtin("dict_valueiterator", OBJECT);
    public static final PyClass DICT_ITEM_ITERATOR = PyClass.builtin("dict_itemiterator", OBJECT);
    public static final PyClass DICT_REVERSE_KEY_ITERATOR = PyClass.builtin("dict_reversekeyiterator", OBJECT);
    public static final PyClass DICT_REVERSE_VALUE_ITERATOR = PyClass.builtin("dict_reversevalueiterator", OBJECT);
    public static final PyClass DICT_REVERSE_ITEM_ITERATOR = PyClass.builtin("dict_reverseitemiterator", OBJECT);
    public static final PyClass SEQ_ITERATOR = PyClass.builtin("iterator", OBJECT);
    public static final PyClass CALLABLE_ITERATOR = PyClass.builtin("callable_iterator", OBJECT);
    public static final PyClass SYS_STREAM = PyClass.builtin("TextIOWrapper", OBJECT);
    public static final PyClass VERSION_INFO = PyClass.builtin("version_info", TUPLE);
    public static final PyClass FLOAT_INFO = PyClass.builtin("float_info", TUPLE);
    public static final PyClass STRUCT_TIME = PyClass.builtin("struct_time", TUPLE);

    public static final PyClass BASE_EXCEPTION = PyClass.builtin("BaseException", OBJECT);
    public static final PyClass SYSTEM_EXIT = PyClass.builtin("SystemExit", BASE_EXCEPTION);
    public static final PyClass KEYBOARD_INTERRUPT = PyClass.builtin("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyClass GENERATOR_EXIT = PyClass.builtin("GeneratorExit", BASE_EXCEPTION);
    public static final PyClass EXCEPTION = PyClass.builtin("Exception", BASE_EXCEPTION);
    public static final PyClass STOP_ITERATION = PyClass.builtin("StopIteration", EXCEPTION);
    public static final PyClass STOP_ASYNC_ITERATION = PyClass.builtin("StopAsyncIteration", EXCEPTION);
    public static final PyClass ARITHMETIC_ERROR = PyClass.builtin("ArithmeticError", EXCEPTION);
    public static final PyClass FLOATING_POINT_ERROR = PyClass.builtin("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyClass OVERFLOW_ERROR = PyClass.builtin("OverflowError", ARITHMETIC_ERROR);
    public static final PyClass ZERO_DIVISION_ERROR = PyClass.builtin("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyClass ASSERTION_ERROR = PyClass.builtin("AssertionError", EXCEPTION);
    public static final PyClass ATTRIBUTE_ERROR = PyClass.builtin("AttributeError", EXCEPTION);
    public static final PyClass BUFFER_ERROR = PyClass.builtin("BufferError", EXCEPTION);
    public static final PyClass EOF_ERROR = PyClass.builtin("EOFError", EXCEPTION);
    public static final PyClass IMPORT_ERROR = PyClass.builtin("ImportError", EXCEPTION);
    public static final PyClass MODULE_NOT_FOUND_ERROR = PyClass.builtin("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyClass LOOKUP_ERROR = PyClass.builtin("LookupError", EXCEPTION);
    public static final PyClass INDEX_ERROR = PyClass.builtin("IndexError", LOOKUP_ERROR);
    public static final PyClass KEY_ERROR = PyClass.builtin("KeyError", LOOKUP_ERROR);
    public static final PyClass MEMORY_ERROR = PyClass.builtin("MemoryError", EXCEPTION);
    public static final PyClass NAME_ERROR = PyClass.builtin("NameError", EXCEPTION);
    public static final PyClass UNBOUND_LOCAL_ERROR = PyClass.builtin("UnboundLocalError", NAME_ERROR);
    public static final PyClass OS_ERROR = PyClass.builtin("OSError", EXCEPTION);
    public static final PyClass BLOCKING_IO_ERROR = PyClass.builtin("BlockingIOError", OS_ERROR);
    public static final PyClass CHILD_PROCESS_ERROR = PyClass.builtin("ChildProcessError", OS_ERROR);
    public static final PyClass CONNECTION_ERROR = PyClass.builtin("ConnectionError", OS_ERROR);
    public static final PyClass BROKEN_PIPE_ERROR = PyClass.builtin("BrokenPipeError", CONNECTION_ERROR);
    public static final PyClass CONNECTION_ABORTED_ERROR = PyClass.builtin("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyClass CONNECTION_REFUSED_ERROR = PyClass.builtin("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyClass CONNECTION_RESET_ERROR = PyClass.builtin("ConnectionResetError", CONNECTION_ERROR);
    public static final PyClass FILE_EXISTS_ERROR = PyClass.builtin("FileExistsError", OS_ERROR);
    public static final PyClass FILE_NOT_FOUND_ERROR = PyClass.builtin("FileNotFoundError", OS_ERROR);
    public static final PyClass INTERRUPTED_ERROR = PyClass.builtin("InterruptedError", OS_ERROR);
    public static final PyClass IS_A_DIRECTORY_ERROR = PyClass.builtin("IsADirectoryError", OS_ERROR);
    public static final PyClass NOT_A_DIRECTORY_ERROR = PyClass.builtin("NotADirectoryError", OS_ERROR);
    public static final PyClass PERMISSION_ERROR = PyClass.builtin("PermissionError", OS_ERROR);
    public static final PyClass PROCESS_LOOKUP_ERROR = PyClass.builtin("ProcessLookupError", OS_ERROR);
    public static final PyClass TIMEOUT_ERROR = PyClass.builtin("TimeoutError", OS_ERROR);
    public static final PyClass REFERENCE_ERROR = PyClass.builtin("ReferenceError", EXCEPTION);
    public static final PyClass RUNTIME_ERROR = PyClass.builtin("RuntimeError", EXCEPTION);
    public static final PyClass NOT_IMPLEMENTED_ERROR = PyClass.builtin("NotImplementedError", RUNTIME_ERROR);
    public static final PyClass RECURSION_ERROR = PyClass.builtin("RecursionError", RUNTIME_ERROR);
    public static final PyClass SYNTAX_ERROR = PyClass.builtin("SyntaxError", EXCEPTION);
    public static final PyClass INDENTATION_ERROR = PyClass.builtin("IndentationError", SYNTAX_ERROR);
    public static final PyClass TAB_ERROR = PyClass.builtin("TabError", INDENTATION_ERROR);
    public static final PyClass SYSTEM_ERROR = PyClass.builtin("SystemError", EXCEPTION);
    public static final PyClass TYPE_ERROR = PyClass.builtin("TypeError", EXCEPTION);
    public static final PyClass VALUE_ERROR = PyClass.builtin("ValueError", EXCEPTION);
    public static final PyClass UNICODE_ERROR = PyClass.builtin("UnicodeError", VALUE_ERROR);
    public static final PyClass UNICODE_DECODE_ERROR = PyClass.builtin("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyClass UNICODE_ENCODE_ERROR = PyClass.builtin("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyClass UNICODE_TRANSLATE_ERROR = PyClass.builtin("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyClass WARNING = PyClass.builtin("Warning", EXCEPTION);
    public static final PyClass USER_WARNING = PyClass.builtin("UserWarning", WARNING);
    public static final PyClass DEPRECATION_WARNING = PyClass.builtin("DeprecationWarning", WARNING);
    public static final PyClass PENDING_DEPRECATION_WARNING = PyClass.builtin("PendingDeprecationWarning", WARNING);
    public static final PyClass SYNTAX_WARNING = PyClass.builtin("SyntaxWarning", WARNING);
    public static final PyClass RUNTIME_WARNING = PyClass.builtin("RuntimeWarning", WARNING);
    public static final PyClass FUTURE_WARNING = PyClass.builtin("FutureWarning", WARNING);
    public static final PyClass IMPORT_WARNING = PyClass.builtin("ImportWarning", WARNING);
    public static final PyClass UNICODE_WARNING = PyClass.builtin("UnicodeWarning", WARNING);
    public static final PyClass BYTES_WARNING = PyClass.builtin("BytesWarning", WARNING);
    public static final PyClass RESOURCE_WARNING = PyClass.builtin("ResourceWarning", WARNING);
    public static final PyClass ENCODING_WARNING = PyClass.builtin("EncodingWarning", WARNING);

    /** Every exception class, for the builtins namespace. */
    public static final PyClass[] EXCEPTION_CLASSES = {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION,
                    STOP_ITERATION, STOP_ASYNC_ITERATION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR,
                    ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR,
                    INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR, BLOCKING_IO_ERROR,
                    CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR,
                    CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR, FILE_NOT_FOUND_ERROR, INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR,
                    NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR, PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR,
                    NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR,
                    VALUE_ERROR, UNICODE_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR, WARNING,
                    USER_WARNING, DEPRECATION_WARNING, PENDING_DEPRECATION_WARNING, SYNTAX_WARNING, RUNTIME_WARNING, FUTURE_WARNING,
                    IMPORT_WARNING, UNICODE_WARNING, BYTES_WARNING, RESOURCE_WARNING, ENCODING_WARNING};

    static {
        PyClass[] notSubclassable = {BOOL, NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, RANGE, SLICE, FUNCTION, BUILTIN_FUNCTION,
                        METHOD_DESCRIPTOR, GETSET_DESCRIPTOR, METHOD, GENERATOR, CELL, CODE, TRACEBACK, DICT_KEYS, DICT_VALUES,
                        DICT_ITEMS, LIST_ITERATOR, LIST_REVERSE_ITERATOR, TUPLE_ITERATOR, STR_ITERATOR, RANGE_ITERATOR,
                        LONG_RANGE_ITERATOR, SET_ITERATOR, DICT_KEY_ITERATOR, DICT_VALUE_ITERATOR, DICT_ITEM_ITERATOR, SEQ_ITERATOR,
                        CALLABLE_ITERATOR};
        for (PyClass c : notSubclassable) {
            c.setSubclassable(false);
        }
        PyTypeSetup.install();
        initializing = false;
    }

    private PyTypes() {
    }

    /** True while the builtin types are being filled (the only time their dicts may change). */
    public static boolean isInitializing() {
        return initializing;
    }
}
