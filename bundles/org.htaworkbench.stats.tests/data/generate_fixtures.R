# Generates extra.json, the additional metafor fixtures of org.htaworkbench.stats.tests.
# Run from this directory:  Rscript generate_fixtures.R
# (R 4.2.2, metafor 3.8-1, Debian bookworm r-base-core + r-cran-metafor.) Not used at test time.
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })

num <- function(x) {           # full precision: numbers are written as %.17g strings, NA as null
  if (is.null(x)) return(NULL)
  x <- as.numeric(x)
  ifelse(is.na(x), NA_character_, sprintf("%.17g", x))
}
tight <- list(threshold = 1e-12, maxiter = 10000)

model <- function(res, transf = NULL, ni = NULL) {
  p <- predict(res)
  out <- list(method = res$method, test = res$test, k = res$k,
    estimate = num(res$beta), se = num(res$se), zval = num(res$zval), pval = num(res$pval),
    ci.lb = num(res$ci.lb), ci.ub = num(res$ci.ub), tau2 = num(res$tau2), se.tau2 = num(res$se.tau2),
    I2 = num(res$I2), H2 = num(res$H2), QE = num(res$QE), QEp = num(res$QEp),
    pi.lb = num(p$pi.lb), pi.ub = num(p$pi.ub), weights_pct = num(weights(res)))
  if (!is.null(transf)) {
    tp <- if (is.null(ni)) predict(res, transf = transf) else predict(res, transf = transf, targs = list(ni = ni))
    out$transf <- list(estimate = num(tp$pred), ci.lb = num(tp$ci.lb), ci.ub = num(tp$ci.ub),
                       pi.lb = num(tp$pi.lb), pi.ub = num(tp$pi.ub))
  }
  out
}
es_block <- function(es) list(yi = num(es$yi), vi = num(es$vi))
mh_block <- function(res) {
  out <- list(measure = res$measure, k = res$k, k.yi = res$k.yi, estimate = num(res$beta), se = num(res$se),
    zval = num(res$zval), pval = num(res$pval), ci.lb = num(res$ci.lb), ci.ub = num(res$ci.ub),
    QE = num(res$QE), QEp = num(res$QEp), I2 = num(res$I2), H2 = num(res$H2),
    weights_pct = num(weights(res)))
  if (!is.null(res$CMH)) { out$CMH <- num(res$CMH); out$CMHp <- num(res$CMHp) }
  if (!is.null(res$TA))  { out$TA <- num(res$TA);   out$TAp <- num(res$TAp) }
  out
}

out <- list(schema_version = 1, software = list(R = R.version.string, metafor = as.character(packageVersion("metafor"))),
  notes = "Numbers are %.17g strings (null = NA). REML fits use control=list(threshold=1e-12, maxiter=10000).")

## 1. proportions: dat.pritz1997 (has xi = ni) plus one synthetic study with xi = 0
pr <- dat.pritz1997[, c("authors", "xi", "ni")]
pr <- rbind(pr, data.frame(authors = "Synthetic (xi = 0)", xi = 0, ni = 14))
write.csv(pr, "proportions.csv", row.names = FALSE)
out$proportions <- list(csv = "proportions.csv", source = "metadat dat.pritz1997 + 1 synthetic study with xi = 0")
for (m in c("PR", "PLO", "PAS", "PFT")) {
  es <- escalc(measure = m, xi = xi, ni = ni, data = pr)
  tr <- switch(m, PR = NULL, PLO = transf.ilogit, PAS = transf.iarcsin, PFT = transf.ipft.hm)
  ni <- if (m == "PFT") pr$ni else NULL
  b <- es_block(es)
  b$REML <- model(rma(yi, vi, data = es, method = "REML", control = tight), tr, ni)
  b$DL <- model(rma(yi, vi, data = es, method = "DL"), tr, ni)
  if (m == "PFT") b$harmonic_mean_ni <- num(1/mean(1/pr$ni))
  out$proportions[[m]] <- b
}
out$proportions$PR_to_all <- es_block(escalc(measure = "PR", xi = xi, ni = ni, data = pr, to = "all"))
out$proportions$PLO_if0all <- es_block(escalc(measure = "PLO", xi = xi, ni = ni, data = pr, to = "if0all"))

## 2. means: dat.normand1999
mn <- dat.normand1999
write.csv(mn[, c("source", "n1i", "m1i", "sd1i", "n2i", "m2i", "sd2i")], "means.csv", row.names = FALSE)
out$means <- list(csv = "means.csv", source = "metadat dat.normand1999")
for (m in c("MD", "SMD")) {
  es <- escalc(measure = m, m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i, data = mn)
  b <- es_block(es)
  b$REML <- model(rma(yi, vi, data = es, method = "REML", control = tight))
  b$DL <- model(rma(yi, vi, data = es, method = "DL"))
  b$DL_knha <- model(rma(yi, vi, data = es, method = "DL", test = "knha"))
  out$means[[m]] <- b
}

## 3. zero cells: dat.nielweise2007 (several zero cells, one double-zero study)
z <- dat.nielweise2007
write.csv(z[, c("author", "year", "ai", "n1i", "ci", "n2i")], "zerocells.csv", row.names = FALSE)
out$zerocells <- list(csv = "zerocells.csv", source = "metadat dat.nielweise2007")
for (m in c("RR", "OR", "RD", "PETO")) {
  es <- escalc(measure = m, ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = z)
  b <- es_block(es)
  b$DL <- model(rma(yi, vi, data = es, method = "DL"), if (m == "RD") NULL else exp)
  out$zerocells[[m]] <- b
}
out$zerocells$OR_to_all <- es_block(escalc(measure = "OR", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = z, to = "all"))
out$zerocells$OR_if0all <- es_block(escalc(measure = "OR", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = z, to = "if0all"))
out$zerocells$OR_drop00 <- es_block(escalc(measure = "OR", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = z, drop00 = TRUE))
out$zerocells$RR_add_0.1 <- es_block(escalc(measure = "RR", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = z, add = 0.1))
for (m in c("OR", "RR", "RD")) {
  out$zerocells[[paste0("mh_", m)]] <- mh_block(rma.mh(ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = z, measure = m))
}
out$zerocells$peto <- mh_block(rma.peto(ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = z))

## 4. large k: 2,000 simulated studies (set.seed(20261125))
set.seed(20261125)
kk <- 2000
vi <- rchisq(kk, df = 4) / 40 + 0.005
yi <- rnorm(kk, mean = 0.3, sd = sqrt(0.05 + vi))
big <- data.frame(yi = sprintf("%.17g", yi), vi = sprintf("%.17g", vi))
write.csv(big, "largek.csv", row.names = FALSE, quote = FALSE)
out$largek <- list(csv = "largek.csv", source = "simulated: set.seed(20261125); vi = rchisq(2000, 4)/40 + 0.005; yi ~ N(0.3, 0.05 + vi)",
  REML = model(rma(yi, vi, method = "REML", control = tight)),
  DL = model(rma(yi, vi, method = "DL")),
  PM = model(rma(yi, vi, method = "PM", control = list(tol = 1e-14, maxiter = 10000))))

## 5. PEESE (regtest with predictor = "vi") on dat.bcg log RR
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = read.csv("../../org.htaworkbench.testdata/data/dat.bcg.csv"))
peese <- function(rt) list(zval = num(rt$zval), pval = num(rt$pval), dfs = num(rt$dfs), limit_estimate = num(rt$est),
  limit_ci.lb = num(rt$ci.lb), limit_ci.ub = num(rt$ci.ub), b = num(rt$fit$beta), se = num(rt$fit$se))
out$peese <- list(
  REML_tight = peese(regtest(rma(yi, vi, data = bcg, method = "REML", control = tight), predictor = "vi")),
  FE = peese(regtest(rma(yi, vi, data = bcg, method = "FE"), predictor = "vi")),
  FE_lm = peese(regtest(rma(yi, vi, data = bcg, method = "FE"), predictor = "vi", model = "lm")))

writeLines(toJSON(out, auto_unbox = TRUE, pretty = TRUE, na = "null", null = "null"), "extra.json")
