package cn.yiyang.institution.internal;

import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionType;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface InstitutionMapper {

    String COLUMNS = "id, name, credit_code, type, township, address, beds, ownership, profit, has_internal_medical, "
            + "region_code, version";

    String FILTER = """
             where region_code = #{region}
             <if test="q != null and q != ''">
               and (name like concat('%', #{q}, '%') or credit_code = #{q})
             </if>
             <if test="type != null">and type = #{type}</if>
             <if test="township != null and township != ''">and township = #{township}</if>
            """;

    @Select("<script>select " + COLUMNS + " from institution" + FILTER
            + " order by township, name limit #{limit} offset #{offset}</script>")
    List<Institution> search(@Param("region") String region, @Param("q") String q, @Param("type") InstitutionType type,
                             @Param("township") String township, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>select count(*) from institution" + FILTER + "</script>")
    long count(@Param("region") String region, @Param("q") String q, @Param("type") InstitutionType type,
               @Param("township") String township);

    @Select("select " + COLUMNS + " from institution where id = #{id}")
    Institution findById(long id);

    @Select("select " + COLUMNS + " from institution where credit_code = #{code}")
    Institution findByCreditCode(String code);

    @Select("select distinct township from institution where region_code = #{region} order by township")
    List<String> townships(String region);

    @Insert("""
            insert into institution (region_code, name, credit_code, type, township, address, beds, ownership, profit,
                                     has_internal_medical, created_at, updated_at)
            values (#{region}, #{f.name}, #{f.creditCode}, #{f.type}, #{f.township}, #{f.address}, #{f.beds},
                    #{f.ownership}, #{f.profit}, #{f.hasInternalMedical}, now(3), now(3))""")
    @Options(useGeneratedKeys = true, keyProperty = "key.id")
    void insert(@Param("region") String region, @Param("f") Object form, @Param("key") GeneratedKey key);

    @Update("""
            update institution set name = #{f.name}, credit_code = #{f.creditCode}, type = #{f.type},
                   township = #{f.township}, address = #{f.address}, beds = #{f.beds}, ownership = #{f.ownership},
                   profit = #{f.profit}, has_internal_medical = #{f.hasInternalMedical}, version = version + 1,
                   updated_at = now(3)
             where id = #{id} and version = #{version}""")
    int update(@Param("id") long id, @Param("version") int version, @Param("f") Object form);

    @Update("update institution set has_internal_medical = true, version = version + 1, updated_at = now(3) "
            + "where id = #{id}")
    void markInternalMedical(long id);

    /** Holder for a generated key. */
    class GeneratedKey {
        public Long id;
    }
}
