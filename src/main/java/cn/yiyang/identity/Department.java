package cn.yiyang.identity;

/** A department of the county (DOMAIN.md §1): HEALTH 卫健局, CIVIL 民政局, … */
public record Department(String code, String name, String regionCode) {
}
