package org.htaworkbench.charts.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.testdata.TestData;

/** metafor's dat.bcg (org.htaworkbench.testdata), log risk ratios. */
final class Bcg {
    final String[] labels;
    final double[] tpos, tneg, cpos, cneg, ablat, year;
    final String[] alloc;
    final EffectSizeData data;

    private Bcg() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TestData.open(TestData.DAT_BCG_CSV);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank()) {
                    rows.add(l.replace("\"", "").split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int k = rows.size();
        labels = new String[k];
        alloc = new String[k];
        tpos = new double[k];
        tneg = new double[k];
        cpos = new double[k];
        cneg = new double[k];
        ablat = new double[k];
        year = new double[k];
        for (int i = 0; i < k; i++) {
            String[] f = rows.get(i);
            labels[i] = f[1] + " " + f[2];
            year[i] = Double.parseDouble(f[2]);
            tpos[i] = Double.parseDouble(f[3]);
            tneg[i] = Double.parseDouble(f[4]);
            cpos[i] = Double.parseDouble(f[5]);
            cneg[i] = Double.parseDouble(f[6]);
            ablat[i] = Double.parseDouble(f[7]);
            alloc[i] = f[8];
        }
        data = EffectSizes.twoByTwo(Measure.RR, tpos, tneg, cpos, cneg, labels, null);
    }

    static Bcg load() {
        return new Bcg();
    }

    RmaResult reml() {
        return MetaAnalysis.fit(data, ModelOptions.of(Method.REML));
    }
}
