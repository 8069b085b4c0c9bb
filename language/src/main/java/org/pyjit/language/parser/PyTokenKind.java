package org.pyjit.language.parser;

/** The kinds of tokens; keywords are NAME tokens (the parser knows which names are reserved). */
public enum PyTokenKind {
    NAME,
    NUMBER,
    STRING,
    /** An operator or delimiter; also a lone character no rule accepts (so the parser reports it). */
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    ENDMARKER
}
