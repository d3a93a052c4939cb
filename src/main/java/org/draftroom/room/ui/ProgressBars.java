package org.draftroom.room.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.draftroom.room.internal.Standings;

/**
 * A bar chart in plain CSS: one row per version, its numbered paragraphs split into in brackets, free of brackets
 * and agreed, each part as wide as its share of the longest text, with its figure written on it.
 */
final class ProgressBars {
    record Bar(String label, Standings.Paragraphs paragraphs) {
    }

    private ProgressBars() {
    }

    static Div of(List<Bar> bars, Function<String, String> t) {
        int widest = Math.max(1, bars.stream().mapToInt(b -> b.paragraphs().total()).max().orElse(1));
        Div chart = new Div();
        chart.addClassName("dashboard-chart");
        chart.getElement().setAttribute("role", "img");
        StringBuilder description = new StringBuilder();
        for (Bar bar : bars) {
            Standings.Paragraphs p = bar.paragraphs();
            Div row = new Div();
            row.addClassName("dashboard-bar-row");
            Span label = new Span(bar.label());
            label.addClassName("dashboard-bar-label");
            Div track = new Div(part("open", p.open(), widest), part("clear", p.clear(), widest), part("agreed", p.agreed(), widest));
            track.addClassName("dashboard-bar");
            String words = t.apply("room.dashboard.progress.row").replace("{0}", String.valueOf(p.open()))
                    .replace("{1}", String.valueOf(p.clear())).replace("{2}", String.valueOf(p.agreed()));
            Span figures = new Span(words);
            figures.addClassName("dashboard-bar-figures");
            row.add(label, track, figures);
            chart.add(row);
            description.append(bar.label()).append(": ").append(words).append(". ");
        }
        chart.getElement().setAttribute("aria-label", description.toString().strip());
        Div legend = new Div(key("open", t.apply("room.dashboard.progress.open")), key("clear", t.apply("room.dashboard.progress.clear")),
                key("agreed", t.apply("room.dashboard.progress.agreed")));
        legend.addClassName("dashboard-bar-legend");
        chart.add(legend);
        return chart;
    }

    private static Span part(String kind, int n, int widest) {
        Span s = new Span(n > 0 ? String.valueOf(n) : "");
        s.addClassNames("dashboard-bar-part", "dashboard-bar-" + kind);
        s.getStyle().set("width", (100.0 * n / widest) + "%");
        return s;
    }

    private static Span key(String kind, String text) {
        Span swatch = new Span();
        swatch.addClassNames("dashboard-swatch", "dashboard-bar-" + kind);
        Span key = new Span(swatch, new Span(text));
        key.addClassName("dashboard-key");
        return key;
    }
}
