package cn.yiyang.casework.internal;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs the case glue into the engine's BPMN parser. */
@Component
class CaseEnginePlugin extends AbstractProcessEnginePlugin {

    private final CaseProcessListeners listeners;

    CaseEnginePlugin(CaseProcessListeners listeners) {
        this.listeners = listeners;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(listeners);
    }
}
