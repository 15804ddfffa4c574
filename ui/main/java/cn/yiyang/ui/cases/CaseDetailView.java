package cn.yiyang.ui.cases;

import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.TaskDetail;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Problems;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/** One case: header, statutory clock, the caller's task (if any), steps, materials, documents and the diagram. */
@Route("cases/:caseNo")
@PermitAll
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseViews caseViews;
    private final TaskInbox inbox;
    private final MaterialService materials;
    private final IssuedDocuments documents;
    private final CurrentUser user = CurrentUsers.require();
    private String caseNo = "";

    private final ApplicantActions.Services applicantServices;
    private final cn.yiyang.singlewindow.SingleWindowService singleWindow;

    public CaseDetailView(CaseViews caseViews, TaskInbox inbox, MaterialService materials, IssuedDocuments documents,
                          ApplicantActions.Services applicantServices,
                          cn.yiyang.singlewindow.SingleWindowService singleWindow) {
        this.applicantServices = applicantServices;
        this.singleWindow = singleWindow;
        this.caseViews = caseViews;
        this.inbox = inbox;
        this.materials = materials;
        this.documents = documents;
        addClassName("case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNo = event.getRouteParameters().get("caseNo").orElse("");
        String taskId = event.getLocation().getQueryParameters().getSingleParameter("task").orElse(null);
        removeAll();
        try {
            render(caseViews.view(user, caseNo), taskId);
        } catch (RuntimeException e) {
            add(new H2(caseNo), new Span(Problems.messageOf(e).orElse(getTranslation("error.unexpected"))));
            if (Problems.messageOf(e).isEmpty()) {
                throw e;
            }
        }
    }

    private void render(CaseView view, String taskId) {
        Div header = new Div(new H2(view.caseNo()),
                Badges.of(Texts.label("status", view.status(), view.statusLabel()), "badge contrast"));
        header.addClassName("case-header");
        Div meta = new Div(new Span(Texts.label("matter", view.matter(), view.matterLabel())),
                new Span(view.applicant().name() == null ? "" : view.applicant().name()),
                new Span(view.title() == null ? "" : view.title()));
        meta.addClassName("case-meta");
        add(header, meta, new DeadlineBadge(view));
        if (user.isApplicant()) {
            add(new ApplicantActions(view, applicantServices, user));
        }
        currentTask(taskId).filter(detail -> !(user.isApplicant()
                && cn.yiyang.casework.CaseSubmission.SUPPLEMENT_TASK.equals(detail.task().key())))
                .ifPresent(detail -> add(new TaskPanel(detail, inbox, user,
                () -> getUI().ifPresent(ui -> ui.navigate(user.isApplicant() ? "my-cases" : "inbox")),
                field -> FieldEditors.of(field, view, materials, user))));
        if (view.matter() == cn.yiyang.casework.Matter.SINGLE_WINDOW) { // issue 5: each department's track
            add(section("sw.tracks", new cn.yiyang.ui.singlewindow.SingleWindowTracksPanel(
                    singleWindow.details(user, view.caseNo()), user, singleWindow,
                    () -> getUI().ifPresent(ui -> ui.getPage().reload()))));
        }
        add(section("case.steps", new StepsTimeline(view.steps())),
                section("case.materials", new MaterialsPanel(view, materials, user)),
                section("case.documents", new DocumentsPanel(view, documents, user)));
        caseViews.diagramXml(user, view.caseNo()).ifPresent(xml ->
                add(section("case.diagram", new BpmnDiagram(xml, view.activeActivityIds()))));
    }

    /** The task to work: the one asked for, else the caller's first open task on this case. */
    private Optional<TaskDetail> currentTask(String taskId) {
        String id = taskId;
        if (id == null) {
            List<cn.yiyang.casework.TaskItem> mine = inbox.queue(user, TaskInbox.Scope.ALL, null, null, caseNo,
                    TaskInbox.Sort.DUE, new PageRequest(0, 20)).items();
            id = mine.stream().filter(t -> t.caseNo().equals(caseNo)).map(cn.yiyang.casework.TaskItem::id)
                    .findFirst().orElse(null);
        }
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(inbox.get(user, id));
        } catch (RuntimeException e) {
            Problems.show(e);
            return Optional.empty();
        }
    }

    private static Component section(String titleKey, Component content) {
        Div section = new Div(new H3(Texts.t(titleKey)), content);
        section.addClassNames("case-section", titleKey.replace('.', '-'));
        return section;
    }

    @Override
    public String getPageTitle() {
        return caseNo + " · " + getTranslation("app.title");
    }
}
