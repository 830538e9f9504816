package io.junction.it.types;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the column-types model: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
