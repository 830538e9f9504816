package io.junction.testmodel.adjacency;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
