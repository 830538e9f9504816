package io.junction.it.errors.catalogue;

import io.junction.orm.loading.AppenderQuery;
import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The classes that the classical misconfiguration catalogue maps, each with a field for every mistake it makes. */
final class Models {
    private Models() {
    }

    @Mapped
    static class Owner {
        Integer id;
        String name;
        List<Pet> pets = new ArrayList<>();
        List<Toy> toys = new ArrayList<>();
        Pet favourite;
        Owner owner;
        ArrayList<Pet> petList;
        List<Owner> owners;
        AppenderQuery<Pet> petQuery = new AppenderQuery<>();
        Set<Pet> petSet;
    }

    @Mapped
    static class Pet {
        Integer id;
        Integer ownerId;
        Integer vetId;
        String name;
        Owner owner;
        List<Owner> owners = new ArrayList<>();
        List<Toy> toys = new ArrayList<>();
        Toy toy;
    }

    @Mapped
    static class Toy {
        Integer id;
        Integer petId;
        String name;
        Pet pet;
        List<Pet> pets;
    }

    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        String data;
        Node parent;
        List<Node> children = new ArrayList<>();
        List<Node> friends = new ArrayList<>();
    }

    @Mapped
    static class Counter {
        int id;
        String name;
    }

    /** Not marked, not in a package named to the agent, not a declarative class: never enhanced. */
    static class Unenhanced {
        Integer id;
    }
}
