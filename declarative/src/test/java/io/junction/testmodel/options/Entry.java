package io.junction.testmodel.options;

import io.junction.declarative.Action;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

@Table("entries")
public class Entry extends Shared {
    @ForeignKey(value = "customer_account.id", onDelete = Action.CASCADE) public Long accountId;
    @Column public Integer amount;
    @Relationship(backPopulates = "entries") public CustomerAccount account;
}
