package org.htaworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htaworkbench.model.Interval;
import org.htaworkbench.model.IntervalKind;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.ValueQualifier;
import org.htaworkbench.model.values.Reported;
import org.junit.jupiter.api.Test;

class ReportedValueTest {

    @Test
    void keepsPrintedTextAndPrecision() {
        ReportedValue a = Reported.of("45.8");
        ReportedValue b = Reported.of("46");
        assertEquals("45.8", a.getText());
        assertEquals("46", b.getText());
        assertEquals(1, a.getDecimalPlaces());
        assertEquals(0, b.getDecimalPlaces());
        assertEquals(2, Reported.of("0.74").getDecimalPlaces());
        assertEquals(2, Reported.of("1.30").getDecimalPlaces());
        assertEquals(1.3, Reported.of("1.30").getValue(), 0.0);
        assertEquals("1.30", Reported.of("1.30").getText());
    }

    @Test
    void parsesThousandsSeparatorsSignsAndPercent() {
        assertEquals(1059.0, Reported.of("1,059").getValue(), 0.0);
        assertEquals("1,059", Reported.of("1,059").getText());
        assertEquals(0, Reported.of("1,059").getDecimalPlaces());
        assertEquals(-5.31, Reported.of("-5.31").getValue(), 0.0);
        assertEquals(-6.55, Reported.of("\u22126.55").getValue(), 0.0);
        ReportedValue pct = Reported.of("89.8%");
        assertEquals("89.8", pct.getText());
        assertEquals("%", pct.getUnit());
        assertEquals(89.8, pct.getValue(), 0.0);
    }

    @Test
    void parsesQualifiers() {
        ReportedValue p = Reported.of("<0.001");
        assertEquals(ValueQualifier.LESS_THAN, p.getQualifier());
        assertEquals(0.001, p.getValue(), 0.0);
        assertEquals(3, p.getDecimalPlaces());
        assertEquals(ValueQualifier.LESS_OR_EQUAL, Reported.of("\u22640.05").getQualifier());
        ReportedValue over = Reported.of("over 950,000");
        assertEquals(ValueQualifier.GREATER_THAN, over.getQualifier());
        assertEquals(950000.0, over.getValue(), 0.0);
        assertEquals(ValueQualifier.EXACT, Reported.of("0.04").getQualifier());
    }

    @Test
    void textWithoutANumberIsNotReported() {
        ReportedValue nr = Reported.notReported("p value not reported");
        assertNull(nr.getValue());
        assertFalse(nr.isReported());
        assertEquals(-1, nr.getDecimalPlaces());
        assertNull(Reported.of("not reported").getValue());
        assertNull(Reported.of("1d").getValue(), "Java float suffixes are not numbers as printed");
        assertNull(Reported.of("NaN").getValue());
        assertTrue(Reported.of("0").isReported());
    }

    @Test
    void intervalsKeepKindLevelAndLimits() {
        Interval ci = Reported.ci("0.55", "0.99", "95% CI 0.55 to 0.99");
        assertEquals(IntervalKind.CONFIDENCE_INTERVAL, ci.getKind());
        assertEquals(95.0, ci.getLevel(), 0.0);
        assertEquals("0.55", ci.getLower().getText());
        assertEquals(0.99, ci.getUpper().getValue(), 0.0);
        assertEquals("95% CI 0.55 to 0.99", ci.getText());
        Interval iqr = Reported.iqr("2.1", "9.5");
        assertEquals(IntervalKind.INTERQUARTILE_RANGE, iqr.getKind());
        assertNull(iqr.getLevel());
        assertEquals(IntervalKind.RANGE, Reported.range("0", "177").getKind());
    }
}
