package cn.yiyang.institution;

/** An institution of the registry (API.md "Institutions"). */
public record Institution(Long id, String name, String creditCode, InstitutionType type, String township,
                          String address, int beds, Ownership ownership, Profit profit, boolean hasInternalMedical,
                          String regionCode, int version) {
}
