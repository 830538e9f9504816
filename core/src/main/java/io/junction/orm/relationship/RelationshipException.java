package io.junction.orm.relationship;

import io.junction.orm.mapper.MappingException;

/** A relationship whose join cannot be worked out; the message names it and the option that resolves it. */
public final class RelationshipException extends MappingException {
    private static final long serialVersionUID = 1L;

    public RelationshipException(String message) {
        super(message);
    }
}
