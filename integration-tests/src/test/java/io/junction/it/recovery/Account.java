package io.junction.it.recovery;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Account {
    public Integer id;
    public String owner;
    public Integer balance;

    public Account() {
    }

    public Account(String owner, int balance) {
        this.owner = owner;
        this.balance = balance;
    }

    @Override
    public String toString() {
        return "Account(" + id + ", " + owner + ", " + balance + ")";
    }
}
