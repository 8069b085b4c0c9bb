module org.pyjit.launcher {
    requires org.graalvm.polyglot;
    requires org.graalvm.launcher;
    requires org.graalvm.shadowed.jline;
}
