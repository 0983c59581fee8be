package org.htaworkbench.guidelines.ui.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * Badge colours by {@code NormalisedPosition.styleKey()}: light backgrounds with dark text (contrast ratio above 7:1,
 * WCAG AAA). The badge always carries its text; colour only repeats it.
 */
final class Palette {

    private Palette() {
    }

    /** Background and foreground RGB for a style key ({@code status}: not yet published, no grade). */
    static int[][] rgb(String styleKey) {
        return switch (styleKey) {
            case "for" -> new int[][] { { 214, 240, 220 }, { 11, 61, 26 } };
            case "against" -> new int[][] { { 248, 211, 209 }, { 92, 10, 10 } };
            case "research-only" -> new int[][] { { 251, 231, 189 }, { 77, 51, 0 } };
            default -> new int[][] { { 232, 232, 232 }, { 34, 34, 34 } };
        };
    }

    static void apply(Label badge, String styleKey) {
        int[][] c = rgb(styleKey);
        Display d = badge.getDisplay();
        badge.setBackground(new Color(d, c[0][0], c[0][1], c[0][2]));
        badge.setForeground(new Color(d, c[1][0], c[1][1], c[1][2]));
        badge.setData("role", "badge");
        badge.setData("styleKey", styleKey);
    }

    /** Dark orange-brown for divergence markers (contrast above 7:1 on white). */
    static Color marker(Display d) {
        return new Color(d, 138, 59, 0);
    }

    static Color selection(Display d) {
        return new Color(d, 220, 233, 247);
    }

    /** WCAG relative-luminance contrast ratio of two RGB colours. */
    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
