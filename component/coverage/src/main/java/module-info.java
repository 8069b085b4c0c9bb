module org.pyjit.coverage {
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;
    provides com.oracle.truffle.api.instrumentation.provider.TruffleInstrumentProvider with org.pyjit.coverage.CoverageInstrumentProvider;
}
