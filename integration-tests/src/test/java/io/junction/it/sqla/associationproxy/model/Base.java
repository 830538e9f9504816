package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the list and set proxy models: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
