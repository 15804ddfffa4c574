package cn.yiyang.ui.cases;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * The process diagram drawn by bpmn-js (NavigatedViewer, served as a static file under /bpmn/), with the current
 * step(s) marked. The XML comes from the case service; the browser only draws it.
 */
public class BpmnDiagram extends Composite<Div> {

    static final String SCRIPT = "bpmn/bpmn-navigated-viewer.production.min.js";

    private static final String RENDER = """
            const el = $0, xml = $1, active = $2 ? $2.split(',') : [];
            const draw = (tries) => {
              if (!window.BpmnJS) { if (tries > 0) setTimeout(() => draw(tries - 1), 100); return; }
              const viewer = new window.BpmnJS({ container: el });
              viewer.importXML(xml).then(() => {
                const canvas = viewer.get('canvas');
                canvas.zoom('fit-viewport');
                active.forEach(id => { try { canvas.addMarker(id, 'current-step'); } catch (e) { } });
                el.dataset.rendered = 'true';
              }).catch(err => { el.dataset.rendered = 'error'; el.textContent = err.message; });
            };
            draw(100);
            """;

    private final String xml;
    private final List<String> activeActivityIds;

    public BpmnDiagram(String xml, List<String> activeActivityIds) {
        this.xml = xml;
        this.activeActivityIds = List.copyOf(activeActivityIds);
        getContent().addClassName("bpmn-diagram");
        getContent().setId("bpmn-diagram");
        getContent().getElement().setAttribute("data-active", String.join(",", this.activeActivityIds));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var page = event.getUI().getPage();
        page.addStyleSheet("context://bpmn/diagram-js.css");
        page.addStyleSheet("context://bpmn/bpmn-js.css");
        page.addJavaScript("context://" + SCRIPT);
        // activity ids are XML ids (no commas), so one comma-joined string carries them
        getContent().getElement().executeJs(RENDER, getContent().getElement(), xml,
                String.join(",", activeActivityIds));
    }
}
