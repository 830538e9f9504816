package io.junction.it.declarative.support;

/** The two ways of mapping the seed's patterns: {@code registry.map(...)} calls, or annotations on a declarative base. */
public enum Style {
    CLASSICAL, DECLARATIVE
}
