package cn.yiyang.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CaseNumbersTest {

    @Autowired CaseService cases;
    @Autowired Users users;
    @Autowired java.time.Clock clock;

    @Test
    void thirty_two_concurrent_drafts_get_thirty_two_distinct_readable_numbers() throws Exception {
        CurrentUser applicant = users.get("applicant1");
        int n = 32;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<CaseInfo>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                Callable<CaseInfo> call = () -> {
                    start.await();
                    return cases.createDraft(applicant, Matter.CLINIC_FILING, applicant.institutionId(),
                            "芒市中心敬老院", "并发编号 " + k);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<CaseInfo> f : futures) {
                numbers.add(f.get(90, TimeUnit.SECONDS).caseNo());
            }
            int year = java.time.LocalDate.now(clock).getYear();
            assertThat(numbers).allMatch(no -> no.matches("NSBA-533103-" + year + "-\\d{6}"), "NSBA-533103-yyyy-nnnnnn");
            assertThat(new HashSet<>(numbers)).hasSize(n);
            assertThat(numbers).allSatisfy(no -> assertThat(cases.findByNo(no)).isPresent());
            List<Integer> seqs = numbers.stream().map(no -> Integer.parseInt(no.substring(no.length() - 6))).sorted()
                    .toList();
            assertThat(seqs.get(n - 1) - seqs.get(0)).as("one series, no big gaps").isEqualTo(n - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
