package io.junction.it.declarative.onetoone;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of this pattern: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
