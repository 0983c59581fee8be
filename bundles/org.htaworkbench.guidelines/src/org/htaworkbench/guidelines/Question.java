package org.htaworkbench.guidelines;

/** A question positions attach to: e.g. "STEMI with severe or refractory cardiogenic shock — microaxial flow pump". */
public record Question(String id, String title, Scope scope) {

    /** The question that collects positions the question data do not assign. */
    public static final String UNASSIGNED_ID = "unassigned";
}
