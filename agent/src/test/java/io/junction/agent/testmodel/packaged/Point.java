package io.junction.agent.testmodel.packaged;

public record Point(int x, int y) {
}
