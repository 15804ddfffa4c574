package cn.yiyang.casework;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

/**
 * The matters' materials decision tables (DMN), evaluated once per deployed version of a table and set of inputs.
 * A materials table answers rows from its inputs alone, yet evaluating it (FEEL) costs milliseconds of CPU, and the
 * required list is consulted on every upload and submission. The latest deployed version is looked up each time, so
 * a newly deployed table applies to the next call; only its evaluation is remembered.
 */
@Service
public class MaterialDecisions {

    /** Inputs are a few enumerations (clinic type, licence kind, fields changed) and bed counts: a small set. */
    private static final int MAX_REMEMBERED = 2_000;

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final Map<Key, List<MatterRules.MaterialRequirement>> evaluated = new ConcurrentHashMap<>();

    MaterialDecisions(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    private record Key(String decisionDefinitionId, Map<String, Object> inputs) {
    }

    /** The rows ({@code code}, {@code name}) of the latest deployed version of {@code decisionKey} for these inputs. */
    public List<MatterRules.MaterialRequirement> evaluate(String decisionKey, Map<String, Object> inputs) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .latestVersion().singleResult();
        if (latest == null) { // the engine's own error for an unknown table
            return rows(decisions.evaluateDecisionTableByKey(decisionKey, inputs).getResultList());
        }
        Key key = new Key(latest.getId(), Map.copyOf(inputs));
        List<MatterRules.MaterialRequirement> known = evaluated.get(key);
        if (known != null) {
            return known;
        }
        List<MatterRules.MaterialRequirement> rows = rows(decisions.evaluateDecisionTableById(latest.getId(), inputs)
                .getResultList());
        if (evaluated.size() >= MAX_REMEMBERED) {
            evaluated.clear();
        }
        evaluated.put(key, rows);
        return rows;
    }

    private static List<MatterRules.MaterialRequirement> rows(List<Map<String, Object>> result) {
        return result.stream().map(MatterRules.MaterialRequirement::fromDecision).toList();
    }
}
