package cn.yiyang.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A clock tests can set and move; it moves the engine's clock (ClockUtil) with it, so deadlines computed by the
 * application and timers fired by the engine agree. {@link #reset()} returns to the real time.
 */
public class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }

    public void set(LocalDateTime at) {
        fixed = at.atZone(ZONE).toInstant();
        ClockUtil.setCurrentTime(Date.from(fixed));
    }

    public void advance(Duration d) {
        set(LocalDateTime.ofInstant(instant().plus(d), ZONE));
    }

    public void reset() {
        fixed = null;
        ClockUtil.reset();
    }
}
