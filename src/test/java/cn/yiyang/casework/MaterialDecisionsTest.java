package cn.yiyang.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The materials decision tables are evaluated once per deployed version and inputs (issue 8): the answers stay those
 * of the table, and a newly deployed version applies to the very next call. Uses a table of its own key, deployed
 * and removed here, so the matters' tables are untouched.
 */
@IntegrationTest
class MaterialDecisionsTest {

    private static final String KEY = "test-materials-versions";

    @Autowired MaterialDecisions decisions;
    @Autowired RepositoryService repository;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTables() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void the_answer_is_the_rows_of_the_table_for_these_inputs() {
        deploy(rule("CLINIC", "A", "甲"), rule("CLINIC", "B", "乙"), rule("STATION", "C", "丙"));

        assertThat(decisions.evaluate(KEY, Map.of("kind", "CLINIC"))).containsExactly(
                new MatterRules.MaterialRequirement("A", "甲"), new MatterRules.MaterialRequirement("B", "乙"));
        assertThat(decisions.evaluate(KEY, Map.of("kind", "STATION")))
                .containsExactly(new MatterRules.MaterialRequirement("C", "丙"));
        assertThat(decisions.evaluate(KEY, Map.of("kind", "CLINIC"))).extracting(MatterRules.MaterialRequirement::code)
                .containsExactly("A", "B");
    }

    @Test
    void a_newly_deployed_table_applies_to_the_next_evaluation_and_its_removal_too() {
        deploy(rule("CLINIC", "A", "甲"));
        assertThat(decisions.evaluate(KEY, Map.of("kind", "CLINIC"))).extracting(MatterRules.MaterialRequirement::code)
                .containsExactly("A");

        String second = deploy(rule("CLINIC", "A", "甲"), rule("CLINIC", "D", "丁"));
        assertThat(decisions.evaluate(KEY, Map.of("kind", "CLINIC"))).extracting(MatterRules.MaterialRequirement::code)
                .containsExactly("A", "D");

        repository.deleteDeployment(second, true);
        deployments.remove(second);
        assertThat(decisions.evaluate(KEY, Map.of("kind", "CLINIC"))).extracting(MatterRules.MaterialRequirement::code)
                .containsExactly("A");
    }

    private String deploy(String... rules) {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Test" name="测试"
                             namespace="http://yiyang.cn/dmn/test">
                  <decision id="%s" name="测试材料清单">
                    <decisionTable id="Table" hitPolicy="COLLECT">
                      <input id="Input_Kind"><inputExpression id="Expr_Kind" typeRef="string"><text>kind</text></inputExpression></input>
                      <output id="Out_Code" name="code" typeRef="string"/>
                      <output id="Out_Name" name="name" typeRef="string"/>
                      %s
                    </decisionTable>
                  </decision>
                </definitions>""".formatted(KEY, String.join("\n", rules));
        String id = repository.createDeployment().name("test-materials").enableDuplicateFiltering(false)
                .addString(KEY + ".dmn", dmn).deploy().getId();
        deployments.add(id);
        return id;
    }

    private static int rules;

    private static String rule(String kind, String code, String name) {
        int n = ++rules;
        return ("<rule id=\"Rule_%d\"><inputEntry id=\"In_%d\"><text>\"%s\"</text></inputEntry>"
                + "<outputEntry id=\"OutC_%d\"><text>\"%s\"</text></outputEntry>"
                + "<outputEntry id=\"OutN_%d\"><text>\"%s\"</text></outputEntry></rule>")
                .formatted(n, n, kind, n, code, n, name);
    }
}
