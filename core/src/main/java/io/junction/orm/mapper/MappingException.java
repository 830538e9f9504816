package io.junction.orm.mapper;

/** A mapping that cannot work; the message names the class, the attribute and the fix. */
public class MappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
