package cn.yiyang.ui.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A chart drawn by Apache ECharts (served as a static file under /echarts/, fetched from the npm registry at build
 * time like bpmn-js). The option is built in Java and sent as JSON; a click on a bar or point comes back to
 * {@link #onClick} with the category and series name, so the view can open the list behind the number.
 */
public class EChart extends Div {

    static final String SCRIPT = "echarts/echarts.min.js";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static final String RENDER = """
            const el = $0, option = JSON.parse($1);
            const draw = (tries) => {
              if (!window.echarts) { if (tries > 0) setTimeout(() => draw(tries - 1), 100); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
              chart.setOption(option, true);
              chart.off('click');
              chart.on('click', p => el.$server.clicked(String(p.name), String(p.seriesName || '')));
              if (!el.dataset.resize) { el.dataset.resize = '1'; window.addEventListener('resize', () => chart.resize()); }
              el.dataset.points = String((option.series || []).reduce((n, s) => n + (s.data || []).length, 0));
              el.dataset.rendered = 'true';
            };
            draw(100);
            """;

    private String optionJson = "{}";
    private BiConsumer<String, String> onClick = (name, series) -> { };

    public EChart(String id) {
        setId(id);
        addClassName("echart");
    }

    /** Sets (or replaces) the chart's option: the ECharts option object as maps and lists. */
    public void setOption(Map<String, Object> option) {
        try {
            optionJson = JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        if (isAttached()) {
            render();
        }
    }

    public void onClick(BiConsumer<String, String> listener) {
        this.onClick = listener;
    }

    @ClientCallable
    public void clicked(String name, String series) {
        onClick.accept(name, series);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript("context://" + SCRIPT);
        render();
    }

    private void render() {
        getElement().executeJs(RENDER, getElement(), optionJson);
    }
}
