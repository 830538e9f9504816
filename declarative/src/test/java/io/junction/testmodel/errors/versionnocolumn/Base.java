package io.junction.testmodel.errors.versionnocolumn;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
