package io.junction.declarative.unenhanced;

import io.junction.declarative.DeclarativeBase;

/** A base in a package the agent never enhances (io.junction.declarative.*), to see the refusal. */
public abstract class Base extends DeclarativeBase {
}
