module org.pyjit.language {
    requires java.base;
    requires java.logging;
    requires java.management;
    requires jdk.unsupported;
    requires org.graalvm.polyglot;
    requires org.graalvm.truffle;
    requires org.pyjit.stencils;
    exports org.pyjit.language;
    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.pyjit.language.PyLanguageProvider;
}
