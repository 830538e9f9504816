package io.junction.it.model;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

@Mapped
public class User {
    public Integer id;
    public String name;
    public List<Address> addresses = new ArrayList<>();
    public List<Order> orders = new ArrayList<>();
    public List<Keyword> keywords = new ArrayList<>();

    public User() {
    }

    public User(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "User(" + id + ", " + name + ")";
    }
}
