package org.htaworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PercentTest {

    private static List<Finding> percentFindings(String events, String total, String percent) {
        var t = Bases.trial();
        t.counts(t.experimental(), events, total, percent);
        return Bases.of(t.findings(), CheckId.PERCENT_FROM_COUNTS);
    }

    @Test
    void oneDecimalPercentageThatMatchesPasses() {
        // 100·82/179 = 45.81 -> 45.8
        assertEquals(List.of(), percentFindings("82", "179", "45.8"));
    }

    @Test
    void wholePercentageIsCheckedToZeroDecimals() {
        // 45.81 -> 46
        assertEquals(List.of(), percentFindings("82", "179", "46"));
        assertEquals(1, percentFindings("82", "179", "45").size());
    }

    @Test
    void oneDecimalOffIsAnError() {
        var t = Bases.trial();
        ArmCountResult r = t.counts(t.experimental(), "82", "179", "45.9");
        List<Finding> f = Bases.of(t.findings(), CheckId.PERCENT_FROM_COUNTS);
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertSame(r.getPercent(), f.get(0).element());
        assertTrue(f.get(0).message().contains("printed 45.9% but 82/179 = 45.810%"), f.get(0).message());
    }

    @ParameterizedTest(name = "{0}/{1} printed {2} is accepted")
    @CsvSource({
        // exactly x.x5: 11/176 = 6.25 -> 6.2 (half-even) or 6.3 (half-up): both accepted
        "11, 176, 6.2", "11, 176, 6.3",
        // 8/176 = 4.5454 -> 4.5
        "8, 176, 4.5",
        // 52/176 = 29.545 -> 29.5
        "52, 176, 29.5",
        // 50/518 = 9.6525 -> 9.7
        "50, 518, 9.7",
        // 1/8 = 12.5 -> 12 or 13
        "1, 8, 12", "1, 8, 13",
        // 0 and 100
        "0, 50, 0", "50, 50, 100.0"})
    void roundingEdgeCasesDoNotFalseAlarm(String e, String n, String p) {
        assertEquals(List.of(), percentFindings(e, n, p));
    }

    @Test
    void doubleRoundingIsOnlyInfo() {
        // 103/176 = 58.52%: "58.5" in the table, "58" in the summary (58.5 rounded half-even); directly it is 59
        List<Finding> f = percentFindings("103", "176", "58");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("rounded twice"), f.get(0).message());
    }

    @Test
    void percentageWithoutEventsMustBeReachableByWholeEvents() {
        // out of 10, only multiples of 10% are possible: 25% is not, 30% is
        var t = Bases.trial();
        t.counts(t.experimental(), null, "10", "25");
        t.counts(t.comparator(), null, "10", "30");
        List<Finding> f = Bases.of(t.findings(), CheckId.PERCENT_FROM_COUNTS);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("no whole number of events out of 10 gives 25%"), f.get(0).message());
    }

    @Test
    void eventsAboveTotalIsACountBoundsError() {
        var t = Bases.trial();
        t.counts(t.experimental(), "12", "10", null);
        List<Finding> f = Bases.of(t.findings(), CheckId.COUNT_BOUNDS);
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void totalAboveArmSizeIsFlagged() {
        var t = Bases.trial();
        t.counts(t.experimental(), "10", "200", "5.0");
        List<Finding> f = Bases.of(t.findings(), CheckId.COUNT_BOUNDS);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("larger than the arm size n=179"), f.get(0).message());
    }
}
