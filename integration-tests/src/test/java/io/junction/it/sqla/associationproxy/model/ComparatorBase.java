package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the ComparatorTest model (users, keywords, userkeywords), apart from {@link Base}. */
public abstract class ComparatorBase extends DeclarativeBase {
}
