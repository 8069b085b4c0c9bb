package org.pyjit.language;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;

@TruffleLanguage.Registration(id = PyLanguage.ID, name = "pyjit", defaultMimeType = PyLanguage.MIME_TYPE,
                characterMimeTypes = PyLanguage.MIME_TYPE, fileTypeDetectors = PyFileDetector.class,
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED, website = "https://github.com/pyjit/pyjit")
public final class PyLanguage extends TruffleLanguage<PyContext> {
    public static final String ID = "pyjit";
    public static final String MIME_TYPE = "text/x-python";

    @Override
    protected PyContext createContext(Env env) {
        return new PyContext(this, env);
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        throw new UnsupportedOperationException("not yet");
    }
}
