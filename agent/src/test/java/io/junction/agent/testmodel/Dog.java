package io.junction.agent.testmodel;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Dog extends Animal {

    public String breed;

    public Dog(String name, String breed) {
        this.name = name;
        this.breed = breed;
    }
}
