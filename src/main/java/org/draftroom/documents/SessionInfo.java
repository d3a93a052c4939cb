package org.draftroom.documents;

import java.time.LocalDate;

/**
 * A session of a committee, e.g. {@code PBC/34}, the 34th session of the Program and Budget Committee.
 *
 * @param name  "第三十七届会议 / Thirty-seventh session", may be null
 * @param place may be null
 */
public record SessionInfo(String code, String committeeCode, int number, LocalDate startsOn, LocalDate endsOn,
                          String place, String name) {
}
