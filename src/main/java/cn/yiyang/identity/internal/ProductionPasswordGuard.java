package cn.yiyang.identity.internal;

import cn.yiyang.identity.Role;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile the product refuses to start while any account still has the demo password, and
 * creates the first ADMIN only from a strong password given in YIYANG_ADMIN_PASSWORD.
 */
@Component
@Profile("!demo")
@Order(0)
class ProductionPasswordGuard implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProductionPasswordGuard.class);
    private static final Set<String> WEAK = Set.of("demo", "admin", "password", "123456", "12345678", "changeme",
            "camunda", "yiyang");

    private final AccountMapper accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String adminPassword;
    private final String region;

    ProductionPasswordGuard(AccountMapper accounts, PasswordEncoder encoder, Clock clock,
                            @Value("${YIYANG_ADMIN_PASSWORD:}") String adminPassword,
                            @Value("${yiyang.region-code}") String region) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.adminPassword = adminPassword;
        this.region = region;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long demo = accounts.countDemoPasswords();
        if (demo > 0) {
            throw new IllegalStateException(demo + " account(s) still have the demo password: the product does not "
                    + "start outside the demo profile until each has a password of its own");
        }
        if (accounts.countAdmins() > 0) {
            return;
        }
        if (adminPassword.length() < 12 || WEAK.contains(adminPassword.toLowerCase())) {
            throw new IllegalStateException("No ADMIN account yet: set YIYANG_ADMIN_PASSWORD to a password of at least "
                    + "12 characters (not a default one) to create the first ADMIN 'admin'");
        }
        AccountRow admin = new AccountRow();
        admin.username = "admin";
        admin.displayName = "系统管理员";
        admin.passwordHash = encoder.encode(adminPassword);
        admin.regionCode = region;
        admin.enabled = true;
        admin.createdAt = LocalDateTime.now(clock);
        accounts.insert(admin);
        accounts.insertRole(admin.id, Role.ADMIN);
        log.info("Created the first ADMIN account 'admin'");
    }
}
