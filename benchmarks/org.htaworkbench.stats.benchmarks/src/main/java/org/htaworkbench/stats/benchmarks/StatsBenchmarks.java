package org.htaworkbench.stats.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.PublicationBias;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Sensitivity;
import org.htaworkbench.stats.SummaryRow;
import org.htaworkbench.stats.TrimFillResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine timings of issue 4: REML at k = 1,000 and 100,000, leave-one-out and trim-and-fill at k = 1,000.
 * Data: simulated random-effects meta-analysis (true effect 0.3, tau² = 0.1, vi ~ U(0.01, 0.5); seeded, so every run
 * and fork fits the same data). REML runs to the engine's default tight tolerance (|Δtau²| ≤ 1e-13 relative).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
public class StatsBenchmarks {

    /** Data for the REML benchmark. */
    @State(Scope.Benchmark)
    public static class RemlData {
        @Param({"1000", "100000"})
        public int k;
        EffectSizeData data;

        @Setup(Level.Trial)
        public void setUp() {
            data = simulate(k, 20251125L);
        }
    }

    /** k = 1,000 data for leave-one-out and trim-and-fill (trim-and-fill with an asymmetric funnel, so it fills). */
    @State(Scope.Benchmark)
    public static class ThousandData {
        EffectSizeData data;
        EffectSizeData asymmetric;

        @Setup(Level.Trial)
        public void setUp() {
            data = simulate(1000, 20251126L);
            asymmetric = suppressSmallNegative(simulate(1400, 20251127L), 1000);
        }
    }

    static EffectSizeData simulate(int k, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] yi = new double[k];
        double[] vi = new double[k];
        for (int i = 0; i < k; i++) {
            vi[i] = 0.01 + 0.49 * rnd.nextDouble();
            yi[i] = 0.3 + Math.sqrt(0.1) * gaussian(rnd) + Math.sqrt(vi[i]) * gaussian(rnd);
        }
        return EffectSizes.generic(yi, vi, null);
    }

    /** Publication-bias-like selection: drop imprecise studies with small effects until k remain. */
    static EffectSizeData suppressSmallNegative(EffectSizeData d, int k) {
        double[] yi = new double[k];
        double[] vi = new double[k];
        int n = 0;
        for (int i = 0; i < d.k() && n < k; i++) {
            if (d.yi()[i] > 0.1 || d.vi()[i] < 0.15) {
                yi[n] = d.yi()[i];
                vi[n] = d.vi()[i];
                n++;
            }
        }
        return EffectSizes.generic(java.util.Arrays.copyOf(yi, n), java.util.Arrays.copyOf(vi, n), null);
    }

    private static double gaussian(SplittableRandom rnd) { // Box-Muller
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static final ModelOptions REML = ModelOptions.of(Method.REML);

    @Benchmark
    public RmaResult reml(RemlData s) {
        return MetaAnalysis.fit(s.data, REML);
    }

    @Benchmark
    public List<SummaryRow> leaveOneOut1000(ThousandData s) {
        return Sensitivity.leaveOneOut(s.data, REML);
    }

    @Benchmark
    public TrimFillResult trimFill1000(ThousandData s) {
        return PublicationBias.trimFill(s.asymmetric, REML);
    }
}
