package io.junction.it.model;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Address {
    public Integer id;
    public Integer userId;
    public String email;
    public User user;

    public Address() {
    }

    public Address(String email) {
        this.email = email;
    }

    @Override
    public String toString() {
        return "Address(" + id + ", " + email + ")";
    }
}
