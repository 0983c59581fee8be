package org.htaworkbench.guidelines;

/** A column of the comparison: a guideline or HTA body. */
public record Body(String key, String name) {
}
