package io.junction.agent.testmodel.declarative;

public class SubNode extends Node {

    public String extra;

    public SubNode(String data, String extra) {
        super(data);
        this.extra = extra;
    }
}
