module org.pyjit.language {
    requires java.base;
    requires java.logging;
    requires org.graalvm.polyglot;
    requires org.graalvm.truffle;
    exports org.pyjit.language;
    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.pyjit.language.PyLanguageProvider;
}
