package io.junction.it.recovery;

import io.junction.orm.mapper.Mapped;

/** An owner's balance, mapped by {@link PooledServerRestartTest}. */
@Mapped
public class Wallet {
    public Integer id;
    public String owner;
    public Integer balance;

    public Wallet() {
    }

    public Wallet(String owner, int balance) {
        this.owner = owner;
        this.balance = balance;
    }
}
