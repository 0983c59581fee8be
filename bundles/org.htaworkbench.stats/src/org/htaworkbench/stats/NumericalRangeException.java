package org.htaworkbench.stats;

/**
 * The data are valid but a statistic of the model does not fit in double precision (e.g. Q overflows for effect
 * sizes of 1e200, or the weights for sampling variances of 1e-320). No number is returned in that case: the
 * message names the quantity and says how to rescale the data.
 */
public final class NumericalRangeException extends StatsException {
    private static final long serialVersionUID = 1L;
    private final String quantity;

    public NumericalRangeException(String quantity, String message) {
        super(message);
        this.quantity = quantity;
    }

    /** The statistic that left the range of double precision, e.g. "Q" or "tau2". */
    public String quantity() {
        return quantity;
    }
}
