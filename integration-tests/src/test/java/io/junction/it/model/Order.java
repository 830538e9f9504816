package io.junction.it.model;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Order {
    public Integer id;
    public Integer userId;
    public String description;
    public User user;

    @Override
    public String toString() {
        return "Order(" + id + ", " + description + ")";
    }
}
