package io.junction.testmodel.manytomany;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
