package cn.yiyang;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(YiyangApplication.class);

    @Test
    void each_module_uses_only_the_api_of_the_others() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules, "target/spring-modulith-docs").writeDocumentation();
    }
}
