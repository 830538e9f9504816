package io.junction.orm.attribute;

/** Test stand-in for core's per-object state. */
public class InstanceState {
}
