package io.junction.agent.testmodel.scope;

/** Not mapped, but writes a mapped field of {@link Account}: its write must go through Bridge. */
public final class Teller {

    private Teller() {
    }

    public static void deposit(Account account, long amount) {
        account.balance = account.balance + amount;
    }
}
