package io.junction.declarative;

import io.junction.orm.mapper.MappingException;

/** A declarative mapping that cannot work; the message names the class, the field and the fix. */
public class DeclarativeException extends MappingException {
    private static final long serialVersionUID = 1L;

    public DeclarativeException(String message) {
        super(message);
    }

    public DeclarativeException(String message, Throwable cause) {
        super(message, cause);
    }
}
