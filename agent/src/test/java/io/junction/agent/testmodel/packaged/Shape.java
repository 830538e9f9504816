package io.junction.agent.testmodel.packaged;

public interface Shape {
    double area();
}
