package io.junction.declarative;

import io.junction.sql.schema.ReferentialAction;

/** A foreign key's ON UPDATE / ON DELETE action in {@link ForeignKey}; {@link #NONE} writes no clause. */
public enum Action {
    NONE(null), CASCADE(ReferentialAction.CASCADE), SET_NULL(ReferentialAction.SET_NULL),
    SET_DEFAULT(ReferentialAction.SET_DEFAULT), RESTRICT(ReferentialAction.RESTRICT), NO_ACTION(ReferentialAction.NO_ACTION);

    private final ReferentialAction action;

    Action(ReferentialAction action) {
        this.action = action;
    }

    ReferentialAction referentialAction() {
        return action;
    }
}
