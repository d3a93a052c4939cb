package org.draftroom.delegations;

import java.util.Locale;

/**
 * A stable colour per delegation id: the hue comes from a hash of the id, saturation is fixed, and the
 * lightness is lowered until the colour reaches WCAG AA contrast (4.5:1) as text on white.
 */
final class Colours {
    static final double MIN_CONTRAST = 4.5;

    private Colours() {
    }

    static String of(String id) {
        int h = mix(id.hashCode());
        double hue = Math.floorMod(h, 360);
        double saturation = 0.60 + 0.15 * (Math.floorMod(h >>> 9, 3) / 2.0);
        double lightness = 0.48;
        int[] rgb = hslToRgb(hue, saturation, lightness);
        while (contrastOnWhite(rgb) < MIN_CONTRAST) {
            lightness -= 0.01;
            rgb = hslToRgb(hue, saturation, lightness);
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    /** Spreads similar ids (PK, PL) over the hue circle; String.hashCode alone would not. */
    private static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x7feb352d;
        x ^= x >>> 15;
        x *= 0x846ca68b;
        x ^= x >>> 16;
        return x;
    }

    static double contrastOnWhite(int[] rgb) {
        return 1.05 / (luminance(rgb) + 0.05);
    }

    static int[] parse(String hex) {
        return new int[]{Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16)};
    }

    private static double luminance(int[] rgb) {
        return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] hslToRgb(double hue, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = l - c / 2;
        double r, g, b;
        if (hue < 60) { r = c; g = x; b = 0; }
        else if (hue < 120) { r = x; g = c; b = 0; }
        else if (hue < 180) { r = 0; g = c; b = x; }
        else if (hue < 240) { r = 0; g = x; b = c; }
        else if (hue < 300) { r = x; g = 0; b = c; }
        else { r = c; g = 0; b = x; }
        return new int[]{(int) Math.round((r + m) * 255), (int) Math.round((g + m) * 255), (int) Math.round((b + m) * 255)};
    }
}
