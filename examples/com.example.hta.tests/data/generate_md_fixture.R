# Generates md-length-of-stay.json, metafor's results for md-length-of-stay.csv (reported mean differences with their
# CIs, one at the 90% level), the reference of the worked analysis example com.example.hta.analysis.
# Run from this directory:  Rscript generate_md_fixture.R
# (Debian bookworm r-base-core + r-cran-metafor.) Not used at test time.
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })
num <- function(x) sprintf("%.17g", as.numeric(x))
d <- read.csv("md-length-of-stay.csv")
d$sei <- (d$upper - d$lower) / (2 * qnorm(0.5 + d$level / 200))
block <- function(res) list(method = res$method, k = res$k, estimate = num(res$beta), se = num(res$se),
  ci.lb = num(res$ci.lb), ci.ub = num(res$ci.ub), tau2 = num(res$tau2), I2 = num(res$I2), QE = num(res$QE),
  weights_pct = num(weights(res)))
out <- list(generator = paste("metafor", packageVersion("metafor"), R.version.string), sei = num(d$sei),
  DL = block(rma(yi = d$md, sei = d$sei, method = "DL")), FE = block(rma(yi = d$md, sei = d$sei, method = "FE")))
writeLines(toJSON(out, auto_unbox = TRUE, pretty = TRUE), "md-length-of-stay.json")
