package org.htaworkbench.stats;

/** metafor's {@code fit.stats} column (ML or REML): log-likelihood, deviance, AIC, BIC, AICc. */
public record FitStatistics(double logLik, double deviance, double aic, double bic, double aicc) {
}
