package org.draftroom.notation.internal.reading;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.negotiation.DocumentHeader;

/**
 * The header block every output carries: symbol, original language, date, committee, session, dates and place,
 * title, "秘书处编拟". Reads lines from the top for as long as they look like header lines.
 */
public final class HeaderReader {
    private static final Pattern SYMBOL = Pattern.compile("^[A-Z]{1,6}(/[A-Z0-9.]+){1,6}$");
    private static final Pattern ORIGINAL = Pattern.compile("^(原文：|ORIGINAL:\\s*)(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_ZH = Pattern.compile("^日期：\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern DATE_EN = Pattern.compile("^DATE:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SESSION = Pattern.compile("^(第.{1,8}届会议|.{1,30}\\s[Ss]ession)$");
    private static final Pattern PREPARED = Pattern.compile("^(秘书处编拟|(Document )?[Pp]repared by the Secretariat)$");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    record Result(DocumentHeader header, int consumed) {
    }

    private HeaderReader() {
    }

    static Result read(List<PageText.Line> lines, String language) {
        String symbol = null, original = null, committee = null, session = null, detail = null, title = null,
                prepared = null;
        LocalDate date = null;
        int i = 0;
        if (i < lines.size() && SYMBOL.matcher(lines.get(i).text()).matches()) symbol = lines.get(i++).text();
        Matcher m;
        if (i < lines.size() && (m = ORIGINAL.matcher(lines.get(i).text())).matches()) {
            original = language(m.group(2).strip());
            if (original != null) i++;
        }
        if (i < lines.size() && (date = date(lines.get(i).text())) != null) i++;
        // committee, session, dates and place, title, prepared-by: only when the block ends with "prepared by"
        int end = -1;
        for (int k = i; k < Math.min(lines.size(), i + 6); k++) {
            if (PREPARED.matcher(lines.get(k).text()).matches()) {
                end = k;
                break;
            }
        }
        if (end >= 0) {
            List<String> rest = lines.subList(i, end).stream().map(PageText.Line::text).toList();
            int at = 0;
            if (at < rest.size() && rest.size() >= 2 && !SESSION.matcher(rest.get(at)).matches()) committee = rest.get(at++);
            if (at < rest.size() && SESSION.matcher(rest.get(at)).matches()) session = rest.get(at++);
            if (at < rest.size() - 1) detail = rest.get(at++);
            if (at == rest.size() - 1) {
                title = rest.get(at);
                prepared = lines.get(end).text();
                i = end + 1;
            } else {
                committee = session = detail = null;
            }
        }
        if (symbol == null && original == null && date == null && title == null) return new Result(null, 0);
        DocumentHeader header = new DocumentHeader(symbol, title, language, original == null ? language : original,
                date, committee, session, detail, prepared, null);
        return new Result(header, i);
    }

    private static LocalDate date(String line) {
        Matcher zh = DATE_ZH.matcher(line);
        if (zh.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(zh.group(1)), Integer.parseInt(zh.group(2)),
                        Integer.parseInt(zh.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Matcher en = DATE_EN.matcher(line);
        if (en.matches()) {
            try {
                return LocalDate.parse(en.group(1).strip(), EN_DATE);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String language(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "英文", "english" -> "en";
            case "中文", "chinese" -> "zh";
            case "法文", "french" -> "fr";
            case "西班牙文", "spanish" -> "es";
            case "俄文", "russian" -> "ru";
            case "阿拉伯文", "arabic" -> "ar";
            default -> null;
        };
    }

    public static String languageName(String tag, boolean zh) {
        return switch (tag) {
            case "en" -> zh ? "英文" : "ENGLISH";
            case "zh" -> zh ? "中文" : "CHINESE";
            case "fr" -> zh ? "法文" : "FRENCH";
            case "es" -> zh ? "西班牙文" : "SPANISH";
            case "ru" -> zh ? "俄文" : "RUSSIAN";
            case "ar" -> zh ? "阿拉伯文" : "ARABIC";
            default -> tag;
        };
    }

    public static String formatDate(LocalDate date, boolean zh) {
        return zh ? "日期：" + date.getYear() + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日"
                : "DATE: " + EN_DATE.format(date);
    }
}
