package io.junction.testmodel.options;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
