package cn.yiyang.ui.singlewindow;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.singlewindow.SingleWindowApplication;
import cn.yiyang.singlewindow.SingleWindowDepartments;
import cn.yiyang.singlewindow.SingleWindowService;
import cn.yiyang.singlewindow.TrackState;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Problems;
import cn.yiyang.ui.support.Texts;
import cn.yiyang.ui.support.WriteButtons;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * The single-window case on the case page: every department's track (waiting, reviewing, asked for supplements,
 * approved, refused) with its own step clock, the supplement requests (the window's merge-and-send screen shows
 * what its one notice will list), the 一事一议 meetings and, for the county government's LEADER, the one extension.
 */
public class SingleWindowTracksPanel extends Composite<Div> {

    public SingleWindowTracksPanel(SingleWindowApplication a, CurrentUser user, SingleWindowService service,
                                   Runnable changed) {
        Div root = getContent();
        root.setId("sw-tracks");
        root.addClassName("sw-tracks");
        root.add(new Paragraph(Texts.t("sw.summary", a.institutionName(), a.projectTypeLabel(), a.beds(),
                a.hasMedicalPart() ? Texts.t("sw.withMedical") : Texts.t("sw.withoutMedical"))));
        if (a.licenceCaseNo() != null) {
            root.add(new Paragraph(Texts.t("sw.licenceCase", a.licenceCaseNo())));
        }
        Grid<SingleWindowApplication.Track> tracks = new Grid<>();
        tracks.setId("sw-track-grid");
        tracks.setAllRowsVisible(true);
        tracks.addColumn(SingleWindowApplication.Track::departmentName).setHeader(Texts.t("sw.department"));
        tracks.addComponentColumn(t -> Badges.of(t.stateLabel(), theme(t.state()))).setHeader(Texts.t("sw.state"));
        tracks.addColumn(t -> t.stepDue() == null ? "" : Texts.format(t.stepDue())).setHeader(Texts.t("sw.stepDue"));
        tracks.addComponentColumn(t -> Badges.warning(t.warning())).setHeader(Texts.t("sw.stepClock"));
        tracks.addColumn(t -> t.reason() == null ? "" : t.reason()).setHeader(Texts.t("sw.reason")).setFlexGrow(3);
        tracks.setItems(a.tracks());
        root.add(tracks);

        List<SingleWindowApplication.Request> pending = a.requests().stream().filter(r -> !r.sent()).toList();
        if (!pending.isEmpty()) {
            Div merge = new Div(new H4(Texts.t("sw.pendingRequests")));
            merge.setId("sw-pending-requests");
            pending.forEach(r -> merge.add(new Paragraph(r.departmentName() + "：" + r.name() + " — " + r.reason())));
            root.add(merge);
        }
        for (SingleWindowApplication.Meeting m : a.meetings()) {
            Div meeting = new Div(new H4(Texts.t("sw.meeting", Texts.format(m.meetingDate()))),
                    new Paragraph(Texts.t("sw.meeting.participants", m.participants())),
                    new Paragraph(Texts.t("sw.meeting.decision", m.decision())),
                    new Paragraph(Texts.t("sw.meeting.conditions", m.conditions() == null ? "—" : m.conditions())));
            meeting.addClassName("sw-meeting");
            root.add(meeting);
        }
        if (user.has(Role.LEADER) && SingleWindowDepartments.GOV.equals(user.departmentCode()) && !a.extended()
                && a.deliveredAt() == null) {
            TextField reason = new TextField(Texts.t("sw.extend.reason"));
            reason.setId("sw-extend-reason");
            Button extend = new Button(Texts.t("sw.extend"), e -> {
                if (Problems.attempt(() -> service.extend(user, a.caseNo(), reason.getValue()))) {
                    Problems.success(Texts.t("sw.extended"));
                    changed.run();
                }
            });
            extend.setId("sw-extend");
            WriteButtons.guard(extend);
            root.add(new HorizontalLayout(reason, extend));
        } else if (a.extended()) {
            root.add(new Span(Texts.t("sw.extendedOnce")));
        }
    }

    private static String theme(TrackState state) {
        return switch (state) {
            case APPROVED -> "badge success";
            case REFUSED -> "badge error";
            case SUPPLEMENT, REFERRED -> "badge warning";
            default -> "badge contrast";
        };
    }
}
