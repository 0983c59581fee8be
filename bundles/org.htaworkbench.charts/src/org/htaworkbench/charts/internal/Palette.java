package org.htaworkbench.charts.internal;

/** Colours (0xRRGGBB) shared by the layouts. */
public final class Palette {
    private Palette() {
    }

    public static final int TEXT = 0x1A1A1A;
    public static final int MUTED = 0x555555;
    public static final int AXIS = 0x333333;
    public static final int GRID = 0xE3E3E3;
    public static final int NULL_LINE = 0x8C8C8C;
    public static final int STUDY = 0x1F4E79;
    public static final int DIAMOND_RANDOM = 0x1A1A1A;
    public static final int DIAMOND_COMMON = 0x8C8C8C;
    public static final int PREDICTION = 0xB22222;
    public static final int REGION = 0xEEF3F8;
    public static final int IMPUTED = 0xC0392B;
    public static final int PHASE = 0xCFE2F3;
    public static final int HEADER = 0xF6D874;
    public static final int WHITE = 0xFFFFFF;
    public static final int[] SERIES = {0x1F77B4, 0xD62728, 0x2CA02C, 0xFF7F0E, 0x9467BD, 0x8C564B};
}
