package cn.yiyang.support;

import cn.yiyang.identity.AccountForm;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionForm;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.stereotype.Component;

/** Fresh institutions and applicant accounts per test, so tests never depend on each other's data. */
@Component
public class TestData {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final InstitutionService institutions;
    private final AccountService accounts;
    private final Users users;

    TestData(InstitutionService institutions, AccountService accounts, Users users) {
        this.institutions = institutions;
        this.accounts = accounts;
        this.users = users;
    }

    /** A valid, random 统一社会信用代码 of a private non-enterprise unit in 芒市. */
    public static String creditCode() {
        StringBuilder sb = new StringBuilder("52533103");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            sb.append(CHARS.charAt(r.nextInt(10, CHARS.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(sb.charAt(i)) * WEIGHTS[i];
        }
        return sb.append(CHARS.charAt((31 - sum % 31) % 31)).toString();
    }

    public Institution institution(InstitutionType type) {
        String name = "测试" + type.label() + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
        return institutions.create(users.get("admin"), new InstitutionForm(name, creditCode(), type, "风平镇",
                "芒市风平镇测试路 1 号", 40, Ownership.PRIVATE, Profit.NON_PROFIT, false, null));
    }

    /** An applicant account of a new institution of the given type. */
    public CurrentUser applicantOf(InstitutionType type) {
        return applicantOf(type, null);
    }

    public CurrentUser applicantOf(InstitutionType type, String email) {
        return applicantOf(institution(type), email);
    }

    /** An applicant account of a given institution. */
    public CurrentUser applicantOf(Institution institution, String email) {
        String username = "t" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        accounts.create(users.get("admin"), new AccountForm(username, "测试申请人", "test-password-1", null,
                institution.id(), email, true, Set.of(Role.APPLICANT), null));
        return users.get(username);
    }

    /** A real one-page PDF. */
    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
