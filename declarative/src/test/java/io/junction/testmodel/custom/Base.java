package io.junction.testmodel.custom;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
