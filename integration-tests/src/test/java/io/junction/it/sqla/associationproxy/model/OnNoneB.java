package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.function.Function;

/** SQLAlchemy's test_create_on_set_none B: {@code B(data=None)}. */
@Table("on_none_b")
public class OnNoneB extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String data;

    public OnNoneB() {
    }

    public OnNoneB(String data) {
        this.data = data;
    }

    /** {@code creator=lambda data: B(data=data)}. */
    public static final class Make implements Function<String, OnNoneB> {
        @Override
        public OnNoneB apply(String data) {
            return new OnNoneB(data);
        }
    }
}
