package io.junction.it.collections.map;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the Map collection models. */
public abstract class Base extends DeclarativeBase {
}
