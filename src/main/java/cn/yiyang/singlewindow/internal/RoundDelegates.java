package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.singlewindow.SingleWindowDepartments;
import cn.yiyang.singlewindow.TrackState;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review rounds of a single-window case: open the tracks on acceptance, start a round (the departments waiting
 * review again), start one department's step, and close a round with what comes next (merged supplement notice,
 * 一事一议, or 统一出件 once everyone has decided).
 */
@Configuration
class RoundDelegates {

    static final String STAGE = "stage";
    static final String REVIEW = "REVIEW";

    private final SingleWindowMapper mapper;
    private final CaseService cases;
    private final Tracks tracks;
    private final Clock clock;

    RoundDelegates(SingleWindowMapper mapper, CaseService cases, Tracks tracks, Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.tracks = tracks;
        this.clock = clock;
    }

    /** Accepted: one track per department; HEALTH is skipped without a medical part. */
    @Bean("singleWindowStart")
    JavaDelegate start() {
        return execution -> {
            long caseId = Tracks.caseId(execution);
            SingleWindowMapper.ApplicationRow a = mapper.find(caseId);
            LocalDateTime now = LocalDateTime.now(clock);
            for (String department : SingleWindowDepartments.TRACKS) {
                boolean skipped = SingleWindowDepartments.HEALTH.equals(department) && a.medicalPart == null;
                mapper.insertTrack(caseId, department, (skipped ? TrackState.SKIPPED : TrackState.WAITING).name(), now);
            }
            execution.setVariable(STAGE, REVIEW);
            execution.setVariable("hasMedicalPart", a.medicalPart != null);
        };
    }

    /** A round starts: the case is under review; the departments waiting get their tasks. */
    @Bean("singleWindowRound")
    JavaDelegate round() {
        return execution -> {
            long caseId = Tracks.caseId(execution);
            mapper.nextRound(caseId);
            CaseInfo c = cases.get(caseId);
            if (c.status() != CaseStatus.UNDER_REVIEW) {
                cases.changeStatus(caseId, CaseStatus.UNDER_REVIEW, "system", "各部门并联审查（第 "
                        + mapper.find(caseId).reviewRound + " 轮）");
            }
        };
    }

    /** One department's review starts on its own step limit. */
    @Bean("singleWindowTrackStarted")
    JavaDelegate trackStarted() {
        return execution -> {
            long caseId = Tracks.caseId(execution);
            tracks.start(caseId, (String) execution.getVariable("department"), mapper.find(caseId).reviewRound);
        };
    }

    /** Every department of the round has decided: supplements first (one notice), then 一事一议, else deliver. */
    @Bean("singleWindowRoundClosed")
    JavaDelegate roundClosed() {
        return execution -> execution.setVariable("roundOutcome", outcome(mapper.tracks(Tracks.caseId(execution))));
    }

    static String outcome(List<SingleWindowMapper.TrackRow> rows) {
        if (rows.stream().anyMatch(t -> TrackState.SUPPLEMENT.name().equals(t.state))) {
            return "SUPPLEMENT";
        }
        if (rows.stream().anyMatch(t -> TrackState.REFERRED.name().equals(t.state))) {
            return "REFER";
        }
        return "DONE";
    }

    static boolean reviewStage(DelegateExecution execution) {
        return REVIEW.equals(execution.getVariable(STAGE));
    }
}
