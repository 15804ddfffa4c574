package cn.yiyang.ui.agreement;

import cn.yiyang.agreement.Agreement;
import cn.yiyang.agreement.AgreementService;
import cn.yiyang.agreement.AgreementState;
import cn.yiyang.agreement.SubsidyService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.reporting.Xlsx;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Paging;
import cn.yiyang.ui.support.Texts;
import cn.yiyang.ui.support.XlsxDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * 医养合作协议登记簿: an institution sees the agreements it is party to and files a new one; CIVIL, HEALTH, FINANCE, the
 * leaders and the supervisor see the county's by state and township (the township's copy), red when expired.
 */
@Route("agreements")
@PageTitle("医养合作协议")
@PermitAll
public class AgreementsView extends VerticalLayout {

    static final List<Xlsx.Column<Agreement>> COLUMNS = List.of(
            Xlsx.col("案件编号", Agreement::caseNo), Xlsx.col("状态", Agreement::stateLabel),
            Xlsx.col("养老机构", Agreement::institutionName), Xlsx.col("乡镇（街道）", Agreement::township),
            Xlsx.col("合作医疗机构", Agreement::partnerName), Xlsx.col("服务内容", a -> String.join("、", a.services())),
            Xlsx.col("年服务费用（元）", Agreement::annualFee), Xlsx.col("开始日期", Agreement::periodStart),
            Xlsx.col("结束日期", Agreement::periodEnd));

    public AgreementsView(AgreementService agreements, SubsidyService subsidies, InstitutionService institutions) {
        CurrentUser user = CurrentUsers.require();
        String ownCode = user.isApplicant() ? institutions.find(user.institutionId()).map(i -> i.creditCode()).orElse("") : "";
        ComboBox<AgreementState> state = new ComboBox<>(getTranslation("agreement.state"), AgreementState.values());
        state.setItemLabelGenerator(AgreementState::label);
        state.setClearButtonVisible(true);
        ComboBox<String> township = new ComboBox<>(getTranslation("agreement.township"),
                institutions.townships(user.regionCode()));
        township.setClearButtonVisible(true);
        Grid<Agreement> grid = new Grid<>();
        grid.setId("agreement-grid");
        grid.addComponentColumn(a -> new com.vaadin.flow.router.RouterLink(a.caseNo(),
                cn.yiyang.ui.cases.CaseDetailView.class, new com.vaadin.flow.router.RouteParameters("caseNo", a.caseNo())))
                .setHeader(getTranslation("agreement.caseNo")).setAutoWidth(true);
        grid.addComponentColumn(a -> Badges.of(a.stateLabel(), switch (a.state()) {
            case EFFECTIVE -> "badge success";
            case EXPIRING, PENDING, ACKNOWLEDGING -> "badge";
            case EXPIRED, DECLINED -> "badge error";
        })).setHeader(getTranslation("agreement.state")).setAutoWidth(true);
        grid.addColumn(Agreement::institutionName).setHeader(getTranslation("agreement.institution")).setAutoWidth(true);
        grid.addColumn(Agreement::township).setHeader(getTranslation("agreement.township")).setAutoWidth(true);
        grid.addColumn(Agreement::partnerName).setHeader(getTranslation("agreement.partner")).setAutoWidth(true);
        grid.addColumn(a -> String.join("、", a.services())).setHeader(getTranslation("agreement.services"));
        grid.addColumn(Agreement::annualFee).setHeader(getTranslation("agreement.fee")).setAutoWidth(true);
        grid.addColumn(a -> Texts.format(a.periodStart()) + " — " + Texts.format(a.periodEnd()))
                .setHeader(getTranslation("agreement.period")).setAutoWidth(true);
        if (user.isApplicant()) {
            grid.addComponentColumn(a -> {
                Button claim = new Button(getTranslation("subsidy.title"), e -> new SubsidyDialog(a, subsidies, user).open());
                claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
                claim.setVisible(a.institutionCreditCode().equals(ownCode) && a.confirmedAt() != null);
                return claim;
            }).setHeader(getTranslation("agreement.actions")).setAutoWidth(true);
        }
        Runnable refresh = () -> Paging.lazy(grid, p -> agreements.list(user, state.getValue(), township.getValue(), p));
        refresh.run();
        state.addValueChangeListener(e -> refresh.run());
        township.addValueChangeListener(e -> refresh.run());
        HorizontalLayout bar = new HorizontalLayout(state, township, XlsxDownload.link("医养合作协议", "医养合作协议",
                COLUMNS, p -> agreements.list(user, state.getValue(), township.getValue(), p)));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        if (user.isApplicant()) {
            Button file = new Button(getTranslation("agreement.new"),
                    e -> new AgreementDialog(agreements, institutions, user, agreements.today()).open());
            file.setId("agreement-new");
            file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(file);
        }
        add(new H2(getTranslation("agreement.title")), bar, grid);
        setSizeFull();
    }
}
