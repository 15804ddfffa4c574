package cn.yiyang.identity.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class SecurityBeans {

    @Bean
    PasswordEncoder passwordEncoder(Clock clock) {
        return new VerifiedPasswords(new BCryptPasswordEncoder(), clock);
    }
}
