package cn.yiyang.inspection.internal;

import cn.yiyang.inspection.Draw;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 回避: every withdrawal known now, for a plan's draw and a scheduled supervision's pick alike. */
@Component
public class Withdrawals {

    private final InspectionMapper mapper;
    private final Clock clock;

    Withdrawals(InspectionMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Declared conflicts, and steps completed on an institution's cases in the past 12 months. */
    public List<Draw.Exclusion> all() {
        List<Draw.Exclusion> out = new ArrayList<>();
        mapper.conflicts().forEach(c -> out.add(new Draw.Exclusion(c.username(), c.institutionId(),
                Draw.ExclusionReason.DECLARED_CONFLICT, c.reason())));
        mapper.involvements(LocalDateTime.now(clock).minusMonths(12)).forEach(i -> out.add(new Draw.Exclusion(
                i.username(), i.institutionId(), Draw.ExclusionReason.PRIOR_INVOLVEMENT, "办理过案件 " + i.caseNo())));
        return out;
    }
}
