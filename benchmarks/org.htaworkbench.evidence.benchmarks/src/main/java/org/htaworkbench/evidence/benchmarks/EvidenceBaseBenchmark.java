package org.htaworkbench.evidence.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.htaworkbench.evidence.impella.ImpellaEvidenceBase;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.validation.ConsistencyChecker;
import org.htaworkbench.validation.Finding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm cost of opening the default evidence base (strict XMI load of the NICE Impella overview, ~3,000 objects)
 * and of running every consistency check on it: the target is "well under a second" for both together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class EvidenceBaseBenchmark {

    private EvidenceBase loaded;

    @Setup(Level.Trial)
    public void loadOnce() throws EvidenceResourceException {
        loaded = ImpellaEvidenceBase.load();
    }

    @Benchmark
    public EvidenceBase load() throws EvidenceResourceException {
        return ImpellaEvidenceBase.load();
    }

    @Benchmark
    public List<Finding> check() {
        return ConsistencyChecker.check(loaded);
    }

    @Benchmark
    public List<Finding> loadAndCheck() throws EvidenceResourceException {
        return ConsistencyChecker.check(ImpellaEvidenceBase.load());
    }
}
