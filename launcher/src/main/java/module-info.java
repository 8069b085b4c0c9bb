module org.pyjit.launcher {
    requires org.graalvm.polyglot;
}
