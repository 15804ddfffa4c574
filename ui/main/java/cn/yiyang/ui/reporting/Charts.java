package cn.yiyang.ui.reporting;

import cn.yiyang.reporting.DashboardService.DepartmentLoad;
import cn.yiyang.reporting.IndicatorResult;
import cn.yiyang.reporting.IndicatorService.TownshipPoint;
import cn.yiyang.reporting.IndicatorService.TrendPoint;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** ECharts options of the dashboard: bars red where an indicator is behind its target, lines over quarters. */
final class Charts {

    static final String RED = "#d9363e";
    static final String GREEN = "#2f9e44";
    static final String YELLOW = "#f2a900";
    static final String GREY = "#9aa5b1";

    private Charts() {
    }

    /** Every percentage indicator of the year: actual bars (red if behind), target as a second series. */
    static Map<String, Object> indicators(List<IndicatorResult> results) {
        List<IndicatorResult> percents = results.stream().filter(r -> "%".equals(r.unit())).toList();
        return base(percents.stream().map(IndicatorResult::name).toList(), true,
                series("实际", "bar", percents.stream().map(r -> bar(r.actual(), r.behind())).toList()),
                series("目标", "scatter", percents.stream().map(r -> (Object) r.target()).toList()));
    }

    static Map<String, Object> townships(String title, List<TownshipPoint> points) {
        return base(points.stream().map(TownshipPoint::township).toList(), false,
                series(title, "bar", points.stream().map(p -> bar(p.actual(), p.behind())).toList()),
                series("目标", "scatter", points.stream().map(p -> (Object) p.target()).toList()));
    }

    static Map<String, Object> trend(String title, List<TrendPoint> points) {
        return base(points.stream().map(TrendPoint::quarter).toList(), false,
                series(title, "line", points.stream().map(p -> (Object) p.actual()).toList()),
                series("目标", "line", points.stream().map(p -> (Object) p.target()).toList()));
    }

    static Map<String, Object> workload(List<DepartmentLoad> load, Function<String, String> label) {
        Map<String, Object> option = base(load.stream().map(l -> label.apply(l.department())).toList(), false,
                stacked("超期", RED, load.stream().map(l -> (Object) l.red()).toList()),
                stacked("临期（3个工作日内）", YELLOW, load.stream().map(l -> (Object) l.yellow()).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        return option;
    }

    @SafeVarargs
    private static Map<String, Object> base(List<String> categories, boolean rotate, Map<String, Object>... series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 40, "right", 16, "bottom", rotate ? 110 : 40, "containLabel", false));
        option.put("xAxis", Map.of("type", "category", "data", categories,
                "axisLabel", Map.of("interval", 0, "rotate", rotate ? 30 : 0, "fontSize", 11)));
        option.put("yAxis", Map.of("type", "value", "max", 100));
        option.put("series", List.of(series));
        return option;
    }

    private static Map<String, Object> series(String name, String type, List<Object> data) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", type);
        s.put("data", data);
        if ("scatter".equals(type)) {
            s.put("symbol", "rect");
            s.put("symbolSize", new int[] {26, 3});
            s.put("itemStyle", Map.of("color", "#1f2d3d"));
        } else if ("line".equals(type)) {
            s.put("connectNulls", true);
        }
        return s;
    }

    private static Map<String, Object> stacked(String name, String color, List<Object> data) {
        Map<String, Object> s = series(name, "bar", data);
        s.put("stack", "load");
        s.put("itemStyle", Map.of("color", color));
        return s;
    }

    private static Object bar(BigDecimal value, boolean behind) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("value", value);
        item.put("itemStyle", Map.of("color", value == null ? GREY : behind ? RED : GREEN));
        return item;
    }
}
