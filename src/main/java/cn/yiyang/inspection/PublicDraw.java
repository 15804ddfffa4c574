package cn.yiyang.inspection;

import java.time.LocalDateTime;

/** A draw as the public list shows it (the record itself is {@link DrawRecord.Public}). */
public record PublicDraw(long drawId, String planName, String planCaseNo, long seed, LocalDateTime drawnAt,
                         int targets, boolean published) {
}
