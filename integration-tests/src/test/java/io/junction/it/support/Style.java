package io.junction.it.support;

/** The two ways of mapping a pattern: {@code registry.map(...)} calls, or annotations on a declarative base. */
public enum Style {
    CLASSICAL, DECLARATIVE
}
