package cn.yiyang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 医养结合业务协同系统: filings, licences, single-window applications and inspections of one county. */
@SpringBootApplication
@EnableScheduling
public class YiyangApplication {

    public static void main(String[] args) {
        SpringApplication.run(YiyangApplication.class, args);
    }
}
