package cn.yiyang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yiyang.support.IntegrationTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Outside the demo profile the product refuses to start while demo passwords exist. */
@IntegrationTest
class ProductionPasswordGuardTest {

    @Autowired AccountMapper accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    @Test
    void the_guard_is_not_active_in_the_demo_profile(@Autowired org.springframework.context.ApplicationContext ctx) {
        assertThat(ctx.getBeanNamesForType(ProductionPasswordGuard.class)).isEmpty();
    }

    @Test
    void the_product_refuses_to_start_while_an_account_has_the_demo_password() {
        assertThat(accounts.countDemoPasswords()).isPositive();
        ProductionPasswordGuard guard = new ProductionPasswordGuard(accounts, encoder, clock,
                "a-Strong-admin-Passw0rd!", "533103");
        long admins = accounts.countAdmins();
        assertThatThrownBy(() -> guard.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo password");
        assertThat(accounts.countAdmins()).isEqualTo(admins);
    }
}
