package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the scalar proxy models (ScalarTest, LazyLoadTest's scalars, ScalarRemoveTest). */
public abstract class ScalarBase extends DeclarativeBase {
}
