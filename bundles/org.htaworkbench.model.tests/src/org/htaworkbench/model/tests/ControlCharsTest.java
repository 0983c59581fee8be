package org.htaworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.htaworkbench.model.text.ControlChars;
import org.junit.jupiter.api.Test;

/** Control characters from evidence are printed visibly, so that a value cannot add lines to a text report. */
class ControlCharsTest {

    @Test
    void lineBreaksTabsAndOtherControlsBecomeVisibleEscapes() {
        assertEquals("A\\nFAKE LINE", ControlChars.visible("A\nFAKE LINE"));
        assertEquals("a\\r\\nb\\tc", ControlChars.visible("a\r\nb\tc"));
        assertEquals("nul\\u0000 bell\\u0007 esc\\u001B[2J del\\u007F", ControlChars.visible("nul\u0000 bell\u0007 esc\u001B[2J del\u007F"));
        assertEquals("next\\u0085line csi\\u009B", ControlChars.visible("next\u0085line csi\u009B"), "C1 controls");
        assertEquals("ls\\u2028ps\\u2029", ControlChars.visible("ls\u2028ps\u2029"), "Unicode line and paragraph separators");
        assertEquals("\\u202Eevil\\u202C \\u2066x\\u2069", ControlChars.visible("\u202Eevil\u202C \u2066x\u2069"),
                "bidirectional overrides and isolates");
    }

    @Test
    void printableTextIsLeftAlone() {
        String text = "Møller 2024 — 45.8% (82/179); C:\\data\\base.htaevidence; 心臓; عربى";
        assertSame(text, ControlChars.visible(text));
        assertNull(ControlChars.visible(null));
    }
}
