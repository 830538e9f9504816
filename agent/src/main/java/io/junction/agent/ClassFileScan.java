package io.junction.agent;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the agent learns from a class file without parsing it: its name, its superclass, whether
 * its constant pool mentions {@code @Mapped}'s descriptor, the owners of the fields it refers
 * to, and whether it declares the marker field of an enhanced class. One pass over the constant
 * pool and the field names; no method, attribute or code is read.
 *
 * @param name        internal name of the class
 * @param superName   internal name of its superclass, or null for {@code java/lang/Object} and modules
 * @param mentionsMapped whether the descriptor of {@code @Mapped} is among its constants
 * @param fieldOwners internal names of the classes of its field references
 * @param enhanced    whether it declares {@code $$junction_enhanced}: enhanced already, at build
 *                    time or by an earlier load
 */
record ClassFileScan(String name, String superName, boolean mentionsMapped, Set<String> fieldOwners,
        boolean enhanced) {

    /** A scan of a class that is not enhanced. */
    ClassFileScan(String name, String superName, boolean mentionsMapped, Set<String> fieldOwners) {
        this(name, superName, mentionsMapped, fieldOwners, false);
    }

    private static final byte[] MAPPED_DESCRIPTOR =
            ("L" + BridgeContract.MAPPED.replace('.', '/') + ";").getBytes(StandardCharsets.UTF_8);

    private static final byte[] MARKER = BridgeContract.MARKER.getBytes(StandardCharsets.UTF_8);

    private static final int UTF8 = 1;
    private static final int INTEGER = 3;
    private static final int FLOAT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int CLASS = 7;
    private static final int STRING = 8;
    private static final int FIELD_REF = 9;
    private static final int METHOD_REF = 10;
    private static final int INTERFACE_METHOD_REF = 11;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHOD_HANDLE = 15;
    private static final int METHOD_TYPE = 16;
    private static final int DYNAMIC = 17;
    private static final int INVOKE_DYNAMIC = 18;
    private static final int MODULE = 19;
    private static final int PACKAGE = 20;

    /**
     * Scans a class file.
     *
     * @throws IllegalArgumentException if the bytes are not a class file this scan understands
     */
    static ClassFileScan of(byte[] classFile) {
        try {
            return read(classFile);
        } catch (IndexOutOfBoundsException truncated) {
            throw new IllegalArgumentException("not a class file", truncated);
        }
    }

    private static ClassFileScan read(byte[] bytes) {
        if (u4(bytes, 0) != 0xCAFEBABE) {
            throw new IllegalArgumentException("not a class file");
        }
        int count = u2(bytes, 8);
        int[] offsets = new int[count];
        int[] fieldRefClasses = new int[count];
        int fieldRefs = 0;
        boolean mentionsMapped = false;
        int position = 10;
        for (int index = 1; index < count; index++) {
            int tag = bytes[position] & 0xFF;
            offsets[index] = position;
            switch (tag) {
                case UTF8 -> {
                    int length = u2(bytes, position + 1);
                    mentionsMapped |= equalsAt(bytes, position + 3, length, MAPPED_DESCRIPTOR);
                    position += 3 + length;
                }
                case LONG, DOUBLE -> {
                    position += 9;
                    index++;
                }
                case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> position += 3;
                case FIELD_REF -> {
                    fieldRefClasses[fieldRefs++] = u2(bytes, position + 1);
                    position += 5;
                }
                case INTEGER, FLOAT, METHOD_REF, INTERFACE_METHOD_REF, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC ->
                        position += 5;
                case METHOD_HANDLE -> position += 4;
                default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
            }
        }
        String name = className(bytes, offsets, u2(bytes, position + 2));
        int superIndex = u2(bytes, position + 4);
        String superName = superIndex == 0 ? null : className(bytes, offsets, superIndex);
        Set<String> owners = new LinkedHashSet<>();
        for (int i = 0; i < fieldRefs; i++) {
            owners.add(className(bytes, offsets, fieldRefClasses[i]));
        }
        return new ClassFileScan(name, superName, mentionsMapped, owners, declaresMarker(bytes, offsets, position));
    }

    /** Whether a field named {@code $$junction_enhanced} is declared; {@code position} is the access flags. */
    private static boolean declaresMarker(byte[] bytes, int[] offsets, int position) {
        int fieldsAt = position + 8 + 2 * u2(bytes, position + 6);
        int fields = u2(bytes, fieldsAt);
        int field = fieldsAt + 2;
        for (int i = 0; i < fields; i++) {
            int utf8 = offsets[u2(bytes, field + 2)];
            if (equalsAt(bytes, utf8 + 3, u2(bytes, utf8 + 1), MARKER)) {
                return true;
            }
            int attributes = u2(bytes, field + 6);
            field += 8;
            for (int a = 0; a < attributes; a++) {
                field += 6 + u4(bytes, field + 2);
            }
        }
        return false;
    }

    private static String className(byte[] bytes, int[] offsets, int classIndex) {
        int utf8 = offsets[u2(bytes, offsets[classIndex] + 1)];
        return new String(bytes, utf8 + 3, u2(bytes, utf8 + 1), StandardCharsets.UTF_8);
    }

    private static boolean equalsAt(byte[] bytes, int start, int length, byte[] expected) {
        if (length != expected.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[start + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u2(byte[] bytes, int position) {
        return (bytes[position] & 0xFF) << 8 | bytes[position + 1] & 0xFF;
    }

    private static int u4(byte[] bytes, int position) {
        return u2(bytes, position) << 16 | u2(bytes, position + 2);
    }
}
