/** The pyjit stencils: native code templates for the copy-and-patch tier, and their file format. */
module org.pyjit.stencils {
    requires java.base;
    exports org.pyjit.stencils;
}
