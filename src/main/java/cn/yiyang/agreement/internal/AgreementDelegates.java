package cn.yiyang.agreement.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agreement process's service tasks: each translates the execution into one lifecycle call. */
@Configuration
class AgreementDelegates {

    @Bean("agreementRegistered")
    JavaDelegate agreementRegistered(AgreementLifecycle lifecycle) {
        return execution -> lifecycle.registered(caseId(execution));
    }

    @Bean("remindAgreementRenewal")
    JavaDelegate remindAgreementRenewal(AgreementLifecycle lifecycle) {
        return execution -> lifecycle.remindRenewal(caseId(execution));
    }

    @Bean("flagAgreementExpired")
    JavaDelegate flagAgreementExpired(AgreementLifecycle lifecycle) {
        return execution -> lifecycle.flagExpired(caseId(execution));
    }

    private static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable("caseId")).longValue();
    }
}
