package io.junction.it.patterns.onetoone;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the two one-to-ones: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
