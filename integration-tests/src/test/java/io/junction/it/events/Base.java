package io.junction.it.events;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the events suite: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
