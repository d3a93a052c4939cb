package org.draftroom.exports.internal.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.draftroom.exports.DecisionList;
import org.draftroom.negotiation.DocumentHeader;

/**
 * Reads a list of decisions in the secretariat's layout as extracted from PDF: the header block, then
 * "议程第 N项 title", "文件 …。" and the decision text, whose lines break mid-sentence. A line continues the
 * paragraph before it unless it starts a point or the paragraph had ended (。；：).
 */
public final class DecisionListParser {
    private static final Pattern AGENDA = Pattern.compile("^议程第\\s*(\\d+)\\s*项\\s*(.*)$");
    private static final Pattern DOCUMENTS = Pattern.compile("^文件\\s*([A-Z][A-Za-z0-9/ .、和附件]*?)\\s*。$");
    private static final Pattern SYMBOL = Pattern.compile("^[A-Z]+(?:/[A-Z0-9]+)+\\s*$");
    private static final Pattern POINT = Pattern.compile(
            "^(\\((?:[ivx]+|[a-z]|\\d+)\\)|•|-|[ivx]+\\.|\\d+\\.)\\s*(.*)$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CLOSING = Pattern.compile("^\\[后接.*]$|^\\[.*文件完]$");

    private DecisionListParser() {
    }

    /** Parses from the first header (a symbol line) to the closing line; an error names the line. */
    public static DecisionList parse(String text) {
        String[] lines = text.split("\\R");
        int i = 0;
        while (i < lines.length && !SYMBOL.matcher(lines[i].trim()).matches()) i++;
        if (i == lines.length) throw new IllegalArgumentException("line 1: no document symbol (e.g. WO/PBC/35/7) found");
        List<String> header = new ArrayList<>();
        for (; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) continue;
            header.add(line);
            if (line.contains("秘书处编拟") || line.toLowerCase().contains("prepared by the secretariat")) {
                i++;
                break;
            }
        }
        if (header.size() < 4) throw new IllegalArgumentException("line " + (i + 1) + ": incomplete header block");
        List<DecisionList.Paragraph> preamble = new ArrayList<>();
        List<DecisionList.AgendaDecision> items = new ArrayList<>();
        Builder current = null;
        String closing = null;
        List<DecisionList.Paragraph> target = preamble;
        for (; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) continue;
            if (CLOSING.matcher(line).matches()) {
                closing = line;
                break;
            }
            Matcher agenda = AGENDA.matcher(line);
            if (agenda.matches()) {
                if (current != null) items.add(current.build());
                current = new Builder(Integer.parseInt(agenda.group(1)), agenda.group(2).trim());
                target = current.text;
                continue;
            }
            Matcher docs = DOCUMENTS.matcher(line);
            if (current != null && current.text.isEmpty() && docs.matches()) {
                for (String symbol : docs.group(1).split("、|和")) {
                    if (!symbol.isBlank()) current.documents.add(symbol.trim());
                }
                continue;
            }
            add(target, line);
        }
        if (current != null) items.add(current.build());
        return new DecisionList(header(header), preamble, items, closing);
    }

    private static void add(List<DecisionList.Paragraph> paragraphs, String line) {
        Matcher point = POINT.matcher(line);
        DecisionList.Paragraph last = paragraphs.isEmpty() ? null : paragraphs.getLast();
        if (point.matches()) {
            String label = point.group(1);
            int level = label.equals("•") || label.equals("-") || label.matches("[ivx]+\\.") ? 1 : 0;
            paragraphs.add(new DecisionList.Paragraph(label, level, point.group(2)));
        } else if (last != null && !ended(last.text())) {
            paragraphs.set(paragraphs.size() - 1, new DecisionList.Paragraph(last.label(), last.level(),
                    last.text() + join(last.text(), line) + line));
        } else {
            paragraphs.add(new DecisionList.Paragraph("", 0, line));
        }
    }

    private static boolean ended(String text) {
        return text.endsWith("。") || text.endsWith("；") || text.endsWith("：") || text.endsWith(";")
                || text.endsWith("并") || text.endsWith("。”");
    }

    /** Chinese lines join without a space; Latin words keep one. */
    private static String join(String before, String after) {
        char a = before.charAt(before.length() - 1);
        char b = after.charAt(0);
        return a < 0x2E80 && b < 0x2E80 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b) ? " " : "";
    }

    private static DocumentHeader header(List<String> lines) {
        String symbol = lines.getFirst();
        String original = lines.stream().filter(l -> l.startsWith("原文")).findFirst().orElse(null);
        LocalDate date = lines.stream().filter(l -> l.startsWith("日期")).findFirst().map(l -> {
            Matcher m = DATE.matcher(l);
            return m.find() ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))) : null;
        }).orElse(null);
        List<String> rest = lines.stream().filter(l -> !l.equals(symbol) && !l.startsWith("原文")
                && !l.startsWith("日期") && !l.contains("秘书处编拟")).toList();
        String committee = !rest.isEmpty() ? rest.get(0) : null;
        String session = rest.size() > 1 ? rest.get(1) : null;
        String detail = rest.size() > 3 ? rest.get(2) : null;
        String title = rest.isEmpty() ? null : rest.getLast();
        String prepared = lines.stream().filter(l -> l.contains("秘书处编拟")).findFirst().orElse(null);
        return new DocumentHeader(symbol, title, "zh", original != null && original.contains("英文") ? "en" : "zh",
                date, committee, session, detail, prepared, null);
    }

    private static final class Builder {
        final int number;
        final String title;
        final List<String> documents = new ArrayList<>();
        final List<DecisionList.Paragraph> text = new ArrayList<>();

        Builder(int number, String title) {
            this.number = number;
            this.title = title;
        }

        DecisionList.AgendaDecision build() {
            return new DecisionList.AgendaDecision(number, title, documents, text);
        }
    }
}
