package org.pyjit.language.jit;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A raw address as an interop pointer: what an NFI signature binds to when it binds to generated code. */
@ExportLibrary(InteropLibrary.class)
final class NativePointer implements TruffleObject {
    final long address;

    NativePointer(long address) {
        this.address = address;
    }

    @ExportMessage
    boolean isPointer() {
        return true;
    }

    @ExportMessage
    long asPointer() {
        return address;
    }
}
