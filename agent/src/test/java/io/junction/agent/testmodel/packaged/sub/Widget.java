package io.junction.agent.testmodel.packaged.sub;

public class Widget {

    public String color = "red";
}
